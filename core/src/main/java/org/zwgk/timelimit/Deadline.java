package org.zwgk.timelimit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A computed due date that explains itself.
 *
 * @param due             the last day of the period (the obligation is met if done on or before it)
 * @param provisional     part of the period lies outside the calendar data; recompute when the year's notice is added
 * @param calendarVersion the calendar data used; store it with the deadline
 * @param trace           every day from the start to the due date with what was done with it
 * @param start           the start (anchor) day as given
 * @param rule            the rule
 * @param warnings        remarks (provisional data, late extension, …)
 */
public record Deadline(LocalDate due, boolean provisional, String calendarVersion, List<TraceDay> trace,
        LocalDate start, TimeLimitRule rule, List<String> warnings) implements DeadlineState {
    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        trace = List.copyOf(trace);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        warnings = List.copyOf(warnings);
    }

    /** The trace as readable lines, e.g. {@code 2024-10-01 二 holiday 国庆节 — 法定节假日,不计入}. */
    @Override
    public List<String> explain(Locale locale) {
        return trace.stream().map(t -> t.line(locale)).toList();
    }
}
