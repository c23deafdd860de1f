package org.zwgk.screen.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.zwgk.screen.Detector;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.TextExtractor;

/**
 * Identifies what decides a screener's findings, so that a screening recorded at publication can stand in for
 * screening the same content again: two screeners with the same signature find the same values at the same places
 * with the same fingerprints. SHA-256 over the rules revision, the detectors, the sensitive words, the extractors
 * (id, class, package version) in order, the extraction limits and the fingerprint key's tag.
 */
final class Signature {

    /**
     * The revision of the built-in rules: raise it whenever what a detector, the masking, a fingerprint or a built-in
     * extractor produces changes, so that every recorded screening stops standing in for a new one.
     */
    static final String RULES = "zwgk-screening/1";

    private Signature() {
    }

    /**
     * The extractor's version as its jar declares it (Implementation-Version; zwgk's own jars all do, the shaded
     * command-line jar with the same version), "-" when it declares none. Not where it was loaded from: a host's
     * gate and the command-line check load the same extractor from different jars and must agree.
     */
    static String version(Class<?> type) {
        Package p = type.getPackage();
        String declared = p == null ? null : p.getImplementationVersion();
        return declared == null ? "-" : declared;
    }

    static String of(Set<Detector> detectors, List<String> words, List<TextExtractor> extractors,
                     ExtractionLimits limits, Fingerprints fingerprints) {
        StringBuilder b = new StringBuilder(RULES).append('\n');
        detectors.stream().sorted(Comparator.naturalOrder()).forEach(d -> b.append(d.name()).append(','));
        b.append('\n');
        words.stream().sorted().forEach(w -> b.append(w.length()).append(':').append(w));
        b.append('\n');
        for (TextExtractor x : extractors) {
            b.append(x.id()).append('|').append(x.getClass().getName()).append('|').append(version(x.getClass()))
                    .append('\n');
        }
        b.append(limits).append('\n').append(fingerprints.keyTag());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
