package org.zwgk.screen.internal;

import java.util.List;
import java.util.Locale;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextExtractor;
import org.zwgk.spi.text.TextSegment;
import org.zwgk.spi.text.TextSink;

/** The text formats core reads itself: plain text, CSV and HTML. */
public final class BuiltInExtractors {

    private BuiltInExtractors() {
    }

    public static List<TextExtractor> all() {
        return List.of(new PlainText(), new Csv(), new Html());
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether a declared media type says nothing about the content, so the file name decides. */
    static boolean generic(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals("application/octet-stream");
    }

    /** Splits text into lines ({@code \n}, {@code \r\n}, {@code \r}), handing each non-blank one to the sink. */
    static void lines(String text, TextSink sink) throws TextExtractionException {
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (!text.substring(start, i).isBlank()) {
                    sink.text(TextSegment.of(TextSegment.Kind.LINE, Integer.toString(line), text.substring(start, i)));
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * text/plain, text/markdown and application/json (a JSON document is text: its values are screened line by line,
     * e.g. the data of an annual report published with it), and .txt, .text, .log, .md, .json files declared
     * generically.
     */
    static final class PlainText implements TextExtractor {
        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public String id() {
            return "zwgk-text";
        }

        @Override
        public boolean supports(String mediaType, String fileName) {
            return mediaType.equals("text/plain") || mediaType.equals("text/markdown")
                    || mediaType.equals("application/json")
                    || (generic(mediaType) && List.of("txt", "text", "log", "md", "json").contains(extension(fileName)));
        }

        @Override
        public void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException {
            lines(TextDecoding.decode(content), sink);
        }
    }

    /** text/csv and tab-separated values, cell by cell ({@code C12}), each labelled with its column's header. */
    static final class Csv implements TextExtractor {
        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public String id() {
            return "zwgk-csv";
        }

        @Override
        public boolean supports(String mediaType, String fileName) {
            return mediaType.equals("text/csv") || mediaType.equals("text/tab-separated-values")
                    || (generic(mediaType) && List.of("csv", "tsv").contains(extension(fileName)));
        }

        @Override
        public void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException {
            CsvCells.read(TextDecoding.decode(content), sink);
        }
    }

    /** text/html: tags removed, entities decoded, line by line as in the source. */
    static final class Html implements TextExtractor {
        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public String id() {
            return "zwgk-html";
        }

        @Override
        public boolean supports(String mediaType, String fileName) {
            return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")
                    || (generic(mediaType) && List.of("html", "htm", "xhtml").contains(extension(fileName)));
        }

        @Override
        public void extract(byte[] content, ExtractionLimits limits, TextSink sink) throws TextExtractionException {
            lines(HtmlText.strip(TextDecoding.decode(content)), sink);
        }
    }
}
