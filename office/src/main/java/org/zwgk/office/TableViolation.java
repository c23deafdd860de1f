package org.zwgk.office;

import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;
import org.zwgk.validation.Violation;

/**
 * One finding of a table import: a catalogue violation (its code, severity, message and hint, and the JSON Pointer
 * of the value in the catalogue it would become), located in the source table.
 */
public record TableViolation(Violation violation, TableLocation location) {

    public TableViolation {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(location, "location");
    }

    public ErrorCode code() {
        return violation.code();
    }

    public boolean isError() {
        return violation.isError();
    }

    public String message(Locale locale) {
        return violation.message(locale);
    }

    public String hint(Locale locale) {
        return violation.hint(locale);
    }

    /** {@code 目录.xlsx 社会救助!F12 ZWGK-1056 message}: file, place in the table, code, message. */
    public String toLine(Locale locale) {
        String where = location.describe(locale);
        return violation.file() + (where.isEmpty() ? "" : " " + where) + " " + violation.code().code() + " "
                + violation.message(locale);
    }
}
