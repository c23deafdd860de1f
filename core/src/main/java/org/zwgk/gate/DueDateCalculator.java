package org.zwgk.gate;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Computes an obligation's due date from its start (the information's formation date, or the publication date for
 * 解读) and the catalogue item's time-limit phrase. The one place where the gate meets the calendar and time-limit
 * engines ({@code org.zwgk.timelimit.Deadlines}, {@code org.zwgk.calendar.WorkingCalendar}).
 */
@FunctionalInterface
public interface DueDateCalculator {

    /** Art. 26: 自该政府信息形成或者变更之日起20个工作日内. Used when an item names no time limit. */
    String DEFAULT_PUBLICATION_RULE = "信息形成或者变更之日起20个工作日内";
    /** 解读 within 3 working days of publication (54号 practice for policy documents); counted from the publication date. */
    String INTERPRETATION_RULE = "3工作日";
    /**
     * What {@link #official} appends to the stored rule of a phrase with no fixed date (及时, 随时), whose due date is
     * Art. 26's outer limit; {@link #recompute} strips it again.
     */
    String NO_FIXED_DATE_NOTE = "（无固定期限，按条例第二十六条：" + DEFAULT_PUBLICATION_RULE + "）";

    DueDate compute(LocalDate start, String timeLimitPhrase);

    /**
     * Recomputes a stored due date from what the obligation keeps: its start date and the rule text returned in
     * {@link DueDate#rule()} (for a phrase with no fixed date that is the phrase plus {@link #NO_FIXED_DATE_NOTE}).
     * Used after calendar data was added, e.g. next year's holiday notice.
     */
    default DueDate recompute(LocalDate start, String storedRule) {
        String phrase = storedRule.endsWith(NO_FIXED_DATE_NOTE)
                ? storedRule.substring(0, storedRule.length() - NO_FIXED_DATE_NOTE.length()) : storedRule;
        return compute(start, phrase);
    }

    /**
     * The official computation: the phrase is parsed by {@link org.zwgk.timelimit.TimeLimitParser} and counted on
     * {@code calendar} by {@link org.zwgk.timelimit.Deadlines}. Phrases with no fixed date (及时, 随时) fall back to
     * the outer limit every proactive item has anyway, Art. 26's 20 working days; the stored rule says so.
     * Unparseable phrases are refused (ZWGK-21xx) rather than guessed. A due date past the calendar's coverage is
     * provisional (weekends only); {@code DeadlineMonitor.recomputeProvisional} recomputes the stored ones once the
     * year's data is added.
     */
    static DueDateCalculator official(org.zwgk.calendar.WorkingCalendar calendar) {
        return new OfficialDueDates(calendar);
    }

    /**
     * A stand-in that counts Monday–Friday only and understands only "N个工作日". Every result is marked
     * provisional with calendar version {@code weekdays-only}, so obligations can be recomputed
     * ({@code DeadlineMonitor.recomputeProvisional}) once the official holiday calendar is wired in; never use it
     * where holidays matter.
     */
    static DueDateCalculator weekdaysOnly() {
        return (start, phrase) -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)个?工作日").matcher(phrase);
            int n = m.find() ? Integer.parseInt(m.group(1)) : 20;
            LocalDate d = start;
            int counted = 0;
            while (counted < n) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    counted++;
                }
            }
            return new DueDate(d, true, "weekdays-only", phrase);
        };
    }
}
