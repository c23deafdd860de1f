package org.zwgk.calendar.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One holiday of a year's arrangement, as the year file holds it.
 *
 * @param name     as the notice writes it, e.g. 春节 or 国庆节、中秋节
 * @param from     first rest day (放假)
 * @param to       last rest day, inclusive
 * @param work     weekend days declared working days (调休上班), in date order
 * @param offFrom  first day of the whole break: earlier than {@code from} when the notice says 与周末连休 and the
 *                 weekend before is part of it (the weekend days stay weekend days; they are not in the rest range)
 * @param offTo    last day of the whole break, later than {@code to} for a weekend after
 * @param note     how the notice put it, where that is more than the range (与周末连休, a revision), else {@code null}
 */
public record Festival(String name, LocalDate from, LocalDate to, List<LocalDate> work, LocalDate offFrom,
                       LocalDate offTo, String note) {

    public Festival {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        work = List.copyOf(work);
        offFrom = offFrom == null ? from : offFrom;
        offTo = offTo == null ? to : offTo;
    }

    /** Rest days in the range. */
    public int restDays() {
        return (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** Whether a day is a Saturday or Sunday. */
    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
