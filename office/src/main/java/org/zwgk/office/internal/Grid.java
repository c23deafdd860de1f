package org.zwgk.office.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zwgk.office.TableLocation;

/**
 * One table as read from a sheet or a Word table: the text of every cell (line breaks as {@code \n}, ends
 * stripped) and the merged regions, whatever the file format.
 *
 * <p>Merged cells are read the way a person reads them: a region merged <em>down</em> (一级事项 over its rows) gives
 * its value to every row it covers; a region merged <em>across</em> in a data row gives it to its first column only,
 * so that a 一级事项 merged over the 二级事项 column does not read as a second level. Header rows read a region's value
 * in every cell it covers (a group name over its ticked columns).
 */
public final class Grid {

    /** A merged region, inclusive, 0-based. */
    public record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /** A data cell: its text, and the cell the text is written in (the top-left of its merged region). */
    public record Cell(String text, int row, int column) {
    }

    private final boolean word;
    private final String name;
    private final int tableNumber;
    private final List<String[]> rows;
    private final List<Region> regions;
    private final Map<Long, Region> covered = new HashMap<>();
    private final Map<Long, Region> byOrigin = new HashMap<>();
    private final String heading;
    private int width;

    /**
     * @param word        whether the grid is a Word table (else an Excel sheet)
     * @param name        sheet name (Excel)
     * @param tableNumber 1-based table number (Word)
     * @param heading     the paragraph just before a Word table (a domain heading, perhaps), or {@code null}
     */
    public Grid(boolean word, String name, int tableNumber, List<String[]> rows, List<Region> regions, String heading) {
        this.word = word;
        this.name = name;
        this.tableNumber = tableNumber;
        this.rows = rows;
        this.regions = List.copyOf(regions);
        this.heading = heading;
        for (String[] r : rows) {
            width = Math.max(width, r.length);
        }
        for (Region g : this.regions) {
            byOrigin.put(key(g.firstRow(), g.firstColumn()), g);
            for (int r = g.firstRow(); r <= g.lastRow(); r++) {
                for (int c = g.firstColumn(); c <= g.lastColumn(); c++) {
                    if (r != g.firstRow() || c != g.firstColumn()) {
                        covered.put(key(r, c), g);
                    }
                }
            }
            width = Math.max(width, g.lastColumn() + 1);
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    public boolean word() {
        return word;
    }

    public String name() {
        return name;
    }

    public int tableNumber() {
        return tableNumber;
    }

    public String heading() {
        return heading;
    }

    public int rowCount() {
        return rows.size();
    }

    public int width() {
        return width;
    }

    public List<Region> regions() {
        return regions;
    }

    /** The text written in a cell itself ("" when empty, covered by a merge, or outside the row). */
    public String raw(int row, int column) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        String[] r = rows.get(row);
        return column < r.length && r[column] != null ? r[column] : "";
    }

    /** The region a cell is covered by (not its top-left cell), or {@code null}. */
    public Region coveredBy(int row, int column) {
        return covered.isEmpty() ? null : covered.get(key(row, column));
    }

    /** Header reading: a merged region's value in every cell it covers. */
    public String header(int row, int column) {
        Region g = coveredBy(row, column);
        return g == null ? raw(row, column) : raw(g.firstRow(), g.firstColumn());
    }

    /** Data reading: merged down gives the value to every row, merged across to the first column only. */
    public Cell data(int row, int column) {
        Region g = coveredBy(row, column);
        if (g == null) {
            return new Cell(raw(row, column), row, column);
        }
        if (column == g.firstColumn()) {
            return new Cell(raw(g.firstRow(), column), g.firstRow(), column);
        }
        return new Cell("", row, column);
    }

    /** The distinct texts written in a row (a value merged across counts once), with the columns they cover. */
    public List<int[]> writtenCells(int row) {
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Region g = coveredBy(row, c);
            if (g != null) {
                continue;
            }
            if (!raw(row, c).isEmpty()) {
                Region r = byOrigin.isEmpty() ? null : byOrigin.get(key(row, c));
                out.add(new int[] {c, r == null ? c : r.lastColumn()});
            }
        }
        return out;
    }

    /** A location in this grid (0-based row and columns). */
    public TableLocation location(int row, int firstColumn, int lastColumn, String column) {
        return word ? TableLocation.wordCells(tableNumber, row + 1, firstColumn, lastColumn, column)
                : TableLocation.cells(name, row + 1, firstColumn, lastColumn, column);
    }

    /** The whole grid as a location: the sheet or the table. */
    public TableLocation location() {
        return word ? TableLocation.wordTable(tableNumber) : TableLocation.sheet(name);
    }

    /** Normalises cell text: CR LF and CR to LF, ends stripped (inner line breaks are kept). */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
        return t.strip();
    }
}
