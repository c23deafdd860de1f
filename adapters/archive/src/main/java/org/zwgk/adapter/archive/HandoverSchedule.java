package org.zwgk.adapter.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When proactive information is handed to the archives and the public library (Art. 25 ¶3 says only 及时; seed 000
 * fixes the 5th and 20th of each month). A day that is a rest day moves to the next working day.
 *
 * @param days       days of the month, 1–28, ascending
 * @param workingDay the working-day test (the national calendar with 调休), never a bare Monday–Friday guess
 */
public record HandoverSchedule(List<Integer> days, Predicate<LocalDate> workingDay) {

    public HandoverSchedule {
        days = List.copyOf(days);
        if (days.isEmpty() || days.stream().anyMatch(d -> d < 1 || d > 28)) {
            throw new IllegalArgumentException("hand-over days must be 1–28: " + days);
        }
        days = days.stream().distinct().sorted().toList();
        Objects.requireNonNull(workingDay, "workingDay");
    }

    /** The hand-over date for nominal day {@code day} of {@code month}: that day or the next working day. */
    public LocalDate effective(YearMonth month, int day) {
        LocalDate d = month.atDay(day);
        int guard = 0;
        while (!workingDay.test(d)) {
            d = d.plusDays(1);
            if (++guard > 60) { // no calendar has 60 rest days in a row; a broken predicate must not hang us
                throw new IllegalStateException("no working day within 60 days after " + month.atDay(day));
            }
        }
        return d;
    }

    /** The latest hand-over date on or before {@code today}, if any in the last two months. */
    public Optional<LocalDate> latestOnOrBefore(LocalDate today) {
        LocalDate best = null;
        for (int back = 2; back >= 0; back--) {
            YearMonth m = YearMonth.from(today).minusMonths(back);
            for (int day : days) {
                LocalDate e = effective(m, day);
                if (!e.isAfter(today) && (best == null || e.isAfter(best))) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first hand-over date strictly after {@code day}. */
    public LocalDate next(LocalDate day) {
        for (int ahead = 0; ahead <= 2; ahead++) {
            YearMonth m = YearMonth.from(day).plusMonths(ahead);
            for (int d : days) {
                LocalDate e = effective(m, d);
                if (e.isAfter(day)) {
                    return e;
                }
            }
        }
        throw new IllegalStateException("no hand-over date after " + day);
    }
}
