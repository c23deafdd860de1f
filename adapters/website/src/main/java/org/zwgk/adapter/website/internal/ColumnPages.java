package org.zwgk.adapter.website.internal;

import static org.zwgk.adapter.website.Html.escape;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zwgk.adapter.support.Slugs;
import org.zwgk.spi.channel.Publication;

/**
 * The pages of the standard 政府信息公开专栏 (国办公开办函〔2019〕61号; reference §14), built from the site's records:
 *
 * <ul>
 *   <li>{@code index.html} — the column's front: its four first-level parts, the application entry, the search box and
 *       the latest information;</li>
 *   <li>{@code guide.html} 政府信息公开指南 (Art. 12), {@code rules.html} 政府信息公开制度 (the host's rules and procedures,
 *       published through the channel), {@code statutory.html} 法定主动公开内容 (one index per catalogue domain,
 *       {@code domains/<code>.html}, following the catalogue), {@code annual-reports.html} 政府信息公开年报 (every
 *       report, its page in the official layout and its data), {@code apply.html} 依申请公开 (how to apply, and the
 *       host's form when configured);</li>
 *   <li>{@code catalogue.html} 政府信息公开目录 (Art. 12), {@code search.html} and its prebuilt index;</li>
 *   <li>{@code items/<slug>.html}, one page per item with its metadata block.</li>
 * </ul>
 */
final class ColumnPages {

    static final String RULES = "rules.html";
    static final String STATUTORY = "statutory.html";
    static final String ANNUAL_REPORTS = "annual-reports.html";
    static final String APPLY = "apply.html";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaticSettings s;
    private final SiteLayout layout;
    private final StandardCatalogue catalogue;

    ColumnPages(StaticSettings s, StandardCatalogue catalogue) {
        this.s = s;
        this.catalogue = catalogue;
        this.layout = new SiteLayout(s, catalogue != null);
    }

    /** The column an item is filed under, as its pages name it. */
    static String columnOf(ItemRecord r) {
        return switch (r.column()) {
            case Publication.COLUMN_RULES -> SiteMeta.RULES;
            case Publication.COLUMN_ANNUAL_REPORT -> SiteMeta.ANNUAL_REPORTS;
            default -> r.domainName();
        };
    }

    private static boolean statutory(ItemRecord r) {
        return !r.column().equals(Publication.COLUMN_RULES) && !r.column().equals(Publication.COLUMN_ANNUAL_REPORT);
    }

    // ------------------------------------------------------------------------------------------------ item pages

    String itemPage(ItemRecord r) {
        StringBuilder m = new StringBuilder();
        if (r.withdrawn()) {
            m.append("<h1>").append(escape(r.title())).append("（已撤回）</h1>\n");
            m.append("<section class=\"notice\" aria-labelledby=\"wd\"><h2 id=\"wd\">撤回公告</h2>\n<p>本信息已于 ")
                    .append(escape(minute(r.withdrawnAt()))).append(" 撤回。</p>\n<p>撤回原因：")
                    .append(escape(r.withdrawReason())).append("</p>\n</section>\n");
        } else {
            m.append("<h1>").append(escape(r.title())).append("</h1>\n");
        }
        m.append("<table class=\"meta\">\n<caption>信息元数据</caption>\n<tbody>\n");
        row(m, "索引号", r.indexNumber());
        row(m, "名称", r.title());
        row(m, "发布机构", r.publisher());
        row(m, "生成日期", day(r.formedOn()));
        row(m, "发布日期", minute(r.publishedAt()));
        row(m, "文号", r.documentNumber().isEmpty() ? "无" : r.documentNumber());
        row(m, "分类", statutory(r) ? r.domainName() + (r.path().isEmpty() ? "" : "（" + r.path() + "）") : columnOf(r));
        row(m, "有效性", r.withdrawn() ? "已撤回" : r.validity());
        // 公开方式 is the catalogue's (主动/依申请公开); 公开属性 the document's own marking. They differ for 部分公开
        // (Art. 37) — shown then; when both say 主动公开 one row says it (no duplicate field).
        row(m, "公开方式", r.method());
        if (!r.attributeLabel().equals(r.method())) {
            row(m, "公开属性", r.attributeLabel());
        }
        m.append("</tbody>\n</table>\n");
        if (!r.withdrawn()) {
            m.append("<section class=\"body\" aria-labelledby=\"zw\"><h2 id=\"zw\">正文</h2>\n");
            for (String para : r.body().split("\\R")) {
                if (!para.isBlank()) {
                    m.append("<p>").append(escape(para.strip())).append("</p>\n");
                }
            }
            m.append("</section>\n");
            if (!r.attachments().isEmpty()) {
                boolean report = r.column().equals(Publication.COLUMN_ANNUAL_REPORT);
                m.append("<section aria-labelledby=\"fj\"><h2 id=\"fj\">").append(report ? "报告全文" : "附件")
                        .append("</h2>\n<ul>\n");
                for (String[] f : files(r)) {
                    m.append("<li><a href=\"").append(escape(r.slug() + "/" + f[0])).append("\">").append(escape(f[1]))
                            .append("</a>（").append(fileKind(f[0])).append(escape(f[2])).append(" 字节）</li>\n");
                }
                m.append("</ul>\n</section>\n");
            }
        }
        String column = columnOf(r);
        String description = r.withdrawn() ? "本信息已于 " + minute(r.withdrawnAt()) + " 撤回" : r.summary();
        return layout.page(r.title(), "../", column, SiteMeta.article(r.title(), r.publishedAt(), s.zone(),
                r.publisher(), column, statutory(r) ? r.path() : "", r.documentNumber(),
                description.isEmpty() ? r.title() : description), m.toString());
    }

