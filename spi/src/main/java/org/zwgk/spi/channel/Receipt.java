package org.zwgk.spi.channel;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proof of delivery.
 *
 * @param remoteId  the channel's own id for the delivered item (CMS id, WeChat article_id, package file name)
 * @param publicUrl where the public can read it, if the channel has URLs
 * @param at        when the channel accepted it
 * @param status    {@link DeliveryStatus#ACCEPTED} (the channel has it) or {@link DeliveryStatus#LIVE} (the public can see it)
 * @param details   extra facts for the operator (never secrets)
 * @param refreshAt for an {@code ACCEPTED} receipt of a channel with {@link ChannelCapability#REFRESH}: when
 *                  {@link ChannelAdapter#refresh} should be asked (e.g. the next hand-over day); null lets the
 *                  dispatcher choose (back-off). Ignored otherwise. Since SPI 1.1.
 */
public record Receipt(String remoteId, URI publicUrl, Instant at, DeliveryStatus status, Map<String, String> details,
                      Instant refreshAt) {
    /**
     * Detail key: {@code "true"} when the channel dropped the message as stale — it had already applied a higher
     * sequence for the item (SPI 1.2) — and the receipt describes what the channel holds instead. The dispatcher
     * records such a publication as superseded, never as delivered. Since SPI 1.2.
     */
    public static final String STALE = "stale";

    /** Whether the channel dropped the message as stale ({@link #STALE}). */
    public boolean stale() {
        return "true".equals(details.get(STALE));
    }

    public Receipt {
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A receipt without a refresh time (the SPI 1.0 constructor). */
    public Receipt(String remoteId, URI publicUrl, Instant at, DeliveryStatus status, Map<String, String> details) {
        this(remoteId, publicUrl, at, status, details, null);
    }

    /** When to ask {@link ChannelAdapter#refresh} again, if the channel said. */
    public Optional<Instant> nextRefresh() {
        return Optional.ofNullable(refreshAt);
    }

    public Optional<URI> url() {
        return Optional.ofNullable(publicUrl);
    }
}
