package org.zwgk.adapter.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;

/** The standard catalogue page (政务公开事项标准目录, 国办发〔2019〕54号) and the item pages' 公开方式 / 公开属性. */
class StandardCatalogueSiteTest {

    @TempDir
    Path tmp;

    private Path site;
    private Path file;
    private final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
    private final Clock clock = Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static String smallCatalogue() throws Exception {
        try (InputStream in = StandardCatalogueSiteTest.class.getResourceAsStream("/catalogue/small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        site = tmp.resolve("site");
        file = tmp.resolve("catalogue.yaml");
        Files.writeString(file, smallCatalogue());
    }

    private Map<String, String> config(Path catalogue) {
        Map<String, String> m = new HashMap<>(StaticSiteContractTest.staticConfig(site));
        m.put("catalogue", catalogue.toString());
        return m;
    }

    private ChannelAdapter adapter() {
        return new WebsiteChannelProvider().create(ChannelConfig.of(config(file)), clock);
    }

    private String page() throws Exception {
        return Files.readString(site.resolve("standard-catalogue.html"));
    }

    @Test
    void pageIsWrittenOnStartWithEveryItemAndTheNineElements() throws Exception {
        adapter().close(); // no delivery at all: the page exists from start-up
        String page = page();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<a class=\"skip\" href=\"#main\">",
                "<title>政务公开事项标准目录 - 政府信息公开</title>", "<h1>测试镇政务公开事项标准目录</h1>",
                "<link rel=\"stylesheet\" href=\"style.css\">");
        for (String content : List.of("低保对象姓名、家庭人口、保障金额", "临时救助申请条件和办理流程", "部门预算报表及说明", "本人补贴发放明细")) {
            assertThat(page).contains("<td>" + content);
        }
        // One table per domain, with a caption and header cells that say what they head.
        assertThat(count(page, "<table class=\"catalogue\">")).isEqualTo(2);
        assertThat(page).contains("<caption id=\"c1\">社会救助领域政务公开事项（2 项）</caption>",
                "<caption id=\"c2\">财政预决算领域政务公开事项（2 项）</caption>");
        assertThat(page).contains("<th scope=\"colgroup\" colspan=\"3\">公开事项</th>",
                "<th scope=\"col\">一级事项</th><th scope=\"col\">二级事项</th><th scope=\"col\">三级事项</th>",
                "<th scope=\"colgroup\" colspan=\"1\">公开事项</th>");
        for (String h : List.of("公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级",
                "五公开")) {
            assertThat(page).contains("<th scope=\"col\" rowspan=\"2\">" + h + "</th>");
        }
        assertThat(page).doesNotContain("<th>").contains("<tr><th scope=\"row\">sa-01</th>");
        // Row of sa-01, cell by cell; 同上 resolved to the previous item's phrase (across the domain boundary too).
        assertThat(page).contains("<tr><th scope=\"row\">sa-01</th><td>最低生活保障</td><td>低保对象名单</td><td></td>"
                + "<td>低保对象姓名、家庭人口、保障金额<ul class=\"elements\"><li>● 姓名</li><li>〇 保障金额</li></ul></td>"
                + "<td><ul><li>《社会救助暂行办法》</li><li>《最低生活保障审核确认办法》</li></ul></td>"
                + "<td>制定或获取信息之日起10个工作日内</td><td>测试镇人民政府</td><td><ul><li>政府网站</li><li>公开查阅点</li></ul></td>"
                + "<td>全社会</td><td>主动公开</td><td>县级、乡级</td><td>结果公开</td></tr>");
        assertThat(rowOf(page, "sa-02")).contains("<td>制定或获取信息之日起10个工作日内</td>").doesNotContain("同上")
                .contains("<td>综合业务</td><td>办事指南</td><td>临时救助</td>", "<td>主动公开</td>");
        assertThat(rowOf(page, "fi-01")).contains("<td>制定或获取信息之日起10个工作日内</td>", "<td>决策公开</td>");
        assertThat(rowOf(page, "fi-02")).contains("<td>依申请公开</td>", "<td>特定群体</td>",
                "<td>收到申请之日起20个工作日内</td>");
        assertThat(page).contains("<tr><th scope=\"row\">版本</th><td>2024.1</td></tr>",
                "<tr><th scope=\"row\">编制机关</th><td>测试镇人民政府</td></tr>");
        // Linked from the navigation of every page and from the index; catalogue.html keeps its own title.
        for (String f : List.of("index.html", "catalogue.html", "guide.html", "standard-catalogue.html")) {
            assertThat(Files.readString(site.resolve(f))).as(f)
                    .contains("<li><a href=\"standard-catalogue.html\">政务公开事项标准目录</a></li>",
                            "<li><a href=\"catalogue.html\">政府信息公开目录</a></li>");
        }
        assertThat(Files.readString(site.resolve("index.html")))
                .contains("<a href=\"standard-catalogue.html\">测试镇政务公开事项标准目录</a>（2 个领域，4 个事项，版本 2024.1）");
        assertThat(Files.readString(site.resolve("catalogue.html"))).contains("<h1>政府信息公开目录</h1>",
                "<title>政府信息公开目录 - 政府信息公开</title>");
        Document map = StaticSiteTest.xml(site.resolve("sitemap.xml"));
        assertThat(map.getDocumentElement().getTextContent()).contains("https://www.example.gov.cn/zwgk/standard-catalogue.html");
    }

    @Test
    void jsonFileGivesTheSamePage() throws Exception {
        adapter().close();
        String fromYaml = page();
        Path json = tmp.resolve("catalogue.json");
        Files.writeString(json, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .readTree(smallCatalogue())));
        site = tmp.resolve("site2");
        new WebsiteChannelProvider().create(ChannelConfig.of(config(json)), clock).close();
        assertThat(page()).isEqualTo(fromYaml);
    }