    /** The stored attachment lines: name on disk, display name, size. */
    private static List<String[]> files(ItemRecord r) {
        List<String[]> out = new ArrayList<>();
        if (!r.attachments().isEmpty()) {
            for (String line : r.attachments().split("\n")) {
                out.add(line.split("\t"));
            }
        }
        return out;
    }

    private static String fileKind(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") ? "网页，" : n.endsWith(".json") ? "数据，" : "";
    }

    // ---------------------------------------------------------------------------------------------- the column

    /** Every page built from the records, by path under the site directory. */
    Map<String, String> indexes(List<ItemRecord> items) {
        Map<String, String> out = new LinkedHashMap<>();
        List<ItemRecord> statutory = new ArrayList<>();
        List<ItemRecord> rules = new ArrayList<>();
        List<ItemRecord> reports = new ArrayList<>();
        for (ItemRecord r : items) {
            (r.column().equals(Publication.COLUMN_RULES) ? rules
                    : r.column().equals(Publication.COLUMN_ANNUAL_REPORT) ? reports : statutory).add(r);
        }
        Map<String, List<ItemRecord>> byDomain = new TreeMap<>();
        Map<String, String> domainNames = new TreeMap<>();
        for (ItemRecord r : statutory) {
            byDomain.computeIfAbsent(r.domainCode(), k -> new ArrayList<>()).add(r);
            domainNames.putIfAbsent(r.domainCode(), r.domainName());
        }
        for (Map.Entry<String, List<ItemRecord>> e : byDomain.entrySet()) {
            String name = domainNames.get(e.getKey());
            StringBuilder m = new StringBuilder("<h1>").append(escape(name)).append("</h1>\n<p>")
                    .append(SiteMeta.STATUTORY).append(" · <a href=\"../").append(STATUTORY).append("\">返回各领域</a></p>\n");
            Map<String, List<ItemRecord>> byPath = new TreeMap<>();
            for (ItemRecord r : e.getValue()) {
                byPath.computeIfAbsent(r.path().isEmpty() ? name : r.path(), k -> new ArrayList<>()).add(r);
            }
            for (Map.Entry<String, List<ItemRecord>> pe : byPath.entrySet()) {
                m.append("<h2>").append(escape(pe.getKey())).append("</h2>\n");
                itemTable(m, pe.getValue(), "../", false, pe.getKey());
            }
            out.put("domains/" + Slugs.of(e.getKey()) + ".html", layout.page(name, "../", name, null, m.toString()));
        }
        out.put("index.html", layout.page("首页", "", s.siteTitle(), null, home(items, byDomain, domainNames, rules,
                reports)));
        out.put(STATUTORY, layout.page(SiteMeta.STATUTORY, "", SiteMeta.STATUTORY, null,
                statutoryPage(byDomain, domainNames)));
        out.put(RULES, layout.page(SiteMeta.RULES, "", SiteMeta.RULES, null, rulesPage(rules)));
        out.put(ANNUAL_REPORTS, layout.page(SiteMeta.ANNUAL_REPORTS, "", SiteMeta.ANNUAL_REPORTS, null,
                reportsPage(reports)));
        out.put(APPLY, layout.page(SiteMeta.APPLY, "", SiteMeta.APPLY, null, applyPage()));
        out.put("guide.html", layout.page(SiteMeta.GUIDE, "", SiteMeta.GUIDE, null, guide()));
        StringBuilder cat = new StringBuilder("<h1>政府信息公开目录</h1>\n<p>依据《中华人民共和国政府信息公开条例》第十二条编制，"
                + "列出本栏目已主动公开的每条政府信息的索引、名称、内容概述和生成日期。</p>\n");
        if (catalogue != null) {
            cat.append("<p>应当公开的事项及其公开标准见<a href=\"").append(StaticSiteAdapter.STANDARD_CATALOGUE)
                    .append("\">政务公开事项标准目录</a>。</p>\n");
        }
        itemTable(cat, items, "", true, "政府信息公开目录");
        out.put("catalogue.html", layout.page("政府信息公开目录", "", "政府信息公开目录", null, cat.toString()));
        if (catalogue != null) {
            out.put(StaticSiteAdapter.STANDARD_CATALOGUE, layout.page("政务公开事项标准目录", "", "政务公开事项标准目录",
                    null, CataloguePage.render(catalogue)));
        }
        out.put(SiteSearch.PAGE, layout.page("站内搜索", "", "站内搜索", null, SiteSearch.page(), SiteSearch.INDEX,
                SiteSearch.SCRIPT));
        out.put(SiteSearch.INDEX, SiteSearch.index(items));
        out.put(SiteSearch.SCRIPT, SiteSearch.SCRIPT_TEXT);
        out.put(SiteAssets.SITE_JS, SiteAssets.JS);
        out.put("style.css", SiteAssets.CSS);
        return out;
    }

