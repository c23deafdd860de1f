package org.zwgk.adapter.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 (GB/T 32905-2016) fixity values as lowercase hex, the form {@code openssl dgst -sm3} prints. Stock OpenJDK has
 * no SM3, so Bouncy Castle's lightweight {@link SM3Digest} is used directly (no JCA provider registration, no
 * global state).
 */
public final class Sm3 {

    /** The algorithm name stored next to every value. */
    public static final String ALGORITHM = "SM3";

    private Sm3() {
    }

    public static String hex(byte[] data) {
        SM3Digest d = new SM3Digest();
        d.update(data, 0, data.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    public static String hex(Path file) throws IOException {
        SM3Digest d = new SM3Digest();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
        }
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
