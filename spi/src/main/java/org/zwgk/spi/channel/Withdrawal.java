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
 */
public record Withdrawal(String itemId, String indexNumber, String title, String reason, String idempotencyKey,
                         Instant withdrawnAt) {
    public Withdrawal {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(indexNumber, "indexNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
