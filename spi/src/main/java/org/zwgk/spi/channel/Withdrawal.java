package org.zwgk.spi.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to take a published item down (废止/撤回). The channel replaces the item with a notice of withdrawal
 * where it can (a website keeps the URL alive), or deletes it where it cannot.
 *
 * @param itemId         the item published earlier
 * @param indexNumber    its index number
 * @param title          its title, for the withdrawal notice
 * @param reason         why, shown to the public
 * @param idempotencyKey stable per (item, channel, withdrawal)
 * @param withdrawnAt    when
 * @param version        the item's version when it was withdrawn (the newest one queued for publication); every
 *                       version of the item is to be taken down, not only this one. {@code 0} = not given. Since
 *                       SPI 1.2.
 * @param sequence       the dispatcher's sequence of this message for (item, channel), greater than that of every
 *                       publication of the item on the channel, so a late publication (lower sequence) arriving
 *                       after it must be dropped; {@code 0} = not given (apply it). Since SPI 1.2.
 */
public record Withdrawal(String itemId, String indexNumber, String title, String reason, String idempotencyKey,
                         Instant withdrawnAt, int version, long sequence) {
    public Withdrawal {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(indexNumber, "indexNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (version < 0 || sequence < 0) {
            throw new IllegalArgumentException("version and sequence must be >= 0");
        }
    }

    /** A withdrawal without version and sequence (the SPI 1.1 constructor): both 0, "not given". */
    public Withdrawal(String itemId, String indexNumber, String title, String reason, String idempotencyKey,
                      Instant withdrawnAt) {
        this(itemId, indexNumber, title, reason, idempotencyKey, withdrawnAt, 0, 0);
    }
}
