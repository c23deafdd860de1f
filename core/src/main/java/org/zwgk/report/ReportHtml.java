package org.zwgk.report;

import java.util.List;
import org.zwgk.request.ApplicantType;

/**
 * The report as one printable, self-contained HTML page laid out like the official tables of
 * 国办公开办函〔2021〕30号: section 二 in its four Art. 20 blocks, section 三 with the two-level header
 * 自然人 | 法人或其他组织 {商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他} | 总计 and the merged row labels,
 * section 四 with 行政复议 | 行政诉讼 {未经复议直接起诉, 复议后起诉}. Narrative sections not yet written show a
 * placeholder. Every text is HTML-escaped; the page loads nothing external.
 */
public final class ReportHtml {

    private ReportHtml() {
    }

    private static final String CSS = """
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;margin:2em auto;max-width:60em;color:#000}
            h1{text-align:center;font-size:1.6em;font-family:"SimHei","Heiti SC","Noto Sans CJK SC",sans-serif}
            h2{font-size:1.15em;font-family:"SimHei","Heiti SC","Noto Sans CJK SC",sans-serif;margin-top:1.6em}
            table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em}
            th,td{border:1px solid #000;padding:.25em .4em;text-align:center;vertical-align:middle}
            td.label{text-align:left}
            th.note{font-weight:normal;font-size:.85em}
            p.placeholder{color:#595959;border:1px dashed #767676;padding:.6em}
            .meta{text-align:center;color:#333}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}
            tr{break-inside:avoid}p.placeholder{border:none;color:#000}}
            @page{size:A4;margin:2cm}
            """;

