package org.zwgk.request;

import java.time.LocalDate;

/**
 * The working-day calendar the Art. 30/32/33 periods are counted in (reference §2.2). zwgk's calendar area
 * ({@code org.zwgk.calendar.WorkingCalendar}) provides the national data; this narrow view is all the request area
 * needs, so a host (or a test) can pass any calendar as {@code WorkingDays}.
 */
public interface WorkingDays {

    /** Mon–Fri outside official rest days, plus 调休上班 weekend days. */
    boolean isWorkingDay(LocalDate day);

    /** Whether the data speaks for this day; a deadline that walks over an uncovered day is provisional. */
    boolean covers(LocalDate day);

    /** Version of the calendar data, recorded with every deadline. */
    String version();
}
