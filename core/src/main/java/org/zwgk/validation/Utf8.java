package org.zwgk.validation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding for every file zwgk reads (catalogues, channel configuration, annual reports): where the
 * first byte that is not UTF-8 sits, and whether the file looks like GBK/GB18030 — the usual cause on Chinese
 * Windows desktops, whose editors still save in the ANSI code page by default. One implementation so that every
 * reader gives the same "looks like GBK — convert with iconv" answer instead of a decoder exception.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The first malformed byte.
     *
     * @param line         1-based line of the byte (counted in the text decoded before it)
     * @param column       1-based column of the byte
     * @param byteOffset   0-based offset of the byte in the whole input
     * @param looksLikeGbk whether the whole input decodes strictly as GB18030 and contains Han characters
     */
    public record Malformed(int line, int column, int byteOffset, boolean looksLikeGbk) {
    }

    /** Decodes {@code bytes[start..]} strictly; empty when they are valid UTF-8 (or a real U+FFFD). */
    public static Optional<Malformed> check(byte[] bytes, int start) {
        int n = bytes.length;
        // Fast path: the JDK's intrinsified decoder replaces malformed input with U+FFFD; without one the input
        // was valid UTF-8, with one (malformed input or a real U+FFFD) decode strictly to tell.
        String fast = new String(bytes, start, n - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.empty();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, n - start);
        CharBuffer out = CharBuffer.allocate(n - start + 1);
        CoderResult r = utf8.decode(in, out, true);
        if (!r.isError()) {
            return Optional.empty();
        }
        int bad = in.position();
        out.flip();
        int line = 1;
        int col = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return Optional.of(new Malformed(line, col, bad, looksLikeGbk(bytes, start)));
    }

    /** Decodes strictly, or throws {@code orElse} built from the first malformed byte. */
    public static String decode(byte[] bytes, int start,
                                java.util.function.Function<Malformed, ? extends RuntimeException> orElse) {
        Optional<Malformed> m = check(bytes, start);
        if (m.isPresent()) {
            throw orElse.apply(m.get());
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** Whether the input starts with the UTF-8 byte order mark EF BB BF. */
    public static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** Whether the bytes decode strictly as GB18030 (a superset of GBK) and contain Han characters. */
    static boolean looksLikeGbk(byte[] b, int start) {
        CharsetDecoder gb = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer c = gb.decode(ByteBuffer.wrap(b, start, b.length - start));
            for (int i = 0; i < c.length(); i++) {
                if (Character.UnicodeScript.of(c.charAt(i)) == Character.UnicodeScript.HAN) {
                    return true;
                }
            }
            return false;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
