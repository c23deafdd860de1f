package org.zwgk.publish;

import java.time.Instant;
import java.util.Objects;

/**
 * A channel the dispatchers leave alone until {@code pausedUntil}: the channel reported a rate limit with a reset
 * time ({@link org.zwgk.spi.channel.ChannelErrorKind#RATE_LIMITED} with a {@code retryAfter}; WeChat 45009, the
 * daily quota, resets at midnight in China). Stored in {@code zwgk_channel_pause}, so every dispatcher process on
 * the database honours it.
 *
 * @param errorKind  the error kind that paused the channel ({@code RATE_LIMITED})
 * @param remoteCode the provider's code, e.g. {@code 45009} or {@code http-429}, or null
 * @param reason     the channel's message (secrets already stripped by the adapter)
 * @param pausedBy   the dispatcher worker that recorded the pause
 */
public record ChannelPause(String channel, Instant pausedUntil, String errorKind, String remoteCode, String reason,
                           String pausedBy, Instant pausedAt) {
    public ChannelPause {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(pausedUntil, "pausedUntil");
    }
}
