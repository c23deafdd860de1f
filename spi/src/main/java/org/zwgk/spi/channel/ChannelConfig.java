package org.zwgk.spi.channel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zwgk.spi.Secret;

/**
 * Configuration for one channel: a key lookup over the {@code zwgk.channel.<id>.} namespace (keys are given
 * without that prefix, e.g. {@code app-id}).
 */
public interface ChannelConfig {

    /** The raw value of a key, if set. */
    Optional<String> get(String key);

    /** A secret value; its {@code toString()} never shows it. */
    default Optional<Secret> secret(String key) {
        return get(key).map(Secret::of);
    }

    /** Every key that is set, for unknown-key detection. */
    Set<String> keys();

    /**
     * A configuration over a map of keys (without the {@code zwgk.channel.<id>.} prefix). Its {@code toString()}
     * lists key names only, never values, so a secret cannot leak through it.
     */
    static ChannelConfig of(Map<String, String> values) {
        return new MapChannelConfig(values);
    }
}
