package org.zwgk.office;

import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;

/**
 * Where in the source a value came from: cells of an Excel sheet ({@code 社会救助!F12}, {@code 社会救助!K12:L12}), a
 * cell of a Word table ({@code 表2 第7行 公开时限列}), a whole sheet or table, a command-line option, a key of the
 * metadata file, a document property, or the file as a whole.
 *
 * @param kind        what the location is
 * @param container   sheet name, option name, metadata file or property name; empty for Word tables and the file
 * @param table       1-based Word table number, else 0
 * @param row         1-based row (sheet row or table row), 0 when the location is not a row
 * @param firstColumn 0-based first column, -1 for a whole row
 * @param lastColumn  0-based last column (equal to {@code firstColumn} for one cell)
 * @param column      the column's header name, or empty
 */
public record TableLocation(Kind kind, String container, int table, int row, int firstColumn, int lastColumn,
                            String column) {

    /** Kinds of location. */
    public enum Kind { SHEET_CELLS, SHEET, WORD_CELLS, WORD_TABLE, OPTION, METADATA_FILE, PROPERTY, FILE }

    public TableLocation {
        Objects.requireNonNull(kind, "kind");
        container = container == null ? "" : container;
        column = column == null ? "" : column;
    }

    public static TableLocation cells(String sheet, int row, int firstColumn, int lastColumn, String column) {
        return new TableLocation(Kind.SHEET_CELLS, sheet, 0, row, firstColumn, lastColumn, column);
    }

    public static TableLocation sheet(String sheet) {
        return new TableLocation(Kind.SHEET, sheet, 0, 0, -1, -1, "");
    }

    public static TableLocation wordCells(int table, int row, int firstColumn, int lastColumn, String column) {
        return new TableLocation(Kind.WORD_CELLS, "", table, row, firstColumn, lastColumn, column);
    }

    public static TableLocation wordTable(int table) {
        return new TableLocation(Kind.WORD_TABLE, "", table, 0, -1, -1, "");
    }

    public static TableLocation option(String name) {
        return new TableLocation(Kind.OPTION, name, 0, 0, -1, -1, "");
    }

    public static TableLocation metadataFile(String file, String key) {
        return new TableLocation(Kind.METADATA_FILE, file, 0, 0, -1, -1, key);
    }

    public static TableLocation property(String name) {
        return new TableLocation(Kind.PROPERTY, name, 0, 0, -1, -1, "");
    }

    public static TableLocation file() {
        return new TableLocation(Kind.FILE, "", 0, 0, -1, -1, "");
    }

    /** The location as a reader names it, e.g. {@code 社会救助!F12} or {@code 表2 第7行 公开时限列}. */
    public String describe(Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        return switch (kind) {
            case SHEET_CELLS -> sheetRef(container) + "!" + (firstColumn < 0 ? row + ":" + row
                    : columnLetters(firstColumn) + row + (lastColumn > firstColumn ? ":" + columnLetters(lastColumn) + row : ""));
            case SHEET -> en ? "sheet " + container : "工作表“" + container + "”";
            case WORD_CELLS -> en
                    ? "table " + table + ", row " + row + (column.isEmpty() ? "" : ", column " + column)
                    : "表" + table + " 第" + row + "行" + (column.isEmpty() ? "" : " " + column + "列");
            case WORD_TABLE -> en ? "table " + table : "表" + table;
            case OPTION -> (en ? "option " : "选项 ") + container;
            case METADATA_FILE -> en ? column + " in " + container : container + " 中的 " + column;
            case PROPERTY -> (en ? "document property " : "文档属性 ") + container;
            case FILE -> "";
        };
    }

    /** Excel column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    /** A sheet name as Excel writes it in references: quoted when it holds anything but letters and digits. */
    static String sheetRef(String sheet) {
        boolean plain = !sheet.isEmpty() && sheet.codePoints().allMatch(Character::isLetterOrDigit);
        return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
