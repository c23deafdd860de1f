package org.zwgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.report.ReportFixtures.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Decision;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.request.ReplyType;

class ReportRenderingTest {

    private static AnnualReport sample() {
        var proactive = new ProactiveDisclosureFigures(new ProactiveDisclosureFigures.DocumentCounts(1, 0, 12),
                new ProactiveDisclosureFigures.DocumentCounts(7, 2, 85), 1532, 214, 9, new BigDecimal("36.25"));
        var review = new ReviewLitigationFigures(ReviewLitigationFigures.Results.of(2, 1, 0, 1),
                ReviewLitigationFigures.Results.of(1, 0, 0, 0), ReviewLitigationFigures.Results.NONE);
        var apps = List.of(
                app(ApplicantType.NATURAL_PERSON, "2024-03-01", "2024-03-20", Decision.of(ReplyType.DISCLOSED)),
                app(ApplicantType.COMMERCIAL_ENTERPRISE, "2024-04-01", "2024-04-20",
                        Decision.withheld(ReplyType.NOT_DISCLOSED, "r", ExemptionGround.THIRD_PARTY_RIGHTS)),
                app(ApplicantType.NATURAL_PERSON, "2024-12-30", null, null));
        return AnnualReports.compute(new AnnualReports.Input("某县<人民>政府&办公室", 2024,
                rebody(apps), proactive, review, null),
                ReportFixtures.CLOCK);
    }

    private static List<org.zwgk.request.Application> rebody(List<org.zwgk.request.Application> apps) {
        List<org.zwgk.request.Application> out = new ArrayList<>();
        for (var a : apps) {
            var r = a.registration();
            out.add(org.zwgk.request.Application.restore(new org.zwgk.request.Registration(r.id(),
                    "某县<人民>政府&办公室", r.applicant(), r.request(), r.channel(), r.receivedOn()), a.events(), 1));
        }
        return out;
    }

    @Test
    void jsonRoundTripsAndHasStableFieldNames() throws Exception {
        AnnualReport r = sample().withNarrative("总体情况……", "", "本年收取信息处理费0元。");
        String json = ReportJson.write(r);
        assertThat(ReportJson.read(json)).isEqualTo(r);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("format").asText()).isEqualTo("国办公开办函〔2021〕30号");
        assertThat(root.get("year").asInt()).isEqualTo(2024);
        assertThat(root.get("generatedOn").asText()).isEqualTo("2025-01-10");
        assertThat(root.get("problemsAndImprovements").asText()).isEmpty();
        assertThat(root.at("/proactiveDisclosure/normativeDocuments/inForce").asInt()).isEqualTo(85);
        assertThat(root.at("/proactiveDisclosure/feesTenThousandYuan").decimalValue())
                .isEqualByComparingTo("36.25");
        assertThat(root.at("/reviewAndLitigation/reconsideration/total").asInt()).isEqualTo(4);
        JsonNode rows = root.at("/applications/rows");
        assertThat(rows.size()).isEqualTo(Section3Row.values().length);
        assertThat(rows.get(0).get("row").asText()).isEqualTo("NEW_THIS_YEAR");
        assertThat(rows.get(0).get("label").asText()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(rows.get(0).get("counts").get("naturalPerson").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("counts").get("commercialEnterprise").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("counts").get("total").asInt()).isEqualTo(3);
        assertThat(rows.get(Section3Row.WITHHELD_THIRD_PARTY_RIGHTS.ordinal()).at("/counts/total").asInt())
                .isEqualTo(1);
    }