    private String home(List<ItemRecord> items, Map<String, List<ItemRecord>> byDomain, Map<String, String> names,
                        List<ItemRecord> rules, List<ItemRecord> reports) {
        StringBuilder h = new StringBuilder("<h1>").append(escape(s.siteTitle())).append("</h1>\n");
        h.append(SiteSearch.box());
        h.append("<div class=\"parts\">\n");
        part(h, SiteMeta.GUIDE, "guide.html", "<p>如何获取本机关的政府信息：主动公开的范围和方式、依申请公开的程序，工作机构及其联系方式。</p>\n");
        part(h, SiteMeta.RULES, RULES, "<p>本机关政府信息公开的工作制度和程序（" + rules.size() + " 项）。</p>\n");
        StringBuilder st = new StringBuilder("<ul>\n");
        for (Map.Entry<String, List<ItemRecord>> e : byDomain.entrySet()) {
            st.append("<li><a href=\"domains/").append(escape(Slugs.of(e.getKey()))).append(".html\">")
                    .append(escape(names.get(e.getKey()))).append("</a>（").append(e.getValue().size())
                    .append(" 条）</li>\n");
        }
        st.append(byDomain.isEmpty() ? "<li>暂无信息。</li>\n" : "").append("</ul>\n");
        part(h, SiteMeta.STATUTORY, STATUTORY, st.toString());
        StringBuilder ar = new StringBuilder();
        if (reports.isEmpty()) {
            ar.append("<p>暂无年度报告。</p>\n");
        } else {
            ItemRecord latest = reports.get(0);
            ar.append("<p>最新：<a href=\"items/").append(escape(latest.slug())).append(".html\">")
                    .append(escape(latest.title())).append("</a></p>\n");
        }
        part(h, SiteMeta.ANNUAL_REPORTS, ANNUAL_REPORTS, ar.toString());
        part(h, SiteMeta.APPLY, APPLY, "<p>申请获取未主动公开的政府信息：申请方式、答复期限和申请表。</p>\n");
        h.append("</div>\n");
        if (catalogue != null) {
            h.append("<h2>公开事项</h2>\n<p>本机关公开哪些事项、依据什么、何时由谁通过什么渠道公开，见<a href=\"")
                    .append(StaticSiteAdapter.STANDARD_CATALOGUE).append("\">").append(escape(catalogue.title()))
                    .append("</a>（").append(catalogue.domains().size()).append(" 个领域，").append(catalogue.size())
                    .append(" 个事项，版本 ").append(escape(catalogue.version())).append("）。</p>\n");
        }
        h.append("<h2>最新公开</h2>\n");
        itemTable(h, items.subList(0, Math.min(20, items.size())), "", false, "最新公开的政府信息");
        return h.toString();
    }

    private static void part(StringBuilder h, String name, String href, String body) {
        h.append("<section aria-labelledby=\"p-").append(href.replace(".html", "")).append("\">\n<h2 id=\"p-")
                .append(href.replace(".html", "")).append("\"><a href=\"").append(href).append("\">").append(name)
                .append("</a></h2>\n").append(body).append("</section>\n");
    }

