package org.zwgk.gate;

import java.util.List;
import java.util.Objects;
import org.zwgk.classify.Redaction;
import org.zwgk.spi.channel.Attachment;

/**
 * The public version of a partially disclosed item (部分公开, Art. 37): the title, text and files that may leave, and
 * the record of every redaction — what kind of content ({@link org.zwgk.classify.RedactionCategory}), on which legal
 * ground, why, and where. The original stays in the store and never reaches a channel.
 *
 * <p>The host supplies it, written by a person or derived with the masking helpers of {@code org.zwgk.screen}
 * ({@code Masking}), with {@code gate.publicVersion(itemId, version, actor)} after classifying the item 部分公开 and
 * before the secrecy review — the review covers what is published.
 */
public record PublicVersion(String title, String text, List<Attachment> attachments, List<Redaction> redactions) {

    public PublicVersion {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
        if (redactions.isEmpty()) {
            throw new GateException(PublicVersionErrors.REDACTION_NOT_LOCATED, 0, "(none)");
        }
        for (int i = 0; i < redactions.size(); i++) {
            if (!redactions.get(i).located()) {
                throw new GateException(PublicVersionErrors.REDACTION_NOT_LOCATED, i + 1, redactions.get(i).removed());
            }
        }
    }

    /** A public version without files. */
    public static PublicVersion of(String title, String text, List<Redaction> redactions) {
        return new PublicVersion(title, text, List.of(), redactions);
    }

    /** A copy with the given public files (the masked 公示 list, the redacted scan …). */
    public PublicVersion withAttachments(List<Attachment> files) {
        return new PublicVersion(title, text, files, redactions);
    }
}