    @Test
    void tamperedJsonIsRejected() throws Exception {
        String json = ReportJson.write(sample());
        ObjectMapper om = new ObjectMapper();
        JsonNode tree = om.readTree(json);
        var counts = (com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/applications/rows/0/counts");
        counts.put("naturalPerson", 5).put("total", 6);
        String tampered = om.writeValueAsString(tree);
        assertThatThrownBy(() -> ReportJson.read(tampered)).hasMessageStartingWith("ZWGK-6101")
                .hasMessageContaining("自然人");
        assertThatThrownBy(() -> ReportJson.read(json.replace("\"year\"", "\"yeer\"")))
                .hasMessageStartingWith("ZWGK-6104");
        assertThatThrownBy(() -> ReportJson.read("{")).hasMessageStartingWith("ZWGK-6104");
    }

    @Test
    void htmlHasTheOfficialLayoutLabelsInOrderAndEscapes() {
        AnnualReport r = sample().withNarrative("<script>alert(1)</script>", "", "");
        String html = ReportHtml.render(r);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("@media print");
        assertThat(html).contains("某县&lt;人民&gt;政府&amp;办公室2024年政府信息公开工作年度报告")
                .doesNotContain("<人民>").doesNotContain("<script>").contains("&lt;script&gt;");
        // the two-level header of section 三
        assertThat(html).contains("<th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th>"
                + "<th rowspan=\"2\">总计</th>");
        assertThat(html).contains("<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th>"
                + "<th>其他</th></tr>");
        assertThat(html).contains("<td class=\"label\" rowspan=\"22\">三、本年度办理结果</td>")
                .contains("<td class=\"label\" rowspan=\"8\">（三）不予公开</td>")
                .contains("<td class=\"label\" rowspan=\"3\">（四）无法提供</td>")
                .contains("<td class=\"label\" rowspan=\"5\">（五）不予处理</td>")
                .contains("<td class=\"label\" rowspan=\"3\">（六）其他处理</td>");
        // every official row label, in order
        int at = html.indexOf("三、收到和处理政府信息公开申请情况");
        for (Section3Row row : Section3Row.values()) {
            int next = html.indexOf(">" + row.labelZh() + "<", at);
            assertThat(next).as("row %s after position %d", row, at).isGreaterThan(at);
            at = next;
        }
        // section order and the other tables
        assertThat(html).containsSubsequence("一、总体情况", "二、主动公开政府信息情况", "第二十条第（一）项", "规章",
                "行政规范性文件", "第二十条第（五）项", "行政许可", "第二十条第（六）项", "行政处罚", "行政强制",
                "第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "36.25",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
                "未经复议直接起诉", "复议后起诉", "五、存在的主要问题及改进情况", "（待填写：存在的主要问题及改进情况）",
                "六、其他需要报告的事项");
        // row 一: 自然人 2, 商业企业 1, others 0, 总计 3
        assertThat(html).contains(">一、本年新收政府信息公开申请数量</td><td>2</td><td>1</td><td>0</td><td>0</td>"
                + "<td>0</td><td>0</td><td>3</td></tr>");
        // applicant data never reaches the page
        assertThat(html).doesNotContain("申请人1").doesNotContain("某项信息");
    }

    @Test
    void jsonConformsToThePublishedSchema() throws Exception {
        var registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12);
        com.networknt.schema.Schema schema;
        try (var in = org.zwgk.schemas.Schemas.open(ReportJson.SCHEMA_FILE)) {
            schema = registry.getSchema(com.networknt.schema.SchemaLocation.of(
                    org.zwgk.schemas.Schemas.id(ReportJson.SCHEMA_FILE)), in, com.networknt.schema.InputFormat.JSON);
        }
        ObjectMapper om = new ObjectMapper();
        JsonNode good = om.readTree(ReportJson.write(sample()));
        assertThat(schema.validate(good)).isEmpty();
        var bad = good.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad).put("extra", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.at("/applications/rows/3")).put("row", "DISCLOSED");
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.at("/proactiveDisclosure")).put("penaltyDecisions", -1);
        assertThat(schema.validate(bad)).extracting(e -> e.getInstanceLocation().toString())
                .anyMatch(l -> l.contains("rows") && l.contains("3"))
                .anyMatch(l -> l.contains("penaltyDecisions"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * The page is read on screen as well as printed: one main landmark, and every text colour it declares meets
     * WCAG AA contrast (4.5:1) on the white page (the axe-core check in adapters/website/a11y runs on demo reports).
     */
    @Test
    void htmlHasOneMainLandmarkAndTextColoursMeetAaContrast() {
        String html = ReportHtml.render(sample());
        assertThat(html.split("<main>", -1)).hasSize(2);
        assertThat(html.indexOf("<main>")).isLessThan(html.indexOf("<h1>"));
        assertThat(html.indexOf("</main>")).isGreaterThan(html.lastIndexOf("</h2>"));
        var m = java.util.regex.Pattern.compile("(?<![-a-z])color:#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\\b").matcher(html);
        int colours = 0;
        while (m.find()) {
            colours++;
            String hex = m.group(1).length() == 3 ? m.group(1).replaceAll("(.)", "$1$1") : m.group(1);
            double l = luminance(Integer.parseInt(hex, 16));
            double ratio = (1.0 + 0.05) / (l + 0.05);
            assertThat(ratio).as("contrast of #%s on white", hex).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(colours).isGreaterThanOrEqualTo(3);
    }

    private static double luminance(int rgb) {
        double[] c = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
