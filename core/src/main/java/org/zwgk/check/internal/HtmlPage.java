package org.zwgk.check.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the self-check needs from one HTML page, read by a small tolerant scanner (no DOM, no external entities, no
 * network): the {@code <meta name>} tags, every {@code href}/{@code src}, the element ids, the label/value rows of a
 * metadata block ({@code <th>索引号</th><td>…</td>} or {@code <dt>…</dt><dd>…</dd>}). Script and style contents
 * are skipped.
 */
final class HtmlPage {

    final Map<String, String> metas = new HashMap<>();
    final List<String> links = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Map<String, String> rows = new HashMap<>();

    private HtmlPage() {
    }

    static HtmlPage parse(String html) {
        HtmlPage p = new HtmlPage();
        p.scan(html);
        return p;
    }

    private void scan(String h) {
        int n = h.length();
        int i = 0;
        String label = null;      // text of the last <th>/<dt>, waiting for its value
        StringBuilder cell = null; // text of the cell being read
        boolean inLabel = false;
        while (i < n) {
            int lt = h.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            if (end > i) {
                if (cell != null) {
                    cell.append(decode(h, i, end));
                }
            }
            if (lt < 0) {
                break;
            }
            if (h.startsWith("<!--", lt)) {
                int close = h.indexOf("-->", lt + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            if (lt + 1 < n && (h.charAt(lt + 1) == '!' || h.charAt(lt + 1) == '?')) {
                int close = h.indexOf('>', lt);
                i = close < 0 ? n : close + 1;
                continue;
            }
            boolean closing = lt + 1 < n && h.charAt(lt + 1) == '/';
            int j = lt + (closing ? 2 : 1);
            int nameStart = j;
            while (j < n && (Character.isLetterOrDigit(h.charAt(j)) || h.charAt(j) == '-')) {
                j++;
            }
            if (j == nameStart) { // a lone '<' in text
                if (cell != null) {
                    cell.append('<');
                }
                i = lt + 1;
                continue;
            }
            String name = h.substring(nameStart, j).toLowerCase(Locale.ROOT);
            Map<String, String> attrs = new HashMap<>();
            j = attributes(h, j, attrs);
            i = j;
            if (closing) {
                if ((name.equals("th") || name.equals("dt")) && cell != null && inLabel) {
                    label = cell.toString().strip();
                    cell = null;
                    inLabel = false;
                } else if ((name.equals("td") || name.equals("dd")) && cell != null && !inLabel) {
                    if (label != null) {
                        rows.putIfAbsent(label, cell.toString().strip());
                    }
                    label = null;
                    cell = null;
                }
                continue;
            }
            switch (name) {
                case "meta" -> {
                    String key = attrs.get("name");
                    if (key != null) {
                        metas.putIfAbsent(key, attrs.getOrDefault("content", ""));
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
                    int close = indexOfIgnoreCase(h, "</" + name, i);
                    i = close < 0 ? n : close;
                }
                default -> { }
            }
            String id = attrs.get("id");
            if (id != null) {
                ids.add(id);
            }
            if (name.equals("a") && attrs.get("name") != null) {
                ids.add(attrs.get("name"));
            }
            for (String a : new String[] {"href", "src"}) {
                String v = attrs.get(a);
                if (v != null) {
                    links.add(v.strip());
                }
            }
        }
    }

    private static int indexOfIgnoreCase(String h, String what, int from) {
        for (int k = h.indexOf('<', from); k >= 0; k = h.indexOf('<', k + 1)) {
            if (h.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    /** Reads the attributes up to the tag's end; returns the index after {@code >}. */
    private static int attributes(String h, int j, Map<String, String> attrs) {
        int n = h.length();
        while (j < n) {
            char c = h.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (Character.isWhitespace(c) || c == '/') {
                j++;
                continue;
            }
            int ns = j;
            while (j < n && !Character.isWhitespace(h.charAt(j)) && h.charAt(j) != '=' && h.charAt(j) != '>'
                    && h.charAt(j) != '/') {
                j++;
            }
            String key = h.substring(ns, j).toLowerCase(Locale.ROOT);
            while (j < n && Character.isWhitespace(h.charAt(j))) {
                j++;
            }
            String value = "";
            if (j < n && h.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(h.charAt(j))) {
                    j++;
                }
                if (j < n && (h.charAt(j) == '"' || h.charAt(j) == '\'')) {
                    char q = h.charAt(j);
                    int close = h.indexOf(q, j + 1);
                    close = close < 0 ? n : close;
                    value = decode(h, j + 1, close);
                    j = Math.min(n, close + 1);
                } else {
                    int vs = j;
                    while (j < n && !Character.isWhitespace(h.charAt(j)) && h.charAt(j) != '>') {
                        j++;
                    }
                    value = decode(h, vs, j);
                }
            }
            if (!key.isEmpty()) {
                attrs.putIfAbsent(key, value);
            }
        }
        return n;
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
