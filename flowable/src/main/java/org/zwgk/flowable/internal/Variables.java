package org.zwgk.flowable.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.delegate.DelegateExecution;
import org.zwgk.flowable.FlowableErrors;
import org.zwgk.spi.ZwgkException;

/**
 * Reads the process variables of one zwgk action, each with a coded error naming the variable, the action and the
 * activity. Values are not echoed for free text (titles and contents may hold personal data); for the typed
 * variables the error says which type was found.
 */
public final class Variables {

    private final DelegateExecution execution;
    private final String action;
    private final ZoneId zone;

    public Variables(DelegateExecution execution, String action, ZoneId zone) {
        this.execution = execution;
        this.action = action;
        this.zone = zone;
    }

    private String activity() {
        return execution.getCurrentActivityId();
    }

    public String text(String name) {
        return optionalText(name).orElseThrow(() -> new ZwgkException(FlowableErrors.VARIABLE_MISSING, name, action,
                activity(), execution.getProcessInstanceId()));
    }

    public java.util.Optional<String> optionalText(String name) {
        Object v = execution.getVariable(name);
        if (v == null) {
            return java.util.Optional.empty();
        }
        if (!(v instanceof CharSequence) && !(v instanceof Number)) {
            throw invalid(name, v.getClass().getSimpleName(), "text");
        }
        String s = v.toString().strip();
        return s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }

    public LocalDate date(String name) {
        Object v = execution.getVariable(name);
        if (v == null) {
            throw new ZwgkException(FlowableErrors.VARIABLE_MISSING, name, action, activity(),
                    execution.getProcessInstanceId());
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) { // toInstant() is unsupported on java.sql.Date
            return d.toLocalDate();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof java.time.temporal.TemporalAccessor t && t.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
            return java.time.Instant.from(t).atZone(zone).toLocalDate();
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (v instanceof CharSequence s) {
            try {
                return LocalDate.parse(s.toString().strip());
            } catch (DateTimeParseException e) {
                throw invalid(name, "\"" + s + "\"", "YYYY-MM-DD");
            }
        }
        throw invalid(name, v.getClass().getSimpleName(), "LocalDate, Date, an instant or YYYY-MM-DD");
    }

    public boolean bool(String name) {
        Object v = execution.getVariable(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw invalid(name, "\"" + v + "\"", "true / false");
    }

    /** A collection, an array or a comma-separated text; empty when unset. */
    public List<String> list(String name) {
        Object v = execution.getVariable(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x).strip()));
        } else if (v instanceof Object[] a) {
            for (Object x : a) {
                out.add(String.valueOf(x).strip());
            }
        } else if (v instanceof CharSequence s) {
            for (String x : s.toString().split("[,，、]")) {
                if (!x.isBlank()) {
                    out.add(x.strip());
                }
            }
        } else {
            throw invalid(name, v.getClass().getSimpleName(), "a list or comma-separated text");
        }
        return out;
    }

    /** An enum constant by name (any case) or by one of {@code labels} (the Chinese label). */
    public <E extends Enum<E>> E choice(String name, Class<E> type, java.util.function.Function<E, String> label) {
        String v = text(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || (label != null && label.apply(e).equals(v))) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name() + (label == null ? "" : "/" + label.apply(e)));
        }
        throw invalid(name, "\"" + v + "\"", String.join(", ", allowed));
    }

    public ZwgkException invalid(String name, String found, String expected) {
        return new ZwgkException(FlowableErrors.VARIABLE_INVALID, name, found, expected, activity());
    }
}
