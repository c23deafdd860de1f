package org.zwgk.request.internal;

import java.time.LocalDate;
import java.util.List;
import org.zwgk.request.Application.Pause;

/**
 * The one seam between the request area and time-limit counting. Today it is backed by
 * {@link WorkingDayCounter}; when {@code org.zwgk.timelimit.Deadlines} is on main this interface gets an
 * implementation over it and nothing else in the request area changes.
 */
public interface DeadlineCalculator {

    /** Result of a count: the last day, whether it is provisional, and the calendar version used. */
    record Count(LocalDate due, boolean provisional, int pausedDays, String calendarVersion) {
    }

    /**
     * Counts {@code workingDays} working days after {@code start} (the start day itself is not counted, Civil Code
     * Art. 201), skipping the working days inside the closed pauses (from, until].
     */
    Count count(LocalDate start, int workingDays, List<Pause> closedPauses);
}
