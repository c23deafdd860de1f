package org.zwgk.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.zwgk.spi.text.TextSegment;

/**
 * An .xlsx workbook, streamed sheet by sheet and cell by cell (POI's event API: a large workbook is never built as
 * a tree in memory). Every sheet is read, hidden ones too; each cell is a segment named {@code Sheet1!C12} and
 * labelled with its column's caption; cell comments and sheet headers/footers are read as well. Numbers are read as
 * their digits, whatever the cell's format (a phone number stored as a number is still a phone number).
 */
public final class XlsxText {

    private XlsxText() {
    }

    public static void read(OPCPackage pkg, GuardedSink sink) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        // No styles: numbers are read as their digits whatever their format, so the style sheet (an XMLBeans
        // parse of styles.xml, a good part of the time on a small workbook) is not needed.
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        DataFormatter plain = new PlainNumbers();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String sheet = Cells.sheetRef(it.getSheetName());
                Comments comments = it.getSheetComments();
                XMLReader xml = reader(); // DTDs and external entities off (no XXE)
                xml.setContentHandler(new XSSFSheetXMLHandler(null, comments, strings, new Sheet(sheet, sink), plain,
                        false));
                xml.parse(new InputSource(in));
            }
        }
    }

    private static XMLReader reader() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** Formats every number as its plain digits. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return Cells.plain(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            return Cells.plain(value);
        }
    }

    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final GuardedSink sink;
        private final Cells.Labels labels = new Cells.Labels();

        Sheet(String sheet, GuardedSink sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            // rows come in order; nothing to do
        }

        @Override
        public void endRow(int rowNum) {
            // nothing to do
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = new CellReference(ref).getCol();
            if (value != null && !value.isBlank()) {
                String text = Cells.plain(value);
                sink.text(TextSegment.Kind.CELL, sheet + "!" + ref, text, labels.of(column));
                labels.saw(column, text);
            }
            if (comment != null && comment.getString() != null) {
                sink.text(TextSegment.Kind.PART, sheet + "!" + ref + " comment", comment.getString().getString(), "");
            }
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
            // oddHeader is the ordinary one; evenHeader/firstHeader exist when pages differ
            String which = tagName.startsWith("even") ? "even " : tagName.startsWith("first") ? "first " : "";
            sink.text(TextSegment.Kind.PART, sheet + " " + which + (isHeader ? "header" : "footer"), text, "");
        }
    }
}
