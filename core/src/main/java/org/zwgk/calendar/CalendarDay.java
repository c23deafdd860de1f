package org.zwgk.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.zwgk.spi.calendar.DayKind;

/**
 * One day of a {@link WorkingCalendar}.
 *
 * @param date    the day
 * @param kind    its kind
 * @param name    the festival (e.g. {@code 春节}) for holidays and adjusted working days, else empty
 * @param covered whether the calendar data speaks for this day; if not, the kind is a weekend-only guess
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, boolean covered) {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    public boolean working() {
        return kind.isWorking();
    }
}
