package org.zwgk.extract.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Spreadsheet helpers shared by the .xlsx and .xls readers. */
public final class Cells {

    private static final Pattern SIMPLE_SHEET_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*");
    /** A number in exponent form as POI hands over unformatted numeric cells; a short exponent only (a credit code
     * such as {@code 53148365629E123456} is text, and expanding it would write 123456 zeros). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,17}(\\.\\d{1,17})?[eE][-+]?\\d{1,2}");

    private Cells() {
    }

    /** The sheet part of a reference as Excel writes it: {@code Sheet1}, {@code 低保名单}, {@code 'My sheet'}. */
    public static String sheetRef(String name) {
        return SIMPLE_SHEET_NAME.matcher(name).matches() ? name : "'" + name.replace("'", "''") + "'";
    }

    /**
     * A number as its digits: {@code 1.3800138E10} → {@code 13800138000}. Spreadsheets often hold phone numbers as
     * numbers, and the screening looks at the value, not at how a cell format shows it.
     */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A raw numeric string in plain digits (other text unchanged). */
    public static String plain(String raw) {
        if (raw != null && (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0) && NUMBER.matcher(raw).matches()) {
            try {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return raw;
    }

    /**
     * The caption of each column: the last text without digits seen in it (a header such as 身份证号码 or
     * 统一社会信用代码; data cells with digits leave it in place). It helps tell a credit code from an identity number.
     */
    public static final class Labels {
        private final Map<Integer, String> byColumn = new HashMap<>();

        public String of(int column) {
            return byColumn.getOrDefault(column, "");
        }

        public void saw(int column, String text) {
            String t = text.strip();
            if (!t.isEmpty() && t.length() <= 30 && t.chars().noneMatch(Cells::isDigit)) {
                byColumn.put(column, t);
            }
        }

        public void clear() {
            byColumn.clear();
        }
    }

    private static boolean isDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }
}
