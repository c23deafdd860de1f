package org.zwgk.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.office.OfficeErrors;
import org.zwgk.spi.ZwgkException;

/**
 * Writes the standard layout as an .xlsx workbook, one sheet per domain: title row, note row, two header rows
 * (repeated on every printed page), the domain row, then the items with 一级事项 merged down; A4 landscape, fitted
 * to the page width, page numbers in the footer.
 */
final class XlsxWriter {

    private static final int MAX_CELL = 32767;

    private XlsxWriter() {
    }

    static byte[] write(Catalogue c) {
        ExportLayout layout = new ExportLayout(c);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(wb);
            Set<String> sheetNames = new HashSet<>();
            int n = 0;
            for (Domain d : c.domains()) {
                n++;
                Sheet sheet = wb.createSheet(sheetName(d.name(), sheetNames));
                domainSheet(sheet, layout, d, n, s);
            }
            var custom = wb.getProperties().getCustomProperties();
            for (Map.Entry<String, String> e : layout.properties().entrySet()) {
                custom.addProperty(e.getKey(), e.getValue());
            }
            wb.getProperties().getCoreProperties().setTitle(c.metadata().title());
            wb.getProperties().getCoreProperties().setCreator(c.metadata().issuer());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void domainSheet(Sheet sheet, ExportLayout layout, Domain d, int n, Styles s) {
        List<ExportLayout.Column> cols = layout.columns;
        int last = cols.size() - 1;
        for (int i = 0; i < cols.size(); i++) {
            sheet.setColumnWidth(i, cols.get(i).width() * 2 * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        text(title, 0, layout.catalogue.metadata().title(), s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row note = sheet.createRow(1);
        text(note, 0, layout.note(), s.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row h1 = sheet.createRow(2);
        Row h2 = sheet.createRow(3);
        int i = 0;
        while (i < cols.size()) {
            ExportLayout.Column col = cols.get(i);
            if (col.group() == null) {
                text(h1, i, col.header(), s.header);
                text(h2, i, "", s.header);
                sheet.addMergedRegion(new CellRangeAddress(2, 3, i, i));
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < cols.size() && col.group().equals(cols.get(j + 1).group())) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                text(h1, k, k == i ? col.group() : "", s.header);
                text(h2, k, cols.get(k).header(), s.header);
            }
            if (j > i) {
                sheet.addMergedRegion(new CellRangeAddress(2, 2, i, j));
            }
            i = j + 1;
        }
        Row domainRow = sheet.createRow(4);
        text(domainRow, 0, ExportLayout.domainRow(n, d), s.domain);
        for (int k = 1; k <= last; k++) {
            text(domainRow, k, "", s.domain);
        }
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, last));
        int[] spans = ExportLayout.firstLevelSpans(d);
        int r = 5;
        for (int k = 0; k < d.items().size(); k++) {
            Item item = d.items().get(k);
            String[] values = layout.row(item);
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.length; c++) {
                if (values[c].length() > MAX_CELL) {
                    throw new ZwgkException(OfficeErrors.CELL_TOO_LONG, item.id(), cols.get(c).header(),
                            values[c].length());
                }
                boolean covered = c == ExportLayout.firstLevelColumn() && spans[k] == 0;
                text(row, c, covered ? "" : values[c], cols.get(c).tick() ? s.tick : s.body);
            }
            if (spans[k] > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r + spans[k] - 1, ExportLayout.firstLevelColumn(),
                        ExportLayout.firstLevelColumn()));
            }
            r++;
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(2, 3, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        sheet.createFreezePane(0, 4);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** A valid, unique sheet name (at most 31 characters, none of []:*?/\); the domain row keeps the real name. */
    static String sheetName(String name, Set<String> used) {
        String base = name.replaceAll("[\\[\\]:*?/\\\\]", "_").replace('\'', '_').strip();
        if (base.isEmpty() || base.equalsIgnoreCase("history")) {
            base = "领域";
        }
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String candidate = base;
        int k = 2;
        while (!used.add(candidate.toLowerCase(java.util.Locale.ROOT))) {
            candidate = base + "(" + k++ + ")";
        }
        return candidate;
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle domain;
        final CellStyle body;
        final CellStyle tick;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            big.setFontName("宋体");
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 10);
            bold.setFontName("宋体");
            Font plain = wb.createFont();
            plain.setFontHeightInPoints((short) 9);
            plain.setFontName("宋体");
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            note = wb.createCellStyle();
            note.setFont(plain);
            header = bordered(wb, bold, HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            domain = bordered(wb, bold, HorizontalAlignment.LEFT);
            body = bordered(wb, plain, HorizontalAlignment.LEFT);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            tick = bordered(wb, plain, HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setWrapText(true);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
