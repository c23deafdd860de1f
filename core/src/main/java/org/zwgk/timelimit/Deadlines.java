package org.zwgk.timelimit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.zwgk.calendar.CalendarDay;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.timelimit.ClockEvent.Extension;
import org.zwgk.timelimit.ClockEvent.Pause;
import org.zwgk.timelimit.ClockEvent.PauseClosed;
import org.zwgk.timelimit.ClockEvent.PauseOpened;
import org.zwgk.timelimit.ClockEvent.Restart;
import org.zwgk.timelimit.TimeLimitRule.CalendarDays;
import org.zwgk.timelimit.TimeLimitRule.DisplayPeriod;
import org.zwgk.timelimit.TimeLimitRule.Immediate;
import org.zwgk.timelimit.TimeLimitRule.Periodic;
import org.zwgk.timelimit.TimeLimitRule.Unit;
import org.zwgk.timelimit.TimeLimitRule.WorkingDays;

/**
 * Due dates as a pure function of (start, rule, clock events, calendar).
 *
 * <p>Counting conventions (Chinese legal practice; the OGI regulation has no counting clause of its own):
 * <ul>
 *   <li>the start day is not counted (Civil Code Art. 201 ¶1);</li>
 *   <li>a working-day period of n ends on the n-th working day after the start;</li>
 *   <li>a calendar-day period ends n days after the start, and if that day is not a working day, on the next
 *       working day (Civil Code Art. 203 ¶1, 法定休假日 read to include weekends);</li>
 *   <li>paused days (inclusive ranges; Art. 33 ¶3) do not count;</li>
 *   <li>an extension of k (Art. 33 ¶2: once, k ≤ 20 working days, working-day periods only) adds k working days
 *       to the count;</li>
 *   <li>a restart (Art. 30) counts afresh from the restart day, which itself is not counted;</li>
 *   <li>an open pause ({@link PauseOpened}: the consultation letter is out, no answer yet) stops the clock from its
 *       first day with no known end: {@link #evaluate} then returns a {@link Suspended} state (units consumed and
 *       remaining), never a date; closing it on Y ({@link PauseClosed}) is exactly the closed pause [X, Y]. One open
 *       pause at a time, and it must be the last event in the list until closed (ZWGK-2207).</li>
 * </ul>
 * The due date is found with O(1) calendar arithmetic per pause; the trace then lists every day from the start to
 * the due date.
 */
public final class Deadlines {

    /** Art. 33 ¶2: an extension may not exceed 20 working days. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;

    private Deadlines() {
    }

    /** Computes with no clock events. */
    public static Deadline compute(LocalDate start, TimeLimitRule rule, WorkingCalendar calendar) {
        return compute(start, rule, List.of(), calendar);
    }

    /** Computes a parsed limit's main rule. */
    public static Deadline compute(LocalDate start, ParsedTimeLimit limit, List<ClockEvent> events,
            WorkingCalendar calendar) {
        return compute(start, limit.rule(), events, calendar);
    }

    /**
     * Computes the due date of {@code rule} counted from {@code start} under the given events.
     *
     * @throws ZwgkException 2201 when the rule has no fixed due date, 2202–2204 for invalid events, 2005 when the
     *                       calendar is strict and the period leaves its coverage
     */
    public static Deadline compute(LocalDate start, TimeLimitRule rule, List<ClockEvent> events,
            WorkingCalendar calendar) {
        DeadlineState state = evaluate(start, rule, events, calendar);
        if (state instanceof Suspended s) {
            String u = s.unit() == Unit.WORKING_DAYS ? " WD" : " d";
            throw new ZwgkException(TimeLimitErrors.CLOCK_SUSPENDED, s.since(), s.consumed() + u, s.remaining() + u);
        }
        return (Deadline) state;
    }

