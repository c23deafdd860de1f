package org.zwgk.screen;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.zwgk.screen.internal.BuiltInExtractors;
import org.zwgk.screen.internal.Engine;
import org.zwgk.spi.Secret;
import org.zwgk.spi.SpiVersion;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.text.ExtractionLimits;
import org.zwgk.spi.text.ReadProblem;
import org.zwgk.spi.text.TextExtractor;

/**
 * Screens what is about to be published for personal data: resident identity numbers, mobile numbers, bank card
 * numbers and a host's sensitive words, in a title, a body and attachments. Built once, immutable, thread-safe.
 *
 * <pre>{@code
 * Screener screener = Screener.builder().sensitiveWords(words).build();
 * ScreeningReport report = screener.screen(title, body, attachments);
 * List<Finding> open = report.unaccepted(acceptedFingerprints);
 * if (!open.isEmpty()) throw new ScreeningException(itemId, open);
 * }</pre>
 *
 * <p>Attachments are read by {@link TextExtractor}s: core reads plain text, CSV and HTML (UTF-8, UTF-16 with a BOM,
 * GBK/GB18030); PDF, Word and Excel need the optional module {@code zwgk-extract}, found through
 * {@link ServiceLoader}. A file no extractor reads — a PDF when {@code zwgk-extract} is missing, an image, OFD — is
 * an {@link Detector#UNREADABLE} finding, as is an encrypted or damaged file or a scanned page: it blocks like any
 * finding until a reviewer has looked at it and accepted it. Nothing is ever passed because it could not be read.
 *
 * <p>What is never flagged: a 统一社会信用代码 (GB 32100 check character), an identity-shaped number with a wrong check
 * character or an impossible birth date, document numbers ({@code 凤政〔2024〕12号}) and index numbers
 * ({@code 01432281X/2024-00535}). See {@code docs/redaction.md} for the rules and their limits.
 *
 * <p>Fingerprints: see {@link Finding#fingerprint()}; with {@link Builder#fingerprintKey(Secret)} they are keyed
 * HMACs that also cover the unmasked value.
 */
public final class Screener {

    /** The source name of an item's title. */
    public static final String TITLE = "title";
    /** The source name of an item's body text. */
    public static final String BODY = "body";

    private final Engine engine;
    private final Set<Detector> detectors;
    private final List<String> extractorIds;

