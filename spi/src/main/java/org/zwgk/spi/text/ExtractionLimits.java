package org.zwgk.spi.text;

/**
 * Bounds an extractor must respect so that a hostile or broken file ends in {@link ReadProblem#TOO_LARGE}, not in
 * an {@code OutOfMemoryError}. The caller also counts the characters it receives and stops the extraction itself.
 *
 * @param maxChars         most characters of text per file (the sink throws beyond it)
 * @param maxExpandedBytes most bytes a packaged format (OOXML is a zip) may unpack to, all entries together
 * @param maxEntries       most entries in such a package
 * @param minInflateRatio  smallest compressed/uncompressed ratio accepted for a package entry (zip bombs compress
 *                         far better than any real document)
 */
public record ExtractionLimits(long maxChars, long maxExpandedBytes, int maxEntries, double minInflateRatio) {

    /** 20 million characters, 256 MiB unpacked, 10,000 entries, ratio 1:100 (Apache POI's own default). */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(20_000_000L, 256L << 20, 10_000, 0.01);

    public ExtractionLimits {
        if (maxChars < 1 || maxExpandedBytes < 1 || maxEntries < 1 || !(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("limits must be positive and 0 <= minInflateRatio < 1");
        }
    }
}
