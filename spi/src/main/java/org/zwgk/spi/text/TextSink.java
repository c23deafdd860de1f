package org.zwgk.spi.text;

/**
 * Receives what an extractor reads, in document order. Implemented by the caller (zwgk's screening); extractors only
 * call it.
 */
public interface TextSink {

    /**
     * The next piece of text. Throws {@link TextExtractionException} ({@link ReadProblem#TOO_LARGE}) once the text
     * exceeds {@link ExtractionLimits#maxChars()}: the extractor must let it propagate.
     */
    void text(TextSegment segment) throws TextExtractionException;

    /** A part that could not be read, e.g. a scanned page without a text layer; extraction goes on. */
    void unreadable(TextSegment.Kind kind, String ref, ReadProblem problem);

    /**
     * A file embedded in this one (an attachment of a PDF, a workbook pasted into a Word document): the caller reads
     * it with whichever extractor supports it, up to a nesting limit.
     *
     * @param ref       where it sits, e.g. {@code embedded word/embeddings/Microsoft_Excel_Worksheet.xlsx}
     * @param fileName  its name as stored in the container
     * @param mediaType its media type if known, else empty
     */
    void embedded(String ref, String fileName, String mediaType, byte[] content) throws TextExtractionException;
}
