package org.zwgk.spi.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that departs from the weekly rule: a holiday rest day or an adjusted working day (调休上班).
 *
 * @param date the day
 * @param kind {@link DayKind#HOLIDAY}, {@link DayKind#ADJUSTED_WORKDAY}, or (for a body's own layer) any kind
 * @param name the festival or reason, e.g. {@code 春节}
 */
public record SpecialDay(LocalDate date, DayKind kind, String name) {
    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }
}
