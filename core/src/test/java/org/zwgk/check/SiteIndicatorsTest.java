package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.check.World.of;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.gate.Disclosure;
import org.zwgk.spi.ZwgkException;
import org.zwgk.testing.TestDatabase;

/**
 * ZWGK-8009–8012 on a site directory built for the test: a clean site gives nothing; each defect planted in it is
 * found once, with the pages that show it.
 */
class SiteIndicatorsTest {

    static final String TAGS = """
            <meta name="SiteName" content="测试镇人民政府">
            <meta name="SiteDomain" content="www.test.example.gov.cn">
            <meta name="SiteIDCode" content="3505240001">
            <meta name="ColumnName" content="%s">
            <meta name="ColumnType" content="%s">
            """;

    @TempDir
    Path site;
    World w;
    String index;
    String slug;

    @BeforeEach
    void store() {
        w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 3, 3)).register(new Disclosure("doc-1", World.BODY_CODE, "DOC-003", "关于春耕的通知",
                "正文", "测试镇人民政府", "测政〔2025〕3号", LocalDate.of(2025, 3, 3), false, List.of(), "s", null))
                .publish("doc-1").dispatch();
        index = w.website.published().get(0).indexNumber();
        slug = index.replace('/', '-');
    }

    @Test
    void aCleanSiteHasNoSiteFindings() throws IOException {
        cleanSite();
        CheckReport r = w.run(LocalDate.of(2025, 3, 5), site);
        assertThat(r.findings()).noneMatch(f -> f.indicator().scope() == Indicator.Scope.SITE
                || f.indicator() == Indicator.PERSONAL_DATA);
        assertThat(r.checked()).contains(Indicator.BROKEN_LINK, Indicator.PAGE_TAGS_MISSING);
    }

    @Test
    void brokenLinksMissingFilesMetadataAndTagsAreEachFound() throws IOException {
        cleanSite();
        // index.html: a link to a page that is not there, a fragment with no target, a climb out of the site, a
        // missing attachment, and external links (not followed).
        write("index.html", page("首页", "首页", "栏目页", "", """
                <a href="guide.html">指南</a> <a href="#nowhere">跳</a> <a href="../outside.html">外</a>
                <a href="items/%s/missing.xlsx">表</a> <a href="https://www.gov.cn/">中国政府网</a>
                <a href="mailto:gk@test.example.gov.cn">信箱</a> <p id="here">此处</p>""".formatted(slug)));
        // another page's fragment: one that exists, one that does not
        write("domains/notices.html", page("通知公告", "通知公告", "栏目页", "", "<a href=\"../guide.html\">指南</a> "
                + "<a href=\"../index.html#here\">首页此处</a> <a href=\"../index.html#gone\">首页别处</a>")
                .replace("<meta name=\"SiteIDCode\" content=\"3505240001\">", ""));
        // the item page says 文号 无 although the document has one
        write("items/" + slug + ".html", itemPage(index, "2025-03-03", "2025-03-03 10:00", "无"));
        write("items/other.html", itemPage("", "2025-03-03", "昨天", "无")
                .replaceAll("<meta name=\"(ArticleTitle|Keywords)\"[^>]*>", ""));
        write(".state/hidden.html", "<a href=\"nothing.html\">not public</a>");

        CheckReport r = w.run(LocalDate.of(2025, 3, 5), site);

        assertThat(of(r, Indicator.BROKEN_LINK)).extracting(f -> f.evidence().target())
                .containsExactlyInAnyOrder("guide.html", "index.html#nowhere", "index.html#gone", "../outside.html");
        assertThat(of(r, Indicator.BROKEN_LINK)).filteredOn(f -> f.evidence().target().equals("guide.html"))
                .singleElement().satisfies(f -> {
                    assertThat(f.evidence().count()).as("two pages link to it: one finding").isEqualTo(2);
                    assertThat(f.message(Locale.CHINA)).contains("有 2 个页面链接到它", "domains/notices.html", "index.html");
                });
        assertThat(of(r, Indicator.ATTACHMENT_MISSING)).singleElement()
                .satisfies(f -> assertThat(f.evidence().target()).isEqualTo("items/" + slug + "/missing.xlsx"));

        List<Finding> meta = of(r, Indicator.ITEM_METADATA_MISSING);
        assertThat(meta).extracting(f -> f.evidence().page())
                .containsExactlyInAnyOrder("items/" + slug + ".html", "items/other.html");
        assertThat(meta).filteredOn(f -> f.evidence().page().equals("items/" + slug + ".html")).singleElement()
                .satisfies(f -> {
                    assertThat(f.evidence().itemId()).isEqualTo("doc-1");
                    assertThat(f.column().id()).isEqualTo("DOC-003");
                    assertThat(f.message(Locale.CHINA)).contains("文号应为 测政〔2025〕3号，页面为 无");
                });
        assertThat(meta).filteredOn(f -> f.evidence().page().equals("items/other.html")).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("缺少索引号", "发布日期 “昨天” 不是日期"));

        assertThat(of(r, Indicator.PAGE_TAGS_MISSING)).extracting(f -> f.evidence().value(), f -> f.evidence().page())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SiteIDCode", "domains/notices.html"),
                        org.assertj.core.groups.Tuple.tuple("ArticleTitle, Keywords", "items/other.html"));
    }

    @Test
    void aSiteThatIsNotADirectoryIsAnInputError() {
        assertThatThrownBy(() -> w.run(LocalDate.of(2025, 3, 5), site.resolve("nope")))
                .isInstanceOf(ZwgkException.class).hasMessageContaining("ZWGK-8050");
    }

    private void cleanSite() throws IOException {
        write("style.css", "body{}");
        write("index.html", page("首页", "首页", "栏目页", "", "<a href=\"items/" + slug + ".html\">通知</a> "
                + "<a href=\"domains/notices.html\">通知公告</a> <a href=\"#main\">正文</a> "
                + "<a href=\"items/" + slug + "/%E9%99%84%E4%BB%B6.pdf\">附件</a> <a href=\"items/\">全部</a>"));
        write("domains/notices.html", page("通知公告", "通知公告", "栏目页", "", "<a href=\"../index.html\">首页</a>"));
        write("items/" + slug + ".html", itemPage(index, "2025-03-03", "2025-03-03 10:00", "测政〔2025〕3号"));
        write("items/index.html", page("全部信息", "法定主动公开内容", "栏目页", "", ""));
        write("items/" + slug + "/附件.pdf", "%PDF-1.4");
    }

    static String page(String title, String column, String type, String extraHead, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n" + TAGS.formatted(column, type)
                + extraHead + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"" + "style.css"
                .replace("style.css", title.equals("首页") ? "style.css" : "../style.css") + "\">\n</head>\n"
                + "<body><main id=\"main\">" + body + "</main></body>\n</html>\n";
    }

    static String itemPage(String index, String formed, String published, String number) {
        String article = """
                <meta name="ArticleTitle" content="关于春耕的通知">
                <meta name="PubDate" content="2025-03-03 10:00">
                <meta name="ContentSource" content="测试镇人民政府">
                <meta name="Keywords" content="春耕">
                <meta name="Description" content="关于春耕的通知">
                """;
        return page("关于春耕的通知", "通知公告", "信息页", article, "<table><tr><th scope=\"row\">索引号</th><td>" + index
                + "</td></tr>\n<tr><th scope=\"row\">生成日期</th><td>" + formed + "</td></tr><tr><th>发布日期</th><td>"
                + published + "</td></tr><tr><th scope=\"row\">文号</th><td>" + number + "</td></tr></table>");
    }

    private void write(String rel, String content) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }
}
