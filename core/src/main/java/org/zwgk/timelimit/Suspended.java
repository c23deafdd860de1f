package org.zwgk.timelimit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A period whose clock stands still with no known end: a consultation letter went out on {@link #since()} (Arts.
 * 32, 34) and the answer has not arrived (Art. 33 ¶3). This is deliberately not a date: the due date depends on
 * the day the answer comes, and guessing it (or treating the pause as ending today) would be wrong either way.
 * Record {@link ClockEvent.PauseClosed} when the answer arrives and evaluate again; the period then ends
 * {@link #remaining()} units after the closing day, unless a later pause intervenes.
 *
 * @param start           the start (anchor) day as given
 * @param rule            the rule
 * @param since           first day of the open pause (the day the letter went out, or the first day after the
 *                        (re)start if the letter predates it); not counted
 * @param reason          the open pause's reason as recorded
 * @param unit            what {@code consumed}/{@code remaining} count: working days or calendar days
 * @param period          the whole period in {@code unit}s, the extension included
 * @param consumed        units counted before {@code since}
 * @param remaining       units still to count after the pause closes; {@code consumed + remaining == period}
 * @param provisional     the consumed days touch dates outside the calendar data
 * @param calendarVersion the calendar data used
 * @param trace           every day from the start to {@code since}, the last one {@link TraceDay.Status#SUSPENDED}
 * @param warnings        remarks
 */
public record Suspended(LocalDate start, TimeLimitRule rule, LocalDate since, String reason, TimeLimitRule.Unit unit,
        int period, int consumed, int remaining, boolean provisional, String calendarVersion, List<TraceDay> trace,
        List<String> warnings) implements DeadlineState {

    public Suspended {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        if (consumed < 0 || remaining < 1 || consumed + remaining != period) {
            throw new IllegalArgumentException("consumed " + consumed + " + remaining " + remaining + " != period "
                    + period + " (remaining must be ≥ 1: a period already run out is a Deadline)");
        }
        trace = List.copyOf(trace);
        warnings = List.copyOf(warnings);
    }

    /** One line, e.g. {@code 自 2024-10-09 起暂停计时(征求第三方意见),已计 5 个工作日,剩余 15 个工作日(共 20 个)}. */
    public String summary(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        boolean wd = unit == TimeLimitRule.Unit.WORKING_DAYS;
        if (en) {
            String u = wd ? " working days" : " days";
            return "suspended since " + since + (reason.isEmpty() ? "" : " (" + reason + ")") + ": " + consumed + u
                    + " counted, " + remaining + u + " remaining (of " + period + "); no due date until the pause"
                    + " is closed";
        }
        String u = wd ? " 个工作日" : " 日";
        return "自 " + since + " 起暂停计时" + (reason.isEmpty() ? "" : "(" + reason + ")") + ",已计 " + consumed + u
                + ",剩余 " + remaining + u + "(共 " + period + u + ");暂停结束前没有截止日期";
    }

    @Override
    public List<String> explain(Locale locale) {
        List<String> out = new ArrayList<>();
        trace.forEach(t -> out.add(t.line(locale)));
        out.add(summary(locale));
        return out;
    }
}
