package org.zwgk.check.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the self-check needs from one HTML page, read by a small tolerant scanner (no DOM, no external entities, no
 * network): the {@code <meta name>} tags, every {@code href}/{@code src}, the element ids, the label/value rows of a
 * metadata block ({@code <th>索引号</th><td>…</td>} or {@code <dt>…</dt><dd>…</dd>}). Script and style contents
 * are skipped.
 *
 * <p>The scanner reads the page's UTF-8 bytes and decodes only the names and values it keeps: a site has thousands
 * of pages and a check run is short, so decoding whole pages and building a map per tag cost most of its time. Every
 * character the markup is made of is ASCII and never part of a multi-byte sequence; where a rule looks at a
 * character that is not ASCII (a letter in a tag name, Unicode whitespace between attributes) the sequence is
 * decoded there, so the page reads exactly as its decoded text would.
 */
final class HtmlPage {

    final Map<String, String> metas = new HashMap<>();
    final List<String> links = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Map<String, String> rows = new HashMap<>();

    private HtmlPage() {
    }

    /** For tests: the page as UTF-8 (an unpaired surrogate becomes '?'; the check itself passes the file's bytes). */
    static HtmlPage parse(String html) {
        return parse(html.getBytes(StandardCharsets.UTF_8));
    }

    static HtmlPage parse(byte[] utf8) {
        HtmlPage p = new HtmlPage();
        new Scanner(utf8, p).scan();
        return p;
    }

    /** One pass over one page's bytes. */
    private static final class Scanner {

        /** The attributes the scanner keeps, by slot. */
        private static final int NAME = 0;
        private static final int CONTENT = 1;
        private static final int ID = 2;
        private static final int HREF = 3;
        private static final int SRC = 4;
        /** The tag and attribute names the scanner knows, as {@link #word(int, int)} packs them. */
        private static final long A = word("a");
        private static final long TH = word("th");
        private static final long TD = word("td");
        private static final long TR = word("tr");
        private static final long DT = word("dt");
        private static final long DD = word("dd");
        private static final long META = word("meta");
        private static final long STYLE = word("style");
        private static final long SCRIPT = word("script");
        private static final long W_NAME = word("name");
        private static final long W_CONTENT = word("content");
        private static final long W_ID = word("id");
        private static final long W_HREF = word("href");
        private static final long W_SRC = word("src");
        /** ASCII whitespace as {@link Character#isWhitespace} has it, one bit per character up to the space. */
        private static final long WHITESPACE = 1L << ' ' | 0xFL << 0x1C | 0x1FL << '\t';

        private final byte[] h;
        private final int n;
        private final HtmlPage page;
        /** The current tag's attribute values by slot; null: absent. The first of a repeated attribute counts. */
        private final String[] attrs = new String[5];

        Scanner(byte[] h, HtmlPage page) {
            this.h = h;
            this.n = h.length;
            this.page = page;
        }

        void scan() {
            int i = 0;
            String label = null;      // text of the last <th>/<dt>, waiting for its value
            StringBuilder cell = null; // text of the cell being read
            boolean inLabel = false;
            while (i < n) {
                int lt = indexOf('<', i);
                int end = lt < 0 ? n : lt;
                if (end > i && cell != null) {
                    cell.append(text(i, end));
                }
                if (lt < 0) {
                    break;
                }
                if (startsWith("<!--", lt)) {
                    int close = indexOf("-->", lt + 4);
                    i = close < 0 ? n : close + 3;
                    continue;
                }
                if (lt + 1 < n && (h[lt + 1] == '!' || h[lt + 1] == '?')) {
                    int close = indexOf('>', lt);
                    i = close < 0 ? n : close + 1;
                    continue;
                }
                boolean closing = lt + 1 < n && h[lt + 1] == '/';
                int j = lt + (closing ? 2 : 1);
                int nameStart = j;
                for (byte b; j < n && (isAsciiNameChar(b = h[j]) || b < 0 && Character.isLetterOrDigit(charAt(j))); ) {
                    j = next(j);
                }
                if (j == nameStart) { // a lone '<' in text
                    if (cell != null) {
                        cell.append('<');
                    }
                    i = lt + 1;
                    continue;
                }
                // a closing tag matters only to a cell being read
                String name = closing && cell == null ? "" : tagName(nameStart, j);
                int wanted = closing ? 0 : 1 << ID | 1 << HREF | 1 << SRC
                        | (name.equals("meta") ? 1 << NAME | 1 << CONTENT : name.equals("a") ? 1 << NAME : 0);
                i = attributes(j, wanted);
                if (closing) {
                    if ((name.equals("th") || name.equals("dt")) && cell != null && inLabel) {
                        label = cell.toString().strip();
                        cell = null;
                        inLabel = false;
                    } else if ((name.equals("td") || name.equals("dd")) && cell != null && !inLabel) {
                        if (label != null) {
                            page.rows.putIfAbsent(label, cell.toString().strip());
                        }
                        label = null;
                        cell = null;
                    }
                    continue;
                }
                switch (name) {
                    case "meta" -> {
                        if (attrs[NAME] != null) {
                            page.metas.putIfAbsent(attrs[NAME], attrs[CONTENT] == null ? "" : attrs[CONTENT]);
                        }
                    }
                    case "th", "dt" -> {
                        cell = new StringBuilder();
                        inLabel = true;
                    }
                    case "td", "dd" -> {
                        cell = label == null ? null : new StringBuilder();
                        inLabel = false;
                    }
                    case "tr" -> label = null;
                    case "script", "style" -> {
                        int close = closingTag(name, i);
                        i = close < 0 ? n : close;
                    }
                    default -> { }
                }
                if (attrs[ID] != null) {
                    page.ids.add(attrs[ID]);
                }
                if (attrs[NAME] != null && name.equals("a")) {
                    page.ids.add(attrs[NAME]);
                }
                if (attrs[HREF] != null) {
                    page.links.add(attrs[HREF].strip());
                }
                if (attrs[SRC] != null) {
                    page.links.add(attrs[SRC].strip());
                }
            }
        }

