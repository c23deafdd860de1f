package org.zwgk.office.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.PilotDomain;
import org.zwgk.office.ImportOptions;
import org.zwgk.office.OfficeErrors;
import org.zwgk.office.PilotDomainCodes;
import org.zwgk.office.TableLocation;
import org.zwgk.spi.ErrorCode;
import org.zwgk.validation.Severity;

/**
 * Turns the tables of a document into the tree of a catalogue file — the same keys and values a YAML file would
 * hold — with the source of every value. It decides nothing the validator decides: vocabularies, 同上 in 公开时限,
 * time-limit phrases and channel spellings are checked by {@code CatalogueValidator} on the tree; what only a table
 * can get wrong (its header, its ticks, its domain rows, metadata it does not hold) is reported here.
 */
final class TableReader {

    /** What was read. */
    record Result(Map<String, Object> tree, SourceMap sources, List<Found> problems, Set<String> explained,
                  int items) {
    }

    /** A table finding before it becomes a {@code TableViolation}. */
    record Found(ErrorCode code, Severity severity, TableLocation location, String pointer, List<String> args) {
    }

    static final String[] METADATA = {"id", "title", "issuer", "level", "region", "version", "effective"};
    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\\d+[、.．]\\s*)");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("[（(]共?\\d+项[）)]$");
    private static final Pattern GENERIC_SHEET = Pattern.compile("(?i)(sheet|工作表|表)\\s*\\d*");
    private static final List<String> NOTE_PREFIXES = List.of("备注", "说明", "附注", "注释", "填表说明",
            "填报说明", "制表", "审核", "签发", "签字", "负责人", "联系人", "联系电话", "填报单位", "填表人", "填报人",
            "填报日期", "附件");
    private static final Set<String> TICKED = Set.of("√", "✓", "✔", "●", "是", "☑", "■", "✅", "Y", "y", "V", "v");
    private static final Set<String> UNTICKED = Set.of("", "×", "✗", "✘", "否", "—", "-", "－", "/", "／", "□", "☐",
            "无", "X", "x", "N", "n", "0");
    private static final String SAME_AS_ABOVE = "同上";

    private final SourceDocument doc;
    private final ImportOptions options;
    private final Metadata metadata;
    private final List<Found> problems = new ArrayList<>();
    private final Set<String> explained = new HashSet<>();
    private final SourceMap sources = new SourceMap();
    private final Map<String, DomainBuild> domains = new LinkedHashMap<>();
    private int items;

    /** The domain rows are read into until the next domain row; built at its first item. */
    private record Pending(String name, TableLocation where) {
    }

    /** One domain as it fills up (a domain can continue on a later table or sheet). */
    private static final class DomainBuild {
        final int index;
        final String name;
        final String code;
        final List<Object> items = new ArrayList<>();

        DomainBuild(int index, String name, String code) {
            this.index = index;
            this.name = name;
            this.code = code;
        }
    }

    private TableReader(SourceDocument doc, ImportOptions options) {
        this.doc = doc;
        this.options = options;
        this.metadata = new Metadata(doc, options, problems);
    }

    static Result read(SourceDocument doc, ImportOptions options) {
        TableReader r = new TableReader(doc, options);
        return r.run();
    }

    private Result run() {
        List<Grid> grids = selectedGrids();
        String title = null;
        Columns previous = null;
        Pending current = null;
        Map<Field, String> above = new LinkedHashMap<>();
        boolean anyTable = false;
        for (Grid g : grids) {
            Columns cols = Columns.find(g);
            int start;
            if (cols != null) {
                start = cols.firstDataRow();
                report(g, cols);
                if (title == null && !g.word()) {
                    title = titleRow(g, cols.headerRow);
                }
                if (!complete(g, cols)) {
                    previous = null;
                    continue;
                }
                above.clear();
            } else if (g.word() && previous != null && g.width() == previousWidth) {
                cols = previous; // a table continued after a page break, without its header
                start = 0;
            } else {
                if (!g.word()) {
                    boolean asked = !options.sheets().isEmpty();
                    add(asked ? OfficeErrors.NO_TABLE : OfficeErrors.SHEET_SKIPPED,
                            asked ? Severity.ERROR : Severity.WARNING, g.location(), "",
                            asked ? "“" + g.name() + "”" : g.name());
                }
                continue;
            }
            anyTable = true;
            previous = cols;
            previousWidth = g.width();
            // a Word table without a heading of its own continues the domain of the table before it
            current = initialDomain(g, g.word() ? current : null);
            for (int r = start; r < g.rowCount(); r++) {
                List<int[]> written = g.writtenCells(r);
                if (written.isEmpty()) {
                    continue;
                }
                if (cols.repeatsHeader(g, r)) {
                    if (cols.repeatsSubHeader(g, r + 1)) {
                        r++;
                    }
                    continue;
                }
                final int row = r;
                if (written.stream().allMatch(w -> isNote(g.raw(row, w[0])))) {
                    continue; // notes and signatures below the table
                }
                if (written.size() == 1) {
                    int[] w = written.get(0);
                    String text = g.raw(r, w[0]);
                    if (w[0] < cols.contentColumn() && (w[1] > w[0] || domainLike(text))) {
                        current = new Pending(domainName(text, true), g.location(r, w[0], w[1], ""));
                        above.clear();
                        continue;
                    }
                }
                if (current == null) {
                    int[] span = cols.span();
                    add(OfficeErrors.NO_DOMAIN, Severity.ERROR, g.location(r, span[0], span[1], ""), "");
                    continue;
                }
                item(domain(current.name(), current.where()), g, cols, r, above);
            }
        }
        if (!anyTable && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
            add(OfficeErrors.NO_TABLE, Severity.ERROR, TableLocation.file(), "", "");
        }
        if (domains.isEmpty() && problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            explained.add("/domains"); // no items because of the errors above: "at least one domain" adds nothing
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("zwgk", Catalogue.FORMAT_VERSION);
        tree.put("catalogue", metadata.resolve(title != null ? title : doc.title(), titleLocation, sources, explained));
        List<Object> ds = new ArrayList<>();
        for (DomainBuild d : domains.values()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("code", d.code);
            dm.put("name", d.name);
            dm.put("items", d.items);
            ds.add(dm);
        }
        tree.put("domains", ds);
        return new Result(tree, sources, problems, explained, items);
    }

    private int previousWidth;
    private TableLocation titleLocation;

    private List<Grid> selectedGrids() {
        if (options.sheets().isEmpty()) {
            return doc.grids();
        }
        List<Grid> out = new ArrayList<>();
        List<String> names = doc.grids().stream().filter(g -> !g.word()).map(Grid::name).toList();
        for (String s : options.sheets()) {
            Grid g = doc.grids().stream().filter(x -> !x.word() && x.name().equals(s)).findFirst().orElse(null);
            if (g == null) {
                add(OfficeErrors.NO_SUCH_SHEET, Severity.ERROR, TableLocation.option("--sheet"), "", s,
                        String.join("、", names));
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /** Header problems and ignored columns. */
    private void report(Grid g, Columns cols) {
        for (Columns.Problem p : cols.problems) {
            add(OfficeErrors.BAD_SUBHEADER, Severity.ERROR, g.location(p.row(), p.column(), p.column(), p.group()), "",
                    p.sub(), p.group(), p.allowed());
        }
        for (int[] c : cols.ignored) {
            add(OfficeErrors.IGNORED_COLUMN, Severity.WARNING, g.location(c[0], c[1], c[1], ""), "",
                    cols.headerText(c[1]));
        }
    }

    /** Every required column is there; else one error per missing column, at the header. */
    private boolean complete(Grid g, Columns cols) {
        boolean ok = true;
        int[] span = cols.span();
        for (Field f : new Field[] {Field.PATH0, Field.CONTENT, Field.BASIS, Field.TIME_LIMIT, Field.SUBJECT,
            Field.CHANNELS, Field.AUDIENCE, Field.METHOD, Field.LEVELS}) {
            if (f == Field.LEVELS && !options.itemLevels().isEmpty()) {
                continue;
            }
            if (!cols.has(f)) {
                ok = false;
                add(OfficeErrors.MISSING_COLUMN, Severity.ERROR,
                        g.location(cols.headerRow, span[0], span[1], ""), "", f == Field.PATH0 ? "公开事项（一级事项）"
                                : f.standard(), f.examples());
            }
        }
        return ok;
    }

    /** The title: the first row written above the header (a title row merged across, as offices print it). */
    private String titleRow(Grid g, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            List<int[]> w = g.writtenCells(r);
            if (!w.isEmpty()) {
                titleLocation = g.location(r, w.get(0)[0], w.get(0)[1], "");
                return g.raw(r, w.get(0)[0]);
            }
        }
        return null;
    }

    /** The domain a grid starts in: its sheet's name, the Word heading above it, or the one continued. */
    private Pending initialDomain(Grid g, Pending continued) {
        if (!g.word()) {
            if (!GENERIC_SHEET.matcher(g.name().strip()).matches()) {
                return new Pending(domainName(g.name(), false), g.location());
            }
        } else if (g.heading() != null && domainLike(g.heading())) {
            return new Pending(domainName(g.heading(), true), g.location());
        } else if (continued != null) {
            return continued;
        }
        String title = doc.title();
        if (title == null || title.isEmpty()) {
            return null;
        }
        PilotDomain only = null;
        for (PilotDomain p : PilotDomain.values()) {
            if (title.contains(p.label())) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only == null ? null : new Pending(only.label(), g.location());
    }

    private DomainBuild domain(String name, TableLocation where) {
        DomainBuild d = domains.get(name);
        if (d != null) {
            return d;
        }
        String code = metadata.domainCode(name);
        int index = sources.domain(where);
        if (code == null) {
            add(OfficeErrors.NO_DOMAIN_CODE, Severity.ERROR, where, "/domains/" + index, name);
            explained.add("/domains/" + index + "/code");
            code = "domain-" + (index + 1);
        }
        d = new DomainBuild(index, name, code);
        domains.put(name, d);
        return d;
    }

    private void item(DomainBuild domain, Grid g, Columns cols, int r, Map<Field, String> above) {
        int index = domain.items.size();
        String ptr = "/domains/" + domain.index + "/items/" + index;
        int[] writtenRow = new int[Field.values().length];
        java.util.Arrays.fill(writtenRow, -1);
        Map<String, Object> it = new LinkedHashMap<>();
        // 编号: verbatim; without an 编号 column the id is the domain code and the row's number in the domain
        if (cols.single.containsKey(Field.ID)) {
            String id = text(g, cols, r, Field.ID, writtenRow, above, ptr);
            if (!id.isEmpty()) {
                it.put("id", id);
            }
        } else {
            it.put("id", domain.code + "-" + String.format("%03d", index + 1));
        }
        List<String> path = new ArrayList<>();
        String p0 = text(g, cols, r, Field.PATH0, writtenRow, above, ptr);
        String p1 = cols.single.containsKey(Field.PATH1) ? text(g, cols, r, Field.PATH1, writtenRow, above, ptr) : "";
        String p2 = cols.single.containsKey(Field.PATH2) ? text(g, cols, r, Field.PATH2, writtenRow, above, ptr) : "";
        path.add(p0);
        if (!p1.isEmpty() || !p2.isEmpty()) {
            path.add(p1);
        }
        if (!p2.isEmpty()) {
            path.add(p2);
        }
        it.put("path", path);
        Cells.Content content = Cells.content(text(g, cols, r, Field.CONTENT, writtenRow, above, ptr));
        it.put("content", content.text());
        if (!content.elements().isEmpty()) {
            it.put("elements", content.elements());
        }
        it.put("basis", Cells.lines(text(g, cols, r, Field.BASIS, writtenRow, above, ptr)));
        it.put("timeLimit", text(g, cols, r, Field.TIME_LIMIT, writtenRow, above, ptr));
        it.put("subject", text(g, cols, r, Field.SUBJECT, writtenRow, above, ptr));
        it.put("channels", Cells.channels(text(g, cols, r, Field.CHANNELS, writtenRow, above, ptr)));
        one(it, "audience", g, cols, r, Field.AUDIENCE, writtenRow, above, ptr);
        one(it, "method", g, cols, r, Field.METHOD, writtenRow, above, ptr);
        boolean levelsFromOption = false;
        if (cols.has(Field.LEVELS)) {
            List<String> levels = cols.single.containsKey(Field.LEVELS)
                    ? Cells.levels(text(g, cols, r, Field.LEVELS, writtenRow, above, ptr))
                    : ticked(g, cols, r, Field.LEVELS, ptr);
            if (!levels.isEmpty()) {
                it.put("levels", levels);
            }
        } else {
            it.put("levels", options.itemLevels());
            levelsFromOption = true;
        }
        if (cols.has(Field.STAGE)) {
            one(it, "stage", g, cols, r, Field.STAGE, writtenRow, above, ptr);
        }
        domain.items.add(it);
        sources.item(domain.index, new SourceMap.ItemSource(g, cols, r, writtenRow, levelsFromOption));
        items++;
    }

    /** A one-value field from its text column or its ticked columns. */
    private void one(Map<String, Object> it, String key, Grid g, Columns cols, int r, Field f, int[] writtenRow,
                     Map<Field, String> above, String ptr) {
        if (cols.single.containsKey(f)) {
            String v = text(g, cols, r, f, writtenRow, above, ptr);
            if (!v.isEmpty()) {
                it.put(key, v);
            }
            return;
        }
        List<String> v = ticked(g, cols, r, f, ptr);
        if (!v.isEmpty()) {
            it.put(key, v.get(0));
        }
    }

    /** The values ticked in a group's columns; two in a one-value group is an error. */
    private List<String> ticked(Grid g, Columns cols, int r, Field group, String ptr) {
        List<String> values = new ArrayList<>();
        List<Columns.Tick> hits = new ArrayList<>();
        boolean bad = false;
        for (Columns.Tick t : cols.ticks(group)) {
            Grid.Cell cell = g.data(r, t.column());
            String mark = cell.text().replaceAll("\\s", "");
            if (TICKED.contains(mark)) {
                hits.add(t);
                for (String v : t.values()) {
                    if (!values.contains(v)) {
                        values.add(v);
                    }
                }
            } else if (!UNTICKED.contains(mark)) {
                bad = true;
                add(OfficeErrors.BAD_TICK, Severity.ERROR, g.location(cell.row(), t.column(), t.column(),
                        cols.name(group) + "/" + t.label()), ptr + "/" + group.key(), cell.text(),
                        cols.name(group) + "：" + t.label());
            }
        }
        if (bad) {
            explained.add(ptr + "/" + group.key());
        }
        if (group != Field.LEVELS && hits.size() > 1) {
            add(OfficeErrors.TICKED_TWICE, Severity.ERROR, g.location(r, hits.get(0).column(),
                    hits.get(hits.size() - 1).column(), cols.name(group)), ptr + "/" + group.key(), cols.name(group),
                    hits.get(0).label(), hits.get(1).label());
            explained.add(ptr + "/" + group.key());
            return List.of(values.get(0));
        }
        return values;
    }

    /** A cell's text, with 同上 (outside 公开时限, which the catalogue keeps verbatim) read from the row above. */
    private String text(Grid g, Columns cols, int r, Field f, int[] writtenRow, Map<Field, String> above, String ptr) {
        int c = cols.single.get(f);
        Grid.Cell cell = g.data(r, c);
        writtenRow[f.ordinal()] = cell.row();
        String t = cell.text();
        if (f != Field.TIME_LIMIT && f != Field.ID && t.equals(SAME_AS_ABOVE)) {
            String prev = above.get(f);
            if (prev == null) {
                add(OfficeErrors.SAME_AS_ABOVE_NOTHING, Severity.ERROR, g.location(cell.row(), c, c, cols.name(f)),
                        ptr + "/" + f.key(), cols.name(f));
                explained.add(ptr + "/" + f.key());
                return "";
            }
            t = prev;
        }
        above.put(f, t);
        return t;
    }

    /** A note or signature line: 注：…, 注1., 备注…, 审核人：…, 填报单位：… */
    static boolean isNote(String text) {
        if (text.startsWith("注") && text.length() > 1 && "：:1１一（(.．、".indexOf(text.charAt(1)) >= 0) {
            return true;
        }
        for (String p : NOTE_PREFIXES) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean domainLike(String text) {
        String t = text.strip();
        return ORDINAL.matcher(t).find() || t.endsWith("领域") || PilotDomain.byName(t).isPresent();
    }

    /**
     * The domain a sheet name or domain row names: a domain row loses its ordinal (一、) and a count (（12项）);
     * either loses 领域 when what is left is a pilot domain (社会救助领域 → 社会救助).
     */
    static String domainName(String text, boolean row) {
        String t = text.strip();
        if (row) {
            t = ORDINAL.matcher(t).replaceFirst("").strip();
            t = COUNT_SUFFIX.matcher(t).replaceFirst("").strip();
        }
        if (t.endsWith("领域") && PilotDomain.byName(t.substring(0, t.length() - 2)).isPresent()) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    private void add(ErrorCode code, Severity severity, TableLocation where, String pointer, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        problems.add(new Found(code, severity, where, pointer, a));
    }

}
