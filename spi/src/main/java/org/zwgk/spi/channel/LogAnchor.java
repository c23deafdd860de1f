package org.zwgk.spi.channel;

import java.util.Objects;

/**
 * A point of an item's tamper-evident event log (the chain position and its hash) as it was when a version was
 * queued for publication. A channel that keeps records outside zwgk's database — the archive's hand-over manifests —
 * records it, so that a chain later rewritten in the database (even recomputed, even with the key) no longer matches
 * what left. Since SPI 1.2.
 *
 * @param position the event's position in the item's chain (1 = registration)
 * @param hash     that event's hash (SHA-256 or HMAC-SHA256, hex)
 */
public record LogAnchor(int position, String hash) {
    public LogAnchor {
        Objects.requireNonNull(hash, "hash");
        if (position < 1) {
            throw new IllegalArgumentException("position >= 1");
        }
    }
}
