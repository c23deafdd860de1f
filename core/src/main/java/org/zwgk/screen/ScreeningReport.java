package org.zwgk.screen;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a screening found, in document order (title, body, then each attachment as given). Holds no unmasked value.
 */
public record ScreeningReport(List<Finding> findings) {

    public ScreeningReport {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** Nothing found and everything read. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** Whether some source, or a part of one, could not be read. */
    public boolean hasUnreadable() {
        return findings.stream().anyMatch(Finding::unreadable);
    }

    /** The findings whose fingerprint is not among those a reviewer accepted: what still blocks publication. */
    public List<Finding> unaccepted(Collection<String> acceptedFingerprints) {
        Set<String> accepted = Set.copyOf(acceptedFingerprints);
        return findings.stream().filter(f -> !accepted.contains(f.fingerprint())).toList();
    }

    /** How many findings of each detector (detectors without findings are absent). */
    public Map<Detector, Integer> counts() {
        Map<Detector, Integer> m = new EnumMap<>(Detector.class);
        findings.forEach(f -> m.merge(f.detector(), 1, Integer::sum));
        return m;
    }
}
