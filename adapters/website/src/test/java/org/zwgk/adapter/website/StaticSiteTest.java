package org.zwgk.adapter.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.adapter.website.Html.escape;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;

class StaticSiteTest {

    @TempDir
    Path root;

    private Path dir;

    @org.junit.jupiter.api.BeforeEach
    void nest() throws Exception {
        dir = Files.createDirectories(root.resolve("a/b/site")); // so that ../../ stays inside the temp dir
    }

    private final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
    private final Clock clock = Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private ChannelAdapter adapter() {
        return new WebsiteChannelProvider().create(ChannelConfig.of(StaticSiteContractTest.staticConfig(dir)), clock);
    }

    static Document xml(Path f) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(f)));
    }

    @Test
    void itemPageCarriesTheStandardMetadataBlockAndStableUrl() throws Exception {
        Publication p = Samples.publication("a1");
        Receipt r = adapter().publish(p, journal);
        String slug = p.indexNumber().replace('/', '-');
        assertThat(r.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(r.publicUrl()).hasToString("https://www.example.gov.cn/zwgk/items/" + slug + ".html");
        assertThat(journal.load(p.idempotencyKey())).containsEntry("website.slug", slug);
        String page = Files.readString(dir.resolve("items/" + slug + ".html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
                .contains("<a class=\"skip\" href=\"#main\">").contains("<main id=\"main\"");
        for (String label : List.of("索引号", "名称", "发布机构", "生成日期", "发布日期", "文号", "分类", "有效性", "公开方式")) {
            assertThat(page).contains("<th scope=\"row\">" + label + "</th>");
        }
        // 主动公开 once: 公开属性 appears only when it says something else (部分公开; StandardCatalogueSiteTest).
        assertThat(page).doesNotContain("<th scope=\"row\">公开属性</th>");
        assertThat(page).contains("<td>" + p.indexNumber() + "</td>", "<td>2024-03-28</td>", "<td>主动公开</td>",
                "<td>凤政〔2024〕1号</td>", "<td>2024-04-01 10:00</td>");
        assertThat(page).contains("<p>公示期为7个工作日，如有异议，请向镇民政办反映。</p>");
        for (String f : List.of("index.html", "catalogue.html", "guide.html", "style.css", "domains/social-assistance.html")) {
            assertThat(dir.resolve(f)).exists();
        }
        assertThat(Files.readString(dir.resolve("guide.html"))).contains("凤城镇党政办公室", "0595-12345678", "第十二条");
        assertThat(Files.readString(dir.resolve("catalogue.html"))).contains("内容概述", p.indexNumber());
        assertThat(Files.readString(dir.resolve("domains/social-assistance.html")))
                .contains("<h2>社会救助 / 低保对象名单</h2>", "href=\"../items/" + slug + ".html\"");
    }

    @Test
    void hostileContentIsEscapedEverywhere() throws Exception {
        Publication p = Samples.withBody(Samples.withTitle(Samples.publication("x1"),
                "<script>alert('t')</script>\"&"), "第一段<img src=x onerror=alert(1)>\n]]><!--");
        adapter().publish(p, journal);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                String s = withoutOwnScripts(Files.readString(f));
                assertThat(s).as(f.toString()).doesNotContain("<script", "<img", "]]><!--");
            }
        }
        assertThat(Files.readString(dir.resolve("items/" + p.indexNumber().replace('/', '-') + ".html")))
                .contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;&quot;&amp;");
        // Feed and sitemap stay well-formed XML.
        Document feed = xml(dir.resolve("feed.xml"));
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo(1);
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(1).getTextContent())
                .isEqualTo(p.title());
        Document map = xml(dir.resolve("sitemap.xml"));
        // the column's eight fixed pages (index, guide, rules, statutory content, annual reports, application,
        // catalogue, search), the item's domain and the item
        assertThat(map.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").getLength())
                .isEqualTo(10);
    }

    @Test
    void withdrawalKeepsTheUrlAndShowsANotice() throws Exception {
        Publication p = Samples.publication("w1");
        ChannelAdapter a = adapter();
        Receipt pub = a.publish(p, journal);
        Receipt wd = a.withdraw(Samples.withdrawal(p), journal);
        assertThat(wd.publicUrl()).isEqualTo(pub.publicUrl());
        String page = Files.readString(dir.resolve("items/" + p.indexNumber().replace('/', '-') + ".html"));
        assertThat(page).contains("撤回公告", "该文件已被新文件替代", "（已撤回）").doesNotContain("张某某");
        assertThat(Files.readString(dir.resolve("catalogue.html"))).contains("已撤回");
        // A late retry of the original publication does not resurrect it.
        a.publish(p, journal);
        assertThat(Files.readString(dir.resolve("items/" + p.indexNumber().replace('/', '-') + ".html")))
                .contains("撤回公告");
    }

    @Test
    void correctionReplacesPageButALateOlderVersionDoesNot() throws Exception {
        ChannelAdapter a = adapter();
        Publication v1 = Samples.publication("c1", 1);
        Publication v2 = Samples.withBody(Samples.publication("c1", 2), "更正后的正文");
        a.publish(v1, journal);
        Receipt r2 = a.publish(v2, journal);
        Receipt late = a.publish(Samples.withKey(v1, "website:c1:v1-retry"), journal);
        assertThat(late.remoteId()).isEqualTo(r2.remoteId());
        String page = Files.readString(dir.resolve("items/" + v1.indexNumber().replace('/', '-') + ".html"));
        assertThat(page).contains("更正后的正文").doesNotContain("城乡最低生活保障对象名单予以公示");
    }

    /**
     * Index rebuilds reuse parsed records, but the records on disk stay the source of truth: a change made by another
     * adapter on the same directory (a second process, a restore) shows in this adapter's next rebuild.
     */
    @Test
    void indexesFollowRecordsChangedByAnotherWriter() throws Exception {
        ChannelAdapter a = adapter();
        Publication v1 = Samples.publication("m1", 1);
        a.publish(v1, journal);
        Publication m2 = Samples.withTitle(Samples.publication("m2"), "第二条信息");
        a.publish(m2, journal);
        assertThat(Files.readString(dir.resolve("index.html"))).contains(escape(v1.title()));
        ChannelAdapter other = adapter();
        other.publish(Samples.withTitle(Samples.publication("m1", 2), "另一进程更正后的标题"), journal);
        ((org.zwgk.adapter.website.internal.StaticSiteAdapter) a).rebuild();
        String index = Files.readString(dir.resolve("index.html"));
        assertThat(index).contains("另一进程更正后的标题").doesNotContain(escape(v1.title()));
    }

    @Test
    void attachmentNamesCannotEscapeTheSite() throws Exception {
        Publication p = Samples.withAttachments(Samples.publication("t1"), List.of(
                new Attachment("../../../../etc/passwd", "text/plain", "x".getBytes(StandardCharsets.UTF_8)),
                new Attachment("/abs/olute.txt", "text/plain", "y".getBytes(StandardCharsets.UTF_8)),
                new Attachment("..", "text/plain", "z".getBytes(StandardCharsets.UTF_8))));
        adapter().publish(p, journal);
        Path outer = root;
        Path state = dir.resolveSibling("site.zwgk-state");
        try (Stream<Path> all = Files.walk(outer)) {
            assertThat(all.filter(Files::isRegularFile).filter(f -> !f.startsWith(dir) && !f.startsWith(state)).toList())
                    .as("nothing written outside the site directory (and the adapter's state beside it)").isEmpty();
        }
        try (Stream<Path> all = Files.walk(state)) {
            assertThat(all.filter(Files::isRegularFile).map(f -> state.relativize(f).toString()).toList())
                    .as("the state directory holds the item's record only")
                    .containsExactly("items/" + p.indexNumber().replace('/', '-') + ".properties");
        }
        Path attDir = dir.resolve("items/" + p.indexNumber().replace('/', '-'));
        try (Stream<Path> files = Files.list(attDir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .allSatisfy(n -> assertThat(n).matches("[0-9]+-[A-Za-z0-9._-]+").doesNotStartWith("."))
                    .hasSize(3);
        }
    }

    /**
     * Reproduction 4 of issue 11: after a withdrawal the PDF stayed at its public URL and the record file under
     * {@code <out>/.zwgk/} (inside the web root) still held the body. Now nothing under the web root, and nothing in
     * the state directory beside it, holds the text or the files of any version once the item is withdrawn.
     */
    @Test
    void afterWithdrawalNothingButTheNoticeRemains() throws Exception {
        ChannelAdapter a = adapter();
        String body1 = "第一版正文：凤城镇低保名单甲乙丙";
        String body2 = "第二版正文：更正后的名单丁戊己";
        byte[] file1 = "附件一：张某某 身份证 350524".getBytes(StandardCharsets.UTF_8);
        byte[] file2 = "附件二：李某某 身份证 350525".getBytes(StandardCharsets.UTF_8);
        Publication v1 = Samples.withAttachments(Samples.withBody(Samples.publication("wd", 1, 1), body1),
                List.of(new Attachment("名单.pdf", "application/pdf", file1)));
        Publication v2 = Samples.withAttachments(Samples.withBody(Samples.publication("wd", 2, 2), body2),
                List.of(new Attachment("更正名单.pdf", "application/pdf", file2)));
        String slug = v1.indexNumber().replace('/', '-');
        a.publish(v1, journal);
        a.publish(v2, journal);
        assertThat(contains(dir, body1.getBytes(StandardCharsets.UTF_8))).as("v2 replaced v1").isEmpty();
        assertThat(contains(dir, file1)).as("v1's attachment is gone with v1").isEmpty();
        assertThat(contains(dir, file2)).as("v2's attachment is public").isNotEmpty();

        Receipt w = a.withdraw(Samples.withdrawal(v2, 2, 3), journal);
        assertThat(w.status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        Path state = dir.resolveSibling("site.zwgk-state");
        for (byte[] secret : List.of(body1.getBytes(StandardCharsets.UTF_8), body2.getBytes(StandardCharsets.UTF_8),
                file1, file2, "更正后的名单".getBytes(StandardCharsets.UTF_8))) {
            assertThat(contains(dir, secret)).as("web root").isEmpty();
            assertThat(contains(state, secret)).as("state directory").isEmpty();
        }
        assertThat(dir.resolve("items/" + slug)).doesNotExist();
        assertThat(dir.resolve(".zwgk")).doesNotExist();
        assertThat(Files.readString(dir.resolve("items/" + slug + ".html"))).contains("撤回公告", "该文件已被新文件替代");
        // Feed and sitemap follow: the entry is marked withdrawn and dated by the withdrawal.
        String feed = Files.readString(dir.resolve("feed.xml"));
        assertThat(feed).contains(escape(v2.title()) + "（已撤回）", "撤回原因：该文件已被新文件替代",
                "<updated>" + Samples.withdrawal(v2).withdrawnAt() + "</updated>");
        assertThat(Files.readString(dir.resolve("sitemap.xml")))
                .contains("items/" + slug + ".html</loc><lastmod>2024-04-02</lastmod>");
        // Late deliveries change nothing: v1's repeat and v2's late retry are dropped as stale.
        assertThat(a.publish(v1, journal).details()).containsEntry("stale", "true");
        assertThat(a.publish(v2, journal).details()).containsEntry("stale", "true");
        assertThat(contains(dir, file2)).isEmpty();
        assertThat(dir.resolve("items/" + slug)).doesNotExist();
    }

    /** Files under {@code root} (hidden ones too) whose bytes contain {@code needle}. */
    static List<Path> contains(Path root, byte[] needle) throws Exception {
        if (!Files.exists(root)) {
            return List.of();
        }
        String n = new String(needle, StandardCharsets.ISO_8859_1);
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> hits = new java.util.ArrayList<>();
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                // Properties files escape non-ASCII as backslash-u sequences: look for that spelling as well.
                if (bytes.contains(n) || bytes.contains(propertiesEscaped(needle))) {
                    hits.add(f);
                }
            }
            return hits;
        }
    }

    private static String propertiesEscaped(byte[] needle) {
        StringBuilder b = new StringBuilder();
        for (char c : new String(needle, StandardCharsets.UTF_8).toCharArray()) {
            b.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return b.toString();
    }

    /**
     * A site written by an older version keeps its records in {@code <out>/.zwgk/} with full bodies, and the
     * attachments of withdrawn items at their URLs. Starting the adapter moves the records beside the web root and
     * cleans the withdrawn items; no record is lost.
     */
    @Test
    void recordsOfAnOlderVersionMoveOutOfTheWebRoot() throws Exception {
        ChannelAdapter a = adapter();
        Publication live = Samples.publication("legacy-live");
        Publication gone = Samples.publication("legacy-gone");
        a.publish(live, journal);
        a.publish(gone, journal);
        a.withdraw(Samples.withdrawal(gone), journal);
        a.close();
        // Turn the site into what the previous version left: records inside the web root, the withdrawn one with
        // its body, attachment list and files still there.
        Path state = dir.resolveSibling("site.zwgk-state");
        Path legacy = Files.createDirectories(dir.resolve(".zwgk/items"));
        String goneSlug = gone.indexNumber().replace('/', '-');
        for (Path f : Files.list(state.resolve("items")).toList()) {
            java.util.Properties p = new java.util.Properties();
            try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.remove("sequence");
            p.remove("tombstone");
            if (f.getFileName().toString().startsWith(goneSlug)) {
                p.setProperty("body", "旧版本保留的正文");
                p.setProperty("summary", "旧版本保留的正文");
                p.setProperty("attachments", "1-x.txt\tx.txt\t12");
            }
            try (var w = Files.newBufferedWriter(legacy.resolve(f.getFileName()), StandardCharsets.UTF_8)) {
                p.store(w, null);
            }
        }
        Files.writeString(Files.createDirectories(dir.resolve("items/" + goneSlug)).resolve("1-x.txt"), "旧附件内容");
        deleteTree(state);

        ChannelAdapter restarted = adapter(); // create() → start(): the migration
        assertThat(dir.resolve(".zwgk")).doesNotExist();
        assertThat(state.resolve("items")).isDirectoryContaining(f -> f.getFileName().toString().startsWith(goneSlug))
                .isDirectoryContaining(f -> f.getFileName().toString()
                        .startsWith(live.indexNumber().replace('/', '-')));
        assertThat(contains(state, "旧版本保留的正文".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(dir.resolve("items/" + goneSlug)).doesNotExist();
        assertThat(contains(dir, "旧附件内容".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Files.readString(dir.resolve("items/" + goneSlug + ".html"))).contains("撤回公告");
        assertThat(Files.readString(dir.resolve("catalogue.html"))).contains(escape(live.title()), escape(gone.title()));
        // The moved records are the adapter's memory: a repeat is still a repeat, the withdrawal still stands.
        assertThat(restarted.publish(live, journal).details()).doesNotContainKey("stale");
        assertThat(restarted.publish(gone, journal).status()).isEqualTo(DeliveryStatus.WITHDRAWN);
        assertThat(Files.readString(dir.resolve("items/" + goneSlug + ".html"))).contains("撤回公告");
    }

    @Test
    void theStateDirectoryIsConfigurableAndNeverInsideTheWebRoot() throws Exception {
        Map<String, String> c = new java.util.HashMap<>(StaticSiteContractTest.staticConfig(dir));
        c.put("state", dir.resolve("private").toString());
        assertThat(new WebsiteChannelProvider().validate(ChannelConfig.of(c)))
                .singleElement().asString().contains("state", "outside out");
        c.put("state", dir.toString());
        assertThat(new WebsiteChannelProvider().validate(ChannelConfig.of(c))).hasSize(1);
        Path elsewhere = root.resolve("var/lib/zwgk-site");
        c.put("state", elsewhere.toString());
        assertThat(new WebsiteChannelProvider().validate(ChannelConfig.of(c))).isEmpty();
        Publication p = Samples.publication("st1");
        new WebsiteChannelProvider().create(ChannelConfig.of(c), clock).publish(p, journal);
        assertThat(elsewhere.resolve("items/" + p.indexNumber().replace('/', '-') + ".properties")).exists();
        assertThat(dir.resolveSibling("site.zwgk-state")).doesNotExist();
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void pagesAreWrittenAtomicallyWithNoTemporaryLeftovers() throws Exception {
        ChannelAdapter a = adapter();
        for (int i = 0; i < 5; i++) {
            a.publish(Samples.publication("at" + i), journal);
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".tmp-")).toList()).isEmpty();
        }
    }

    @Test
    void configurationProblemsAreAllReported() {
        List<String> problems = new WebsiteChannelProvider().validate(ChannelConfig.of(Map.of("mode", "static",
                "base-url", "ftp://x", "zone", "Mars/Base", "outt", "/tmp")));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("outt").contains("did you mean out?"))
                .anySatisfy(p -> assertThat(p).contains("base-url"))
                .anySatisfy(p -> assertThat(p).contains("zone"))
                .anySatisfy(p -> assertThat(p).contains("guide.phone"));
    }

    /** A page without the site's own script tags (site.js, the search's), which every page may load. */
    static String withoutOwnScripts(String page) {
        return page.replaceAll("<script src=\"(\\.\\./)?(site|search-index|search)\\.js\" defer></script>", "");
    }
}
