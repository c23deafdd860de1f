package org.zwgk.spring;

import org.zwgk.spi.channel.ChannelAdapter;

/**
 * Wraps each channel adapter before it is given to the engine, e.g. for metrics or tracing. The wrapper must
 * delegate every method of {@link ChannelAdapter} (including {@code capabilities()} and {@code refresh(...)}).
 * Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface ChannelAdapterDecorator {

    ChannelAdapter decorate(ChannelAdapter adapter);
}
