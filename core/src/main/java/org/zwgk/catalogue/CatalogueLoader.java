package org.zwgk.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads catalogue files for run-time use (e.g. by the gate). A file with errors is never loaded: loading throws a
 * {@link CatalogueException} carrying the full report. Warnings are kept in the result of
 * {@link CatalogueValidator#read(Path)} for callers that want them.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    /** Loads with the default validator. */
    public static Catalogue load(Path file) {
        return load(CatalogueValidator.create(), file);
    }

    public static Catalogue load(CatalogueValidator validator, Path file) {
        Objects.requireNonNull(file, "file");
        CatalogueResult r = validator.read(file);
        return r.catalogue().orElseThrow(() -> new CatalogueException(file.toString(), r.report()));
    }

    /** Loads from a stream (e.g. a class-path resource); {@code displayName} names it in findings. */
    public static Catalogue load(String displayName, InputStream in) throws IOException {
        return load(CatalogueValidator.create(), displayName, in);
    }

    public static Catalogue load(CatalogueValidator validator, String displayName, InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        CatalogueResult r = validator.read(displayName, in.readAllBytes());
        return r.catalogue().orElseThrow(() -> new CatalogueException(displayName, r.report()));
    }
}
