package org.zwgk.screen;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.text.TextSegment;

/**
 * Where a finding sits in its source: the segment (page, cell, paragraph, line, …) and the character offset and
 * length inside that segment's text.
 *
 * @param kind   what {@code ref} counts ({@link TextSegment.Kind#WHOLE} for a title or body, or a whole file)
 * @param ref    the page number, cell reference ({@code Sheet1!C12}), paragraph number, line number … ; empty for
 *               {@code WHOLE}
 * @param offset 0-based offset in the segment's text (UTF-16 units, as Java counts), or -1 when the finding covers
 *               the whole segment (an unreadable file or page)
 * @param length length of the value in the segment's text (0 with offset -1)
 */
public record Location(TextSegment.Kind kind, String ref, int offset, int length) {

    private static final Pattern TABLE_CELL = Pattern.compile("T(\\d+)R(\\d+)C(\\d+)");

    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        if (offset < -1 || length < 0 || (offset == -1 && length != 0)) {
            throw new IllegalArgumentException("offset >= -1, length >= 0, and length 0 when offset is -1");
        }
    }

    /** The whole of a source (an unreadable file). */
    public static Location whole() {
        return new Location(TextSegment.Kind.WHOLE, "", -1, 0);
    }

    /**
     * For people: {@code 第 3 页第 12 字}, {@code Sheet1!C12}, {@code 表格 1 第 2 行第 3 列}; English
     * {@code page 3, char 12}. Characters are counted from 1 here. Empty for a whole source.
     */
    public String describe(Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        String where = switch (kind) {
            case WHOLE -> "";
            case LINE -> en ? "line " + ref : "第 " + ref + " 行";
            case PAGE -> en ? "page " + ref : "第 " + ref + " 页";
            case PARAGRAPH -> en ? "paragraph " + ref : "第 " + ref + " 段";
            case TABLE_CELL -> tableCell(en);
            case CELL, PART -> ref;
        };
        boolean cell = kind == TextSegment.Kind.CELL || kind == TextSegment.Kind.TABLE_CELL;
        if (offset < 0 || (cell && offset == 0)) {
            return where; // a value that fills its cell needs no character count
        }
        String ch = en ? "char " + (offset + 1) : "第 " + (offset + 1) + " 字";
        if (where.isEmpty()) {
            return ch;
        }
        if (en) {
            return where + ", " + ch;
        }
        return cell || kind == TextSegment.Kind.PART ? where + " " + ch : where + ch;
    }

    private String tableCell(boolean en) {
        Matcher m = TABLE_CELL.matcher(ref);
        if (!m.matches()) {
            return ref;
        }
        return en ? "table " + m.group(1) + ", row " + m.group(2) + ", column " + m.group(3)
                : "表格 " + m.group(1) + " 第 " + m.group(2) + " 行第 " + m.group(3) + " 列";
    }
}
