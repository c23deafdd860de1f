/**
 * Channel SPI: how a publication reaches a public channel (government website or CMS, WeChat official account,
 * archives and library, and whatever comes next). An adapter receives a {@link org.zwgk.spi.channel.Publication},
 * returns a {@link org.zwgk.spi.channel.Receipt} or throws a typed {@link org.zwgk.spi.channel.ChannelException},
 * and handles withdrawal. Delivery is at least once: adapters must be idempotent on
 * {@link org.zwgk.spi.channel.Publication#idempotencyKey()}. A channel that finishes later (the archive hands
 * packages over on fixed days) declares {@link org.zwgk.spi.channel.ChannelCapability#REFRESH} and is asked again
 * through {@link org.zwgk.spi.channel.ChannelAdapter#refresh} (SPI 1.1).
 */
package org.zwgk.spi.channel;
