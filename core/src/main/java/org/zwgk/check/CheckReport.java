package org.zwgk.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a self-check: every finding, worst first, and which indicators were looked at and which could not be
 * (no catalogue, no site …), with why.
 *
 * @param asOf        the day the check looked at
 * @param generatedAt when it ran
 * @param store       the store, described without credentials
 * @param site        the site directory, or null when none was given
 * @param catalogue   the catalogue's id and version, or null when none was given
 * @param checked     the indicators looked at
 * @param skipped     the indicators not looked at, with the reason
 */
public record CheckReport(LocalDate asOf, Instant generatedAt, ZoneId zone, String store, String site,
                          String catalogue, CheckSettings settings, List<Finding> findings, List<Indicator> checked,
                          List<Skipped> skipped) {

    /** An indicator the check could not look at. */
    public record Skipped(Indicator indicator, Text reason) {
        public Skipped {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Worst first, then by column, indicator and what the finding is about. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.column() == null ? "" : f.column().id())
            .thenComparing(Finding::indicator)
            .thenComparing(f -> key(f.evidence()));

    private static String key(Evidence e) {
        return String.join("\u0000", String.valueOf(e.itemId()), String.valueOf(e.page()),
                String.valueOf(e.target()), String.valueOf(e.period()), String.valueOf(e.channel()),
                String.valueOf(e.value()));
    }

    public CheckReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(settings, "settings");
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        findings = List.copyOf(sorted);
        checked = List.copyOf(checked);
        skipped = List.copyOf(skipped);
    }

    /** How many findings of each severity (every severity present, zero where none). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0);
        }
        findings.forEach(f -> out.merge(f.severity(), 1, Integer::sum));
        return out;
    }

    /** The worst severity found; empty when the check found nothing. */
    public Optional<Severity> worst() {
        return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0).severity());
    }

    /** Whether anything at {@code threshold} or worse was found (the CLI's {@code --fail-on}). */
    public boolean hasAtLeast(Severity threshold) {
        return worst().map(w -> w.atLeast(threshold)).orElse(false);
    }

    /** The findings of one severity, in report order. */
    public List<Finding> of(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).toList();
    }

    /** The findings per column (in column order; findings about no column under the key null, first). */
    public Map<Column, List<Finding>> byColumn() {
        Map<Column, List<Finding>> out = new LinkedHashMap<>();
        findings.stream().filter(f -> f.column() == null).forEach(f -> out.computeIfAbsent(null, k -> new ArrayList<>()).add(f));
        findings.stream().filter(f -> f.column() != null).sorted(Comparator.comparing((Finding f) -> f.column().id())
                        .thenComparing(ORDER))
                .forEach(f -> out.computeIfAbsent(f.column(), k -> new ArrayList<>()).add(f));
        return out;
    }
}
