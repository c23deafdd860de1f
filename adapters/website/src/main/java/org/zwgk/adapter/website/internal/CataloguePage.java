package org.zwgk.adapter.website.internal;

import static org.zwgk.adapter.website.Html.escape;

import java.util.List;

/**
 * The main content of {@code standard-catalogue.html}: the 政务公开事项标准目录 laid out like the catalogues bodies
 * publish (国办发〔2019〕54号; columns 公开事项 一级/二级/三级, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体,
 * 公开对象, 公开方式, 公开层级, plus the 五公开 stage), one accessible table per domain. Every value is escaped.
 */
final class CataloguePage {

    private CataloguePage() {
    }

    static String render(StandardCatalogue c) {
        StringBuilder m = new StringBuilder();
        m.append("<h1>").append(escape(c.title())).append("</h1>\n");
        m.append("<p>依据《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）编制并在本网站公开。"
                + "本目录列出本机关应当公开的事项及其公开标准；已经公开的每条政府信息见<a href=\"catalogue.html\">政府信息公开目录</a>。"
                + "</p>\n");
        m.append("<table class=\"meta\">\n<caption>目录信息</caption>\n<tbody>\n");
        row(m, "目录名称", c.title());
        row(m, "编制机关", c.issuer());
        row(m, "层级", c.level());
        if (!c.region().isEmpty()) {
            row(m, "行政区划代码", c.region());
        }
        row(m, "版本", c.version());
        row(m, "施行日期", c.effective());
        if (!c.guidelines().isEmpty()) {
            row(m, "依据的标准指引", String.join("、", c.guidelines()));
        }
        row(m, "领域和事项", c.domains().size() + " 个领域，" + c.size() + " 个事项");
        m.append("</tbody>\n</table>\n");
        m.append("<nav aria-labelledby=\"ly\"><h2 id=\"ly\">公开领域</h2>\n<ol>\n");
        for (int i = 0; i < c.domains().size(); i++) {
            StandardCatalogue.Domain d = c.domains().get(i);
            m.append("<li><a href=\"#d").append(i + 1).append("\">").append(escape(d.name())).append("</a>（")
                    .append(d.items().size()).append(" 项）</li>\n");
        }
        m.append("</ol>\n</nav>\n");
        m.append("<p>公开内容中 ● 表示必须公开的要素，〇 表示可选公开的要素；“同上”已替换为上一事项的公开时限。</p>\n");
        for (int i = 0; i < c.domains().size(); i++) {
            domain(m, c.domains().get(i), i + 1);
        }
        return m.toString();
    }

    private static void domain(StringBuilder m, StandardCatalogue.Domain d, int n) {
        int depth = d.items().stream().mapToInt(e -> e.path().size()).max().orElse(1);
        List<String> levels = List.of("一级事项", "二级事项", "三级事项").subList(0, depth);
        m.append("<section aria-labelledby=\"d").append(n).append("\">\n<h2 id=\"d").append(n).append("\">")
                .append(n).append(". ").append(escape(d.name())).append("</h2>\n");
        // A wide table scrolls inside a focusable region, so keyboard users can scroll it too (WCAG 2.1.1).
        m.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"c").append(n).append("\">\n");
        m.append("<table class=\"catalogue\">\n<caption id=\"c").append(n).append("\">").append(escape(d.name()))
                .append("领域政务公开事项（").append(d.items().size()).append(" 项）</caption>\n<thead>\n<tr>");
        m.append("<th scope=\"col\" rowspan=\"2\">编号</th>");
        m.append("<th scope=\"colgroup\" colspan=\"").append(depth).append("\">公开事项</th>");
        for (String h : List.of("公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式",
                "公开层级", "五公开")) {
            m.append("<th scope=\"col\" rowspan=\"2\">").append(h).append("</th>");
        }
        m.append("</tr>\n<tr>");
        for (String h : levels) {
            m.append("<th scope=\"col\">").append(h).append("</th>");
        }
        m.append("</tr>\n</thead>\n<tbody>\n");
        for (StandardCatalogue.Entry e : d.items()) {
            m.append("<tr><th scope=\"row\">").append(escape(e.id())).append("</th>");
            for (int k = 0; k < depth; k++) {
                td(m, k < e.path().size() ? e.path().get(k) : "");
            }
            m.append("<td>").append(escape(e.content()));
            if (!e.elements().isEmpty()) {
                m.append("<ul class=\"elements\">");
                for (StandardCatalogue.Element el : e.elements()) {
                    m.append("<li>").append(el.required() ? "●" : "〇").append(' ').append(escape(el.name()))
                            .append("</li>");
                }
                m.append("</ul>");
            }
            m.append("</td>");
            list(m, e.basis());
            td(m, e.timeLimit());
            td(m, e.subject());
            list(m, e.channels());
            td(m, e.audience());
            td(m, e.method());
            td(m, String.join("、", e.levels()));
            td(m, e.stage());
            m.append("</tr>\n");
        }
        m.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void td(StringBuilder m, String v) {
        m.append("<td>").append(escape(v)).append("</td>");
    }

    private static void list(StringBuilder m, List<String> values) {
        if (values.size() == 1) {
            td(m, values.get(0));
            return;
        }
        m.append("<td><ul>");
        for (String v : values) {
            m.append("<li>").append(escape(v)).append("</li>");
        }
        m.append("</ul></td>");
    }

    private static void row(StringBuilder m, String label, String value) {
        m.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }
}
