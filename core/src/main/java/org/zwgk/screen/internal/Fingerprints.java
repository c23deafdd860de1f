package org.zwgk.screen.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Location;
import org.zwgk.spi.Secret;

/**
 * The stable identity of a finding, which a reviewer's acceptance names. Without a key it is a SHA-256 over what the
 * finding shows anyway (detector, source, location, masked value) — never over the unmasked value, whose hash could
 * be reversed by trying every phone number. With a key it is an HMAC-SHA256 that also covers the unmasked value, so
 * an acceptance stops applying when the value at that place changes, and nobody without the key can test guesses.
 * 128 bits, hex, prefixed {@code f1-} (unkeyed) or {@code k1-} (keyed).
 */
final class Fingerprints {

    private final Mac prototype;
    /** Cloned per use: cheaper than a provider look-up for every finding of a large list. */
    private final MessageDigest sha;

    Fingerprints(Secret key) {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        if (key == null) {
            prototype = null;
            return;
        }
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    boolean keyed() {
        return prototype != null;
    }

    /**
     * What the key contributes to a screener's signature: {@code unkeyed}, or an HMAC of a fixed label under the key
     * (fingerprints differ per key; the key itself must not be derivable from a stored signature).
     */
    String keyTag() {
        if (prototype == null) {
            return "unkeyed";
        }
        return "k1-" + HexFormat.of().formatHex(mac().doFinal("zwgk-screening-signature".getBytes(
                StandardCharsets.UTF_8)), 0, 16);
    }

    /** {@code secretPart} is the unmasked value (or the read problem): used only under a key. */
    String of(String source, Location location, Detector detector, String masked, String secretPart) {
        StringBuilder sb = new StringBuilder(96);
        for (String field : new String[] {"zwgk-finding-1", detector.name(), source, location.kind().name(),
            location.ref(), Integer.toString(location.offset()), Integer.toString(location.length()), masked}) {
            sb.append(field.length()).append(':').append(field);
        }
        byte[] digest;
        if (prototype == null) {
            digest = sha256(sb.toString());
            return "f1-" + HexFormat.of().formatHex(digest, 0, 16);
        }
        sb.append(secretPart.length()).append(':').append(secretPart);
        digest = mac().doFinal(sb.toString().getBytes(StandardCharsets.UTF_8));
        return "k1-" + HexFormat.of().formatHex(digest, 0, 16);
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of the JDK can be cloned", e);
        }
    }

    private byte[] sha256(String s) {
        try {
            return ((MessageDigest) sha.clone()).digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }
}
