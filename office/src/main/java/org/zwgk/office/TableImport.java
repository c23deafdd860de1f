package org.zwgk.office;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.catalogue.Catalogue;

/**
 * The outcome of importing a table: every finding, located in the table, and the catalogue when there is no error
 * (warnings, such as a channel variant, do not prevent it).
 *
 * @param violations the findings in table order
 * @param catalogue  the catalogue, present exactly when no finding is an error
 * @param items      item rows read
 */
public record TableImport(List<TableViolation> violations, Optional<Catalogue> catalogue, int items) {

    public TableImport {
        violations = List.copyOf(violations);
        Objects.requireNonNull(catalogue, "catalogue");
        if (catalogue.isPresent() && violations.stream().anyMatch(TableViolation::isError)) {
            throw new IllegalArgumentException("a table with errors gives no catalogue");
        }
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(TableViolation::isError);
    }

    public List<TableViolation> errors() {
        return violations.stream().filter(TableViolation::isError).toList();
    }

    public List<TableViolation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }
}
