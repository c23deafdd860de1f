package org.zwgk.gate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed due date with what is needed to recompute it: the calendar version and the rule it came from.
 *
 * @param provisional true when the calendar did not cover the period (the date may move when data arrives)
 */
public record DueDate(LocalDate due, boolean provisional, String calendarVersion, String rule) {
    public DueDate {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        Objects.requireNonNull(rule, "rule");
    }
}
