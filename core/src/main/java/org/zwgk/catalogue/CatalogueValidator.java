package org.zwgk.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.zwgk.catalogue.internal.DocumentReader;
import org.zwgk.catalogue.internal.Findings;
import org.zwgk.catalogue.internal.Locations;
import org.zwgk.catalogue.internal.ModelConstraints;
import org.zwgk.catalogue.internal.SchemaCheck;
import org.zwgk.catalogue.internal.SemanticCheck;
import org.zwgk.validation.Severity;
import org.zwgk.validation.ValidationReport;

/**
 * Validates catalogue files: encoding, syntax, JSON Schema and the semantic rules the schema cannot express.
 * Returns one report of every finding; never throws for anything wrong inside a file.
 *
 * <p>Phases, each reporting with locations: bytes (BOM, UTF-8, GBK, UTF-16/32) → syntax (YAML/JSON, duplicate
 * keys) → format version → JSON Schema → semantics (unique ids, 同上, vocabularies, combinations, time limits) →
 * Jakarta Validation of the built model. A validator is immutable and thread-safe; build it once and reuse it
 * (loading the schema and bootstrapping Hibernate Validator are the expensive parts).
 */
public final class CatalogueValidator {

    private final TimeLimitPhraseCheck timeLimitCheck;
    private final boolean modelConstraints;
    private final DocumentReader reader = new DocumentReader();
    private final SchemaCheck schema = new SchemaCheck();
    private final ModelConstraints constraints;

    private CatalogueValidator(Builder b) {
        this.timeLimitCheck = b.timeLimitCheck;
        this.modelConstraints = b.modelConstraints;
        this.constraints = b.modelConstraints ? new ModelConstraints() : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A validator with the default configuration. */
    public static CatalogueValidator create() {
        return builder().build();
    }

    /**
     * Validates the given files. File names in the report are relative to {@code baseDir} (with {@code /}).
     */
    public ValidationReport validate(Path baseDir, List<Path> files) {
        Objects.requireNonNull(baseDir, "baseDir");
        List<ValidationReport> reports = new ArrayList<>();
        for (Path file : files) {
            reports.add(read(displayName(baseDir, file), file).report());
        }
        return ValidationReport.merge(reports);
    }

    /**
     * Validates files and directories (searched recursively for {@code *.yaml}, {@code *.yml}, {@code *.json}).
     * A file is named as given; a file found in a directory is named by the directory as given plus its path
     * inside it (e.g. {@code samples/catalogues/fengcheng-town.yaml}).
     */
    public ValidationReport validatePaths(List<Path> filesOrDirs) {
        List<ValidationReport> reports = new ArrayList<>();
        for (Path p : filesOrDirs) {
            String given = slashes(p.toString());
            if (Files.isDirectory(p)) {
                List<Path> found = catalogueFiles(p);
                if (found.isEmpty()) {
                    reports.add(single(given, CatalogueErrors.NO_CATALOGUE_FILES, Severity.WARNING, 0, given));
                }
                for (Path f : found) {
                    String rel = slashes(p.relativize(f).toString());
                    reports.add(read(given.endsWith("/") ? given + rel : given + "/" + rel, f).report());
                }
            } else if (Files.exists(p)) {
                reports.add(read(given, p).report());
            } else {
                reports.add(single(given, CatalogueErrors.PATH_NOT_FOUND, Severity.ERROR, 1, given));
            }
        }
        return ValidationReport.merge(reports);
    }

    /** Validates one document held in memory; {@code displayName} is used as the file name in the report. */
    public ValidationReport validate(String displayName, byte[] content) {
        return read(displayName, content).report();
    }

    /** Reads one file: its report, and the catalogue when it has no errors. */
    public CatalogueResult read(Path file) {
        return read(slashes(file.toString()), file);
    }

    /** Reads one document held in memory. */
    public CatalogueResult read(String displayName, byte[] content) {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(content, "content");
        Locations locations = new Locations();
        Findings f = new Findings(displayName, locations);
        JsonNode root = reader.read(content, locations, f);
        if (root == null) {
            return result(f, 0, null);
        }
        int items = SemanticCheck.countItems(root);
        if (!versionSupported(root, f)) {
            return result(f, items, null);
        }
        schema.check(root, f);
        Catalogue catalogue = new SemanticCheck(timeLimitCheck).check(root, f);
        if (catalogue != null && modelConstraints) {
            constraints.check(catalogue, f);
        }
        return result(f, items, f.hasErrors() ? null : catalogue);
    }

    /** Checks a catalogue built in code (not read from a file) against the model's Jakarta Validation constraints. */
    public ValidationReport check(String displayName, Catalogue catalogue) {
        Findings f = new Findings(displayName, new Locations());
        (constraints != null ? constraints : new ModelConstraints()).check(catalogue, f);
        return new ValidationReport(1, catalogue.items().size(), f.violations());
    }

    private CatalogueResult read(String name, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new CatalogueResult(single(name, CatalogueErrors.PATH_NOT_FOUND, Severity.ERROR, 1, name),
                    Optional.empty());
        } catch (IOException e) {
            return new CatalogueResult(single(name, CatalogueErrors.FILE_UNREADABLE, Severity.ERROR, 1,
                    e.getClass().getSimpleName() + ": " + e.getMessage()), Optional.empty());
        }
        return read(name, bytes);
    }