    private Screener(Engine engine, Set<Detector> detectors, List<String> extractorIds) {
        this.engine = engine;
        this.detectors = detectors;
        this.extractorIds = extractorIds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All detectors, no sensitive words, the extractors on the class path. */
    public static Screener standard() {
        return builder().build();
    }

    /**
     * Screens an item as it would be published: the title, the body, then each attachment in order. Sources are
     * named {@link #TITLE}, {@link #BODY} and each attachment's file name.
     */
    public ScreeningReport screen(String title, String body, List<Attachment> attachments) {
        List<Finding> out = new ArrayList<>();
        if (title != null) {
            engine.screenText(TITLE, title, out);
        }
        if (body != null) {
            engine.screenText(BODY, body, out);
        }
        for (Attachment a : attachments) {
            engine.screenFile(a.fileName(), a.mediaType(), a.fileName(), a.content(), out);
        }
        return new ScreeningReport(out);
    }

    /** Screens one text; offsets count from its start. */
    public ScreeningReport screenText(String source, String text) {
        List<Finding> out = new ArrayList<>();
        engine.screenText(Objects.requireNonNull(source, "source"), Objects.requireNonNull(text, "text"), out);
        return new ScreeningReport(out);
    }

    /**
     * Screens one file. The extractor is chosen by {@code mediaType}, or by the file name's extension when the type
     * is empty or {@code application/octet-stream}.
     *
     * @param source    the name findings carry (e.g. a path as the user typed it)
     * @param mediaType declared media type (may be empty)
     * @param fileName  the file's name, for its extension
     */
    public ScreeningReport screenFile(String source, String mediaType, String fileName, byte[] content) {
        List<Finding> out = new ArrayList<>();
        engine.screenFile(source, mediaType == null ? "" : mediaType, fileName, content, out);
        return new ScreeningReport(out);
    }

    /**
     * A report for a source that could not even be handed over — a file too large to load, say — with one
     * {@link Detector#UNREADABLE} finding for it, fingerprinted like any other.
     */
    public ScreeningReport unreadable(String source, ReadProblem problem) {
        List<Finding> out = new ArrayList<>();
        engine.unreadable(Objects.requireNonNull(source, "source"), Objects.requireNonNull(problem, "problem"), out);
        return new ScreeningReport(out);
    }

    /**
     * The text with every value found masked in place ({@code 350524********1234}, {@code 138****0000}, sensitive
     * words {@code 张**}): same length, same layout. A helper for deriving a public version; the result should
     * still be screened (and reviewed) like any text.
     */
    public String mask(String text) {
        return engine.mask(Objects.requireNonNull(text, "text"));
    }

    /** The detectors this screener runs ({@link Detector#UNREADABLE} is always reported and not listed). */
    public Set<Detector> detectors() {
        return detectors;
    }

    /** Ids of the extractors consulted, in order (the first that supports a file reads it). */
    public List<String> extractors() {
        return extractorIds;
    }

    /**
     * Identifies what decides this screener's findings — the rules revision of this build, the detectors, the
     * sensitive words, the extractors and their versions, the limits, the fingerprint key — as 64 hex digits (a
     * digest: it reveals neither the words nor the key). Two screeners with the same signature find the same values
     * in the same content, with the same fingerprints; the gate records it with each publication's screening so
     * that the self-check can tell whether that screening still stands.
     */
    public String signature() {
        return engine.signature();
    }

    /** Whether fingerprints are keyed ({@code k1-…}). */
    public boolean keyedFingerprints() {
        return engine.keyed();
    }

    /** Configuration of a {@link Screener}. */
    public static final class Builder {

        private final Set<Detector> detectors = EnumSet.of(Detector.ID_NUMBER, Detector.MOBILE, Detector.BANK_CARD,
                Detector.SENSITIVE_WORD);
        private final List<String> words = new ArrayList<>();
        private final List<TextExtractor> explicit = new ArrayList<>();
        private boolean discover = true;
        private ClassLoader loader;
        private ExtractionLimits limits = ExtractionLimits.DEFAULT;
        private Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        private Secret key;

        private Builder() {
        }

        /** Which detectors run (default: all). {@link Detector#UNREADABLE} cannot be switched off. */
        public Builder detectors(Collection<Detector> chosen) {
            detectors.clear();
            chosen.stream().filter(d -> d != Detector.UNREADABLE).forEach(detectors::add);
            return this;
        }

        /** The host's sensitive words (see {@link SensitiveWords} for reading a list file). */
        public Builder sensitiveWords(Collection<String> list) {
            words.addAll(SensitiveWords.check("sensitiveWords", list));
            return this;
        }

        /** An extractor consulted before the built-in and discovered ones. */
        public Builder extractor(TextExtractor extractor) {
            explicit.add(Objects.requireNonNull(extractor, "extractor"));
            return this;
        }

        /** Whether to look for extractors with {@link ServiceLoader} (default true). */
        public Builder discoverExtractors(boolean on) {
            discover = on;
            return this;
        }

        /** The class loader to discover extractors in (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader classLoader) {
            loader = classLoader;
            return this;
        }

        public Builder limits(ExtractionLimits extractionLimits) {
            limits = Objects.requireNonNull(extractionLimits, "limits");
            return this;
        }

        /** The clock that says what "today" is for birth dates (default: system clock, Asia/Shanghai). */
        public Builder clock(Clock c) {
            clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** A secret making fingerprints keyed HMACs over the value too (see {@link Finding#fingerprint()}). */
        public Builder fingerprintKey(Secret secret) {
            key = secret == null || secret.isEmpty() ? null : secret;
            return this;
        }

        /**
         * Builds the screener.
         *
         * @throws ZwgkException ZWGK-3331 for an extractor built for an incompatible SPI, ZWGK-3332 for one that
         *                       cannot be loaded
         */
        public Screener build() {
            Map<String, TextExtractor> chosen = new LinkedHashMap<>();
            for (TextExtractor x : explicit) {
                chosen.putIfAbsent(checked(x), x);
            }
            for (TextExtractor x : BuiltInExtractors.all()) {
                chosen.putIfAbsent(x.id(), x);
            }
            if (discover) {
                for (TextExtractor x : discovered()) {
                    chosen.putIfAbsent(checked(x), x);
                }
            }
            List<TextExtractor> list = List.copyOf(chosen.values());
            Engine engine = new Engine(detectors, List.copyOf(words), list, limits, clock, key);
            return new Screener(engine, Set.copyOf(detectors), List.copyOf(chosen.keySet()));
        }

        private static String checked(TextExtractor x) {
            String version;
            try {
                version = x.spiVersion();
            } catch (RuntimeException | LinkageError e) {
                version = null;
            }
            if (!SpiVersion.isCompatible(version)) {
                throw new ZwgkException(ScreeningErrors.EXTRACTOR_INCOMPATIBLE, x.id(), x.getClass().getName(),
                        version, SpiVersion.CURRENT);
            }
            return x.id();
        }

        private List<TextExtractor> discovered() {
            ClassLoader cl = loader != null ? loader : Thread.currentThread().getContextClassLoader();
            if (cl == null) {
                cl = Screener.class.getClassLoader();
            }
            List<TextExtractor> found = new ArrayList<>();
            Iterator<TextExtractor> it = ServiceLoader.load(TextExtractor.class, cl).iterator();
            try {
                while (it.hasNext()) {
                    found.add(it.next());
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new ZwgkException(ScreeningErrors.EXTRACTOR_BROKEN, e,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            found.sort(Comparator.comparing(TextExtractor::id));
            return found;
        }
    }
}
