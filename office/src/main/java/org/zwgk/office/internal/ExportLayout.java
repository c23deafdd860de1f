package org.zwgk.office.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zwgk.catalogue.Audience;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueMetadata;
import org.zwgk.catalogue.Channel;
import org.zwgk.catalogue.ContentElement;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.Method;

/**
 * The standard layout zwgk writes, for Excel and Word alike: 编号 | 公开事项 (一级, 二级[, 三级]) | 公开内容（要素） |
 * 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体 | [五公开环节] | 公开对象 (全社会, 特定群体) | 公开方式 (主动, 依申请) |
 * 公开层级 (the levels the catalogue uses). Columns that would be empty for every item (三级事项, 五公开环节) are left
 * out; what the table does not show is kept in document properties, so that importing the export gives the same
 * catalogue.
 */
final class ExportLayout {

    /** One column: its group (or {@code null}), its header, and its width in characters. */
    record Column(String group, String header, int width, boolean tick) {
    }

    static final String TICK = "√";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Catalogue catalogue;
    final List<Column> columns = new ArrayList<>();
    final boolean thirdLevel;
    final boolean stage;
    final List<Level> levels;

    ExportLayout(Catalogue c) {
        this.catalogue = c;
        this.thirdLevel = c.items().stream().anyMatch(i -> i.path().size() > 2);
        this.stage = c.items().stream().anyMatch(i -> i.stage() != null);
        Set<Level> used = EnumSet.noneOf(Level.class);
        c.items().forEach(i -> used.addAll(i.levels()));
        this.levels = List.copyOf(used);
        columns.add(new Column(null, "编号", 8, false));
        columns.add(new Column("公开事项", "一级事项", 10, false));
        columns.add(new Column("公开事项", "二级事项", 12, false));
        if (thirdLevel) {
            columns.add(new Column("公开事项", "三级事项", 12, false));
        }
        columns.add(new Column(null, "公开内容（要素）", 28, false));
        columns.add(new Column(null, "公开依据", 24, false));
        columns.add(new Column(null, "公开时限", 16, false));
        columns.add(new Column(null, "公开主体", 12, false));
        columns.add(new Column(null, "公开渠道和载体", 16, false));
        if (stage) {
            columns.add(new Column(null, "五公开环节", 6, false));
        }
        for (Audience a : Audience.values()) {
            columns.add(new Column("公开对象", a.label(), 4, true));
        }
        for (Method m : Method.values()) {
            columns.add(new Column("公开方式", m.label(), 4, true));
        }
        for (Level l : levels) {
            columns.add(new Column("公开层级", l.label(), 4, true));
        }
    }

    /** The texts of an item's row, one per column. */
    String[] row(Item i) {
        List<String> v = new ArrayList<>();
        v.add(i.id());
        v.add(i.path().get(0));
        v.add(i.path().size() > 1 ? i.path().get(1) : "");
        if (thirdLevel) {
            v.add(i.path().size() > 2 ? i.path().get(2) : "");
        }
        StringBuilder content = new StringBuilder(i.content());
        for (ContentElement e : i.elements()) {
            content.append('\n').append(e.required() ? '●' : '〇').append(e.name());
        }
        v.add(content.toString());
        v.add(String.join("\n", i.basis()));
        v.add(i.timeLimit().phrase());
        v.add(i.subject());
        v.add(String.join("\n", i.channels().stream().map(Channel::label).toList()));
        if (stage) {
            v.add(i.stage() == null ? "" : i.stage().label());
        }
        for (Audience a : Audience.values()) {
            v.add(i.audience() == a ? TICK : "");
        }
        for (Method m : Method.values()) {
            v.add(i.method() == m ? TICK : "");
        }
        for (Level l : levels) {
            v.add(i.levels().contains(l) ? TICK : "");
        }
        return v.toArray(new String[0]);
    }

    /** Index of the 一级事项 column (merged down over equal neighbours). */
    static int firstLevelColumn() {
        return 1;
    }

    /** For each item of a domain, how many rows its 一级事项 cell spans (0 for rows inside a span). */
    static int[] firstLevelSpans(Domain d) {
        List<Item> items = d.items();
        int[] spans = new int[items.size()];
        int i = 0;
        while (i < items.size()) {
            int j = i + 1;
            while (j < items.size() && items.get(j).path().get(0).equals(items.get(i).path().get(0))) {
                j++;
            }
            spans[i] = j - i;
            i = j;
        }
        return spans;
    }

    /** 一、二、… for domain rows. */
    static String ordinal(int n) {
        String digits = "一二三四五六七八九";
        if (n <= 9) {
            return String.valueOf(digits.charAt(n - 1));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10 - 1));
        }
        if (n < 100) {
            return digits.charAt(n / 10 - 1) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10 - 1)));
        }
        return String.valueOf(n);
    }

    /** The domain row text: the ordinal keeps a name that itself starts like an ordinal intact on import. */
    static String domainRow(int n, Domain d) {
        return ordinal(n) + "、" + d.name();
    }

    /** The visible note under the title: what a reviewer signs for. */
    String note() {
        CatalogueMetadata m = catalogue.metadata();
        return "发布机关：" + m.issuer() + "　　层级：" + m.level().label() + (m.region() == null ? "" : "　　行政区划：" + m.region())
                + "　　版本：" + m.version() + "　　生效日期：" + m.effective() + "　　事项：" + catalogue.items().size() + " 项";
    }

    /** Document properties: the metadata a table does not show, read back by the importer. */
    Map<String, String> properties() {
        CatalogueMetadata m = catalogue.metadata();
        Map<String, String> p = new LinkedHashMap<>();
        p.put(Metadata.PREFIX + "format", String.valueOf(catalogue.formatVersion()));
        p.put(Metadata.PREFIX + "id", m.id());
        p.put(Metadata.PREFIX + "title", m.title());
        p.put(Metadata.PREFIX + "issuer", m.issuer());
        p.put(Metadata.PREFIX + "level", m.level().label());
        if (m.region() != null) {
            p.put(Metadata.PREFIX + "region", m.region());
        }
        p.put(Metadata.PREFIX + "version", m.version());
        p.put(Metadata.PREFIX + "effective", m.effective().toString());
        if (!m.guidelines().isEmpty()) {
            p.put(Metadata.GUIDELINES, String.join("\n", m.guidelines()));
        }
        List<Map<String, String>> ds = new ArrayList<>();
        for (Domain d : catalogue.domains()) {
            ds.add(Map.of("name", d.name(), "code", d.code()));
        }
        try {
            p.put(Metadata.DOMAINS, JSON.writeValueAsString(ds));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
