package org.zwgk.office.internal;

import java.io.IOException;
import java.util.Locale;

/**
 * Opens a table file by its content, not its name: a ZIP package is .xlsx or .docx (by its main part), an OLE2
 * file is .xls (a Word 97-2003 .doc is refused with its own message). Failures are {@link Unreadable} with a
 * reason fit for a user, never a stack trace.
 */
public final class TableFiles {

    /** The file is not a table zwgk can read; {@code unsupported} when it is a known but unsupported format. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean unsupported;

        Unreadable(String reason, boolean unsupported) {
            super(reason);
            this.unsupported = unsupported;
        }

        public boolean unsupported() {
            return unsupported;
        }
    }

    private TableFiles() {
    }

    public static SourceDocument read(String name, byte[] bytes) throws Unreadable {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            boolean word = contains(bytes, "word/document.xml");
            boolean excel = contains(bytes, "xl/workbook.xml");
            try {
                if (excel) {
                    return XlsxReader.read(bytes);
                }
                if (word) {
                    return DocxReader.read(bytes);
                }
            } catch (IOException | RuntimeException e) {
                throw new Unreadable(reason(e), false);
            }
            // a ZIP that is neither: a damaged (e.g. truncated) download more often than another format
            throw new Unreadable("no Excel workbook or Word document part (damaged?)", false);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                && (bytes[3] & 0xff) == 0xE0) {
            if (contains(bytes, "WordDocument") || containsUtf16(bytes, "WordDocument")) {
                throw new Unreadable(name + " (Word 97-2003 .doc)", true);
            }
            if (containsUtf16(bytes, "EncryptedPackage")) {
                throw new Unreadable("encrypted (password-protected)", false);
            }
            try {
                return XlsReader.read(bytes);
            } catch (IOException | RuntimeException e) {
                throw new Unreadable(reason(e), false);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        throw new Unreadable(name + (lower.endsWith(".csv") ? " (CSV)" : lower.endsWith(".wps") || lower.endsWith(".et")
                ? " (WPS)" : ""), true);
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    /** Whether the ASCII text occurs in the bytes (ZIP entry names are stored uncompressed). */
    private static boolean contains(byte[] bytes, String ascii) {
        byte[] n = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= bytes.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean containsUtf16(byte[] bytes, String ascii) {
        return contains(bytes, new String(ascii.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