        /**
         * Reads the attributes up to the tag's end, keeping those whose slot bit is set in {@code wanted} (the others
         * are not decoded); returns the index after {@code >}.
         */
        private int attributes(int j, int wanted) {
            attrs[NAME] = attrs[CONTENT] = attrs[ID] = attrs[HREF] = attrs[SRC] = null;
            while (j < n) {
                byte c = h[j];
                if (c == '>') {
                    return j + 1;
                }
                if (c == '/' || isSpace(j)) {
                    j = next(j);
                    continue;
                }
                int ks = j;
                while (j < n && (c = h[j]) != '=' && c != '>' && c != '/' && !isSpace(j)) {
                    j = next(j);
                }
                int slot = wanted == 0 ? -1 : slot(ks, j);
                j = skipSpace(j);
                int vs = j;
                int ve = j; // no '=': the value is ""
                if (j < n && h[j] == '=') {
                    j = skipSpace(j + 1);
                    if (j < n && (h[j] == '"' || h[j] == '\'')) {
                        int close = indexOf(h[j], j + 1);
                        vs = j + 1;
                        ve = close < 0 ? n : close;
                        j = Math.min(n, ve + 1);
                    } else {
                        vs = j;
                        while (j < n && h[j] != '>' && !isSpace(j)) {
                            j = next(j);
                        }
                        ve = j;
                    }
                }
                if (slot >= 0 && (wanted & 1 << slot) != 0 && attrs[slot] == null) {
                    attrs[slot] = text(vs, ve);
                }
            }
            return n;
        }

        /**
         * The tag's name in lower case as the switch knows it, "" for any other. A name with a letter outside ASCII is
         * never one of them: no such letter lower-cases into the ASCII letters these names are made of (the Kelvin
         * sign becomes 'k', İ an 'i' with a combining dot).
         */
        private String tagName(int from, int to) {
            long w = word(from, to);
            return w == TD ? "td" : w == A ? "a" : w == TR ? "tr" : w == TH ? "th" : w == META ? "meta" : w == DT ? "dt"
                    : w == DD ? "dd" : w == SCRIPT ? "script" : w == STYLE ? "style" : "";
        }

        /** The attribute's slot, or -1 (names outside ASCII: as for {@link #tagName}). */
        private int slot(int from, int to) {
            long w = word(from, to);
            return w == W_HREF ? HREF : w == W_NAME ? NAME : w == W_CONTENT ? CONTENT : w == W_ID ? ID
                    : w == W_SRC ? SRC : -1;
        }

        /**
         * The bytes [from, to) lower-cased into a long, 0 if longer than 8: compared with {@link #word(String)} of a
         * lower-case ASCII word, equal exactly when {@code String.toLowerCase(Locale.ROOT)} would be ({@code | 0x20}
         * maps the upper-case letters onto lower-case ones and a byte outside ASCII stays outside it). Cheaper than a
         * String per tag.
         */
        private long word(int from, int to) {
            if (to - from > 8) {
                return 0;
            }
            long w = 0;
            for (int k = from; k < to; k++) {
                w = w << 8 | (h[k] | 0x20) & 0xFF;
            }
            return w;
        }

        /** The same packing of a lower-case ASCII word of up to 8 letters. */
        private static long word(String lower) {
            long w = 0;
            for (int k = 0; k < lower.length(); k++) {
                w = w << 8 | lower.charAt(k);
            }
            return w;
        }

