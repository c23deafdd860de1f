package org.zwgk.classify;

import java.util.Objects;

/**
 * One entry of the redaction record (区分处理记录, Art. 37): what was removed from the published version, on which
 * ground, and why.
 */
public record Redaction(String removed, ExemptionGround ground, String reason) {
    public Redaction {
        Objects.requireNonNull(ground, "ground");
        if (removed == null || removed.isBlank()) {
            throw new ClassificationException(ClassifyErrors.REDACTION_INCOMPLETE, "removed");
        }
        if (reason == null || reason.isBlank()) {
            throw new ClassificationException(ClassifyErrors.REDACTION_INCOMPLETE, "reason");
        }
    }
}
