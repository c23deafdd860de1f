package org.zwgk.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;

/**
 * One problem {@link ReportCheck} found in an annual-report document, with its exact place: the file, line and column
 * of the figure, its JSON Pointer, and in the table's own terms the section (二, 三, 四), the row and the column.
 *
 * @param code    ZWGK-6104 (shape) or 6120–6125 (arithmetic, rows)
 * @param file    the file, or null for a document read from a string
 * @param line    1-based line of the figure (of the enclosing object for a missing field)
 * @param column  1-based column
 * @param pointer the JSON Pointer, e.g. {@code /applications/rows/3/counts/total}
 * @param section 二, 三 or 四; empty for the document as a whole
 * @param row     the row: a {@link Section3Row} name and its label ({@code DISCLOSED（一）予以公开}), or the field path in
 *                sections 二 and 四 ({@code reconsideration}); empty when none
 * @param field   the column: {@code commercialEnterprise/商业企业}, {@code total/总计}, {@code issued/本年制发} …; empty
 *                when none
 * @param args    the message arguments; the first is always the place ({@code file:[line,col] /pointer})
 */
public record ReportProblem(ErrorCode code, String file, int line, int column, String pointer, String section,
                            String row, String field, List<Object> args) {

    public ReportProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        section = section == null ? "" : section;
        row = row == null ? "" : row;
        field = field == null ? "" : field;
        args = List.copyOf(args);
    }

    /** {@code report.json:[41,7] /applications/rows/2/counts/total}. */
    public String where() {
        return (file == null ? "" : file + ":") + "[" + line + "," + column + "] " + (pointer.isEmpty() ? "/" : pointer);
    }

    public String message(Locale locale) {
        return code.message(locale, args.toArray());
    }

    public String hint(Locale locale) {
        return code.hint(locale, args.toArray());
    }

    /** {@code ZWGK-6121 report.json:[41,7] … message}. */
    public String toLine(Locale locale) {
        return code.code() + " " + message(locale);
    }
}