        /** The next {@code </name} from {@code from}, matched as {@code String.regionMatches(true, …)} would. */
        private int closingTag(String name, int from) {
            for (int k = indexOf('<', from); k >= 0; k = indexOf('<', k + 1)) {
                if (k + 1 < n && h[k + 1] == '/' && regionMatchesIgnoreCase(k + 2, name)) {
                    return k;
                }
            }
            return -1;
        }

        private boolean regionMatchesIgnoreCase(int j, String lower) {
            for (int k = 0; k < lower.length(); k++, j += width(j)) {
                if (j >= n) {
                    return false;
                }
                char c = charAt(j);
                char l = lower.charAt(k);
                char u = Character.toUpperCase(c);
                if (c != l && u != Character.toUpperCase(l)
                        && Character.toLowerCase(u) != Character.toLowerCase(Character.toUpperCase(l))) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes [from, to) decoded, with character references replaced. */
        private String text(int from, int to) {
            String s = new String(h, from, to - from, StandardCharsets.UTF_8);
            return s.indexOf('&') < 0 ? s : decode(s, 0, s.length());
        }

        private static boolean isAsciiNameChar(byte b) {
            int l = b | 0x20; // a letter in lower case
            return l >= 'a' && l <= 'z' || b >= '0' && b <= '9' || b == '-';
        }

        /** {@link Character#isWhitespace} of the character at j, without a call for ASCII. */
        private boolean isSpace(int j) {
            byte b = h[j];
            return b >= 0 ? b <= ' ' && (WHITESPACE >>> b & 1) != 0 : Character.isWhitespace(charAt(j));
        }

        private int skipSpace(int j) {
            while (j < n && isSpace(j)) {
                j = next(j);
            }
            return j;
        }

        /** The index after the character at j. */
        private int next(int j) {
            return h[j] >= 0 ? j + 1 : j + width(j);
        }

        /**
         * The character at j: an ASCII byte, or the character a well-formed two- or three-byte sequence encodes.
         * Anything else (a sequence beyond the BMP, a malformed byte) reads as U+FFFD one byte at a time: the decoder
         * turns them into surrogates or U+FFFD, and neither is a letter, digit or whitespace, nor does any rule here
         * compare them with a character that is.
         */
        private char charAt(int j) {
            byte b = h[j];
            return switch (width(j)) {
                case 2 -> (char) ((b & 0x1F) << 6 | h[j + 1] & 0x3F);
                case 3 -> (char) ((b & 0x0F) << 12 | (h[j + 1] & 0x3F) << 6 | h[j + 2] & 0x3F);
                default -> b >= 0 ? (char) b : '\uFFFD';
            };
        }

        /** The bytes of the character at j: 2 or 3 for a well-formed sequence in the BMP, else 1. */
        private int width(int j) {
            int b = h[j] & 0xFF;
            if (b < 0xC2 || b > 0xEF) { // ASCII, a continuation byte, an overlong or a four-byte lead
                return 1;
            }
            if (b < 0xE0) {
                return j + 1 < n && isContinuation(h[j + 1]) ? 2 : 1;
            }
            if (j + 2 >= n || !isContinuation(h[j + 1]) || !isContinuation(h[j + 2])) {
                return 1;
            }
            int c = (b & 0x0F) << 12 | (h[j + 1] & 0x3F) << 6;
            return c < 0x800 || c >= 0xD800 && c <= 0xDFFF ? 1 : 3; // overlong, or a surrogate
        }

        private static boolean isContinuation(byte b) {
            return (b & 0xC0) == 0x80;
        }

        private boolean startsWith(String s, int at) {
            if (at + s.length() > n) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (h[at + k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(String s, int from) {
            for (int k = indexOf(s.charAt(0), from); k >= 0; k = indexOf(s.charAt(0), k + 1)) {
                if (startsWith(s, k)) {
                    return k;
                }
            }
            return -1;
        }

        private int indexOf(int c, int from) {
            for (int k = from; k < n; k++) {
                if (h[k] == c) {
                    return k;
                }
            }
            return -1;
        }
    }

    /** The characters {@code [from, to)} with character references replaced. */
    static String decode(String h, int from, int to) {
        int amp = indexOf(h, '&', from, to);
        if (amp < 0) {
            return h.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = h.charAt(i);
            int semi = c == '&' ? indexOf(h, ';', i, Math.min(to, i + 11)) : -1;
            if (semi > i) {
                String ref = h.substring(i + 1, semi);
                String r = reference(ref);
                if (r != null) {
                    b.append(r);
                    i = semi + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    /** {@code c} in {@code [from, to)}, or -1: bounded, so that decoding many short runs of a long page stays linear. */
    private static int indexOf(String h, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (h.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    private static String reference(String ref) {
        switch (ref) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                break;
        }
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
            }
            if (ref.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ref.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
