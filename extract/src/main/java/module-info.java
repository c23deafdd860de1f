/**
 * Optional text extractors for the personal-data screening: PDF through Apache PDFBox, Word (.docx) and Excel
 * (.xlsx, .xls) through Apache POI. Found by core through the {@code org.zwgk.spi.text} SPI; a host without this
 * module gets its binary attachments reported as unreadable (and so blocked), never passed unread.
 */
module org.zwgk.extract {
    requires org.zwgk.spi;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports org.zwgk.extract;

    provides org.zwgk.spi.text.TextExtractor with org.zwgk.extract.PdfTextExtractor,
            org.zwgk.extract.OfficeTextExtractor;
}
