package org.zwgk.request.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zwgk.request.Application.Pause;
import org.zwgk.request.WorkingDays;

/**
 * Counts working days over a {@link WorkingDays} calendar (reference §2.2): the start day is not counted, a
 * working-day count always ends on a working day, and working days within a consultation pause — the days after
 * the letter went out up to and including the day the answer came back — do not count (Art. 33 ¶3).
 */
public final class WorkingDayCounter implements DeadlineCalculator {

    /** Guards against calendars that declare no working day at all. */
    private static final int MAX_WALK = 3660;

    private final WorkingDays days;

    public WorkingDayCounter(WorkingDays days) {
        this.days = Objects.requireNonNull(days, "days");
    }

    @Override
    public Count count(LocalDate start, int workingDays, List<Pause> closedPauses) {
        LocalDate d = start;
        int counted = 0;
        int paused = 0;
        boolean provisional = false;
        int walked = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (++walked > MAX_WALK) {
                throw new IllegalStateException("calendar " + days.version() + " has no working days after " + start);
            }
            if (!days.covers(d)) {
                provisional = true;
            }
            if (!days.isWorkingDay(d)) {
                continue;
            }
            if (inPause(d, closedPauses)) {
                paused++;
                continue;
            }
            counted++;
        }
        return new Count(d, provisional, paused, days.version());
    }

    private static boolean inPause(LocalDate d, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (d.isAfter(p.from()) && !d.isAfter(p.until())) {
                return true;
            }
        }
        return false;
    }
}
