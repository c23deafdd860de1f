package org.zwgk.screen.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of an HTML page as its source lines hold it: tags removed (each replaced by a space, so words on both
 * sides do not run together), character references decoded ({@code &#49;&#51;&#56;} is {@code 138}), and line
 * breaks kept where they were, so a finding's line is the source's line. What a page publishes without showing it
 * is screened too: comments, script text, and the attributes that carry text ({@code title}, {@code alt},
 * {@code value}, {@code content}, {@code href} such as {@code tel:…}, {@code data-*} …). Style sheets are skipped.
 * No parser, no DTDs: nothing external is ever fetched.
 */
final class HtmlText {

    private HtmlText() {
    }

    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "value", "content", "href",
            "placeholder", "label", "aria-label", "summary", "abbr", "download");

    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"),
            Map.entry("middot", "·"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("yen", "¥"), Map.entry("deg", "°"), Map.entry("plusmn", "±"), Map.entry("sect", "§"),
            Map.entry("bull", "•"), Map.entry("laquo", "«"), Map.entry("raquo", "»"));

    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                int stop = end < 0 ? n : end;
                decodeInto(html, i + 4, stop, out);
                out.append(' ');
                i = end < 0 ? n : end + 3;
            } else if (c == '<' && i + 1 < n && startsTag(html.charAt(i + 1))) {
                i = tag(html, i, out);
            } else if (c == '&') {
                i = entity(html, i, n, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean startsTag(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** Replaces the tag at {@code i} by its text attributes and its line breaks; returns the index after it. */
    private static int tag(String html, int i, StringBuilder out) {
        int n = html.length();
        int j = i + 1;
        boolean closing = j < n && html.charAt(j) == '/';
        if (closing) {
            j++;
        }
        int nameStart = j;
        while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>' && html.charAt(j) != '/') {
            j++;
        }
        String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
        out.append(' '); // one space: 137<b>00137000</b> still reads as the number 137 00137000 it shows
        // attributes: name[=value], value quoted with ' or " or bare
        while (j < n && html.charAt(j) != '>') {
            char c = html.charAt(j);
            if (c == '\n') {
                out.append('\n');
                j++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '/') {
                j++;
                continue;
            }
            int an = j;
            while (j < n && "=> \t\r\n/".indexOf(html.charAt(j)) < 0) {
                j++;
            }
            String attr = html.substring(an, j).toLowerCase(Locale.ROOT);
            while (j < n && Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '\n') {
                j++;
            }
            if (j < n && html.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '\n') {
                    j++;
                }
                int vs;
                int ve;
                if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                    char q = html.charAt(j);
                    vs = j + 1;
                    ve = html.indexOf(q, vs);
                    if (ve < 0) {
                        ve = n;
                    }
                    j = Math.min(n, ve + 1);
                } else {
                    vs = j;
                    while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>') {
                        j++;
                    }
                    ve = j;
                }
                if (TEXT_ATTRIBUTES.contains(attr) || attr.startsWith("data-")) {
                    decodeInto(html, vs, ve, out);
                    out.append(' ');
                } else {
                    newlines(html, vs, ve, out);
                }
            }
        }
        j = Math.min(n, j + 1);
        if (!closing && (name.equals("script") || name.equals("style"))) {
            int end = indexOfIgnoreCase(html, "</" + name, j);
            int stop = end < 0 ? n : end;
            if (name.equals("script")) {
                out.append(html, j, stop); // data in inline scripts is published with the page
            } else {
                newlines(html, j, stop, out);
            }
            j = stop;
        }
        return j;
    }

    private static void newlines(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                out.append('\n');
            }
        }
    }

    private static void decodeInto(String s, int from, int to, StringBuilder out) {
        int k = from;
        while (k < to) {
            if (s.charAt(k) == '&') {
                k = entity(s, k, to, out);
            } else {
                out.append(s.charAt(k++));
            }
        }
    }

    /** Decodes the character reference at {@code i}, ending before {@code to} (or copies the '&'); returns the index after it. */
    private static int entity(String s, int i, int to, StringBuilder out) {
        int semi = s.indexOf(';', i + 1);
        if (semi < 0 || semi >= to || semi - i > 12) {
            out.append('&');
            return i + 1;
        }
        String body = s.substring(i + 1, semi);
        if (body.startsWith("#")) {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                if (Character.isValidCodePoint(cp) && cp != 0) {
                    out.appendCodePoint(cp);
                    return semi + 1;
                }
            } catch (NumberFormatException e) {
                // not a reference: copied as it is
            }
        } else {
            String v = ENTITIES.get(body);
            if (v != null) {
                out.append(v);
                return semi + 1;
            }
        }
        out.append('&');
        return i + 1;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int n = s.length() - what.length();
        for (int k = from; k <= n; k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }
}
