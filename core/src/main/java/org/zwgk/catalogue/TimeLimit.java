package org.zwgk.catalogue;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * An item's 公开时限, kept verbatim. {@code phrase} is what the file says; {@code effective} is the phrase that applies
 * — the same unless the file says {@code 同上} (same as the previous item), in which case it is the previous item's
 * effective phrase. The parsed rule is the business of {@code org.zwgk.timelimit}; the verbatim text is kept because
 * it is the legal wording.
 */
public record TimeLimit(@NotBlank String phrase, @NotBlank String effective) {

    /** "Same as above", as written in catalogue tables. */
    public static final String SAME_AS_ABOVE = "同上";

    public TimeLimit {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(effective, "effective");
        if (effective.strip().equals(SAME_AS_ABOVE)) {
            throw new IllegalArgumentException("the effective time limit cannot be 同上; resolve it first");
        }
    }

    /** A phrase written out in full. */
    public static TimeLimit of(String phrase) {
        return new TimeLimit(phrase, phrase);
    }

    public boolean isSameAsAbove() {
        return phrase.strip().equals(SAME_AS_ABOVE);
    }
}
