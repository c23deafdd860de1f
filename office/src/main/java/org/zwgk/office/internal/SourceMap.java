package org.zwgk.office.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zwgk.office.TableLocation;

/**
 * Where each value of the catalogue built from a table came from, so that a finding at a JSON Pointer
 * ({@code /domains/2/items/6/timeLimit}) is reported at its cell ({@code 社会救助!F12}). Item sources are compact (a
 * row and, per column, the row the value is written in) and turned into locations only when a finding needs one.
 */
final class SourceMap {

    /** Where one item's values are: its grid and row, and for merged values the row they are written in. */
    record ItemSource(Grid grid, Columns columns, int row, int[] writtenRow, boolean levelsFromOption) {
    }

    private final Map<String, TableLocation> metadata = new HashMap<>();
    private final List<TableLocation> domains = new ArrayList<>();
    private final List<List<ItemSource>> items = new ArrayList<>();

    void metadata(String key, TableLocation where) {
        metadata.put(key, where);
    }

    int domain(TableLocation where) {
        domains.add(where);
        items.add(new ArrayList<>());
        return domains.size() - 1;
    }

    void item(int domain, ItemSource source) {
        items.get(domain).add(source);
    }

    ItemSource item(int domain, int item) {
        return items.get(domain).get(item);
    }

    /** The location of a pointer; {@code missingKey} names the key a "missing key" finding is about. */
    TableLocation locate(String pointer, String missingKey) {
        String[] p = pointer.split("/", -1);
        if (p.length < 2) {
            return TableLocation.file();
        }
        if (p[1].equals("catalogue")) {
            String key = p.length > 2 ? p[2] : missingKey;
            TableLocation l = key == null ? null : metadata.get(key);
            return l != null ? l : key == null ? TableLocation.file() : TableLocation.option(OptionNames.of(key));
        }
        if (!p[1].equals("domains") || p.length < 3) {
            return TableLocation.file();
        }
        int d = Integer.parseInt(p[2]);
        if (p.length < 5 || !p[3].equals("items")) {
            return domains.get(d);
        }
        ItemSource s = items.get(d).get(Integer.parseInt(p[4]));
        String key = p.length > 5 ? p[5] : missingKey;
        String index = p.length > 6 ? p[6] : null;
        Field f = field(key, index);
        if (f == null) {
            int[] span = s.columns().span();
            return s.grid().location(s.row(), span[0], span[1], "");
        }
        if (f == Field.LEVELS && s.levelsFromOption()) {
            return TableLocation.option("--item-levels");
        }
        int[] range = s.columns().range(f);
        if (range == null) {
            int[] span = s.columns().span();
            return s.grid().location(s.row(), span[0], span[1], "");
        }
        int row = range[0] == range[1] ? s.writtenRow()[f.ordinal()] : s.row();
        return s.grid().location(row < 0 ? s.row() : row, range[0], range[1], s.columns().name(f));
    }

    /** The column a catalogue key (and list index) is read from. */
    static Field field(String key, String index) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "id" -> Field.ID;
            case "path" -> index == null || index.equals("0") ? Field.PATH0 : index.equals("1") ? Field.PATH1 : Field.PATH2;
            case "content", "elements" -> Field.CONTENT;
            case "basis" -> Field.BASIS;
            case "timeLimit" -> Field.TIME_LIMIT;
            case "subject" -> Field.SUBJECT;
            case "channels" -> Field.CHANNELS;
            case "audience" -> Field.AUDIENCE;
            case "method" -> Field.METHOD;
            case "levels" -> Field.LEVELS;
            case "stage" -> Field.STAGE;
            default -> null;
        };
    }

    /** A sort key placing locations in reading order: metadata first, then sheet/table, row, column. */
    long order(TableLocation l, Map<String, Integer> sheetIndex) {
        return switch (l.kind()) {
            case FILE, OPTION, METADATA_FILE, PROPERTY -> 0L;
            case SHEET -> ((long) sheetIndex.getOrDefault(l.container(), 0) + 1) << 40;
            case SHEET_CELLS -> (((long) sheetIndex.getOrDefault(l.container(), 0) + 1) << 40) | ((long) l.row() << 12)
                    | Math.max(0, l.firstColumn());
            case WORD_TABLE -> (long) l.table() << 40;
            case WORD_CELLS -> ((long) l.table() << 40) | ((long) l.row() << 12) | Math.max(0, l.firstColumn());
        };
    }
}
