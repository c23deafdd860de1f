package org.zwgk.spi.channel;

import java.util.Optional;
import java.util.Set;

/**
 * Delivers publications to one channel. Implementations must be thread-safe and idempotent on the idempotency key:
 * delivering the same key twice must not create a second public copy.
 */
public interface ChannelAdapter extends AutoCloseable {

    /** The channel id this adapter serves, e.g. {@code website}, {@code wechat}, {@code archive}. */
    String channelId();

    /**
     * Deliver one publication.
     *
     * @param publication what to publish; its attribute allows public delivery
     * @param journal     durable memory for multi-step deliveries, keyed by the publication's idempotency key
     * @return proof of delivery
     * @throws ChannelException with a kind that tells the dispatcher whether to retry
     */
    Receipt publish(Publication publication, DeliveryJournal journal) throws ChannelException;

    /** Take an item down; the channel leaves a notice of withdrawal where it can. */
    Receipt withdraw(Withdrawal withdrawal, DeliveryJournal journal) throws ChannelException;

    /**
     * What this channel does beyond publish and withdraw. Since SPI 1.1; the default, none, is the 1.0 behaviour
     * ({@link DeliveryStatus#ACCEPTED} is final, and a live publication says nothing about the item's lifecycle).
     */
    default Set<ChannelCapability> capabilities() {
        return Set.of();
    }

    /**
     * Asks again about a publication this channel accepted but had not finished ({@link DeliveryStatus#ACCEPTED}),
     * e.g. an archive package written but not yet handed over. Called by the dispatcher only for channels with
     * {@link ChannelCapability#REFRESH}, never concurrently for one entry, at the receipt's
     * {@link Receipt#refreshAt()} or with back-off. Must be idempotent and must not deliver anything a second time.
     * Since SPI 1.1.
     *
     * @param idempotencyKey the key the publication was delivered with (its {@link DeliveryJournal} entries)
     * @param accepted       the receipt as recorded by the dispatcher: remote id and URL of the last receipt, its
     *                       status {@code ACCEPTED}; {@link Receipt#details()} are not stored and arrive empty
     * @param journal        the journal the publication was delivered with
     * @return empty while nothing changed; a receipt with status {@link DeliveryStatus#LIVE} when the delivery is
     *         complete (final), or {@code ACCEPTED} with new facts (e.g. a new {@link Receipt#refreshAt()})
     * @throws ChannelException retryable kinds are asked again later; other kinds quarantine the entry for an
     *                          operator (whose retry delivers the publication again with the same key)
     */
    default Optional<Receipt> refresh(String idempotencyKey, Receipt accepted, DeliveryJournal journal)
            throws ChannelException {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
