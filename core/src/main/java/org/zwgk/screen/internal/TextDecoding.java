package org.zwgk.screen.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.validation.Utf8;

/**
 * Decodes a text attachment: UTF-8 or UTF-16 by byte-order mark, else strict UTF-8, else strict GB18030 (a superset
 * of GBK, what Chinese Windows editors save by default). Never guesses with replacement characters: text that fits
 * none is {@link ReadProblem#CHARSET}, and bytes with NUL characters are not text at all ({@link ReadProblem#CORRUPT}
 * — typically a binary file declared as text, which must not pass as "nothing found").
 */
final class TextDecoding {

    private TextDecoding() {
    }

    static String decode(byte[] b) throws TextExtractionException {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        for (byte x : b) {
            if (x == 0) {
                throw new TextExtractionException(ReadProblem.CORRUPT, "NUL byte in a text file");
            }
        }
        int start = Utf8.hasBom(b) ? 3 : 0;
        if (Utf8.check(b, start).isEmpty()) {
            return new String(b, start, b.length - start, StandardCharsets.UTF_8);
        }
        return strict(b, 0, Charset.forName("GB18030"));
    }

    private static String strict(byte[] b, int start, Charset cs) throws TextExtractionException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new TextExtractionException(ReadProblem.CHARSET, "not " + cs.name());
        }
    }
}
