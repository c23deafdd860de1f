package org.zwgk.spi.text;

/**
 * Reads the text of a kind of file for the personal-data screening. Implementations are stateless and thread-safe
 * and are registered with {@link java.util.ServiceLoader} ({@code provides org.zwgk.spi.text.TextExtractor with …}
 * and {@code META-INF/services/org.zwgk.spi.text.TextExtractor}).
 *
 * <p>Security: an extractor reads untrusted files. It must not resolve external entities (no XXE), must respect the
 * {@link ExtractionLimits}, and must report what it cannot read ({@link TextSink#unreadable} or
 * {@link TextExtractionException}) rather than skip it silently.
 */
public interface TextExtractor {

    /** Implement as {@code return SpiVersion.CURRENT;} (see {@link org.zwgk.spi.SpiVersion}). */
    String spiVersion();

    /** Stable identifier, e.g. {@code pdfbox}. */
    String id();

    /**
     * Whether this extractor reads such a file.
     *
     * @param mediaType the declared media type, lower case without parameters (may be empty)
     * @param fileName  the file name (its extension is a hint when the media type is generic)
     */
    boolean supports(String mediaType, String fileName);

    /** Reads {@code content}, handing each piece of text to {@code sink}. */
    void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException;
}
