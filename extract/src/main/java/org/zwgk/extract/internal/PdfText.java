package org.zwgk.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextSegment;

/**
 * A PDF, page by page: the text of each page (PDFBox's text stripper, one pass over the document), a page with images
 * but no text at all reported as {@link ReadProblem#NO_TEXT_LAYER} (a scan), then annotation texts, form field
 * values, the document information and embedded files. Decoded content streams count against the unpacked-size limit
 * before a page is parsed, so a compressed "bomb" stream ends in {@link ReadProblem#TOO_LARGE}.
 */
public final class PdfText {

    private static final int IMAGE_SEARCH_DEPTH = 3;

    private PdfText() {
    }

    /** The decoded content streams exceed the limit. */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    public static void read(PDDocument doc, ExtractionLimits limits, GuardedSink sink) throws IOException {
        Pages pages = new Pages(sink, limits);
        pages.writeText(doc, pages.buffer);
        if (pages.limitExceeded) { // even if PDFBox swallowed the exception
            throw new LimitExceeded("content streams decode to more than " + limits.maxExpandedBytes() + " bytes");
        }
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            annotations(page, n, sink);
        }
        form(doc, sink);
        info(doc.getDocumentInformation(), sink);
        embeddedFiles(doc, limits, sink);
    }

    /** The stripper, handing over each page's text as the page ends. */
    private static final class Pages extends PDFTextStripper {
        final StringWriter buffer = new StringWriter();
        private final GuardedSink sink;
        private final ExtractionLimits limits;
        private long decoded;
        private boolean limitExceeded;

        Pages(GuardedSink sink, ExtractionLimits limits) {
            this.sink = sink;
            this.limits = limits;
            setSortByPosition(false); // content order: what was typed together stays together
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                try (InputStream in = streams.next().createInputStream()) {
                    decoded += count(in, limits.maxExpandedBytes() - decoded);
                }
                if (decoded > limits.maxExpandedBytes()) {
                    limitExceeded = true;
                    throw new LimitExceeded("content streams decode to more than " + limits.maxExpandedBytes()
                            + " bytes");
                }
            }
            super.processPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            String ref = Integer.toString(getCurrentPageNo());
            if (text.isBlank()) {
                if (hasImages(page.getResources(), 0)) {
                    sink.unreadable(TextSegment.Kind.PAGE, ref, ReadProblem.NO_TEXT_LAYER);
                }
            } else {
                sink.text(TextSegment.Kind.PAGE, ref, text, "");
            }
        }

    }

    /** Reads at most {@code max + 1} bytes and returns how many there were. */
    private static long count(InputStream in, long max) throws IOException {
        byte[] buf = new byte[16 * 1024];
        long n = 0;
        int r;
        while (n <= max && (r = in.read(buf)) > 0) {
            n += r;
        }
        return n;
    }

    private static boolean hasImages(PDResources res, int depth) throws IOException {
        if (res == null || depth > IMAGE_SEARCH_DEPTH) {
            return false;
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.isImageXObject(name)) {
                return true;
            }
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static void annotations(PDPage page, int n, GuardedSink sink) throws IOException {
        int k = 0;
        for (PDAnnotation a : page.getAnnotations()) {
            k++;
            if (!(a instanceof PDAnnotationWidget)) { // widgets are form fields, read below
                sink.text(TextSegment.Kind.PART, "page " + n + " annotation " + k, a.getContents(), "");
            }
        }
    }

    private static void form(PDDocument doc, GuardedSink sink) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null); // as it is: no appearance fix-ups
        if (form == null) {
            return;
        }
        for (PDField f : form.getFieldTree()) {
            if (!(f instanceof PDNonTerminalField)) {
                sink.text(TextSegment.Kind.PART, "form field " + f.getFullyQualifiedName(), f.getValueAsString(), "");
            }
        }
    }

    private static void info(PDDocumentInformation info, GuardedSink sink) {
        if (info == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String v : new String[] {info.getTitle(), info.getSubject(), info.getAuthor(), info.getKeywords(),
            info.getCreator()}) {
            if (v != null) {
                sb.append(v).append('\n');
            }
        }
        sink.text(TextSegment.Kind.PART, "metadata", sb.toString(), "");
    }

    private static void embeddedFiles(PDDocument doc, ExtractionLimits limits, GuardedSink sink) throws IOException {
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            nameTree(names.getEmbeddedFiles(), limits, sink, 0);
        }
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationFileAttachment fa) {
                    file(fa.getFile(), "page " + n + " attachment", limits, sink);
                }
            }
        }
    }

    private static void nameTree(PDNameTreeNode<PDComplexFileSpecification> node, ExtractionLimits limits,
                                 GuardedSink sink, int depth) throws IOException {
        if (depth > 16) {
            return;
        }
        Map<String, PDComplexFileSpecification> files = node.getNames();
        if (files != null) {
            for (Map.Entry<String, PDComplexFileSpecification> e : files.entrySet()) {
                file(e.getValue(), "attachment " + e.getKey(), limits, sink);
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                nameTree(kid, limits, sink, depth + 1);
            }
        }
    }

    private static void file(PDFileSpecification spec, String ref, ExtractionLimits limits, GuardedSink sink)
            throws IOException {
        if (!(spec instanceof PDComplexFileSpecification c)) {
            return;
        }
        PDEmbeddedFile ef = c.getEmbeddedFileUnicode() != null ? c.getEmbeddedFileUnicode() : c.getEmbeddedFile();
        if (ef == null) {
            return;
        }
        String name = c.getFileUnicode() != null ? c.getFileUnicode() : c.getFilename() != null ? c.getFilename()
                : "attachment";
        byte[] bytes;
        try (InputStream in = ef.createInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxExpandedBytes() + 1));
        }
        if (bytes.length > limits.maxExpandedBytes()) {
            sink.unreadable(TextSegment.Kind.PART, ref, ReadProblem.TOO_LARGE);
            return;
        }
        sink.embedded(ref, name, ef.getSubtype() == null ? "" : ef.getSubtype(), bytes);
    }
}