    /**
     * Like {@link #compute(LocalDate, TimeLimitRule, List, WorkingCalendar)}, but an open pause
     * ({@link PauseOpened} not yet followed by its {@link PauseClosed}) yields a {@link Suspended} state instead of
     * an error — unless the period had already run out before the pause began, in which case the pause cannot move
     * it and the result is that {@link Deadline} (with a warning).
     *
     * @throws ZwgkException as {@code compute}, plus 2207 for an event after an open pause other than its close
     *                       (including a second open pause) and 2208 for a close without an open pause
     */
    public static DeadlineState evaluate(LocalDate start, TimeLimitRule rule, List<ClockEvent> events,
            WorkingCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(calendar, "calendar");
        List<ClockEvent> evs = List.copyOf(events == null ? List.of() : events);
        List<String> warnings = new ArrayList<>();

        LocalDate effStart = start;
        Extension extension = null;
        List<Pause> pauses = new ArrayList<>();
        PauseOpened open = null;
        for (ClockEvent e : evs) {
            if (open != null && !(e instanceof PauseClosed)) {
                throw new ZwgkException(TimeLimitErrors.PAUSE_STILL_OPEN, open.from(), describeEvent(e));
            }
            if (e instanceof PauseOpened o) {
                open = o;
            } else if (e instanceof PauseClosed c) {
                if (open == null) {
                    throw new ZwgkException(TimeLimitErrors.NO_OPEN_PAUSE,
                            "PauseClosed " + c.to() + " without a PauseOpened before it");
                }
                if (c.to().isBefore(open.from())) {
                    throw new ZwgkException(TimeLimitErrors.NO_OPEN_PAUSE,
                            "closed on " + c.to() + ", before it opened on " + open.from());
                }
                if (c.to().isBefore(start)) {
                    throw new ZwgkException(TimeLimitErrors.NO_OPEN_PAUSE,
                            "pause " + open.from() + ".." + c.to() + " ends before the start " + start);
                }
                pauses.add(new Pause(open.from(), c.to(), open.reason()));
                open = null;
            } else if (e instanceof Pause p) {
                if (p.to().isBefore(p.from())) {
                    throw new ZwgkException(TimeLimitErrors.EVENT_INVALID, "pause " + p.from() + ".." + p.to());
                }
                if (p.to().isBefore(start)) {
                    throw new ZwgkException(TimeLimitErrors.EVENT_INVALID,
                            "pause " + p.from() + ".." + p.to() + " before start " + start);
                }
                pauses.add(p);
            } else if (e instanceof Extension x) {
                if (extension != null) {
                    throw new ZwgkException(TimeLimitErrors.SECOND_EXTENSION, extension.approvedOn());
                }
                if (x.workingDays() < 1 || x.workingDays() > MAX_EXTENSION_WORKING_DAYS) {
                    throw new ZwgkException(TimeLimitErrors.EXTENSION_TOO_LONG, x.workingDays());
                }
                if (x.approver().isBlank()) {
                    throw new ZwgkException(TimeLimitErrors.EVENT_INVALID, "extension without approver");
                }
                extension = x;
            } else if (e instanceof Restart r) {
                if (r.date().isBefore(start)) {
                    throw new ZwgkException(TimeLimitErrors.EVENT_INVALID,
                            "restart " + r.date() + " before start " + start);
                }
                if (r.date().isAfter(effStart)) {
                    effStart = r.date();
                }
            }
        }
        if (extension != null && !(rule instanceof WorkingDays)) {
            throw new ZwgkException(TimeLimitErrors.EVENT_INVALID,
                    "extension (Art. 33 ¶2) applies to working-day periods only, not to " + rule.describe());
        }
        int ext = extension == null ? 0 : extension.workingDays();
        List<Pause> merged = merge(pauses, effStart);
        boolean counting = rule instanceof WorkingDays || rule instanceof CalendarDays
                || (rule instanceof DisplayPeriod d && d.unit() != Unit.UNSPECIFIED);
        if (open != null && counting) {
            Suspended suspended = suspended(start, rule, effStart, open, merged, ext, calendar);
            if (suspended != null) {
                return suspended;
            }
            warnings.add("暂停自 " + open.from() + " 开始,此前期限已经届满,暂停不影响截止日期 / the pause opened on "
                    + open.from() + " after the period had run out; it does not move the due date");
        } else if (open != null) {
            warnings.add("未结束的暂停不影响此类期限 / an open pause does not affect this kind of time limit");
        }

        LocalDate due;
        LocalDate nominal = null; // calendar-day periods: the day before Art. 203 moves it
        int base;
        boolean workingCount;
        if (rule instanceof WorkingDays w) {
            base = w.days();
            workingCount = true;
            due = countWorking(calendar, effStart, base + ext, merged);
        } else if (rule instanceof CalendarDays c) {
            base = c.days();
            workingCount = false;
            nominal = countCalendar(effStart, base + ext, merged);
            due = calendar.workingDayOnOrAfter(nominal);
        } else if (rule instanceof DisplayPeriod d && d.unit() == Unit.WORKING_DAYS) {
            base = d.days();
            workingCount = true;
            due = countWorking(calendar, effStart, base + ext, merged);
        } else if (rule instanceof DisplayPeriod d && d.unit() == Unit.CALENDAR_DAYS) {
            // A display period is a minimum to stay up, not a deadline to act by: no Art. 203 roll-over.
            base = d.days();
            workingCount = false;
            nominal = countCalendar(effStart, base + ext, merged);
            due = nominal;
        } else if (rule instanceof Immediate i && i.kind().sameDay()) {
            base = 0;
            workingCount = true;
            due = effStart;
            calendar.day(effStart); // strict-mode coverage check
        } else if (rule instanceof Periodic p && p.hasFixedDueDate()) {
            base = 0;
            workingCount = true;
            nominal = nextOccurrence(p, effStart);
            due = calendar.workingDayOnOrAfter(nominal);
            if (!merged.isEmpty() || ext > 0) {
                warnings.add("定期公开日不受暂停和延长影响 / pauses and extensions do not move a scheduled day");
            }
        } else {
            throw new ZwgkException(TimeLimitErrors.NO_FIXED_DUE_DATE, describe(rule));
        }

        if (extension != null && workingCount && base > 0) {
            LocalDate original = countWorking(calendar, effStart, base, merged);
            if (extension.approvedOn().isAfter(original)) {
                warnings.add("延长在原期限 " + original + " 届满后才批准 / extension approved after the original due date "
                        + original);
            }
        }
        boolean provisional = !calendar.covers(due.isAfter(start) ? start.plusDays(1) : start, due);
        if (provisional) {
            warnings.add("暂定结果:" + calendar.coverageEnd() + " 之后(或 " + calendar.coverageStart()
                    + " 之前)的日期没有国务院节假日安排数据,仅按周末计算;数据补充后请重新计算 / provisional: days outside "
                    + calendar.coverageStart() + ".." + calendar.coverageEnd() + " computed on weekends only");
        }
        // The trace shows the start day too, which is not counted and so need not be covered even when strict.
        WorkingCalendar view = calendar.strict(false);
        List<TraceDay> trace = rule instanceof Periodic
                ? List.of(traceDay(view, start, TraceDay.Status.START, 0),
                        traceDay(view, due, TraceDay.Status.SCHEDULED, 0))
                : trace(view, start, effStart, due, nominal, merged, workingCount, base);
        return new Deadline(due, provisional, calendar.version(), trace, start, rule, warnings);
    }

