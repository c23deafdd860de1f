package org.zwgk.adapter.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;

/**
 * The static site as the standard 政府信息公开专栏: its four first-level parts and the application entry, the annual
 * report under 政府信息公开年报 (its official page carrying the tags too), the rules under 政府信息公开制度, the 47号 tags
 * on every page, the search's prebuilt index, and — when Debian's Chromium is installed — a search in a real
 * headless browser.
 */
class DisclosureColumnSiteTest {

    static final List<String> SITE_TAGS = List.of("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType");
    static final List<String> ARTICLE_TAGS = List.of("ArticleTitle", "PubDate", "ContentSource", "Keywords",
            "Description");

    @TempDir
    Path dir;
    Path site;
    ChannelAdapter a;
    final InMemoryDeliveryJournal journal = new InMemoryDeliveryJournal();
    Publication statutory;
    Publication rules;
    Publication report;
    Publication withdrawn;

    @BeforeEach
    void publish() throws Exception {
        site = dir.resolve("site");
        Map<String, String> config = new HashMap<>(StaticSiteContractTest.staticConfig(site));
        config.put("site-name", "凤城镇人民政府网站");
        config.put("site-id-code", "3505240001");
        config.put("apply-url", "https://www.example.gov.cn/ysq/form");
        a = new WebsiteChannelProvider().create(ChannelConfig.of(config),
                Clock.fixed(Instant.parse("2025-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        statutory = Samples.publication("sa-1");
        rules = column(Samples.withTitle(Samples.publication("rule-1"), "凤城镇政府信息公开保密审查制度"),
                Publication.COLUMN_RULES, List.of());
        String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>年报</title>\n"
                + "</head>\n<body>\n<main>\n<h1>凤城镇人民政府2024年政府信息公开工作年度报告</h1>\n</main>\n</body>\n</html>\n";
        report = column(Samples.withTitle(Samples.publication("ar-2024"), "凤城镇人民政府2024年政府信息公开工作年度报告"),
                Publication.COLUMN_ANNUAL_REPORT, List.of(
                        new Attachment("annual-report-2024.html", "text/html", page.getBytes(StandardCharsets.UTF_8)),
                        new Attachment("annual-report-2024.json", "application/json",
                                "{\"year\":2024}".getBytes(StandardCharsets.UTF_8))));
        withdrawn = Samples.withTitle(Samples.publication("old-1"), "已废止的低保实施细则");
        for (Publication p : List.of(statutory, rules, report, withdrawn)) {
            a.publish(p, journal);
        }
        a.withdraw(Samples.withdrawal(withdrawn), journal);
        a.close();
    }

    static Publication column(Publication p, String column, List<Attachment> files) {
        Map<String, String> c = new HashMap<>(p.catalogue());
        c.put(Publication.COLUMN, column);
        c.remove(Publication.ITEM_ID);
        return new Publication(p.itemId(), p.version(), p.idempotencyKey(), p.indexNumber(), p.title(), p.body(),
                DisclosureAttribute.PROACTIVE, p.publisher(), "", p.formedOn(), p.publishedAt(), p.validity(), c,
                files.isEmpty() ? p.attachments() : files, p.sequence());
    }

    private String read(String rel) throws IOException {
        return Files.readString(site.resolve(rel), StandardCharsets.UTF_8);
    }

    private static String slug(Publication p) {
        return p.indexNumber().replace('/', '-');
    }

    /**
     * A repeated delivery of the same publication rewrites a page that was deleted behind the adapter's back (a web
     * root restored without the adapter's records) instead of answering "already there". Found running the a11y
     * script twice: the second run's site had none of its item pages.
     */
    @Test
    void aRepeatRestoresAPageDeletedBehindTheAdaptersBack() throws Exception {
        Path page = site.resolve("items/" + slug(statutory) + ".html");
        Files.delete(page);
        Map<String, String> config = new HashMap<>(StaticSiteContractTest.staticConfig(site));
        config.put("site-name", "凤城镇人民政府网站");
        config.put("site-id-code", "3505240001");
        ChannelAdapter again = new WebsiteChannelProvider().create(ChannelConfig.of(config),
                Clock.fixed(Instant.parse("2025-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        assertThat(again.publish(statutory, journal).status()).isEqualTo(org.zwgk.spi.channel.DeliveryStatus.LIVE);
        again.close();
        assertThat(page).exists();
        assertThat(read("items/" + slug(statutory) + ".html")).contains(statutory.title());
    }

    /**
     * An HTML, SVG or script attachment from the host would run on the site's origin (stored XSS): it is offered as
     * text; only the annual report's own page — rendered by the gate from its data — is served as HTML.
     */
    @Test
    void activeAttachmentsAreOfferedAsTextOnlyTheReportPageIsHtml() throws Exception {
        Path other = dir.resolve("site2");
        ChannelAdapter b = new WebsiteChannelProvider().create(ChannelConfig.of(StaticSiteContractTest.staticConfig(other)),
                Clock.fixed(Instant.parse("2025-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
        Publication p = column(Samples.publication("xss-1"), "", List.of(
                new Attachment("通知.html", "text/html", script),
                new Attachment("图.SVG", "image/svg+xml", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)),
                new Attachment("名单.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)),
                new Attachment("shell.php", "application/pdf", "<?php system($_GET['c']);".getBytes(StandardCharsets.UTF_8)),
                new Attachment("a.js", "application/pdf", script),
                new Attachment("无扩展名", "application/pdf", script)));
        b.publish(p, journal);
        b.close();
        try (var files = Files.list(other.resolve("items").resolve(slug(p)))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .allSatisfy(n -> assertThat(n).matches(".*\\.(txt|pdf)$"))
                    .anySatisfy(n -> assertThat(n).endsWith(".html.txt"))
                    .anySatisfy(n -> assertThat(n.toLowerCase(java.util.Locale.ROOT)).endsWith(".svg.txt"))
                    .anySatisfy(n -> assertThat(n).endsWith(".pdf"))
                    .anySatisfy(n -> assertThat(n).endsWith(".php.txt"))
                    .anySatisfy(n -> assertThat(n).endsWith(".js.txt"))
                    .hasSize(6);
        }
        assertThat(Files.readString(other.resolve("items").resolve(slug(p) + ".html"), StandardCharsets.UTF_8))
                .contains(".html.txt\"").contains("通知.html");
        // the report's page stays a page (published in this class's set-up)
        try (var files = Files.list(site.resolve("items").resolve(slug(report)))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).anySatisfy(n -> assertThat(n)
                    .endsWith("annual-report-2024.html"));
        }
    }

    @Test
    void theFourFirstLevelPartsAndTheApplicationEntryAreOnEveryPageAndTheFront() throws IOException {
        String index = read("index.html");
        for (String[] part : new String[][] {{"guide.html", "政府信息公开指南"}, {"rules.html", "政府信息公开制度"},
            {"statutory.html", "法定主动公开内容"}, {"annual-reports.html", "政府信息公开年报"}, {"apply.html", "依申请公开"}}) {
            assertThat(site.resolve(part[0])).exists();
            assertThat(index).contains("<a href=\"" + part[0] + "\">" + part[1] + "</a>");
            assertThat(read("items/" + slug(statutory) + ".html")).contains("<a href=\"../" + part[0] + "\">" + part[1]);
        }
        assertThat(read("rules.html")).contains("items/" + slug(rules) + ".html").contains(rules.title());
        assertThat(read("statutory.html")).contains("domains/social-assistance.html");
        assertThat(read("domains/social-assistance.html")).contains(statutory.title()).doesNotContain(rules.title())
                .doesNotContain(report.title());
        assertThat(read("apply.html")).contains("https://www.example.gov.cn/ysq/form", "第三十三条", "凤城镇党政办公室");
        // the annual report is reachable from the index: front → 政府信息公开年报 → the report and its official page
        assertThat(index).contains("items/" + slug(report) + ".html");
        String reports = read("annual-reports.html");
        assertThat(reports).contains("items/" + slug(report) + ".html", "items/" + slug(report) + "/1-annual-report-2024.html",
                "报告全文（网页）", "数据（JSON）");
        assertThat(read("items/" + slug(report) + ".html")).contains("<h2 id=\"fj\">报告全文</h2>", "分类</th><td>政府信息公开年报");
    }

    @Test
    void everyPageCarriesThe47TagsAndItemPagesTheArticleTags() throws IOException {
        int pages = 0;
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                String rel = site.relativize(f).toString().replace('\\', '/');
                Map<String, String> metas = metas(Files.readString(f));
                for (String t : SITE_TAGS) {
                    assertThat(metas.get(t)).as("%s on %s", t, rel).isNotBlank();
                }
                boolean itemPage = rel.startsWith("items/") && rel.indexOf('/', 6) < 0;
                for (String t : ARTICLE_TAGS) {
                    assertThat(metas.containsKey(t)).as("%s on %s", t, rel).isEqualTo(itemPage);
                }
                assertThat(metas).containsEntry("SiteName", "凤城镇人民政府网站").containsEntry("SiteIDCode", "3505240001")
                        .containsEntry("SiteDomain", "www.example.gov.cn").containsEntry("ColumnType", "政府信息公开");
            }
        }
        assertThat(pages).isGreaterThanOrEqualTo(14);
        assertThat(metas(read("items/" + slug(statutory) + ".html"))).containsEntry("ColumnName", "社会救助")
                .containsEntry("ArticleTitle", statutory.title()).containsEntry("PubDate", "2024-04-01 10:00")
                .containsEntry("ContentSource", "安溪县凤城镇人民政府")
                .containsEntry("Keywords", "社会救助,低保对象名单,凤政〔2024〕1号");
        assertThat(metas(read("annual-reports.html"))).containsEntry("ColumnName", "政府信息公开年报");
        // the report's official page keeps its own text and gains the site's and the column's tags after its charset
        String official = read("items/" + slug(report) + "/1-annual-report-2024.html");
        assertThat(official).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"SiteName\"")
                .contains("<meta name=\"ColumnName\" content=\"政府信息公开年报\">", "<h1>凤城镇人民政府2024年政府信息公开工作年度报告</h1>");
        assertThat(read("items/" + slug(withdrawn) + ".html")).contains("<meta name=\"Description\" content=\"本信息已于");
    }

    @Test
    void theSearchIndexHoldsThePublicItemsAndNothingIsLoadedFromElsewhere() throws IOException {
        String index = read("search-index.js");
        assertThat(index).startsWith("window.ZWGK_SEARCH = [").contains(statutory.title(), rules.title(), report.title(),
                "items/" + slug(statutory) + ".html").doesNotContain(withdrawn.title());
        String page = read("search.html");
        assertThat(page).contains("<label for=\"q\">", "<form class=\"search\" id=\"search-form\" role=\"search\"",
                "<noscript>", "src=\"search-index.js\"", "src=\"search.js\"");
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(p -> p.toString().matches(".*\\.(html|js|css)$")).toList()) {
                String text = Files.readString(f);
                assertThat(text).as(f.toString()).doesNotContainPattern("(src|href)=\"(https?:)?//(?!www\\.example\\.gov\\.cn/ysq)")
                        .doesNotContain("fetch(").doesNotContain("XMLHttpRequest").doesNotContain("alert(");
            }
        }
        assertThat(read("style.css")).contains("line-height: 1.7");
        assertThat(read("index.html")).contains("<div class=\"tools\" role=\"group\" aria-label=\"字号\" hidden>");
    }

    /** Needs Debian's chromium (the a11y script installs it); skipped, saying so, where it is not installed. */
    @Test
    void aRealHeadlessBrowserFindsAnItemByAWordOfItsTitle() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium
                + ": the browser search is checked by adapters/website/a11y/check.sh");
        String dom = dumpDom(chromium, site.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(
                "保密审查", StandardCharsets.UTF_8));
        assertThat(dom).contains("找到 1 条信息").contains("href=\"items/" + slug(rules) + ".html\"")
                .contains(rules.title());
        assertThat(dumpDom(chromium, site.resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode(
                "废止的低保", StandardCharsets.UTF_8))).contains("没有找到").doesNotContain(slug(withdrawn));
    }

    static String dumpDom(Path chromium, String url) throws Exception {
        Path profile = Files.createTempDirectory("zwgk-chromium-");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    static Map<String, String> metas(String html) {
        Map<String, String> m = new HashMap<>();
        Matcher x = Pattern.compile("<meta name=\"([^\"]+)\" content=\"([^\"]*)\">").matcher(html);
        while (x.find()) {
            m.putIfAbsent(x.group(1), x.group(2).replace("&amp;", "&"));
        }
        return m;
    }
}
