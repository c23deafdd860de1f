package org.zwgk.extract.internal;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.zwgk.spi.text.TextSegment;

/** A legacy .xls workbook (BIFF8): every sheet, cell by cell, with comments and headers/footers, as for .xlsx. */
public final class XlsText {

    private XlsText() {
    }

    public static void read(HSSFWorkbook wb, GuardedSink sink) {
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet sheet = wb.getSheetAt(s);
            String name = Cells.sheetRef(sheet.getSheetName());
            Cells.Labels labels = new Cells.Labels();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String ref = name + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex())
                            .formatAsString();
                    String text = value(cell);
                    if (!text.isBlank()) {
                        sink.text(TextSegment.Kind.CELL, ref, text, labels.of(cell.getColumnIndex()));
                        labels.saw(cell.getColumnIndex(), text);
                    }
                    Comment c = cell.getCellComment();
                    if (c != null && c.getString() != null) {
                        sink.text(TextSegment.Kind.PART, ref + " comment", c.getString().getString(), "");
                    }
                }
            }
            headerFooter(sink, name + " header", sheet.getHeader());
            headerFooter(sink, name + " footer", sheet.getFooter());
        }
    }

    private static void headerFooter(GuardedSink sink, String ref, HeaderFooter hf) {
        sink.text(TextSegment.Kind.PART, ref, String.join("\n", hf.getLeft(), hf.getCenter(), hf.getRight()), "");
    }

    private static String value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> Cells.plain(cell.getNumericCellValue());
            default -> "";
        };
    }
}
