package org.zwgk.screen.internal;

import java.util.List;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Location;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;

/**
 * The sink of one source: screens each segment as it arrives (so a large file is never held as text), counts the
 * characters against the limit, records unreadable parts and follows embedded files.
 */
final class Run implements TextSink {

    private final Engine engine;
    private final NumberScanner numbers;
    private final String source;
    private final int depth;
    private final List<Finding> out;
    private long chars;

    Run(Engine engine, NumberScanner numbers, String source, int depth, List<Finding> out) {
        this.engine = engine;
        this.numbers = numbers;
        this.source = source;
        this.depth = depth;
        this.out = out;
    }

    @Override
    public void text(TextSegment segment) throws TextExtractionException {
        chars += segment.text().length();
        if (chars > engine.limits().maxChars()) {
            throw new TextExtractionException(ReadProblem.TOO_LARGE, "more than " + engine.limits().maxChars()
                    + " characters");
        }
        for (Hit h : engine.scan(numbers, segment.text(), segment.label())) {
            Location at = new Location(segment.kind(), segment.ref(), h.start(), h.end() - h.start());
            out.add(engine.finding(source, at, h));
        }
    }

    @Override
    public void unreadable(TextSegment.Kind kind, String ref, ReadProblem problem) {
        out.add(engine.unreadable(source, new Location(kind, ref, -1, 0), problem));
    }

    @Override
    public void embedded(String ref, String fileName, String mediaType, byte[] content) {
        if (depth + 1 > Engine.MAX_NESTING) {
            unreadable(TextSegment.Kind.PART, ref, ReadProblem.TOO_LARGE);
            return;
        }
        engine.screenFile(source + " » " + fileName, mediaType, fileName, content, depth + 1, numbers, out);
    }
}
