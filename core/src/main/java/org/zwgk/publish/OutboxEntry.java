package org.zwgk.publish;

import java.time.Instant;
import java.util.Objects;
import org.zwgk.spi.channel.DeliveryStatus;

/**
 * One outbox entry as operators see it: per-channel delivery state of one version of one item.
 *
 * @param lastErrorKind  the {@link org.zwgk.spi.channel.ChannelErrorKind} name of the last failure, or null
 * @param lastErrorCode  a ZWGK code when the dispatcher itself refused (policy), or null
 * @param supersededBy   for a {@link DeliveryStatus#SUPERSEDED} entry: the newer entry (withdrawal or newer
 *                       version) that replaced it; null otherwise
 * @param cancelledBy    for a {@link DeliveryStatus#CANCELLED} entry: the operator who cancelled it (the reason is
 *                       in {@code lastError}); null otherwise
 */
public record OutboxEntry(long id, String itemId, String channel, OutboxAction action, int version,
                          String idempotencyKey, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                          String claimedBy, Instant leaseUntil, String lastErrorKind, String lastErrorCode,
                          String lastError, String remoteId, String publicUrl, Instant createdAt, Instant updatedAt,
                          Long supersededBy, String cancelledBy) {
    public OutboxEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }
}
