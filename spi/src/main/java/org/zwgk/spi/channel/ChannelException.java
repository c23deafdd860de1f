package org.zwgk.spi.channel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed delivery failure. {@link #rawPayload()} keeps the provider's reply for diagnosis; it must never contain
 * a secret (adapters strip tokens before building the exception).
 */
public class ChannelException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ChannelErrorKind kind;
    private final String remoteCode;
    private final String rawPayload;
    private final transient Duration retryAfter;

    public ChannelException(ChannelErrorKind kind, String message) {
        this(kind, message, null, null, null, null);
    }

    public ChannelException(ChannelErrorKind kind, String message, String remoteCode, String rawPayload,
                            Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.remoteCode = remoteCode;
        this.rawPayload = rawPayload;
        this.retryAfter = retryAfter;
    }

    public ChannelErrorKind kind() {
        return kind;
    }

    public boolean isRetryable() {
        return kind.isRetryable();
    }

    /** The provider's own error code (e.g. WeChat {@code 45009}, HTTP {@code 503}), if any. */
    public Optional<String> remoteCode() {
        return Optional.ofNullable(remoteCode);
    }

    public Optional<String> rawPayload() {
        return Optional.ofNullable(rawPayload);
    }

    /** When the remote asked us to come back (rate limits), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
