package org.zwgk.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.office.internal.TableWriters;

/**
 * Writes a catalogue as the table offices print, review and sign: the standard layout (编号, 公开事项 一级/二级,
 * 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体, ticked 公开对象, 公开方式 and 公开层级), A4 landscape with
 * the header rows repeated on every page and 一级事项 merged down. What the table does not show (catalogue id,
 * domain codes, guidelines) is kept in document properties: {@link TableImporter} reads the export back into an
 * equal catalogue.
 */
public final class TableExporter {

    private TableExporter() {
    }

    /** An Excel workbook, one sheet per domain. */
    public static byte[] toXlsx(Catalogue catalogue) {
        return TableWriters.xlsx(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** A Word document with one table, a domain row before each domain. */
    public static byte[] toDocx(Catalogue catalogue) {
        return TableWriters.docx(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** Writes {@code .xlsx} or {@code .docx} by the file's extension (atomically: a temporary file, then a move). */
    public static void write(Catalogue catalogue, Path file) throws IOException {
        TableFormat format = TableFormat.forExport(file.getFileName().toString());
        if (format == null) {
            throw new org.zwgk.spi.ZwgkException(OfficeErrors.UNSUPPORTED, file.getFileName());
        }
        byte[] bytes = format == TableFormat.DOCX ? toDocx(catalogue) : toXlsx(catalogue);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".zwgk-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
