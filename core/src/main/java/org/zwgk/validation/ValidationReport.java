package org.zwgk.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every finding of one validation run, ordered by file, line and column.
 *
 * @param files      number of files read
 * @param items      number of catalogue items (or other records) seen
 * @param violations the findings
 */
public record ValidationReport(int files, int items, List<Violation> violations) {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::file)
            .thenComparingInt(Violation::line).thenComparingInt(Violation::column)
            .thenComparing(v -> v.code().code());

    public ValidationReport {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        violations = List.copyOf(sorted);
    }

    public static ValidationReport merge(List<ValidationReport> reports) {
        int files = 0;
        int items = 0;
        List<Violation> all = new ArrayList<>();
        for (ValidationReport r : reports) {
            files += r.files;
            items += r.items;
            all.addAll(r.violations);
        }
        return new ValidationReport(files, items, all);
    }

    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(Violation::isError);
    }
}
