package org.zwgk.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zwgk.spi.Secret;

/**
 * The key of the event log ({@code zwgk.log.key}): with it every event's hash is an HMAC-SHA256, so a chain rewritten
 * in the database and rehashed no longer verifies without the key (which the database does not hold). Also the key
 * of the queued payloads' digests. The key id — the first 16 hex digits of a digest of the key — is stored with each
 * keyed event, so a verification with a different key says so instead of reporting every event as edited. Printed as
 * {@code LogKey[id …]}, never the key.
 */
public final class LogKey {

    /** The shortest key accepted: 16 characters (an HMAC key should be random; a passphrase must be long). */
    public static final int MIN_LENGTH = 16;

    private final SecretKeySpec spec;
    private final String id;

    private LogKey(byte[] key) {
        this.spec = new SecretKeySpec(key, "HmacSHA256");
        this.id = sha256Hex("zwgk-log-key-id\u0000".getBytes(StandardCharsets.UTF_8), key).substring(0, 16);
    }

    /** A key from its configured value; refused (ZWGK-3360) when shorter than {@link #MIN_LENGTH}. */
    public static LogKey of(Secret secret) {
        String v = secret.reveal();
        if (v.length() < MIN_LENGTH) {
            throw new LifecycleException(RecordErrors.LOG_KEY_TOO_SHORT, v.length(), MIN_LENGTH);
        }
        return new LogKey(v.getBytes(StandardCharsets.UTF_8));
    }

    /** The key id stored with keyed events ({@code hmac-sha256:<id>}). */
    public String id() {
        return id;
    }

    /** The algorithm name stored with events hashed with this key. */
    public String algorithm() {
        return "hmac-sha256:" + id;
    }

    /** HMAC-SHA256 of {@code data}, hex. */
    public String mac(byte[] data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(spec);
            return HexFormat.of().formatHex(m.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh keyed MAC, for hashing several fields. */
    Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(spec);
            return m;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the concatenated parts, hex. */
    public static String sha256Hex(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a text's UTF-8 bytes, hex. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "LogKey[id " + id + "]";
    }
}
