package org.zwgk.check.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** What the tolerant scanner reads from a page: metas, links, ids and label/value rows. */
class HtmlPageTest {

    @Test
    void metasAreEntityDecodedAndTheFirstOneWins() {
        HtmlPage p = HtmlPage.parse("<meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"A&amp;B &#x4E2D;&#25991;"
                + "&nbsp;&lt;x&gt; &quot;q&quot; &apos;s&apos; &bogus; &#xZZ; & amp\">"
                + "<meta name=\"ArticleTitle\" content=\"second\"><meta name=\"PubDate\">"
                + "<meta name=Keywords content=a,b><meta name='ColumnName' content='社会救助'>");
        assertThat(p.metas).containsOnly(
                entry("ArticleTitle", "A&B 中文 <x> \"q\" 's' &bogus; &#xZZ; & amp"),
                entry("PubDate", ""),
                entry("Keywords", "a,b"),
                entry("ColumnName", "社会救助"));
    }

    @Test
    void tagAndAttributeNamesAreCaseInsensitiveAndValuesMayBeQuotedEitherWayOrNot() {
        HtmlPage p = HtmlPage.parse("<META NAME=\"SiteName\" CONTENT=\"站\"><A HREF='a.html' ID=one>x</A>"
                + "<img SRC = \" b.png \" alt=\"1 > 0\"><link href=c.css/><a href=\"d.html\" href=\"e.html\">"
                + "<script src=\"s.js\" href=\"h.js\"></script><div id=\"\" class=x>");
        assertThat(p.metas).containsOnly(entry("SiteName", "站"));
        assertThat(p.links).containsExactly("a.html", "b.png", "c.css/", "d.html", "h.js", "s.js");
        assertThat(p.ids).containsExactlyInAnyOrder("one", "");
    }

    @Test
    void anchorNamesAreIdsButOtherNamesAreNot() {
        HtmlPage p = HtmlPage.parse("<a name=\"top\"></a><A NAME=up></A><input name=\"q\"><p id=\"x&amp;y\">");
        assertThat(p.ids).containsExactlyInAnyOrder("top", "up", "x&y");
        assertThat(p.metas).isEmpty();
    }

    @Test
    void commentsDeclarationsAndProcessingInstructionsAreSkipped() {
        HtmlPage p = HtmlPage.parse("<?xml version=\"1.0\"?><!DOCTYPE html><!doctype html>"
                + "<!-- <a href=\"hidden.html\"> <meta name=\"X\" content=\"y\"> --><a href=\"shown.html\">"
                + "<!--> <a href=\"still-comment.html\"> --><a href=\"after.html\"><!-- unterminated <a href=\"no.html\">");
        assertThat(p.links).containsExactly("shown.html", "after.html");
        assertThat(p.metas).isEmpty();
    }

    @Test
    void scriptAndStyleContentsAreSkipped() {
        HtmlPage p = HtmlPage.parse("<SCRIPT src=\"a.js\">var s = '<a href=\"no1.html\">' + \"</scr\" + 'ipt>';"
                + "</SCRIPT><a href=\"yes1.html\"><style>a[href=\"<a href='no2.html'>\"]{}</Style >"
                + "<a id=\"yes2\"><script>if (a <b) {}</script><table><tr><th>索引号</th><td>1</td></tr></table>"
                + "<script>unterminated <a href=\"no3.html\">");
        assertThat(p.links).containsExactly("a.js", "yes1.html");
        assertThat(p.ids).containsExactly("yes2");
        assertThat(p.rows).containsOnly(entry("索引号", "1"));
    }

    @Test
    void labelValueRowsFromTablesAndDefinitionLists() {
        HtmlPage p = HtmlPage.parse("<table><tr><th scope=\"row\">索引号</th><td> 00350524X/2025-00002 </td></tr>"
                + "<tr><TH>名称</TH>\n<TD><span>A&amp;B</span> <b>&#20013;</b>&nbsp;</TD></tr>"
                + "<tr><th>索引号</th><td>second</td></tr>"
                + "<tr><th>空</th></tr><tr><td>no label</td></tr>"
                + "<tr><td>x</td><td>y</td></tr>"
                + "<tr><th>比较</th><td>1 < 2 &lt;3 <= 4 </ 5</td></tr><tr><th>数</th><td>1 <2 x> 3</td></tr></table>"
                + "<dl><dt> 发布机构 </dt><dd><a href=\"org.html\">凤城镇</a>人民政府</dd>"
                + "<dt>主题&amp;分类</dt><dd>社会救助</dd><dd>orphan</dd></dl>");
        assertThat(p.rows).containsOnly(
                entry("索引号", "00350524X/2025-00002"),
                entry("名称", "A&B 中"),
                entry("比较", "1 < 2 <3 <= 4 </ 5"),
                entry("数", "1  3"), // <2 …> reads as a tag
                entry("发布机构", "凤城镇人民政府"),
                entry("主题&分类", "社会救助"));
        assertThat(p.links).containsExactly("org.html");
    }

    @Test
    void aLoneLessThanInTextIsText() {
        HtmlPage p = HtmlPage.parse("a < b <= c <\n<a href=\"x.html\">1<2</a> < ");
        assertThat(p.links).containsExactly("x.html");
        assertThat(p.ids).isEmpty();
    }

    @Test
    void unicodeWhitespaceSeparatesAttributesAndUnicodeLettersMakeTagNames() {
        HtmlPage p = HtmlPage.parse("<a\u3000href=\"x.html\"\u3000id=a1><中文 id=z><a href=b.html\u3000id=a2>"
                + "<p id=\u00a0nb\u00a0>");
        assertThat(p.links).containsExactly("x.html", "b.html");
        assertThat(p.ids).containsExactlyInAnyOrder("a1", "z", "a2", "\u00a0nb\u00a0");
    }

    @Test
    void unterminatedTagsAndValuesEndThePage() {
        assertThat(HtmlPage.parse("<a href=\"x.html").links).containsExactly("x.html");
        assertThat(HtmlPage.parse("<a href=x.html").links).containsExactly("x.html");
        assertThat(HtmlPage.parse("<a href=").links).containsExactly("");
        assertThat(HtmlPage.parse("<").links).isEmpty();
        assertThat(HtmlPage.parse("").metas).isEmpty();
    }
}
