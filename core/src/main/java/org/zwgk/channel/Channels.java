package org.zwgk.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.validation.ValidationReport;

/**
 * The adapters of the enabled channels, built from one validated configuration. Immutable; {@link #close()} closes
 * every adapter (all of them, even when one fails to close).
 */
public final class Channels implements AutoCloseable {

    private final Map<String, ChannelAdapter> adapters;
    private final ValidationReport report;

    Channels(Map<String, ChannelAdapter> adapters, ValidationReport report) {
        this.adapters = Collections.unmodifiableMap(new LinkedHashMap<>(adapters));
        this.report = report;
    }

    /** Channel id → adapter, in channel-id order. */
    public Map<String, ChannelAdapter> adapters() {
        return adapters;
    }

    public Optional<ChannelAdapter> get(String channelId) {
        return Optional.ofNullable(adapters.get(channelId));
    }

    /** The validation report: no errors (otherwise there would be no {@code Channels}), possibly warnings. */
    public ValidationReport report() {
        return report;
    }

    @Override
    public void close() {
        closeAll(adapters.values());
    }

    static void closeAll(Iterable<ChannelAdapter> adapters) {
        RuntimeException failure = null;
        for (ChannelAdapter a : adapters) {
            try {
                a.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing channel adapters failed");
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "Channels" + adapters.keySet();
    }
}