    @Test
    void everyValueIsEscaped() throws Exception {
        String hostile = smallCatalogue()
                .replace("title: 测试镇政务公开事项标准目录", "title: \"<script>alert(1)</script>目录\"")
                .replace("name: 社会救助", "name: \"社会救助<img src=x onerror=alert(2)>\"")
                .replace("content: 低保对象姓名、家庭人口、保障金额", "content: \"<script>alert('x')</script>&名单\"")
                .replace("{name: 姓名, required: true}", "{name: \"<b>姓名</b>\", required: true}")
                .replace("subject: 测试镇财政所", "subject: '\"><svg onload=alert(3)>'")
                .replace("channels: [政府网站, 公开查阅点]", "channels: [政府网站, \"其他:<iframe>\"]")
                .replace("version: \"2024.1\"", "version: \"1</td><script>\"");
        Files.writeString(file, hostile);
        assertThat(new WebsiteChannelProvider().validate(ChannelConfig.of(config(file)))).isEmpty();
        ChannelAdapter a = adapter();
        a.publish(Samples.publication("e1"), journal);
        a.close();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(StaticSiteTest.withoutOwnScripts(Files.readString(f))).as(f.toString())
                        .doesNotContain("<script", "<img", "<svg", "<iframe", "<b>", "1</td><script>");
            }
        }
        assertThat(page()).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;目录</h1>",
                "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;名单",
                "<li>● &lt;b&gt;姓名&lt;/b&gt;</li>", "<td>&quot;&gt;&lt;svg onload=alert(3)&gt;</td>",
                "<li>其他:&lt;iframe&gt;</li>", "社会救助&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void everyProblemOfTheFileIsReportedByValidate() throws Exception {
        String bad = smallCatalogue()
                .replace("timeLimit: 制定或获取信息之日起10个工作日内", "timeLimit: 同上")     // 同上 on the first item
                .replace("        content: 部门预算报表及说明\n", "")                                 // required key missing
                .replace("method: 依申请", "method: 不公开")                                  // outside the vocabulary
                .replace("subject: 测试镇人民政府\n        channels: [政府网站]\n",
                        "subject: 测试镇人民政府\n        chanels: [政府网站]\n")              // unknown key + missing
                .replace("region: \"350524\"", "region: 350524");                            // a number, not text
        Files.writeString(file, bad);
        List<String> problems = new WebsiteChannelProvider().validate(ChannelConfig.of(config(file)));
        assertThat(problems).hasSize(6).allSatisfy(p -> assertThat(p).startsWith("标准目录 " + file)
                .contains(" / standard catalogue "));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("/domains/0/items/0/timeLimit", "同上"))
                .anySatisfy(p -> assertThat(p).contains("/domains/1/items/0/content", "缺少必填项", "required"))
                .anySatisfy(p -> assertThat(p).contains("/domains/1/items/1/method", "不公开"))
                .anySatisfy(p -> assertThat(p).contains("/domains/0/items/1/chanels", "未知的键", "unknown key"))
                .anySatisfy(p -> assertThat(p).contains("/domains/0/items/1/channels", "required"))
                .anySatisfy(p -> assertThat(p).contains("/catalogue/region", "quote it in YAML"));
        // ... together with the channel's other problems, and create() refuses: no half page.
        Map<String, String> cfg = config(file);
        cfg.remove("guide.phone");
        assertThat(new WebsiteChannelProvider().validate(ChannelConfig.of(cfg))).hasSize(7)
                .anySatisfy(p -> assertThat(p).contains("guide.phone"));
        assertThatThrownBy(() -> new WebsiteChannelProvider().create(ChannelConfig.of(config(file)), clock))
                .isInstanceOf(RuntimeException.class);
        assertThat(site.resolve("standard-catalogue.html")).doesNotExist();
    }

    @Test
    void unreadableOrUnsafeFilesAreConfigurationProblems() throws Exception {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        problems.put("missing.yaml", null);
        problems.put("gbk.yaml", "GBK");
        problems.put("tag.yaml", "zwgk: 1\ncatalogue: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader []]\n");
        problems.put("laughs.yaml", "zwgk: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n");
        problems.put("dup.yaml", "zwgk: 1\nzwgk: 1\n");
        problems.put("two.yaml", "zwgk: 1\n---\nzwgk: 1\n");
        problems.put("syntax.json", "{\"zwgk\": 1,,}");
        problems.put("v2.yaml", "zwgk: 2\n");
        for (Map.Entry<String, String> e : problems.entrySet()) {
            Path f = tmp.resolve(e.getKey());
            if ("GBK".equals(e.getValue())) {
                Files.write(f, smallCatalogue().getBytes(java.nio.charset.Charset.forName("GBK")));
            } else if (e.getValue() != null) {
                Files.writeString(f, e.getValue());
            }
            List<String> p = new WebsiteChannelProvider().validate(ChannelConfig.of(config(f)));
            assertThat(p).as(e.getKey()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(f.toString()));
        }
        assertThat(new WebsiteChannelProvider().validate(ChannelConfig.of(config(tmp.resolve("missing.yaml")))))
                .singleElement().asString().contains("不存在", "no such file");
    }

    @Test
    void aNewVersionOfTheFileReplacesThePageAndAnInvalidOneKeepsTheLastGood() throws Exception {
        ChannelAdapter a = adapter();
        assertThat(page()).contains("<td>2024.1</td>");
        // A new version while running: picked up at the next index rebuild (after a delivery).
        Files.writeString(file, smallCatalogue().replace("version: \"2024.1\"", "version: \"2024.2\"")
                .replace("部门预算报表及说明", "部门预算报表、说明及三公经费"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        a.publish(Samples.publication("n1"), journal);
        assertThat(page()).contains("<td>2024.2</td>", "<td>部门预算报表、说明及三公经费</td>")
                .doesNotContain("<td>部门预算报表及说明</td>");
        // A broken edit: the last valid version stays on the site, whole.
        Files.writeString(file, smallCatalogue().replace("        content: 部门预算报表及说明\n", "").replace("2024.1", "2024.3"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        a.publish(Samples.publication("n2"), journal);
        assertThat(page()).contains("<td>2024.2</td>", "<td>部门预算报表、说明及三公经费</td>");
        assertThat(((org.zwgk.adapter.website.internal.StaticSiteAdapter) a).catalogueProblems())
                .singleElement().asString().contains("/domains/1/items/0/content");
        a.close();
        // Restart with a new valid version: rebuilt on start, before any delivery.
        Files.writeString(file, smallCatalogue().replace("version: \"2024.1\"", "version: \"2025.1\""));
        adapter().close();
        assertThat(page()).contains("<td>2025.1</td>", "<td>部门预算报表及说明</td>");
    }

    @Test
    void withoutTheKeyThereIsNoPageAndNoLink() throws Exception {
        ChannelAdapter a = new WebsiteChannelProvider().create(ChannelConfig.of(StaticSiteContractTest.staticConfig(site)),
                clock);
        a.publish(Samples.publication("k1"), journal);
        a.close();
        assertThat(site.resolve("standard-catalogue.html")).doesNotExist();
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("standard-catalogue.html");
    }

    @Test
    void itemPageStatesMethodAndAttributeWithoutRepeatingThem() throws Exception {
        ChannelAdapter a = adapter();
        Publication proactive = Samples.publication("m1");        // catalogue item sa-01: 主动
        Publication partial = with(Samples.publication("m2"), DisclosureAttribute.PARTIAL, "sa-01");
        Publication onRequestItem = with(Samples.publication("m3"), DisclosureAttribute.PROACTIVE, "fi-02"); // 依申请
        for (Publication p : List.of(proactive, partial, onRequestItem)) {
            a.publish(p, journal);
        }
        String one = item(proactive);
        assertThat(one).contains("<tr><th scope=\"row\">公开方式</th><td>主动公开</td></tr>")
                .doesNotContain("<th scope=\"row\">公开属性</th>");
        assertThat(count(metaTable(one), "主动公开")).isEqualTo(1);
        assertThat(item(partial)).contains("<tr><th scope=\"row\">公开方式</th><td>主动公开</td></tr>",
                "<tr><th scope=\"row\">公开属性</th><td>部分公开</td></tr>");
        assertThat(item(onRequestItem)).contains("<tr><th scope=\"row\">公开方式</th><td>依申请公开</td></tr>",
                "<tr><th scope=\"row\">公开属性</th><td>主动公开</td></tr>");
        // The same item id in another catalogue is not this catalogue's item.
        Map<String, String> other = new HashMap<>(onRequestItem.catalogue());
        other.put(Publication.CATALOGUE_ID, "another-county");
        Publication foreign = Samples.publication("m4");
        foreign = new Publication(foreign.itemId(), 1, foreign.idempotencyKey(), foreign.indexNumber(), foreign.title(),
                foreign.body(), DisclosureAttribute.PROACTIVE, foreign.publisher(), foreign.documentNumber(),
                foreign.formedOn(), foreign.publishedAt(), foreign.validity(), other, List.of());
        a.publish(foreign, journal);
        assertThat(metaTable(item(foreign))).contains("<tr><th scope=\"row\">公开方式</th><td>主动公开</td></tr>")
                .doesNotContain("依申请公开", "<th scope=\"row\">公开属性</th>");
    }

    private String item(Publication p) throws Exception {
        return Files.readString(site.resolve("items/" + p.indexNumber().replace('/', '-') + ".html"));
    }

    private static Publication with(Publication p, DisclosureAttribute attribute, String catalogueItem) {
        Map<String, String> c = new HashMap<>(p.catalogue());
        c.put(Publication.ITEM_ID, catalogueItem);
        c.put(Publication.CATALOGUE_ID, "test-town");
        return new Publication(p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), p.title(), p.body(),
                attribute, p.publisher(), p.documentNumber(), p.formedOn(), p.publishedAt(), p.validity(), c,
                p.attachments());
    }

    private static String rowOf(String page, String id) {
        Matcher m = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(id) + "</th>.*?</tr>").matcher(page);
        assertThat(m.find()).as("row " + id).isTrue();
        return m.group();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The item page's metadata block (the navigation names 法定主动公开内容 on every page). */
    private static String metaTable(String page) {
        return page.substring(page.indexOf("<table class=\"meta\">"), page.indexOf("</table>") + 8);
    }
}
