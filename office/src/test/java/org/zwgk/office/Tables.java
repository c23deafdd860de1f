package org.zwgk.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds tables the way offices lay them out, with POI, for the import tests: Excel sheets from rows of texts and
 * merged ranges, Word tables from rows of cells that span columns or continue a merge down.
 */
final class Tables {

    private Tables() {
    }

    /** The header of the standard layout (reference §4.2) in two rows, from row {@code r} (0-based). */
    static final String[] HEADER_1 = {"序号", "公开事项", null, "公开内容（要素）", "公开依据", "公开时限", "公开主体",
        "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null};
    static final String[] HEADER_2 = {null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群众",
        "主动", "依申请", "县级", "乡级"};
    static final List<String> HEADER_MERGES = List.of("A%1$d:A%2$d", "B%1$d:C%1$d", "D%1$d:D%2$d", "E%1$d:E%2$d",
            "F%1$d:F%2$d", "G%1$d:G%2$d", "H%1$d:H%2$d", "I%1$d:J%1$d", "K%1$d:L%1$d", "M%1$d:N%1$d");

    /** An Excel workbook being built. */
    static final class Book {
        private final Workbook wb;

        Book(boolean xls) {
            this.wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        }

        Book() {
            this(false);
        }

        Sheet sheet(String name) {
            return wb.createSheet(name);
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                wb.write(out);
                wb.close();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes texts into a row (1-based, as Excel shows it); {@code null} leaves a cell out. */
    static void row(Sheet s, int excelRow, String... cells) {
        Row row = s.getRow(excelRow - 1) != null ? s.getRow(excelRow - 1) : s.createRow(excelRow - 1);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    static void merge(Sheet s, String ref) {
        s.addMergedRegion(CellRangeAddress.valueOf(ref));
    }

    /** The two header rows at Excel rows {@code r} and {@code r + 1}, merged as offices merge them. */
    static void header(Sheet s, int r) {
        row(s, r, HEADER_1);
        row(s, r + 1, HEADER_2);
        for (String m : HEADER_MERGES) {
            merge(s, m.formatted(r, r + 1));
        }
    }

    /** A Word cell: its text (lines split at \n), how many grid columns it spans, and its vertical merge. */
    record W(String text, int span, String vMerge) {
        static W of(String text) {
            return new W(text, 1, null);
        }

        static W span(String text, int span) {
            return new W(text, span, null);
        }

        static W restart(String text) {
            return new W(text, 1, "restart");
        }

        static W cont() {
            return new W("", 1, "continue");
        }
    }

    /** A Word document being built: paragraphs and tables in order. */
    static final class Doc {
        private final XWPFDocument doc = new XWPFDocument();

        Doc paragraph(String text) {
            doc.createParagraph().createRun().setText(text);
            return this;
        }

        Doc table(List<List<W>> rows) {
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            int r = 0;
            for (List<W> cells : rows) {
                XWPFTableRow row = t.insertNewTableRow(r++);
                for (W w : cells) {
                    XWPFTableCell cell = row.addNewTableCell();
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (w.span() > 1) {
                        pr.addNewGridSpan().setVal(BigInteger.valueOf(w.span()));
                    }
                    if (w.vMerge() != null) {
                        var vm = pr.addNewVMerge();
                        if (w.vMerge().equals("restart")) {
                            vm.setVal(STMerge.RESTART);
                        }
                    }
                    String[] lines = w.text().split("\n", -1);
                    XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            p = cell.addParagraph();
                        }
                        if (!lines[i].isEmpty()) {
                            p.createRun().setText(lines[i]);
                        }
                    }
                }
            }
            return this;
        }

        byte[] bytes() {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.write(out);
                doc.close();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The standard Word header rows: single columns merged down, groups spanning their ticked columns. */
    static List<List<W>> wordHeader() {
        List<W> h1 = List.of(W.restart("序号"), W.span("公开事项", 2), W.restart("公开内容（要素）"), W.restart("公开依据"),
                W.restart("公开时限"), W.restart("公开主体"), W.restart("公开渠道和载体"), W.span("公开对象", 2),
                W.span("公开方式", 2), W.span("公开层级", 2));
        List<W> h2 = List.of(W.cont(), W.of("一级事项"), W.of("二级事项"), W.cont(), W.cont(), W.cont(), W.cont(), W.cont(),
                W.of("全社会"), W.of("特定群体"), W.of("主动"), W.of("依申请"), W.of("县级"), W.of("乡级"));
        return List.of(h1, h2);
    }

    /** One Word item row: 一级事项 given as a cell (W.restart / W.cont / W.of). */
    static List<W> wordItem(String seq, W first, String second, String content, String basis, String time,
                            String subject, String channels, String... ticks) {
        List<W> row = new java.util.ArrayList<>(List.of(W.of(seq), first, W.of(second), W.of(content), W.of(basis),
                W.of(time), W.of(subject), W.of(channels)));
        for (String t : ticks) {
            row.add(W.of(t));
        }
        return row;
    }
}