    private String statutoryPage(Map<String, List<ItemRecord>> byDomain, Map<String, String> names) {
        StringBuilder m = new StringBuilder("<h1>").append(SiteMeta.STATUTORY).append("</h1>\n<p>依据《中华人民共和国政府信息公开条例》"
                + "第十九条、第二十条主动公开的政府信息，按");
        m.append(catalogue != null ? "<a href=\"" + StaticSiteAdapter.STANDARD_CATALOGUE + "\">政务公开事项标准目录</a>"
                : "政务公开事项标准目录").append("的领域编排。全部信息另见<a href=\"catalogue.html\">政府信息公开目录</a>。</p>\n");
        if (byDomain.isEmpty()) {
            return m.append("<p>暂无信息。</p>\n").toString();
        }
        m.append("<ul class=\"domains\">\n");
        for (Map.Entry<String, List<ItemRecord>> e : byDomain.entrySet()) {
            m.append("<li><a href=\"domains/").append(escape(Slugs.of(e.getKey()))).append(".html\">")
                    .append(escape(names.get(e.getKey()))).append("</a>（").append(e.getValue().size())
                    .append(" 条）</li>\n");
        }
        return m.append("</ul>\n").toString();
    }

    private String rulesPage(List<ItemRecord> rules) {
        StringBuilder m = new StringBuilder("<h1>").append(SiteMeta.RULES).append("</h1>\n<p>本机关政府信息公开工作的制度和程序："
                + "主动公开、保密审查、依申请公开办理、监督考核等。</p>\n");
        itemTable(m, rules, "", false, SiteMeta.RULES);
        return m.toString();
    }

