package org.zwgk.extract.internal;

import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;

/**
 * A sink usable from library callbacks that cannot throw checked exceptions (SAX handlers, PDFBox hooks): a
 * {@link TextExtractionException} from the real sink becomes an unchecked {@link Stop}, and is remembered, so that
 * even a library that swallows exceptions cannot make an extraction that hit its limit look complete.
 */
public final class GuardedSink {

    /** Carries the sink's exception through library code. */
    public static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(TextExtractionException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private final TextSink sink;
    private TextExtractionException failure;

    public GuardedSink(TextSink sink) {
        this.sink = sink;
    }

    /** Hands over non-blank text. */
    public void text(TextSegment.Kind kind, String ref, String text, String label) {
        if (failure != null) {
            throw new Stop(failure);
        }
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            sink.text(new TextSegment(kind, ref, text, label));
        } catch (TextExtractionException e) {
            failure = e;
            throw new Stop(e);
        }
    }

    public void unreadable(TextSegment.Kind kind, String ref, ReadProblem problem) {
        sink.unreadable(kind, ref, problem);
    }

    public void embedded(String ref, String fileName, String mediaType, byte[] content) {
        if (failure != null) {
            throw new Stop(failure);
        }
        try {
            sink.embedded(ref, fileName, mediaType, content);
        } catch (TextExtractionException e) {
            failure = e;
            throw new Stop(e);
        }
    }

    /** Throws the sink's exception if there was one (whatever the library did with the {@link Stop}). */
    public void rethrow() throws TextExtractionException {
        if (failure != null) {
            throw failure;
        }
    }
}