    public static String render(AnnualReport r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"generator\" content=\"zwgk\">\n<title>").append(esc(r.title()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(esc(r.title())).append("</h1>\n");
        h.append("<p class=\"meta\">格式：").append(esc(r.format())).append("　统计期间：").append(r.year())
                .append("年1月1日至12月31日　数据生成日期：").append(r.generatedOn()).append("</p>\n");

        narrative(h, "一、总体情况", r.overview());
        h.append("<h2>二、主动公开政府信息情况</h2>\n");
        section2(h, r.proactiveDisclosure());
        h.append("<h2>三、收到和处理政府信息公开申请情况</h2>\n");
        section3(h, r.applications());
        h.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n");
        section4(h, r.reviewAndLitigation());
        narrative(h, "五、存在的主要问题及改进情况", r.problemsAndImprovements());
        narrative(h, "六、其他需要报告的事项", r.otherMatters());
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void narrative(StringBuilder h, String heading, String text) {
        h.append("<h2>").append(heading).append("</h2>\n");
        if (text.isBlank()) {
            h.append("<p class=\"placeholder\">（待填写：").append(heading.substring(2)).append("）</p>\n");
            return;
        }
        for (String para : text.strip().split("\\R\\s*\\R|\\R")) {
            if (!para.isBlank()) {
                h.append("<p>").append(esc(para.strip())).append("</p>\n");
            }
        }
    }

    private static void section2(StringBuilder h, ProactiveDisclosureFigures p) {
        h.append("<table class=\"s2\">\n");
        h.append("<tr><th colspan=\"4\">第二十条第（一）项</th></tr>\n");
        h.append("<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>\n");
        docRow(h, "规章", p.rules());
        docRow(h, "行政规范性文件", p.normativeDocuments());
        h.append("<tr><th colspan=\"4\">第二十条第（五）项</th></tr>\n");
        h.append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n");
        oneRow(h, "行政许可", String.valueOf(p.licensingDecisions()));
        h.append("<tr><th colspan=\"4\">第二十条第（六）项</th></tr>\n");
        h.append("<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n");
        oneRow(h, "行政处罚", String.valueOf(p.penaltyDecisions()));
        oneRow(h, "行政强制", String.valueOf(p.coercionDecisions()));
        h.append("<tr><th colspan=\"4\">第二十条第（八）项</th></tr>\n");
        h.append("<tr><th>信息内容</th><th colspan=\"3\">本年收费金额（单位：万元）</th></tr>\n");
        oneRow(h, "行政事业性收费", p.feesTenThousandYuan().toPlainString());
        h.append("</table>\n");
    }

    private static void docRow(StringBuilder h, String label, ProactiveDisclosureFigures.DocumentCounts c) {
        h.append("<tr><td class=\"label\">").append(label).append("</td><td>").append(c.issued()).append("</td><td>")
                .append(c.repealed()).append("</td><td>").append(c.inForce()).append("</td></tr>\n");
    }

    private static void oneRow(StringBuilder h, String label, String value) {
        h.append("<tr><td class=\"label\">").append(label).append("</td><td colspan=\"3\">").append(esc(value))
                .append("</td></tr>\n");
    }

    private static void section3(StringBuilder h, ApplicationFigures f) {
        h.append("<table class=\"s3\">\n<thead>\n");
        h.append("<tr><th class=\"note\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，")
                .append("等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>\n");
        h.append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th>")
                .append("<th rowspan=\"2\">总计</th></tr>\n<tr>");
        for (ApplicantType t : ApplicantType.values()) {
            if (t.isOrganisation()) {
                h.append("<th>").append(t.labelZh()).append("</th>");
            }
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        int resultRows = 0;
        for (Section3Row r : Section3Row.values()) {
            if (r.block().isResult()) {
                resultRows++;
            }
        }
        boolean resultHeadingDone = false;
        Section3Row.Block open = null;
        for (Section3Row r : Section3Row.values()) {
            h.append("<tr>");
            if (!r.block().isResult()) {
                h.append("<td class=\"label\" colspan=\"3\">").append(r.labelZh()).append("</td>");
            } else {
                if (!resultHeadingDone) {
                    h.append("<td class=\"label\" rowspan=\"").append(resultRows).append("\">")
                            .append(Section3Row.RESULT_HEADING).append("</td>");
                    resultHeadingDone = true;
                }
                if (r.block() == Section3Row.Block.RESULT) {
                    h.append("<td class=\"label\" colspan=\"2\">").append(r.labelZh()).append("</td>");
                } else {
                    if (open != r.block()) {
                        open = r.block();
                        h.append("<td class=\"label\" rowspan=\"").append(blockSize(open)).append("\">")
                                .append(open.labelZh()).append("</td>");
                    }
                    h.append("<td class=\"label\">").append(r.labelZh()).append("</td>");
                }
            }
            Counts c = f.get(r);
            for (ApplicantType t : ApplicantType.values()) {
                h.append("<td>").append(c.get(t)).append("</td>");
            }
            h.append("<td>").append(c.total()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static int blockSize(Section3Row.Block b) {
        int n = 0;
        for (Section3Row r : Section3Row.values()) {
            if (r.block() == b) {
                n++;
            }
        }
        return n;
    }

    private static final List<String> RESULT_HEADS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    private static void section4(StringBuilder h, ReviewLitigationFigures f) {
        h.append("<table class=\"s4\">\n<thead>\n");
        h.append("<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n<tr>");
        for (String s : RESULT_HEADS) {
            h.append("<th rowspan=\"2\">").append(s).append("</th>");
        }
        h.append("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n<tr>");
        for (int i = 0; i < 2; i++) {
            for (String s : RESULT_HEADS) {
                h.append("<th>").append(s).append("</th>");
            }
        }
        h.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (ReviewLitigationFigures.Results res : List.of(f.reconsideration(), f.litigationWithoutReconsideration(),
                f.litigationAfterReconsideration())) {
            for (int v : new int[] {res.upheld(), res.corrected(), res.other(), res.pending(), res.total()}) {
                h.append("<td>").append(v).append("</td>");
            }
        }
        h.append("</tr>\n</tbody>\n</table>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        return org.zwgk.spi.Html.escape(s);
    }
}
