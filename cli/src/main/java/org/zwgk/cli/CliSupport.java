package org.zwgk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** Printing user errors (code, message, hint; never a stack trace) and JSON strings. */
final class CliSupport {

    private CliSupport() {
    }

    /** Prints the coded message and its hint in the chosen language (see {@link LangOption}); exit code 2. */
    static int fail(PrintWriter err, ZwgkException e, Locale l) {
        err.println(e.message(l));
        err.println("  " + (ErrorCode.isEnglish(l) ? "hint: " : "提示：") + e.hint(l));
        err.flush();
        return Main.USAGE;
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
