package org.zwgk.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads an Excel 97-2003 workbook (.xls) with POI's HSSF model: cell texts and merged regions per sheet. */
final class XlsReader {

    private XlsReader() {
    }

    static SourceDocument read(byte[] bytes) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            List<Grid> grids = new ArrayList<>();
            for (Sheet sheet : wb) {
                List<String[]> rows = new ArrayList<>();
                for (Row row : sheet) {
                    while (rows.size() < row.getRowNum()) {
                        rows.add(new String[0]);
                    }
                    String[] cells = new String[Math.max(0, row.getLastCellNum())];
                    for (Cell cell : row) {
                        cells[cell.getColumnIndex()] = Grid.clean(text(cell, formatter));
                    }
                    rows.add(cells);
                }
                List<Grid.Region> regions = new ArrayList<>();
                for (CellRangeAddress r : sheet.getMergedRegions()) {
                    regions.add(new Grid.Region(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
                }
                grids.add(new Grid(false, sheet.getSheetName(), 0, rows, regions, null));
            }
            return new SourceDocument(false, grids, Map.of(), null);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
