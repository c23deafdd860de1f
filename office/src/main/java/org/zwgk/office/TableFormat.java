package org.zwgk.office;

import java.util.Locale;

/** The table formats: read .xlsx, .xls and .docx; write .xlsx and .docx. */
public enum TableFormat {
    XLSX(".xlsx"), XLS(".xls"), DOCX(".docx");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format an export file name asks for; {@code null} when it is neither .xlsx nor .docx. */
    public static TableFormat forExport(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return XLSX;
        }
        if (n.endsWith(".docx")) {
            return DOCX;
        }
        return null;
    }
}
