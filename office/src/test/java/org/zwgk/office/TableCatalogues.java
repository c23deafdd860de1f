package org.zwgk.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
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
import org.zwgk.catalogue.PilotDomain;
import org.zwgk.catalogue.Stage;
import org.zwgk.catalogue.StandardChannel;
import org.zwgk.catalogue.TimeLimit;

/**
 * Seeded generator of valid catalogues in the domain a table can hold: text with XML and YAML specials, quotes,
 * full-width punctuation, numbers as text and emoji; content over several lines; 1–3 path levels; elements; 同上;
 * every channel, audience, method, level and stage. What a table cannot hold is left out, as docs/catalogue.md
 * says: text with white space at either end (cells are trimmed), a whole cell reading 同上 outside 公开时限 (it means
 * "the row above"), list entries with line breaks (one per line), content lines starting with ● or 〇 (elements),
 * two domains with one name (a table names domains), and levels out of the standard order (they are columns).
 */
final class TableCatalogues {

    private static final String[] PHRASES = {
        "信息形成或者变更之日起20个工作日内", "制定或获取信息之日起10个工作日内", "实时公开", "及时公开",
        "本级人民代表大会或其常务委员会批准后20日内", "信息形成(变更) 20 个工作日内", "按月进行公开", "每季度的首个月20日",
        "制定或获取信息之日起10个工作日内,公示7个工作日", "公开事项发生之日起3个工作日内",
    };
    private static final String[] AWKWARD = {
        "yes", "null", "350524", "2020.1", "1e3", "a: b", "#注释", "\"引号\"", "'单引号'", "《条例》第二十条第（一）项",
        "<标签>", "&amp;", "A&B", "]]>", "{花括号}", "[方括号]", "😀", "\\反斜杠", "其他：", "同上级", "主动", "√", "注意",
        "100%", "、", "，", "；",
    };
    private static final String CJK = "政务公开事项标准目录社会救助财政预决算涉农补贴义务教育卫生健康镇村县乡民政局人民政府";

    private final Random random;

    TableCatalogues(long seed) {
        this.random = new Random(seed);
    }

    Catalogue catalogue(int maxDomains, int maxItemsPerDomain) {
        CatalogueMetadata meta = new CatalogueMetadata(slug(), text(), text(), pick(Level.values()),
                random.nextBoolean() ? String.format("%06d", random.nextInt(1_000_000)) : null,
                random.nextBoolean() ? text() : String.valueOf(random.nextInt(3000)),
                LocalDate.of(2000 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)), list(0, 3));
        int domains = 1 + random.nextInt(maxDomains);
        Set<String> codes = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        List<Domain> ds = new ArrayList<>();
        String previousPhrase = null;
        for (int d = 0; d < domains; d++) {
            String code;
            do {
                code = slug();
            } while (!codes.add(code));
            String name;
            do {
                name = random.nextInt(3) == 0 ? text() : pick(PilotDomain.values()).label();
            } while (name.endsWith("领域") || !names.add(name));
            int n = 1 + random.nextInt(maxItemsPerDomain);
            List<Item> items = new ArrayList<>();
            String firstLevel = text();
            for (int i = 0; i < n; i++) {
                TimeLimit tl;
                if (previousPhrase != null && random.nextInt(5) == 0) {
                    tl = new TimeLimit(TimeLimit.SAME_AS_ABOVE, previousPhrase);
                } else {
                    tl = TimeLimit.of(random.nextInt(3) == 0 ? text() : pick(PHRASES));
                }
                previousPhrase = tl.effective();
                if (random.nextInt(3) == 0) {
                    firstLevel = text(); // else the 一级事项 repeats: merged down in the export
                }
                String id;
                do {
                    id = id();
                } while (!ids.add(id));
                List<String> path = new ArrayList<>();
                path.add(firstLevel);
                int levels = random.nextInt(3);
                for (int k = 0; k < levels; k++) {
                    path.add(text());
                }
                items.add(new Item(id, path, content(), elements(), list(1, 3), tl, text(), channels(),
                        pick(Audience.values()), pick(Method.values()), itemLevels(),
                        random.nextBoolean() ? pick(Stage.values()) : null));
            }
            ds.add(new Domain(code, name, items));
        }
        return new Catalogue(Catalogue.FORMAT_VERSION, meta, ds);
    }

    private String content() {
        return random.nextInt(4) == 0 ? text() + "\n" + text() + (random.nextBoolean() ? "\n  " + text() : "") : text();
    }

    private List<ContentElement> elements() {
        List<ContentElement> out = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            out.add(new ContentElement(text(), random.nextBoolean()));
        }
        return out;
    }

    private List<Channel> channels() {
        Set<Channel> out = new LinkedHashSet<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            StandardChannel k = pick(StandardChannel.values());
            out.add(k == StandardChannel.OTHER ? Channel.other(text() + "平台") : Channel.of(k));
        }
        return List.copyOf(out);
    }

    private List<Level> itemLevels() {
        Set<Level> out = EnumSet.noneOf(Level.class);
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(pick(Level.values()));
        }
        return List.copyOf(out); // EnumSet order: the order of the 公开层级 columns
    }

    private List<String> list(int min, int max) {
        List<String> out = new ArrayList<>();
        int n = min + random.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            out.add(text());
        }
        return out;
    }

    /** Non-blank, trimmed, one line, never exactly 同上, never starting with a content-element marker. */
    String text() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    sb.append(pick(AWKWARD));
                } else {
                    int len = 1 + random.nextInt(12);
                    for (int i = 0; i < len; i++) {
                        sb.append(CJK.charAt(random.nextInt(CJK.length())));
                    }
                }
                if (random.nextInt(6) == 0) {
                    sb.append(' ');
                }
            }
            String s = sb.toString().strip();
            if (!s.isEmpty() && !s.equals(TimeLimit.SAME_AS_ABOVE) && "●〇○".indexOf(s.charAt(0)) < 0) {
                return s;
            }
        }
    }

    private String id() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
        StringBuilder sb = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        int len = random.nextInt(12);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String slug() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
        StringBuilder sb = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        int len = random.nextInt(20);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
