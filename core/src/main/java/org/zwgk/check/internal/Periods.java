package org.zwgk.check.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.timelimit.TimeLimitRule;

/**
 * The publication slots of a periodic catalogue item ({@code 按月进行公开}, {@code 按季度}, {@code 每季度的首个月20日},
 * {@code 按年度进行公开，每年初公开一次} …): each slot is a span of days in which at least one publication is due.
 *
 * <ul>
 *   <li>with days of the month ({@code 每月5日和20日}, {@code 每季度的首个月20日}, {@code 每年1月31日前}): one slot per due
 *       day, from the day after the previous due day to that day;</li>
 *   <li>at the start of the period ({@code 每年初}, {@code 每季度初}): the period's first month (decision: the text
 *       fixes no day; a month is what the local plans that use the phrase allow);</li>
 *   <li>otherwise: the whole period (month, quarter, year).</li>
 * </ul>
 */
final class Periods {

    /** A span that must hold a publication; {@code due} is its last day. */
    record Slot(String label, LocalDate start, LocalDate due) {
    }

    private Periods() {
    }

    /** The slots lying wholly in {@code [from, asOf)}: begun on or after {@code from}, due before {@code asOf}. */
    static List<Slot> slots(TimeLimitRule.Periodic rule, LocalDate from, LocalDate asOf) {
        return slots(rule, from, from, asOf);
    }

    /**
     * The slots that started on or after {@code knownSince} (zwgk held records and the catalogue was in force for
     * the whole slot) and fell due in {@code [dueFrom, asOf)}. The two bounds are separate so that a year-long slot
     * is judged in the year after it fell due, not only on the one day its start is exactly a year back.
     */
    static List<Slot> slots(TimeLimitRule.Periodic rule, LocalDate knownSince, LocalDate dueFrom, LocalDate asOf) {
        LocalDate from = knownSince.isBefore(dueFrom) ? knownSince : dueFrom;
        int months = rule.period().months();
        YearMonth first = periodStart(YearMonth.from(from), months).minusMonths(months);
        YearMonth last = periodStart(YearMonth.from(asOf), months);
        List<Slot> all = new ArrayList<>();
        LocalDate previousDue = null;
        for (YearMonth p = first; !p.isAfter(last); p = p.plusMonths(months)) {
            String label = label(p, rule.period());
            if (!rule.daysOfMonth().isEmpty()) {
                YearMonth m = p.plusMonths(Math.max(1, rule.monthOfPeriod()) - 1);
                for (int d : rule.daysOfMonth()) {
                    LocalDate due = m.atDay(Math.min(d, m.lengthOfMonth()));
                    if (previousDue != null) {
                        all.add(new Slot(rule.daysOfMonth().size() > 1 ? due.toString() : label, previousDue.plusDays(1),
                                due));
                    }
                    previousDue = due;
                }
            } else if (rule.atPeriodStart()) {
                all.add(new Slot(label, p.atDay(1), p.atEndOfMonth()));
            } else {
                all.add(new Slot(label, p.atDay(1), p.plusMonths(months - 1).atEndOfMonth()));
            }
        }
        return all.stream().filter(s -> !s.start().isBefore(knownSince) && !s.due().isBefore(dueFrom)
                && s.due().isBefore(asOf)).toList();
    }

    /** The first month of the period (month, quarter from January/April/July/October, year) containing {@code m}. */
    private static YearMonth periodStart(YearMonth m, int months) {
        int zeroBased = m.getMonthValue() - 1;
        return YearMonth.of(m.getYear(), zeroBased - zeroBased % months + 1);
    }

    private static String label(YearMonth p, TimeLimitRule.Period period) {
        return switch (period) {
            case MONTHLY -> p.toString();
            case QUARTERLY -> p.getYear() + "-Q" + ((p.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> String.valueOf(p.getYear());
        };
    }
}
