package org.zwgk.office.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zwgk.catalogue.Audience;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.Method;
import org.zwgk.catalogue.Stage;

/**
 * The header of a catalogue table: where it is (one or two rows) and which column holds what, found by the
 * columns' names, never by their position. Two header rows carry groups: 公开事项 over 一级/二级/三级事项, and
 * 公开对象, 公开方式, 公开层级 (and 五公开) over ticked columns. A group without sub-columns is a text column
 * ("主动", "县级、乡级"); ticked columns without a group row are recognised by their own names.
 */
final class Columns {

    /** A ticked column: the group it belongs to and the value(s) a tick in it means. */
    record Tick(Field group, int column, String label, List<String> values) {
    }

    /** A header cell that could not be read. */
    record Problem(int row, int column, String sub, String group, String allowed) {
    }

    private static final int MIN_FIELDS = 4;
    private static final int SEARCH_ROWS = 40;

    final int headerRow;
    final int headerRows;
    final Map<Field, Integer> single = new EnumMap<>(Field.class);
    final Map<Field, String> names = new EnumMap<>(Field.class);
    final List<Tick> ticks = new ArrayList<>();
    final List<int[]> ignored = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    private final String[] headerTexts;

    private Columns(Grid g, int row, int rows) {
        this.headerRow = row;
        this.headerRows = rows;
        this.headerTexts = new String[g.width()];
        for (int c = 0; c < g.width(); c++) {
            String top = g.header(row, c);
            String sub = rows == 2 ? g.header(row + 1, c) : top;
            headerTexts[c] = top.equals(sub) || sub.isEmpty() ? top : top + "/" + sub;
            assign(g, c, top, sub);
        }
    }

    /** The header of a grid, or {@code null} when no row looks like one. */
    static Columns find(Grid g) {
        int limit = Math.min(g.rowCount(), SEARCH_ROWS);
        for (int r = 0; r < limit; r++) {
            if (fieldsIn(g, r) >= MIN_FIELDS) {
                return new Columns(g, r, hasSubHeader(g, r) ? 2 : 1);
            }
        }
        return null;
    }

    /** Whether a row repeats this header (a table continued after a page break, pasted page by page). */
    boolean repeatsHeader(Grid g, int row) {
        int same = 0;
        for (int c = 0; c < Math.min(g.width(), headerTexts.length); c++) {
            String h = g.header(row, c);
            if (!h.isEmpty() && (headerTexts[c].equals(h) || headerTexts[c].startsWith(h + "/")
                    || headerTexts[c].endsWith("/" + h))) {
                same++;
            }
        }
        return same >= MIN_FIELDS;
    }

    /** Whether a row is the sub-header row of a header repeated just above it. */
    boolean repeatsSubHeader(Grid g, int row) {
        if (headerRows < 2) {
            return false;
        }
        int same = 0;
        for (Tick t : ticks) {
            if (g.raw(row, t.column()).equals(t.label())) {
                same++;
            }
        }
        return same >= 2;
    }

    private static int fieldsIn(Grid g, int r) {
        java.util.Set<Field> seen = java.util.EnumSet.noneOf(Field.class);
        for (int c = 0; c < g.width(); c++) {
            Field f = Field.of(g.header(r, c));
            if (f != null && f != Field.REMARK && f != Field.SEQUENCE) {
                seen.add(f == Field.PATH0 ? Field.PATH : f);
            }
        }
        return seen.size();
    }

