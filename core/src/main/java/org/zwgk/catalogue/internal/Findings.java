package org.zwgk.catalogue.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zwgk.spi.ErrorCode;
import org.zwgk.validation.Severity;
import org.zwgk.validation.Violation;

/**
 * Collects the violations of one file, placing each at the location of its JSON Pointer (or of the nearest
 * enclosing value that has one). A second finding with the same code, pointer and arguments is dropped, so that
 * overlapping schema keywords (minLength and pattern on an empty string) report once.
 */
public final class Findings {

    private final String file;
    private final Locations locations;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public Findings(String file, Locations locations) {
        this.file = file;
        this.locations = locations;
    }

    public String file() {
        return file;
    }

    public Locations locations() {
        return locations;
    }

    public void error(ErrorCode code, String pointer, Object... args) {
        add(code, Severity.ERROR, pointer, args);
    }

    public void warning(ErrorCode code, String pointer, Object... args) {
        add(code, Severity.WARNING, pointer, args);
    }

    public void add(ErrorCode code, Severity severity, String pointer, Object... args) {
        seen.add(code.code() + "\u0000" + pointer);
        if (!seen.add(key(code, pointer, args))) {
            return;
        }
        long loc = locations.find(pointer);
        violations.add(Violation.of(code, severity, file, Locations.line(loc), Locations.column(loc), pointer, args));
    }

    /** A finding at an explicit location (syntax errors, encoding problems). */
    public void at(ErrorCode code, Severity severity, int line, int column, String pointer, Object... args) {
        violations.add(Violation.of(code, severity, file, line, column, pointer, args));
    }

    private static String key(ErrorCode code, String pointer, Object... args) {
        return code.code() + "\u0000" + pointer + "\u0000" + java.util.Arrays.toString(args);
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(Violation::isError);
    }

    public boolean has(String pointer, ErrorCode code) {
        return seen.contains(code.code() + "\u0000" + pointer);
    }

    public List<Violation> violations() {
        return violations;
    }
}
