package org.zwgk.spi;

/**
 * The one escaping function for text written into HTML and XML, by zwgk (the annual report's page, the self-check's
 * report) and by channel adapters (site pages, feeds, WeChat article bodies): "escape everything that goes into
 * HTML" has one implementation. A helper beside the contracts, not one of them: the SPI version is unchanged.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '} for text and attribute values, and replaces characters that XML 1.0 forbids
     * (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, unpaired surrogates) with U+FFFD, so the output is always
     * well-formed in both HTML and XML.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                        || Character.isSurrogate(c);
                if (!bad) {
                    if (out != null) {
                        out.append(c);
                    }
                    continue;
                }
                rep = "\uFFFD";
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
                out.append(s, 0, i);
            }
            out.append(rep);
        }
        return out == null ? s : out.toString();
    }
}
