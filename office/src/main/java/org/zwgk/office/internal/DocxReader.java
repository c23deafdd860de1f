package org.zwgk.office.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a .docx document in order, each with the paragraph just before it (a domain heading such as
 * "一、社会救助") and the document's first paragraph (its title). A cell spanning grid columns ({@code gridSpan}) or
 * merged down ({@code vMerge restart/continue}) becomes a merged region, as in Excel.
 */
final class DocxReader {

    private DocxReader() {
    }

    static SourceDocument read(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Grid> grids = new ArrayList<>();
            String title = null;
            String lastParagraph = null;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String t = Grid.clean(p.getText());
                    if (!t.isEmpty()) {
                        if (title == null && grids.isEmpty()) {
                            title = t;
                        } else {
                            lastParagraph = t;
                        }
                    }
                } else if (e instanceof XWPFTable t) {
                    grids.add(table(t, grids.size() + 1, lastParagraph));
                    lastParagraph = null;
                }
            }
            Map<String, String> props = new LinkedHashMap<>();
            for (var p : doc.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                if (p.isSetLpwstr()) {
                    props.put(p.getName(), p.getLpwstr());
                }
            }
            return new SourceDocument(true, grids, props, title);
        }
    }

    private static Grid table(XWPFTable table, int number, String heading) {
        List<String[]> rows = new ArrayList<>();
        List<Grid.Region> regions = new ArrayList<>();
        Map<Integer, int[]> open = new HashMap<>(); // grid column → {firstRow, lastRow, firstCol, lastCol}
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean restart = false;
                boolean cont = false;
                if (pr != null && pr.isSetVMerge()) {
                    STMerge.Enum v = pr.getVMerge().getVal();
                    restart = v == STMerge.RESTART;
                    cont = !restart;
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                int[] o = open.get(column);
                if (cont && o != null) {
                    o[1] = r;
                    cells.add("");
                } else {
                    close(open, column, regions);
                    cells.add(text(cell));
                    if (restart) {
                        open.put(column, new int[] {r, r, column, column + span - 1});
                    } else if (span > 1) {
                        regions.add(new Grid.Region(r, r, column, column + span - 1));
                    }
                }
                for (int k = 1; k < span; k++) {
                    cells.add("");
                }
                column += span;
            }
            rows.add(cells.toArray(new String[0]));
            r++;
        }
        for (Integer c : List.copyOf(open.keySet())) {
            close(open, c, regions);
        }
        return new Grid(true, "", number, rows, regions, heading);
    }

    private static void close(Map<Integer, int[]> open, int column, List<Grid.Region> regions) {
        int[] o = open.remove(column);
        if (o != null && (o[1] > o[0] || o[3] > o[2])) {
            regions.add(new Grid.Region(o[0], o[1], o[2], o[3]));
        }
    }

    /** A cell's paragraphs, one line each. */
    private static String text(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.getText());
        }
        return Grid.clean(sb.toString());
    }
}
