package org.zwgk.spi.channel;

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

    @Override
    default void close() {
    }
}