    private String reportsPage(List<ItemRecord> reports) {
        StringBuilder m = new StringBuilder("<h1>").append(SiteMeta.ANNUAL_REPORTS).append("</h1>\n<p>依据《中华人民共和国政府信息公开条例》"
                + "第四十九条、第五十条，每年3月31日前公开上一年度政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）。</p>\n");
        if (reports.isEmpty()) {
            return m.append("<p>暂无年度报告。</p>\n").toString();
        }
        m.append("<ul class=\"reports\">\n");
        for (ItemRecord r : reports) {
            m.append("<li><a href=\"items/").append(escape(r.slug())).append(".html\">").append(escape(r.title()))
                    .append("</a>").append(r.withdrawn() ? "（已撤回）" : "");
            if (!r.withdrawn()) {
                for (String[] f : files(r)) {
                    m.append(" · <a href=\"items/").append(escape(r.slug() + "/" + f[0])).append("\">")
                            .append(f[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "数据（JSON）"
                                    : "报告全文（网页）").append("</a>");
                }
            }
            m.append("（").append(day(r.formedOn())).append("）</li>\n");
        }
        return m.append("</ul>\n").toString();
    }

    private String applyPage() {
        StringBuilder m = new StringBuilder("<h1>").append(SiteMeta.APPLY).append("</h1>\n");
        m.append("<p>公民、法人或者其他组织可以向本机关申请获取主动公开以外的政府信息（条例第二十七条）。</p>\n");
        m.append("<h2>如何申请</h2>\n<p>申请应当包括：申请人的姓名或者名称、身份证明、联系方式；所需政府信息的名称、文号或者便于查询的其他特征性描述；"
                + "获取信息的方式、途径（条例第二十九条）。可以当面提交、邮寄或在线提交。</p>\n");
        if (!s.applyUrl().isEmpty()) {
            m.append("<p><a href=\"").append(escape(s.applyUrl())).append("\">在线填写政府信息公开申请表</a></p>\n");
        }
        m.append("<h2>答复期限</h2>\n<p>能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，"
                + "需要延长的，经政府信息公开工作机构负责人同意，可以延长不超过20个工作日（条例第三十三条）。</p>\n");
        m.append("<h2>受理机构</h2>\n<table class=\"meta\">\n<caption>政府信息公开工作机构</caption>\n<tbody>\n");
        row(m, "机构名称", s.guideOffice());
        row(m, "办公地址", s.guideAddress());
        row(m, "办公时间", s.guideHours());
        row(m, "联系电话", s.guidePhone());
        if (!s.guideFax().isEmpty()) {
            row(m, "传真号码", s.guideFax());
        }
        if (!s.guideEmail().isEmpty()) {
            row(m, "互联网联系方式", s.guideEmail());
        }
        m.append("</tbody>\n</table>\n<p>详见<a href=\"guide.html\">政府信息公开指南</a>。</p>\n");
        return m.toString();
    }

    private String guide() {
        StringBuilder g = new StringBuilder("<h1>政府信息公开指南</h1>\n");
        g.append("<p>为便于公民、法人和其他组织获取政府信息，依据《中华人民共和国政府信息公开条例》第十二条编制本指南。</p>\n");
        g.append("<h2>一、主动公开</h2>\n<p>主动公开的政府信息按").append("<a href=\"catalogue.html\">政府信息公开目录</a>")
                .append("分类编排，每条信息标注索引号、名称、内容概述和生成日期。信息形成或者变更之日起20个工作日内予以公开（条例第二十六条），"
                        + "法律、法规另有规定的从其规定。可通过本网站（<a href=\"" + STATUTORY + "\">法定主动公开内容</a>、"
                        + "<a href=\"" + SiteSearch.PAGE + "\">站内搜索</a>）、<a href=\"feed.xml\">订阅源</a>、"
                        + "档案馆和公共图书馆的政府信息公开查阅点获取（条例第二十五条）。</p>\n");
        if (catalogue != null) {
            g.append("<p>本机关应当公开的事项及其公开内容、依据、时限、主体、渠道和方式见<a href=\"")
                    .append(StaticSiteAdapter.STANDARD_CATALOGUE).append("\">政务公开事项标准目录</a>。</p>\n");
        }
        g.append("<h2>二、依申请公开</h2>\n<p>公民、法人或者其他组织可以向下述工作机构申请获取政府信息（条例第二十七条），"
                + "申请应当包括申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，"
                + "以及获取信息的方式、途径（条例第二十九条）。能够当场答复的当场答复；不能当场答复的，"
                + "自收到申请之日起20个工作日内答复，需要延长的经批准可以延长不超过20个工作日（条例第三十三条）。"
                + "申请方式见<a href=\"" + APPLY + "\">依申请公开</a>。</p>\n");
        g.append("<h2>三、政府信息公开工作机构</h2>\n<table class=\"meta\">\n<caption>工作机构联系方式</caption>\n<tbody>\n");
        row(g, "机构名称", s.guideOffice());
        row(g, "办公地址", s.guideAddress());
        row(g, "办公时间", s.guideHours());
        row(g, "联系电话", s.guidePhone());
        if (!s.guideFax().isEmpty()) {
            row(g, "传真号码", s.guideFax());
        }
        if (!s.guideEmail().isEmpty()) {
            row(g, "互联网联系方式", s.guideEmail());
        }
        g.append("</tbody>\n</table>\n");
        g.append("<h2>四、监督和救济</h2>\n<p>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
                + "也可以依法申请行政复议或者提起行政诉讼（条例第五十一条）。</p>\n");
        return g.toString();
    }

    private void itemTable(StringBuilder m, List<ItemRecord> items, String rel, boolean summary, String caption) {
        if (items.isEmpty()) {
            m.append("<p>暂无信息。</p>\n");
            return;
        }
        m.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>"
                + "<th scope=\"col\">索引号</th><th scope=\"col\">名称</th>");
        if (summary) {
            m.append("<th scope=\"col\">内容概述</th>");
        }
        m.append("<th scope=\"col\">生成日期</th><th scope=\"col\">状态</th></tr></thead>\n<tbody>\n");
        for (ItemRecord r : items) {
            m.append("<tr><td>").append(escape(r.indexNumber())).append("</td><td><a href=\"").append(rel)
                    .append("items/").append(escape(r.slug())).append(".html\">").append(escape(r.title()))
                    .append("</a></td>");
            if (summary) {
                m.append("<td>").append(escape(r.withdrawn() ? "（已撤回）" : r.summary())).append("</td>");
            }
            m.append("<td>").append(day(r.formedOn())).append("</td><td>")
                    .append(r.withdrawn() ? "已撤回" : escape(r.validity())).append("</td></tr>\n");
        }
        m.append("</tbody>\n</table>\n");
    }

    static void row(StringBuilder m, String label, String value) {
        m.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }

    private String minute(Instant t) {
        return t.atZone(s.zone()).format(MINUTE);
    }

    /**
     * The 47号 tags added to an HTML attachment the site serves (an annual report's page in the official layout):
     * the site's and the column's, inserted after its charset declaration (or {@code <head>}); the document is otherwise
     * unchanged. A page without either is served as it is.
     */
    byte[] withTags(byte[] html, String column) {
        String text = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)<meta\\s+charset[^>]*>").matcher(text);
        if (!m.find()) { // the charset declaration stays first
            m = java.util.regex.Pattern.compile("(?i)<head(\\s[^>]*)?>").matcher(text);
            if (!m.find()) {
                return html;
            }
        }
        String tags = "\n" + s.meta().tags(column, null).strip();
        return (text.substring(0, m.end()) + tags + text.substring(m.end()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
