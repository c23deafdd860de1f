package org.zwgk.spi;

import java.util.Objects;

/**
 * A credential (app secret, token, password). {@link #toString()} always prints {@code ******} so that a secret
 * cannot reach a log through string concatenation; call {@link #reveal()} only where the value is sent.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0; // deliberately constant: a hash must not leak anything about the value
    }

    @Override
    public String toString() {
        return "******";
    }
}
