package org.zwgk.spi.text;

import java.util.Objects;

/**
 * The file could not be read: thrown by {@link TextExtractor#extract} (and by a {@link TextSink} to stop an
 * extraction that exceeds its limits). The detail is for logs and must not quote the file's content.
 */
public class TextExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ReadProblem problem;

    public TextExtractionException(ReadProblem problem, String detail) {
        this(problem, detail, null);
    }

    public TextExtractionException(ReadProblem problem, String detail, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem") + (detail == null || detail.isEmpty() ? "" : ": " + detail),
                cause);
        this.problem = problem;
    }

    public ReadProblem problem() {
        return problem;
    }
}
