package org.zwgk.screen.internal;

import java.util.HashMap;
import java.util.Map;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;

/**
 * Reads CSV (RFC 4180: quoted fields with doubled quotes and line breaks) into cells named as a spreadsheet names
 * them ({@code C12}: the reference an office sees when it opens the file in Excel or WPS). The delimiter is a comma,
 * or a tab or semicolon when the first line has those and no comma. Each cell is labelled with its column's caption:
 * the last text without digits above it (the header, e.g. 身份证号码, even below a title line), as the spreadsheet
 * readers of zwgk-extract do.
 */
final class CsvCells {

    private CsvCells() {
    }

    static void read(String text, TextSink sink) throws TextExtractionException {
        char delimiter = delimiter(text);
        Map<Integer, String> labels = new HashMap<>();
        int row = 1;
        int col = 0;
        StringBuilder field = new StringBuilder();
        int n = text.length();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        while (i <= n) {
            char c = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (i == n) {
                    quoted = false; // an unterminated quote: the field runs to the end of the text
                    continue;
                }
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter || c == '\n' || c == '\r') {
                emit(sink, labels, row, col, field.toString());
                field.setLength(0);
                col++;
                if (c != delimiter) {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row++;
                    col = 0;
                }
            } else {
                field.append(c);
            }
            i++;
        }
    }

    private static void emit(TextSink sink, Map<Integer, String> labels, int row, int col, String value)
            throws TextExtractionException {
        if (value.isBlank()) {
            return;
        }
        sink.text(new TextSegment(TextSegment.Kind.CELL, column(col) + row, value, labels.getOrDefault(col, "")));
        String t = value.strip();
        if (t.length() <= 30 && t.chars().noneMatch(c -> NumberScanner.isDigit((char) c))) {
            labels.put(col, t);
        }
    }

    private static char delimiter(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            sb.append((char) ('A' + n % 26));
            n /= 26;
        }
        return sb.reverse().toString();
    }
}
