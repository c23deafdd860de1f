package org.zwgk.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.office.internal.ImportRun;
import org.zwgk.validation.Severity;
import org.zwgk.validation.Violation;

/**
 * Imports a standard catalogue from the Excel (.xlsx, .xls) or Word (.docx) table an office publishes: title and
 * note rows around the table, two header rows with ticked groups, 一级事项 merged down, 同上, line breaks in cells,
 * one sheet per domain or domain rows, Word tables continued across pages. Columns are found by their names.
 *
 * <p>Every value goes through the same model and validator as a catalogue file; findings carry the usual codes
 * and are located in the table ({@code 社会救助!F12}, {@code 表2 第7行 公开时限列}). Immutable and thread-safe.
 */
public final class TableImporter {

    private final CatalogueValidator validator;

    private TableImporter(CatalogueValidator validator) {
        this.validator = validator;
    }

    /** An importer with the default catalogue validator. */
    public static TableImporter create() {
        return new TableImporter(CatalogueValidator.create());
    }

    /** An importer using this validator (e.g. one with a custom time-limit check). */
    public static TableImporter with(CatalogueValidator validator) {
        return new TableImporter(Objects.requireNonNull(validator, "validator"));
    }

    /** Imports a file; {@code file}'s name names it in findings. */
    public TableImport read(Path file, ImportOptions options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            Violation v = Violation.of(OfficeErrors.UNREADABLE, Severity.ERROR, file.toString(), 0, 0, "",
                    file, e.getClass().getSimpleName());
            return new TableImport(List.of(new TableViolation(v, TableLocation.file())), Optional.empty(), 0);
        }
        return read(String.valueOf(file.getFileName()), bytes, options);
    }

    /** Imports a table held in memory; {@code name} names it in findings. */
    public TableImport read(String name, byte[] content, ImportOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        return ImportRun.run(validator, name, content, Objects.requireNonNull(options, "options"));
    }
}
