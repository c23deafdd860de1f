package org.zwgk.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency keys, stable per (item, channel, version, action): every repeat of a delivery carries the same key.
 * A hash rather than the raw ids so the key is short and safe in HTTP headers and file names whatever the host's
 * item ids contain.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    public static String of(String itemId, String channel, int version, OutboxAction action) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((itemId + '\u0000' + channel + '\u0000' + version + '\u0000' + action.name())
                    .getBytes(StandardCharsets.UTF_8));
            return "zwgk-" + HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
