package org.zwgk.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing the self-check found: which indicator, how much it weighs, in which column, the evidence, and the message
 * and fix hint in either language (the indicator's code filled with {@code args}; a {@link Text} argument is filled
 * in the message's language).
 *
 * @param column the column it belongs to, or null for the site or the office as a whole
 */
public record Finding(Indicator indicator, Severity severity, Column column, Evidence evidence, List<Object> args) {

    public Finding {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        args = List.copyOf(args);
    }

    /** A finding of the indicator's usual weight. */
    public static Finding of(Indicator indicator, Column column, Evidence evidence, Object... args) {
        return new Finding(indicator, indicator.severity(), column, evidence, Arrays.asList(args));
    }

    /** The same finding with another weight (e.g. a supplement period that ended: a notice, not a deduction). */
    public Finding withSeverity(Severity s) {
        return new Finding(indicator, s, column, evidence, args);
    }

    /** The stable id of the indicator, e.g. {@code ZWGK-8001}. */
    public String id() {
        return indicator.code().code();
    }

    public String message(Locale locale) {
        return indicator.code().message(locale, resolved(locale));
    }

    public String hint(Locale locale) {
        return indicator.code().hint(locale, resolved(locale));
    }

    private Object[] resolved(Locale locale) {
        return args.stream().map(a -> a instanceof Text t ? t.in(locale) : a).toArray();
    }
}
