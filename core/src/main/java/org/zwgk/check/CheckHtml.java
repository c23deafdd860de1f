package org.zwgk.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zwgk.spi.ErrorCode;

/**
 * The report as one self-contained page an office head can read before the assessors come: the summary, the veto
 * findings first, then the findings column by column, each with its rule, its source and what to do, and at the end
 * what could not be checked. Plain, accessible HTML (landmarks, headings, lists; the severity is written, never shown
 * by colour alone; AA contrast; line spacing 1.6); every text is escaped; nothing is loaded from elsewhere.
 */
public final class CheckHtml {

    private static final String CSS = """
            body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;color:#1a1a1a;
            background:#fff;line-height:1.6;font-size:1.05rem}
            .skip{position:absolute;left:-999px}.skip:focus{left:1em;top:1em;background:#fff;padding:.3em;z-index:1}
            header,main,footer{max-width:60em;margin:0 auto;padding:0 1em}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #1a1a1a;margin-top:2em}h3{font-size:1.1rem}
            table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #595959;padding:.3em .6em;text-align:left}
            ol.findings{padding-left:1.4em}ol.findings>li{margin:0 0 1.2em;padding:.2em 0 .2em .8em;border-left:6px solid #595959}
            li.veto{border-left-color:#a50e0e}li.deduction{border-left-color:#8a4b00}li.notice{border-left-color:#0b5394}
            .sev{font-weight:bold}.veto .sev{color:#a50e0e}.deduction .sev{color:#8a4b00}.notice .sev{color:#0b5394}
            .id{font-family:monospace}dl{margin:.3em 0}dt{font-weight:bold;float:left;clear:left;margin-right:.5em}
            dd{margin:0 0 .2em 4.5em}p.ok{font-size:1.2rem;font-weight:bold;color:#1e6b1e}
            a{color:#0b5394}a:focus,a:hover{outline:2px solid #0b5394}
            @media print{.skip{display:none}ol.findings>li{break-inside:avoid}}
            """;

    private CheckHtml() {
    }

    public static String render(CheckReport r, Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        StringBuilder h = new StringBuilder(32_768);
        String title = en ? "Disclosure self-check, as of " + r.asOf() : "政务公开自查报告（截至 " + r.asOf() + "）";
        h.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"zwgk check\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">").append(en ? "Skip to the findings" : "跳到主要内容")
                .append("</a>\n<header><p>zwgk check</p></header>\n<main id=\"main\" tabindex=\"-1\">\n<h1>")
                .append(esc(title)).append("</h1>\n");
        summary(h, r, en);
        List<Finding> vetoes = r.of(Severity.VETO);
        if (!vetoes.isEmpty()) {
            h.append("<h2 id=\"veto\">").append(en ? "Veto findings (each fails the assessment alone)"
                    : "单项否决项（任一项即不合格）").append("</h2>\n");
            findings(h, vetoes, locale, true);
        }
        Map<Column, List<Finding>> byColumn = r.byColumn();
        if (!r.findings().isEmpty()) {
            h.append("<h2 id=\"columns\">").append(en ? "All findings by column" : "按栏目列出的全部问题")
                    .append("</h2>\n");
            for (Map.Entry<Column, List<Finding>> e : byColumn.entrySet()) {
                h.append("<section aria-labelledby=\"").append(anchor(e.getKey())).append("\">\n<h3 id=\"")
                        .append(anchor(e.getKey())).append("\">")
                        .append(esc(e.getKey() == null ? (en ? "The site and the office as a whole" : "全站与全局")
                                : e.getKey().heading()))
                        .append("（").append(e.getValue().size()).append(en ? " findings" : " 项").append("）</h3>\n");
                findings(h, e.getValue(), locale, false);
                h.append("</section>\n");
            }
        }
        if (!r.skipped().isEmpty()) {
            h.append("<h2 id=\"skipped\">").append(en ? "Not checked" : "未检查的指标").append("</h2>\n<ul>\n");
            for (CheckReport.Skipped s : r.skipped()) {
                h.append("<li><span class=\"id\">").append(s.indicator().code().code()).append("</span> ")
                        .append(esc(s.indicator().rule(locale))).append(" — ").append(esc(s.reason().in(locale)))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<h2 id=\"indicators\">").append(en ? "Indicators checked" : "已检查的指标").append("</h2>\n")
                .append("<table>\n<caption>").append(en ? "Indicators, their weight and source" : "指标、权重与依据")
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(en ? "Id" : "编号")
                .append("</th><th scope=\"col\">").append(en ? "Rule" : "规则").append("</th><th scope=\"col\">")
                .append(en ? "Weight" : "权重").append("</th><th scope=\"col\">").append(en ? "Source" : "依据")
                .append("</th></tr></thead>\n<tbody>\n");
        for (Indicator i : r.checked()) {
            h.append("<tr><th scope=\"row\" class=\"id\">").append(i.code().code()).append("</th><td>")
                    .append(esc(i.rule(locale))).append("</td><td>").append(esc(i.severity().label(locale)))
                    .append("</td><td>").append(esc(i.source(locale))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</main>\n<footer><p>").append(en ? "Generated by zwgk check at " : "zwgk check 生成于 ")
                .append(esc(r.generatedAt().toString())).append("</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, CheckReport r, boolean en) {
        h.append("<h2 id=\"summary\">").append(en ? "Summary" : "概况").append("</h2>\n");
        if (r.findings().isEmpty()) {
            h.append("<p class=\"ok\">").append(en ? "Nothing found." : "未发现问题。").append("</p>\n");
        }
        Map<Severity, Integer> counts = r.counts();
        h.append("<table>\n<caption>").append(en ? "Findings by weight" : "按权重统计").append("</caption>\n<tbody>\n");
        for (Severity s : Severity.values()) {
            h.append("<tr><th scope=\"row\">").append(esc(s.label(en ? Locale.ENGLISH : Locale.CHINA)))
                    .append("</th><td>").append(counts.get(s)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<dl>\n");
        fact(h, en ? "As of" : "检查日", r.asOf().toString());
        fact(h, en ? "Store" : "数据库", r.store());
        fact(h, en ? "Site" : "网站目录", r.site() == null ? (en ? "not given" : "未提供") : r.site());
        fact(h, en ? "Catalogue" : "标准目录", r.catalogue() == null ? (en ? "not given" : "未提供") : r.catalogue());
        h.append("</dl>\n");
    }

    private static void fact(StringBuilder h, String label, String value) {
        h.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value == null ? "" : value))
                .append("</dd>\n");
    }

    private static void findings(StringBuilder h, List<Finding> list, Locale locale, boolean withColumn) {
        boolean en = ErrorCode.isEnglish(locale);
        h.append("<ol class=\"findings\">\n");
        for (Finding f : list) {
            h.append("<li class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><p><span class=\"sev\">")
                    .append(esc(f.severity().label(locale))).append("</span> <span class=\"id\">").append(f.id())
                    .append("</span> ").append(esc(f.message(locale))).append("</p>\n<dl>\n");
            if (withColumn && f.column() != null) {
                fact(h, en ? "Column" : "栏目", f.column().heading());
            }
            fact(h, en ? "Rule" : "规则", f.indicator().rule(locale) + "（" + f.indicator().source(locale) + "）");
            fact(h, en ? "To do" : "建议", f.hint(locale));
            h.append("</dl>\n</li>\n");
        }
        h.append("</ol>\n");
    }

    private static String anchor(Column c) {
        return c == null ? "col-all" : "col-" + c.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String esc(String s) {
        return org.zwgk.spi.Html.escape(s);
    }
}
