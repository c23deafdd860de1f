package org.zwgk.calendar.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.CalendarDay;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;

/**
 * What a new year file changes: every day from 1 December of the previous year to 31 January of the next (a notice
 * may name days a month around its year) whose kind or holiday name differs between two calendars.
 *
 * @param year        the year compared
 * @param changes     the days that differ, in date order
 * @param provisional days of the year the old calendar had no data for (computed on weekends only); the new data
 *                    confirm or change them
 */
public record YearDiff(int year, List<DayChange> changes, int provisional) {

    /** One day that differs. */
    public record DayChange(LocalDate date, CalendarDay before, CalendarDay after) {
        /** Whether the day turns from working to rest or back (what moves deadlines). */
        public boolean workingChanged() {
            return before.working() != after.working();
        }
    }

    public YearDiff {
        changes = List.copyOf(changes);
    }

    /** Compares the days around {@code year} on two calendars. */
    public static YearDiff between(WorkingCalendar before, WorkingCalendar after, int year) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        WorkingCalendar b = before.strict(false);
        WorkingCalendar a = after.strict(false);
        List<DayChange> out = new ArrayList<>();
        int provisional = 0;
        for (LocalDate d = LocalDate.of(year - 1, 12, 1); !d.isAfter(LocalDate.of(year + 1, 1, 31)); d = d.plusDays(1)) {
            CalendarDay x = b.day(d);
            CalendarDay y = a.day(d);
            if (d.getYear() == year && !x.covered()) {
                provisional++;
            }
            if (x.kind() != y.kind() || !x.name().equals(y.name())) {
                out.add(new DayChange(d, x, y));
            }
        }
        return new YearDiff(year, out, provisional);
    }

    /**
     * Compares two year files of the same year (YAML or JSON, checked as on loading).
     *
     * @throws ZwgkException {@code ZWGK-2001}…{@code 2003} for a file that does not load, {@link NoticeErrors#DIFF_YEARS}
     *                       for files of different years
     */
    public static YearDiff between(String beforeName, byte[] before, String afterName, byte[] after) {
        WorkingCalendar b = single(beforeName, before);
        WorkingCalendar a = single(afterName, after);
        int yb = b.coverageStart().getYear();
        int ya = a.coverageStart().getYear();
        if (yb != ya) {
            throw new ZwgkException(NoticeErrors.DIFF_YEARS, beforeName, yb, afterName, ya);
        }
        return between(b, a, ya);
    }

    private static WorkingCalendar single(String name, byte[] content) {
        return WorkingCalendar.builder().base(CalendarData.builder().id(name).year(name, content).build()).build();
    }

    /** Working days of the year before and after: their difference is what deadlines feel. */
    public int workingDaysChange() {
        int n = 0;
        for (DayChange c : changes) {
            if (c.date().getYear() == year && c.workingChanged()) {
                n += c.after().working() ? 1 : -1;
            }
        }
        return n;
    }
}
