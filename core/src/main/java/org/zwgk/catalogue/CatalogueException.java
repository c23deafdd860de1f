package org.zwgk.catalogue;

import java.util.Locale;
import org.zwgk.spi.ZwgkException;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/** Thrown by {@link CatalogueLoader} when a catalogue file has errors; carries the full report. */
public final class CatalogueException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public CatalogueException(String file, ValidationReport report) {
        super(CatalogueErrors.CATALOGUE_INVALID, file, report.errors().size(), first(report));
        this.report = report;
    }

    private static String first(ValidationReport report) {
        return report.errors().stream().findFirst().map(v -> v.toLine(Locale.CHINA)).orElse("");
    }

    /** Every finding of the file. */
    public ValidationReport report() {
        return report;
    }

    /** The first error as a line in the given locale. */
    public String firstError(Locale locale) {
        return report.errors().stream().findFirst().map(v -> v.toLine(locale)).orElse("");
    }

    /** The errors, one {@link Violation#toLine(Locale)} per line. */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(message(locale));
        for (Violation v : report.errors()) {
            sb.append('\n').append(v.toLine(locale));
        }
        return sb.toString();
    }
}