    private static boolean hasSubHeader(Grid g, int r) {
        if (r + 1 >= g.rowCount()) {
            return false;
        }
        // under a two-row header the plain columns are merged down (or left empty): an item row has content there
        for (int c = 0; c < g.width(); c++) {
            Field ft = Field.of(g.header(r, c));
            if ((ft == Field.CONTENT || ft == Field.BASIS || ft == Field.TIME_LIMIT || ft == Field.SUBJECT)
                    && !g.header(r + 1, c).isEmpty() && !g.header(r + 1, c).equals(g.header(r, c))) {
                return false;
            }
        }
        for (int c = 0; c < g.width(); c++) {
            String top = g.header(r, c);
            String sub = g.header(r + 1, c);
            if (sub.isEmpty() || sub.equals(top)) {
                continue;
            }
            Field ft = Field.of(top);
            Field fs = Field.of(sub);
            if (fs == Field.PATH0 || fs == Field.PATH1 || fs == Field.PATH2) {
                return true;
            }
            if (ft != null && switch (ft) {
                case AUDIENCE, METHOD, LEVELS, STAGE -> true;
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }

    private void assign(Grid g, int c, String top, String sub) {
        Field ft = Field.of(top);
        if (top.equals(sub) || sub.isEmpty()) {
            if (ft == null) {
                Tick t = bareTick(c, top);
                if (t != null) {
                    ticks.add(t);
                } else if (!top.isEmpty()) {
                    ignored.add(new int[] {headerRow, c});
                }
                return;
            }
            put(ft == Field.PATH ? Field.PATH0 : ft, c, top);
            return;
        }
        Field fs = Field.of(sub);
        if (ft == Field.PATH || fs == Field.PATH0 || fs == Field.PATH1 || fs == Field.PATH2) {
            if (fs == Field.PATH0 || fs == Field.PATH1 || fs == Field.PATH2) {
                put(fs, c, sub);
            } else {
                problems.add(new Problem(headerRow + 1, c, sub, top, "一级事项、二级事项、三级事项"));
            }
            return;
        }
        if (ft == Field.AUDIENCE || ft == Field.METHOD || ft == Field.LEVELS || ft == Field.STAGE) {
            List<String> values = values(ft, sub);
            if (values.isEmpty()) {
                problems.add(new Problem(headerRow + 1, c, sub, top, allowed(ft)));
            } else {
                ticks.add(new Tick(ft, c, sub, values));
                names.putIfAbsent(ft, top);
            }
            return;
        }
        if (fs != null) {
            put(fs == Field.PATH ? Field.PATH0 : fs, c, sub);
        } else if (ft != null) {
            put(ft, c, top);
        } else {
            ignored.add(new int[] {headerRow + 1, c});
        }
    }

    private void put(Field f, int c, String name) {
        if (f == Field.REMARK) {
            return; // notes for readers, not part of a catalogue
        }
        if (single.putIfAbsent(f, c) == null) {
            names.put(f, name);
        } else {
            ignored.add(new int[] {headerRow, c});
        }
    }

    /** A ticked column named by its value alone (全社会, 主动, 县级 …) in a one-row header. */
    private static Tick bareTick(int c, String text) {
        for (Field f : new Field[] {Field.AUDIENCE, Field.METHOD, Field.LEVELS}) {
            List<String> v = values(f, text);
            if (!v.isEmpty() && (f != Field.LEVELS || text.endsWith("级"))) {
                return new Tick(f, c, text, v);
            }
        }
        return null;
    }

    /** What a tick under a group's sub-column means: 主动公开 → 主动; 乡、村级 → 乡级, 村级. */
    static List<String> values(Field group, String sub) {
        String s = Field.normalise(sub);
        return switch (group) {
            case AUDIENCE -> Audience.parse(s).map(a -> List.of(a.label())).orElse(List.of());
            case METHOD -> Method.parse(s).map(m -> List.of(m.label())).orElse(List.of());
            case STAGE -> Stage.parse(s).map(m -> List.of(m.label())).orElse(List.of());
            case LEVELS -> levels(sub);
            default -> List.of();
        };
    }

    private static List<String> levels(String sub) {
        String s = sub.replaceAll("\\s", "");
        java.util.Optional<Level> whole = Level.parse(s);
        if (whole.isPresent()) {
            return List.of(whole.get().label());
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("[、/／,，和及]")) {
            java.util.Optional<Level> l = Level.parse(part).or(() -> Level.parse(part + "级"));
            if (l.isEmpty()) {
                return List.of();
            }
            out.add(l.get().label());
        }
        return out;
    }

    private static String allowed(Field group) {
        return switch (group) {
            case AUDIENCE -> "全社会、特定群体（特定群众）";
            case METHOD -> "主动、依申请（主动公开、依申请公开）";
            case STAGE -> "决策、执行、管理、服务、结果";
            default -> "省级、市级、县级、乡级、村级（区级、镇级、乡镇级、街道级、社区级……）";
        };
    }

    /** First row of data. */
    int firstDataRow() {
        return headerRow + headerRows;
    }

    /** Ticked columns of a group, in column order. */
    List<Tick> ticks(Field group) {
        return ticks.stream().filter(t -> t.group() == group).toList();
    }

    /** Whether a field is present, as a column or as ticked columns. */
    boolean has(Field f) {
        return single.containsKey(f) || (f == Field.PATH0 && single.containsKey(Field.PATH))
                || ticks.stream().anyMatch(t -> t.group() == f);
    }

    /** The header name of a field's column or group, as the table writes it. */
    String name(Field f) {
        String n = names.get(f);
        return n != null ? n : f.standard();
    }

    /** The column range of a field (one column, or its ticked columns), or {@code null}. */
    int[] range(Field f) {
        Integer c = single.get(f);
        if (c != null) {
            return new int[] {c, c};
        }
        List<Tick> t = ticks(f);
        return t.isEmpty() ? null : new int[] {t.get(0).column(), t.get(t.size() - 1).column()};
    }

    /** Leftmost and rightmost columns the header uses. */
    int[] span() {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int c : single.values()) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        for (Tick t : ticks) {
            min = Math.min(min, t.column());
            max = Math.max(max, t.column());
        }
        return new int[] {min == Integer.MAX_VALUE ? 0 : min, Math.max(max, 0)};
    }

    /** The column where content starts: cells left of it are 编号, 序号 and 事项 (where a domain row is written). */
    int contentColumn() {
        Integer c = single.get(Field.CONTENT);
        return c == null ? Integer.MAX_VALUE : c;
    }

    String headerText(int column) {
        return column < headerTexts.length ? headerTexts[column] : "";
    }
}
