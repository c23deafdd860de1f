package org.zwgk.publish;

import java.time.Instant;
import java.util.Objects;
import org.zwgk.spi.channel.DeliveryStatus;

/**
 * One outbox entry as operators see it: per-channel delivery state of one version of one item.
 *
 * @param lastErrorKind  the {@link org.zwgk.spi.channel.ChannelErrorKind} name of the last failure, or null
 * @param lastErrorCode  a ZWGK code when the dispatcher itself refused (policy), or null
 */
public record OutboxEntry(long id, String itemId, String channel, OutboxAction action, int version,
                          String idempotencyKey, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                          String claimedBy, Instant leaseUntil, String lastErrorKind, String lastErrorCode,
                          String lastError, String remoteId, String publicUrl, Instant createdAt, Instant updatedAt) {
    public OutboxEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }
}
