package org.zwgk.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.catalogue.CatalogueException;
import org.zwgk.catalogue.CatalogueResult;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.validation.Severity;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/**
 * Loads {@code zwgk.catalogue}: a Spring resource location ({@code classpath:…}, {@code file:…}, any URL) or a
 * plain file path, validated by {@link CatalogueValidator} and named in findings as the user wrote it — the same
 * {@code file:[line,col] ZWGK-nnnn /pointer message} lines as {@code zwgk validate}.
 */
public final class CatalogueResources {

    private static final Pattern URL_PREFIX = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private CatalogueResources() {
    }

    /** The catalogue and its report (warnings included); throws {@link CatalogueException} on any error. */
    public static CatalogueResult load(String location, ResourceLoader loader, CatalogueValidator validator) {
        String where = location.strip();
        // A Windows path (C:\…) is a path, not a URL with scheme "c".
        boolean url = URL_PREFIX.matcher(where).matches() && !where.matches("[a-zA-Z]:[\\\\/].*");
        CatalogueResult r;
        if (url) {
            Resource resource = loader.getResource(where);
            if (!resource.exists()) {
                throw notFound(where);
            }
            try (InputStream in = resource.getInputStream()) {
                r = validator.read(where, in.readAllBytes());
            } catch (IOException e) {
                throw new CatalogueException(where, new ValidationReport(1, 0, List.of(Violation.of(
                        CatalogueErrors.FILE_UNREADABLE, Severity.ERROR, where, 0, 0, "",
                        e.getClass().getSimpleName() + ": " + e.getMessage()))));
            }
        } else {
            r = validator.read(Path.of(where));
        }
        if (r.catalogue().isEmpty()) {
            throw new CatalogueException(where, r.report());
        }
        return r;
    }

    private static CatalogueException notFound(String where) {
        return new CatalogueException(where, new ValidationReport(1, 0, List.of(Violation.of(
                CatalogueErrors.PATH_NOT_FOUND, Severity.ERROR, where, 0, 0, "", where))));
    }

    /** The loaded catalogue (present when {@link #load} returned). */
    public static Catalogue catalogue(CatalogueResult r) {
        return r.catalogue().orElseThrow();
    }
}
