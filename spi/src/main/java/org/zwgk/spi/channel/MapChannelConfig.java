package org.zwgk.spi.channel;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Immutable map-backed {@link ChannelConfig}; see {@link ChannelConfig#of(Map)}. */
record MapChannelConfig(Map<String, String> values) implements ChannelConfig {

    MapChannelConfig {
        Objects.requireNonNull(values, "values");
        values.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, () -> "value of " + k);
        });
        values = Map.copyOf(values);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    @Override
    public String toString() {
        // Values may be credentials: print the key names only.
        return "ChannelConfig" + new TreeMap<>(values).keySet();
    }
}
