package org.zwgk.office.internal;

import org.zwgk.catalogue.Catalogue;

/** Entry to the writers for the public {@code TableExporter}. */
public final class TableWriters {

    private TableWriters() {
    }

    public static byte[] xlsx(Catalogue c) {
        return XlsxWriter.write(c);
    }

    public static byte[] docx(Catalogue c) {
        return DocxWriter.write(c);
    }
}
