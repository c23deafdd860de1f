package org.zwgk.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.LogAnchor;

/**
 * What an outbox entry carries to its channel, typed. Written by the gate in the host's transaction, read by the
 * dispatcher; stored as JSON by {@link PayloadCodec} (the one codec, which still reads the payloads of older
 * versions). The files of a publication are referenced by digest, never inlined.
 */
public sealed interface OutboxPayload permits OutboxPayload.Publish, OutboxPayload.Withdraw {

    /**
     * A version of an item to publish, as it was when queued. {@code publicVersion}: title, body and files are the
     * item's public version (部分公开), the files in {@code zwgk_public_attachment}; never the original.
     * {@code anchor}: the item's chain as it was when queued (null in payloads of earlier versions).
     */
    record Publish(String title, String body, String publisher, String documentNumber, LocalDate formedOn,
                   Instant publishedAt, String indexNumber, DisclosureAttribute attribute, String validity,
                   List<FileRef> attachments, Map<String, String> catalogue, boolean publicVersion,
                   LogAnchor anchor) implements OutboxPayload {
        public Publish {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(formedOn, "formedOn");
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(attribute, "attribute");
            documentNumber = documentNumber == null ? "" : documentNumber;
            attachments = List.copyOf(attachments);
            catalogue = Map.copyOf(catalogue);
        }
    }

    /** The withdrawal (废止/撤回) of an item. */
    record Withdraw(String title, String indexNumber, String reason, Instant withdrawnAt) implements OutboxPayload {
        public Withdraw {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(withdrawnAt, "withdrawnAt");
            indexNumber = indexNumber == null ? "" : indexNumber;
        }
    }

    /** One file of a publication, by reference: the dispatcher reads it and checks the digest before delivery. */
    record FileRef(int position, String fileName, String mediaType, long size, String sha256) {
    }
}
