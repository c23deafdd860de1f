package org.zwgk.screen.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zwgk.screen.Detector;
import org.zwgk.screen.Finding;
import org.zwgk.screen.Location;
import org.zwgk.screen.Masking;
import org.zwgk.spi.Secret;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractionException;
import org.zwgk.spi.text.TextExtractor;
import org.zwgk.spi.text.TextSegment;

/** The screening itself, behind {@link org.zwgk.screen.Screener}. Immutable and thread-safe. */
public final class Engine {

    /** Files inside files inside files: deeper nesting is reported, not followed. */
    static final int MAX_NESTING = 3;

    private final Set<Detector> detectors;
    private final WordMatcher words;
    private final List<TextExtractor> extractors;
    private final ExtractionLimits limits;
    private final Clock clock;
    private final Fingerprints fingerprints;
    private final String signature;

    public Engine(Set<Detector> detectors, List<String> sensitiveWords, List<TextExtractor> extractors,
                  ExtractionLimits limits, Clock clock, Secret fingerprintKey) {
        this.detectors = Set.copyOf(detectors);
        this.words = WordMatcher.of(detectors.contains(Detector.SENSITIVE_WORD) ? sensitiveWords : List.of());
        this.extractors = List.copyOf(extractors);
        this.limits = limits;
        this.clock = clock;
        this.fingerprints = new Fingerprints(fingerprintKey);
        this.signature = Signature.of(this.detectors,
                detectors.contains(Detector.SENSITIVE_WORD) ? sensitiveWords : List.of(), this.extractors, limits,
                fingerprints);
    }

    public boolean keyed() {
        return fingerprints.keyed();
    }

    /** See {@link Signature}. */
    public String signature() {
        return signature;
    }

    NumberScanner numbers() {
        return new NumberScanner(detectors.contains(Detector.ID_NUMBER), detectors.contains(Detector.MOBILE),
                detectors.contains(Detector.BANK_CARD), LocalDate.now(clock));
    }

    /** The values in one piece of text, sorted by position. */
    List<Hit> scan(NumberScanner numbers, String text, String label) {
        List<Hit> hits = new ArrayList<>();
        numbers.scan(text, label, hits);
        words.scan(text, hits);
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.detector().ordinal()));
        return hits;
    }

    /** A text given as a whole (title, body): offsets count from its start. */
    public void screenText(String source, String text, List<Finding> out) {
        Run run = new Run(this, numbers(), source, 0, out);
        try {
            run.text(TextSegment.of(TextSegment.Kind.WHOLE, "", text));
        } catch (TextExtractionException e) {
            run.unreadable(TextSegment.Kind.WHOLE, "", e.problem());
        }
    }

    /** A source the caller could not load: one unreadable finding for the whole of it. */
    public void unreadable(String source, ReadProblem problem, List<Finding> out) {
        out.add(unreadable(source, Location.whole(), problem));
    }

    /** A file: read by the first extractor that supports it, or reported unreadable. */
    public void screenFile(String source, String mediaType, String fileName, byte[] content, List<Finding> out) {
        screenFile(source, mediaType, fileName, content, 0, numbers(), out);
    }

    void screenFile(String source, String mediaType, String fileName, byte[] content, int depth,
                    NumberScanner numbers, List<Finding> out) {
        String type = mediaType(mediaType);
        TextExtractor extractor = extractors.stream().filter(x -> x.supports(type, fileName)).findFirst()
                .orElse(null);
        Run run = new Run(this, numbers, source, depth, out);
        if (extractor == null) {
            run.unreadable(TextSegment.Kind.WHOLE, "", ReadProblem.UNSUPPORTED_TYPE);
            return;
        }
        try {
            extractor.extract(content, limits, run);
        } catch (TextExtractionException e) {
            run.unreadable(TextSegment.Kind.WHOLE, "", e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            // Document libraries throw all kinds of unchecked exceptions on malformed input; a file that breaks
            // the reader is a file that was not read.
            run.unreadable(TextSegment.Kind.WHOLE, "", ReadProblem.CORRUPT);
        }
    }

    /** Lower case, without parameters ({@code text/csv; charset=GBK} → {@code text/csv}). */
    static String mediaType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    ExtractionLimits limits() {
        return limits;
    }

    Finding finding(String source, Location location, Hit hit) {
        String masked = mask(hit.detector(), hit.value());
        return new Finding(source, location, hit.detector(), masked, null,
                fingerprints.of(source, location, hit.detector(), masked, hit.value()));
    }

    Finding unreadable(String source, Location location, ReadProblem problem) {
        return new Finding(source, location, Detector.UNREADABLE, "", problem,
                fingerprints.of(source, location, Detector.UNREADABLE, "", problem.name()));
    }

    static String mask(Detector detector, String value) {
        return switch (detector) {
            case ID_NUMBER -> Masking.idNumber(value);
            case MOBILE -> Masking.mobile(value);
            case BANK_CARD -> Masking.bankCard(value);
            case SENSITIVE_WORD -> Masking.word(value);
            case UNREADABLE -> "";
        };
    }

    /** {@code text} with every value found replaced by its masked form, in place (same length). */
    public String mask(String text) {
        List<Hit> hits = scan(numbers(), text, "");
        StringBuilder sb = new StringBuilder(text);
        int done = 0;
        for (Hit h : hits) {
            if (h.start() < done) {
                continue; // overlaps one already masked
            }
            String original = text.substring(h.start(), h.end());
            String masked = switch (h.detector()) {
                case ID_NUMBER -> Masking.idNumber(original);
                case MOBILE -> Masking.mobile(original);
                case BANK_CARD -> Masking.bankCard(original);
                default -> Masking.word(original);
            };
            sb.replace(h.start(), h.end(), masked);
            done = h.end();
        }
        return sb.toString();
    }
}
