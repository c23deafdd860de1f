package org.zwgk.spi.channel;

import java.time.Clock;
import java.util.List;

/**
 * Factory for a channel adapter, discovered through {@link java.util.ServiceLoader} (opt-in) or registered
 * explicitly. Declared in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services/org.zwgk.spi.channel.ChannelProvider}.
 */
public interface ChannelProvider {

    /** The channel id, e.g. {@code website}. */
    String id();

    /**
     * The SPI version this provider was built against: implement it as {@code return SpiVersion.CURRENT;}. The
     * constant is inlined when the provider is compiled, so it records the SPI the provider was built with and the
     * loader can refuse a provider built for a newer SPI (as SLF4J 2 providers declare their requested API version).
     */
    String spiVersion();

    /** Every key the channel understands, with defaults. Keys not listed here are rejected. */
    List<ConfigKey> configKeys();

    /**
     * Check a configuration and report every problem at once (never only the first). An empty list means valid.
     * Messages must not contain secret values. Write a message as {@code 中文 / English} (one " / " between the two)
     * and zwgk shows the reader the part in their language; any other text is shown as it is.
     */
    List<String> validate(ChannelConfig config);

    /** Build an adapter from a configuration that {@link #validate} accepted. */
    ChannelAdapter create(ChannelConfig config, Clock clock);
}
