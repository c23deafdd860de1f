package org.zwgk.schemas;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Maps schema {@code $id}s to the class path. Every schema's {@code $id} is {@link #BASE_URI} + file name, and
 * the file is packaged at {@link #CLASSPATH_PREFIX} + file name, so validators resolve schemas (and their
 * {@code $ref}s) offline.
 */
public final class Schemas {

    /** Prefix of every schema {@code $id}. */
    public static final String BASE_URI = "https://zwgk.org/schemas/";
    /** Class-path folder of the schema files. */
    public static final String CLASSPATH_PREFIX = "org/zwgk/schemas/";

    public static final String CATALOGUE = "catalogue.schema.json";
    public static final String CALENDAR = "calendar.schema.json";
    public static final String CHECK_REPORT = "check-report.schema.json";

    private Schemas() {
    }

    /** The {@code $id} of a schema file. */
    public static String id(String fileName) {
        return BASE_URI + fileName;
    }

    /** Opens a schema file from the class path. */
    public static InputStream open(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.contains("/") || fileName.contains("..")) {
            throw new IllegalArgumentException("not a schema file name: " + fileName);
        }
        InputStream in = Schemas.class.getResourceAsStream("/" + CLASSPATH_PREFIX + fileName);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(CLASSPATH_PREFIX + fileName));
        }
        return in;
    }
}
