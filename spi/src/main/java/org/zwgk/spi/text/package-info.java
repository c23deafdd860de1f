/**
 * Text-extraction SPI: how the personal-data screening reads the text of an attachment (PDF, Word, Excel, …) without
 * core depending on a document library. A {@link org.zwgk.spi.text.TextExtractor} says which files it
 * {@link org.zwgk.spi.text.TextExtractor#supports supports} and hands their text, piece by piece and with where each
 * piece sits in the file ({@link org.zwgk.spi.text.TextSegment}), to a {@link org.zwgk.spi.text.TextSink}. What it
 * cannot read — an encrypted file, a scanned page without a text layer — it reports as a
 * {@link org.zwgk.spi.text.ReadProblem}, never by skipping it: an unread file must block publication, not pass it.
 *
 * <p>Extractors are found through {@link java.util.ServiceLoader}; the optional module {@code zwgk-extract} provides
 * PDF (Apache PDFBox) and Word/Excel (Apache POI). The package is an addition that changes nothing else, so the SPI
 * version stays as it is; an extractor declares {@link org.zwgk.spi.SpiVersion#CURRENT} like any other provider.
 */
package org.zwgk.spi.text;
