package org.zwgk.spi.text;

import java.util.Objects;

/**
 * A piece of a file's text and where it sits, e.g. page 3 of a PDF or cell {@code Sheet1!C12} of a workbook.
 *
 * @param kind  what {@code ref} counts
 * @param ref   where, in a language-neutral form (see {@link Kind}); empty for {@link Kind#WHOLE}
 * @param text  the text (offsets of findings are counted in it)
 * @param label a caption the extractor found for the segment, e.g. the header of its spreadsheet column
 *              ({@code 身份证号码}); empty when there is none. It only serves to tell look-alike numbers apart
 */
public record TextSegment(Kind kind, String ref, String text, String label) {

    /** What a segment's {@code ref} counts. */
    public enum Kind {
        /** The whole text (a title, a body); ref is empty. */
        WHOLE,
        /** A line of a plain-text or HTML file; ref is the 1-based line number. */
        LINE,
        /** A page of a paged document; ref is the 1-based page number. */
        PAGE,
        /** A spreadsheet or CSV cell; ref is {@code Sheet!A1} (CSV: {@code A1}). */
        CELL,
        /** A body paragraph of a word-processing document; ref is its 1-based number. */
        PARAGRAPH,
        /** A table cell of a word-processing document; ref is {@code T<table>R<row>C<column>}, 1-based. */
        TABLE_CELL,
        /** Any other part: header, footer, footnotes, comments, annotations, form fields, metadata; ref names it. */
        PART
    }

    public TextSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }

    /** A segment without a label. */
    public static TextSegment of(Kind kind, String ref, String text) {
        return new TextSegment(kind, ref, text, "");
    }

    @Override
    public String toString() {
        // The text may be personal data: never in a log line.
        return "TextSegment[" + kind + " " + ref + ", " + text.length() + " chars]";
    }
}
