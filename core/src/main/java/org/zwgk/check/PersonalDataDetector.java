package org.zwgk.check;

import java.util.List;
import java.util.Objects;
import org.zwgk.check.internal.BuiltInDetector;

/**
 * Finds personal data in published text. The built-in detector ({@link #builtIn()}) finds resident identity numbers
 * (GB 11643: 18 characters with a valid birth date and check character) and mobile numbers (11 digits, 1[3-9]…, also
 * written with spaces or hyphens); a host with richer detectors plugs them in here.
 */
@FunctionalInterface
public interface PersonalDataDetector {

    /** Every match in {@code text}, in order. */
    List<Match> find(String text);

    /**
     * One piece of personal data: what kind, the value in its usual masked form (never the value itself), and where
     * it starts in the text.
     */
    record Match(Text kind, String masked, int offset) {
        public Match {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(masked, "masked");
        }
    }

    /** Identity numbers and mobile numbers (reference §13). */
    static PersonalDataDetector builtIn() {
        return new BuiltInDetector();
    }
}
