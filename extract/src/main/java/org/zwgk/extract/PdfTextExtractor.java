package org.zwgk.extract;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.zwgk.extract.internal.GuardedSink;
import org.zwgk.extract.internal.PdfText;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextExtractor;
import org.zwgk.spi.text.TextSink;

/**
 * PDF through Apache PDFBox 3: the text of each page ({@code PAGE}, numbered from 1), pages that are images only
 * reported as {@link ReadProblem#NO_TEXT_LAYER}, annotations, form fields, document information and embedded files.
 * A file that needs a password to open is {@link ReadProblem#ENCRYPTED}; one that only restricts permissions is read
 * (the office screening it is its publisher).
 */
public final class PdfTextExtractor implements TextExtractor {

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "pdfbox";
    }

    @Override
    public boolean supports(String mediaType, String fileName) {
        return mediaType.equals("application/pdf") || ((mediaType.isEmpty()
                || mediaType.equals("application/octet-stream"))
                && fileName.toLowerCase(Locale.ROOT).endsWith(".pdf"));
    }

    @Override
    public void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException {
        GuardedSink guarded = new GuardedSink(sink);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(content, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(limits.maxExpandedBytes()).streamCache);
        } catch (InvalidPasswordException e) {
            throw new TextExtractionException(ReadProblem.ENCRYPTED, "needs a password", e);
        } catch (IOException e) {
            throw new TextExtractionException(ReadProblem.CORRUPT, e.getClass().getSimpleName(), e);
        }
        try (doc) {
            PdfText.read(doc, limits, guarded);
        } catch (GuardedSink.Stop stop) {
            guarded.rethrow();
        } catch (PdfText.LimitExceeded e) {
            throw new TextExtractionException(ReadProblem.TOO_LARGE, e.getMessage(), e);
        } catch (IOException e) {
            guarded.rethrow();
            throw new TextExtractionException(ReadProblem.CORRUPT, e.getClass().getSimpleName(), e);
        }
        guarded.rethrow();
    }
}