    /**
     * The suspended state, or {@code null} when the period had run out before the open pause began (then the pause
     * cannot move the due date). Consumed = units counted in (effStart, since − 1] outside the closed pauses; the
     * period has run out iff consumed ≥ period, i.e. iff the due date (nominal day for calendar periods) < since.
     */
    private static Suspended suspended(LocalDate start, TimeLimitRule rule, LocalDate effStart, PauseOpened open,
            List<Pause> merged, int ext, WorkingCalendar calendar) {
        boolean working = rule instanceof WorkingDays
                || (rule instanceof DisplayPeriod d && d.unit() == Unit.WORKING_DAYS);
        int base = rule instanceof WorkingDays w ? w.days()
                : rule instanceof CalendarDays c ? c.days() : ((DisplayPeriod) rule).days();
        int period = base + ext;
        LocalDate since = open.from().isAfter(effStart) ? open.from() : effStart.plusDays(1);
        LocalDate last = since.minusDays(1); // last day that may have counted
        long consumed = units(calendar, working, effStart, last);
        for (Pause p : merged) {
            if (p.from().isAfter(last)) {
                break;
            }
            LocalDate to = p.to().isAfter(last) ? last : p.to();
            consumed -= units(calendar, working, p.from().minusDays(1), to);
        }
        if (consumed >= period) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        boolean provisional = last.isAfter(start) && !calendar.covers(start.plusDays(1), last);
        if (provisional) {
            warnings.add("暂定结果:部分已计日期没有国务院节假日安排数据,仅按周末计算 / provisional: some counted days lie"
                    + " outside " + calendar.coverageStart() + ".." + calendar.coverageEnd());
        }
        WorkingCalendar view = calendar.strict(false);
        List<Pause> withOpen = new ArrayList<>(merged);
        withOpen.add(new Pause(since, since, open.reason()));
        List<TraceDay> trace = new ArrayList<>(trace(view, start, effStart, since, since, withOpen, working, base));
        TraceDay end = trace.remove(trace.size() - 1);
        if (end.date().equals(since) && end.status() == TraceDay.Status.PAUSED) {
            trace.add(new TraceDay(end.date(), end.kind(), end.name(), TraceDay.Status.SUSPENDED, 0, end.covered()));
        } else {
            trace.add(end); // `since` is the (re)start day itself: keep its label
        }
        return new Suspended(start, rule, since, open.reason(), working ? Unit.WORKING_DAYS : Unit.CALENDAR_DAYS,
                period, (int) consumed, period - (int) consumed, provisional, calendar.version(), trace, warnings);
    }

