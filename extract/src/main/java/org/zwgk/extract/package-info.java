/**
 * Text extractors for the screening ({@link org.zwgk.spi.text.TextExtractor}): {@link org.zwgk.extract.PdfTextExtractor}
 * and {@link org.zwgk.extract.OfficeTextExtractor}. Registered with {@link java.util.ServiceLoader}; hosts that wire
 * things by hand may also create them directly and pass them to {@code Screener.builder().extractor(...)}.
 */
package org.zwgk.extract;
