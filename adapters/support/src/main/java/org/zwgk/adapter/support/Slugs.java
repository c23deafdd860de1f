package org.zwgk.adapter.support;

import java.nio.charset.StandardCharsets;

/**
 * Stable, safe URL path segments derived from index numbers and ids. The result contains only
 * {@code [A-Za-z0-9._-]}, never starts with a dot, and is never empty: no path traversal, no reserved names.
 *
 * <p>Support for zwgk's own adapters, not part of the SPI contract.
 */
public final class Slugs {

    private Slugs() {
    }

    /**
     * {@code 01432281X/2023-00535} becomes {@code 01432281X-2023-00535}; any other character outside the safe set is
     * written as {@code _xx} per UTF-8 byte, so distinct inputs (other than '/' vs '-') stay distinct.
     */
    public static String of(String raw) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw.trim().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
                out.append((char) c);
            } else if (c == '/') {
                out.append('-');
            } else {
                out.append('_').append(String.format("%02x", c));
            }
        }
        while (out.length() > 0 && out.charAt(0) == '.') {
            out.replace(0, 1, "_2e");
        }
        if (out.length() == 0) {
            out.append("_");
        }
        if (out.length() > 150) { // keep file names within common limits
            // Keep a short extension (".pdf", ".docx"): a long Chinese attachment name must still open as a PDF.
            int dot = out.lastIndexOf(".");
            String ext = dot > 0 && out.length() - dot <= 11 && out.substring(dot + 1).matches("[A-Za-z0-9]+")
                    ? out.substring(dot) : "";
            String h = Integer.toHexString(raw.hashCode());
            out.setLength(140 - ext.length());
            out.append('_').append(h).append(ext);
        }
        return out.toString();
    }
}