    /** Working or calendar days in (a, b]; 0 when b ≤ a. */
    private static long units(WorkingCalendar calendar, boolean working, LocalDate a, LocalDate b) {
        if (!b.isAfter(a)) {
            return 0;
        }
        return working ? calendar.workingDaysBetween(a, b) : b.toEpochDay() - a.toEpochDay();
    }

    private static String describeEvent(ClockEvent e) {
        if (e instanceof PauseOpened o) {
            return "第二个暂停(" + o.from() + " 起) / a second open pause (from " + o.from() + ")";
        } else if (e instanceof Pause p) {
            return "暂停 " + p.from() + ".." + p.to() + " / pause " + p.from() + ".." + p.to();
        } else if (e instanceof Extension x) {
            return "延长(" + x.approvedOn() + ") / an extension (" + x.approvedOn() + ")";
        } else if (e instanceof Restart r) {
            return "重新起算(" + r.date() + ") / a restart (" + r.date() + ")";
        }
        return e.toString();
    }

    private static String describe(TimeLimitRule rule) {
        return rule.describe();
    }

    /** Sorted, merged pauses, clipped to the days after the (effective) start. */
    private static List<Pause> merge(List<Pause> pauses, LocalDate effStart) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> out = new ArrayList<>();
        for (Pause p : sorted) {
            LocalDate from = p.from().isAfter(effStart) ? p.from() : effStart.plusDays(1);
            if (p.to().isBefore(from)) {
                continue;
            }
            if (!out.isEmpty() && !from.isAfter(out.get(out.size() - 1).to().plusDays(1))) {
                Pause last = out.remove(out.size() - 1);
                out.add(new Pause(last.from(), p.to().isAfter(last.to()) ? p.to() : last.to(), last.reason()));
            } else {
                out.add(new Pause(from, p.to(), p.reason()));
            }
        }
        return out;
    }

    private static LocalDate countWorking(WorkingCalendar cal, LocalDate start, int n, List<Pause> pauses) {
        LocalDate cursor = start;
        int remaining = n;
        for (Pause p : pauses) {
            if (!p.to().isAfter(cursor)) {
                continue;
            }
            LocalDate candidate = cal.plusWorkingDays(cursor, remaining);
            if (candidate.isBefore(p.from())) {
                return candidate;
            }
            remaining -= cal.workingDaysBetween(cursor, p.from().minusDays(1));
            cursor = p.to();
        }
        return cal.plusWorkingDays(cursor, remaining);
    }

    private static LocalDate countCalendar(LocalDate start, int n, List<Pause> pauses) {
        LocalDate cursor = start;
        long remaining = n;
        for (Pause p : pauses) {
            if (!p.to().isAfter(cursor)) {
                continue;
            }
            LocalDate candidate = cursor.plusDays(remaining);
            if (candidate.isBefore(p.from())) {
                return candidate;
            }
            remaining -= p.from().toEpochDay() - 1 - cursor.toEpochDay();
            cursor = p.to();
        }
        return cursor.plusDays(remaining);
    }

    /** The first scheduled day on or after {@code from}. Days past a month's end mean its last day (Art. 202). */
    static LocalDate nextOccurrence(Periodic p, LocalDate from) {
        int months = p.period().months();
        YearMonth ym = YearMonth.from(from);
        // first month of the period containing `from`
        int index = (ym.getMonthValue() - 1) / months * months;
        YearMonth periodStart = YearMonth.of(ym.getYear(), index + 1);
        for (int k = 0; k < 3; k++) {
            YearMonth m = periodStart.plusMonths((long) k * months + Math.max(p.monthOfPeriod(), 1) - 1);
            for (int d : p.daysOfMonth()) {
                LocalDate date = m.atDay(Math.min(d, m.lengthOfMonth()));
                if (!date.isBefore(from)) {
                    return date;
                }
            }
        }
        throw new IllegalStateException("unreachable: " + p + " from " + from);
    }

    private static boolean paused(List<Pause> pauses, LocalDate d) {
        for (Pause p : pauses) {
            if (!d.isBefore(p.from()) && !d.isAfter(p.to())) {
                return true;
            }
        }
        return false;
    }

    private static List<TraceDay> trace(WorkingCalendar cal, LocalDate start, LocalDate effStart, LocalDate due,
            LocalDate nominal, List<Pause> pauses, boolean working, int base) {
        List<TraceDay> out = new ArrayList<>();
        int count = 0;
        for (LocalDate d = start; !d.isAfter(due); d = d.plusDays(1)) {
            TraceDay.Status st;
            if (d.equals(start)) {
                st = TraceDay.Status.START;
            } else if (d.isBefore(effStart)) {
                st = TraceDay.Status.BEFORE_RESTART;
            } else if (d.equals(effStart)) {
                st = TraceDay.Status.RESTART;
            } else if (paused(pauses, d)) {
                st = TraceDay.Status.PAUSED;
            } else if (working) {
                CalendarDay day = cal.day(d);
                st = day.working() ? (count >= base ? TraceDay.Status.COUNTED_EXTENSION : TraceDay.Status.COUNTED)
                        : day.kind() == DayKind.HOLIDAY ? TraceDay.Status.HOLIDAY : TraceDay.Status.WEEKEND;
            } else {
                st = !d.isAfter(nominal) ? (count >= base ? TraceDay.Status.COUNTED_EXTENSION : TraceDay.Status.COUNTED)
                        : TraceDay.Status.ROLLED_OVER;
            }
            if (st.counts()) {
                count++;
            }
            out.add(traceDay(cal, d, st, st.counts() ? count : 0));
        }
        return out;
    }

    private static TraceDay traceDay(WorkingCalendar cal, LocalDate d, TraceDay.Status st, int count) {
        CalendarDay day = cal.day(d);
        return new TraceDay(d, day.kind(), day.name(), st, count, day.covered());
    }
}