    /** The format version must be present and supported before anything else can be said about the file. */
    private static boolean versionSupported(JsonNode root, Findings f) {
        if (!root.isObject()) {
            return true; // the schema reports the wrong root type
        }
        JsonNode v = root.get("zwgk");
        if (v == null) {
            f.error(CatalogueErrors.MISSING_VERSION, "");
            return true; // read the rest as the current version, to report everything at once
        }
        if (!v.isIntegralNumber() || v.asLong() != Catalogue.FORMAT_VERSION) {
            f.error(CatalogueErrors.UNSUPPORTED_VERSION, "/zwgk", v.isTextual() ? "\"" + v.asText() + "\"" : v.toString());
            return false;
        }
        return true;
    }

    private static CatalogueResult result(Findings f, int items, Catalogue catalogue) {
        return new CatalogueResult(new ValidationReport(1, items, f.violations()), Optional.ofNullable(catalogue));
    }

    private static ValidationReport single(String file, org.zwgk.spi.ErrorCode code, Severity severity, int files,
                                           Object arg) {
        return new ValidationReport(files, 0,
                List.of(org.zwgk.validation.Violation.of(code, severity, file, 0, 0, "", arg)));
    }

    private static List<Path> catalogueFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(CatalogueValidator::isCatalogueFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether a file name has one of the catalogue extensions. */
    public static boolean isCatalogueFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static String displayName(Path baseDir, Path file) {
        Path f = file.isAbsolute() || !baseDir.isAbsolute() ? file : baseDir.resolve(file);
        try {
            return slashes(baseDir.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize()).toString());
        } catch (IllegalArgumentException e) {
            return slashes(file.toString());
        }
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }

    /** Configuration of a validator. */
    public static final class Builder {
        private TimeLimitPhraseCheck timeLimitCheck = TimeLimitPhraseCheck.standard();
        private boolean modelConstraints = true;

        private Builder() {
        }

        /** The time-limit phrase check; by default the built-in parser. */
        public Builder timeLimitCheck(TimeLimitPhraseCheck check) {
            this.timeLimitCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /**
         * Turns the time-limit phrase check off (structure-only tools); one warning {@code ZWGK-1055} then counts
         * the unchecked phrases, so the omission is never silent.
         */
        public Builder withoutTimeLimitCheck() {
            this.timeLimitCheck = null;
            return this;
        }

        /**
         * Whether to run Jakarta Validation over the built model as a last phase (default on). It costs little: a
         * fast pre-check hands the model to Hibernate Validator only when some constraint could fail. Turning it off
         * loses findings the schema cannot make, e.g. a title of only ideographic spaces (U+3000), which
         * {@code @NotBlank} rejects and the schema's {@code \S} accepts.
         */
        public Builder modelConstraints(boolean on) {
            this.modelConstraints = on;
            return this;
        }

        public CatalogueValidator build() {
            return new CatalogueValidator(this);
        }
    }
}
