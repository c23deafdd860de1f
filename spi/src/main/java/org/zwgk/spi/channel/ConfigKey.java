package org.zwgk.spi.channel;

import java.util.Objects;

/**
 * A documented configuration key of a channel.
 *
 * @param name         key without the {@code zwgk.channel.<id>.} prefix
 * @param defaultValue the default, or {@code null} when the key is required (when enabled)
 * @param secret       whether the value is a credential (never printed)
 * @param description  one line for the README and {@code --help}
 */
public record ConfigKey(String name, String defaultValue, boolean secret, String description) {
    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    public boolean required() {
        return defaultValue == null;
    }
}
