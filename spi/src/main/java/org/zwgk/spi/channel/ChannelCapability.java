package org.zwgk.spi.channel;

/**
 * What a channel does beyond {@link ChannelAdapter#publish} and {@link ChannelAdapter#withdraw}, declared by
 * {@link ChannelAdapter#capabilities()}. Since SPI 1.1; an adapter built for 1.0 has none.
 */
public enum ChannelCapability {
    /**
     * A publication this channel reports as {@link DeliveryStatus#ACCEPTED} is not finished yet: the dispatcher keeps
     * the entry and calls {@link ChannelAdapter#refresh} (at {@link Receipt#refreshAt()} when the receipt names a time)
     * until the channel reports {@link DeliveryStatus#LIVE}. Without it, ACCEPTED is final, as in SPI 1.0.
     */
    REFRESH,
    /**
     * The channel is the hand-over to the state archives and the public library (两馆, Art. 25 ¶3): a publication
     * that reaches {@link DeliveryStatus#LIVE} here has been handed over, and core records the item's lifecycle
     * stage 已归档 (archived) when its state allows it.
     */
    ARCHIVAL_HANDOVER
}
