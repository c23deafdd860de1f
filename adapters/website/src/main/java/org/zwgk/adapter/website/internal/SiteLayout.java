package org.zwgk.adapter.website.internal;

import static org.zwgk.adapter.website.Html.escape;

/**
 * The frame of every page of the disclosure column: the page metadata of 47号 ({@link SiteMeta}), a skip link, the
 * navigation over the column's first-level parts (国办公开办函〔2019〕61号: 政府信息公开指南, 政府信息公开制度,
 * 法定主动公开内容, 政府信息公开年报) with the 依申请公开 entry and the search, the text-size control of the 适老化 rules
 * (shown once its script runs; without script the browser's own zoom remains), one {@code main} landmark and the footer.
 * No pop-ups, nothing loaded from elsewhere.
 */
final class SiteLayout {

    private final StaticSettings s;
    private final boolean standardCatalogue;

    SiteLayout(StaticSettings s, boolean standardCatalogue) {
        this.s = s;
        this.standardCatalogue = standardCatalogue;
    }

    /**
     * A whole page.
     *
     * @param rel     the way back to the site's root ({@code ""} or {@code "../"})
     * @param column  its ColumnName
     * @param article the article fields of an item page, or null
     * @param scripts extra scripts of the page, relative to the root (e.g. the search's), loaded after the page
     */
    String page(String title, String rel, String column, SiteMeta.Article article, String main, String... scripts) {
        StringBuilder h = new StringBuilder(main.length() + 2048);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(s.meta().tags(column, article))
                .append("<title>").append(escape(title)).append(" - ").append(escape(s.siteTitle())).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(rel).append("style.css\">\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(escape(s.siteTitle()))
                .append("\" href=\"").append(rel).append("feed.xml\">\n")
                .append("<script src=\"").append(rel).append(SiteAssets.SITE_JS).append("\" defer></script>\n");
        for (String js : scripts) {
            h.append("<script src=\"").append(rel).append(js).append("\" defer></script>\n");
        }
        h.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">跳到主要内容</a>\n")
                .append("<header><p class=\"site\"><a href=\"").append(rel).append("index.html\">")
                .append(escape(s.bodyName())).append(" ").append(escape(s.siteTitle())).append("</a></p>\n")
                .append("<div class=\"tools\" role=\"group\" aria-label=\"字号\" hidden>字号：")
                .append("<button type=\"button\" data-size=\"100\" aria-pressed=\"true\">标准</button>")
                .append("<button type=\"button\" data-size=\"125\" aria-pressed=\"false\">大</button>")
                .append("<button type=\"button\" data-size=\"150\" aria-pressed=\"false\">特大</button></div>\n")
                .append("<nav aria-label=\"栏目导航\"><ul>")
                .append(link(rel, "index.html", "首页"))
                .append(link(rel, "guide.html", SiteMeta.GUIDE))
                .append(link(rel, ColumnPages.RULES, SiteMeta.RULES))
                .append(link(rel, ColumnPages.STATUTORY, SiteMeta.STATUTORY))
                .append(link(rel, ColumnPages.ANNUAL_REPORTS, SiteMeta.ANNUAL_REPORTS))
                .append(link(rel, ColumnPages.APPLY, SiteMeta.APPLY))
                .append(link(rel, "catalogue.html", "政府信息公开目录"))
                .append(standardCatalogue ? link(rel, StaticSiteAdapter.STANDARD_CATALOGUE, "政务公开事项标准目录") : "")
                .append(link(rel, SiteSearch.PAGE, "搜索"))
                .append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n").append(main).append("</main>\n")
                .append("<footer><p>").append(escape(s.bodyName()))
                .append(" · 依据《中华人民共和国政府信息公开条例》公开")
                .append(s.siteIdCode().isEmpty() ? "" : " · 网站标识码 " + escape(s.siteIdCode()))
                .append("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String link(String rel, String href, String text) {
        return "<li><a href=\"" + rel + href + "\">" + text + "</a></li>";
    }
}
