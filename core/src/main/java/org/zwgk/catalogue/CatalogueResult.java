package org.zwgk.catalogue;

import java.util.Objects;
import java.util.Optional;
import org.zwgk.validation.ValidationReport;

/**
 * The outcome of reading one catalogue file: the report of every finding, and the catalogue when the file has no
 * errors (warnings do not prevent loading).
 */
public record CatalogueResult(ValidationReport report, Optional<Catalogue> catalogue) {

    public CatalogueResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(catalogue, "catalogue");
        if (report.hasErrors() && catalogue.isPresent()) {
            throw new IllegalArgumentException("a catalogue with errors is never loaded");
        }
    }
}
