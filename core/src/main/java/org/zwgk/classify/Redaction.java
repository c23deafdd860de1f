package org.zwgk.classify;

import java.util.Objects;

/**
 * One entry of the redaction record (区分处理记录, Art. 37): what was removed from the published version, on which
 * ground and why — and, for the public version actually published, what kind of content it was and where.
 *
 * @param removed  what was removed, described (never the removed value itself)
 * @param category what kind of content; required in a public version, optional in the classification decision
 * @param where    where in the item: {@code 正文第3段}, {@code body:120-138}, {@code 附件1.xlsx!C2:C201} …; required in a
 *                 public version, optional in the classification decision
 */
public record Redaction(String removed, ExemptionGround ground, String reason, RedactionCategory category,
                        String where) {
    public Redaction {
        Objects.requireNonNull(ground, "ground");
        if (removed == null || removed.isBlank()) {
            throw new ClassificationException(ClassifyErrors.REDACTION_INCOMPLETE, "removed");
        }
        if (reason == null || reason.isBlank()) {
            throw new ClassificationException(ClassifyErrors.REDACTION_INCOMPLETE, "reason");
        }
        where = where == null || where.isBlank() ? null : where.strip();
    }

    /** A redaction as decided at classification: what will be removed, on which ground, why. */
    public Redaction(String removed, ExemptionGround ground, String reason) {
        this(removed, ground, reason, null, null);
    }

    /** Whether the record says what kind of content was removed and where (as a public version must). */
    public boolean located() {
        return category != null && where != null;
    }
}
