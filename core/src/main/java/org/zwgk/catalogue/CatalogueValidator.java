package org.zwgk.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.zwgk.validation.ValidationReport;

/**
 * Validates catalogue files: encoding, syntax, JSON Schema and the semantic rules the schema cannot express.
 * Returns one report of every finding; never throws for anything wrong inside a file.
 *
 * <p>PLACEHOLDER API (skeleton commit): the signatures are the contract used by the Maven plugin and the CLI;
 * the implementation arrives with the catalogue work.
 */
public final class CatalogueValidator {

    private final TimeLimitPhraseCheck timeLimitCheck;

    private CatalogueValidator(Builder b) {
        this.timeLimitCheck = b.timeLimitCheck;
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
        return new ValidationReport(files.size(), 0, List.of());
    }

    /**
     * Validates files and directories (searched recursively for {@code *.yaml}, {@code *.yml}, {@code *.json}).
     * File names in the report are as given, or relative to a given directory.
     */
    public ValidationReport validatePaths(List<Path> filesOrDirs) {
        return new ValidationReport(filesOrDirs.size(), 0, List.of());
    }

    /** Validates one document held in memory; {@code displayName} is used as the file name in the report. */
    public ValidationReport validate(String displayName, byte[] content) {
        return new ValidationReport(1, 0, List.of());
    }

    /** Configuration of a validator. */
    public static final class Builder {
        private TimeLimitPhraseCheck timeLimitCheck;

        private Builder() {
        }

        /** The time-limit phrase check; by default the built-in parser. */
        public Builder timeLimitCheck(TimeLimitPhraseCheck check) {
            this.timeLimitCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        public CatalogueValidator build() {
            return new CatalogueValidator(this);
        }
    }
}
