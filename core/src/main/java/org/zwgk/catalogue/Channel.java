package org.zwgk.catalogue;

import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * One 公开渠道和载体: a {@link StandardChannel}, or {@link StandardChannel#OTHER} with its free text (written
 * {@code 其他:<text>} in files).
 *
 * @param kind the standard channel
 * @param text the free text of {@code 其他}, empty for the standard channels
 */
public record Channel(@NotNull StandardChannel kind, @NotNull String text) {

    /** Prefix of a free-text channel in files. */
    public static final String OTHER_PREFIX = "其他:";

    public Channel {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text.strip();
        if (kind == StandardChannel.OTHER && text.isEmpty()) {
            throw new IllegalArgumentException("其他 needs a text, e.g. 其他:12345政务服务热线");
        }
        if (kind != StandardChannel.OTHER && !text.isEmpty()) {
            throw new IllegalArgumentException("only 其他 carries a text: " + kind);
        }
    }

    public static Channel of(StandardChannel kind) {
        return new Channel(kind, "");
    }

    public static Channel other(String text) {
        return new Channel(StandardChannel.OTHER, text);
    }

    /** The form written in files: the standard label, or {@code 其他:<text>}. */
    public String label() {
        return kind == StandardChannel.OTHER ? OTHER_PREFIX + text : kind.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
