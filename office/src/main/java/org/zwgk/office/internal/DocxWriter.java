package org.zwgk.office.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;

/**
 * Writes the standard layout as a .docx document: A4 landscape, the title and the note, then one table whose two
 * header rows repeat on every page, a domain row (merged across) before each domain's items, and 一级事项 merged
 * down over its rows. Multi-line values are one paragraph per line.
 */
final class DocxWriter {

    /** Usable width of A4 landscape with 1.5 cm margins, in twentieths of a point. */
    private static final int TABLE_WIDTH = 16838 - 2 * 850;

    private DocxWriter() {
    }

    static byte[] write(Catalogue c) {
        ExportLayout layout = new ExportLayout(c);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            paragraph(doc, c.metadata().title(), 16, true, ParagraphAlignment.CENTER);
            paragraph(doc, layout.note(), 9, false, ParagraphAlignment.LEFT);
            table(doc, layout);
            var custom = doc.getProperties().getCustomProperties();
            for (Map.Entry<String, String> e : layout.properties().entrySet()) {
                custom.addProperty(e.getKey(), e.getValue());
            }
            doc.getProperties().getCoreProperties().setTitle(c.metadata().title());
            doc.getProperties().getCoreProperties().setCreator(c.metadata().issuer());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(850));
        mar.setBottom(BigInteger.valueOf(850));
        mar.setLeft(BigInteger.valueOf(850));
        mar.setRight(BigInteger.valueOf(850));
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
    }

    private static void table(XWPFDocument doc, ExportLayout layout) {
        List<ExportLayout.Column> cols = layout.columns;
        int total = cols.stream().mapToInt(ExportLayout.Column::width).sum();
        int[] widths = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            widths[i] = TABLE_WIDTH * cols.get(i).width() / total;
        }
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        table.setWidth(String.valueOf(TABLE_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        // two header rows: single columns merged down, groups merged across
        XWPFTableRow h1 = table.insertNewTableRow(0);
        XWPFTableRow h2 = table.insertNewTableRow(1);
        int i = 0;
        while (i < cols.size()) {
            ExportLayout.Column col = cols.get(i);
            if (col.group() == null) {
                cell(h1, col.header(), widths[i], 1, STMerge.RESTART, true);
                cell(h2, "", widths[i], 1, STMerge.CONTINUE, true);
                i++;
                continue;
            }
            int j = i;
            int width = 0;
            while (j + 1 < cols.size() && col.group().equals(cols.get(j + 1).group())) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                width += widths[k];
                cell(h2, cols.get(k).header(), widths[k], 1, null, true);
            }
            cell(h1, col.group(), width, j - i + 1, null, true);
            i = j + 1;
        }
        for (XWPFTableRow h : List.of(h1, h2)) {
            h.setRepeatHeader(true);
            h.setCantSplitRow(true);
        }
        int rowIndex = 2;
        int n = 0;
        for (Domain d : layout.catalogue.domains()) {
            n++;
            XWPFTableRow dr = table.insertNewTableRow(rowIndex++);
            cell(dr, ExportLayout.domainRow(n, d), TABLE_WIDTH, cols.size(), null, true);
            int[] spans = ExportLayout.firstLevelSpans(d);
            for (int k = 0; k < d.items().size(); k++) {
                Item item = d.items().get(k);
                String[] values = layout.row(item);
                XWPFTableRow row = table.insertNewTableRow(rowIndex++);
                row.setCantSplitRow(true);
                for (int c = 0; c < values.length; c++) {
                    STMerge.Enum merge = null;
                    String v = values[c];
                    if (c == ExportLayout.firstLevelColumn()) {
                        if (spans[k] > 1) {
                            merge = STMerge.RESTART;
                        } else if (spans[k] == 0) {
                            merge = STMerge.CONTINUE;
                            v = "";
                        }
                    }
                    cell(row, v, widths[c], 1, merge, false);
                }
            }
        }
    }

    private static void cell(XWPFTableRow row, String text, int width, int span, STMerge.Enum merge, boolean bold) {
        XWPFTableCell cell = row.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (merge != null) {
            var vm = pr.addNewVMerge();
            if (merge == STMerge.RESTART) {
                vm.setVal(STMerge.RESTART);
            }
        }
        String[] lines = text.split("\n", -1);
        List<XWPFParagraph> ps = cell.getParagraphs();
        XWPFParagraph p = ps.isEmpty() ? cell.addParagraph() : ps.get(0);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            if (!lines[i].isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText(lines[i]);
                r.setFontSize(9);
                r.setBold(bold);
            }
        }
    }
}
