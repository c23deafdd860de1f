package org.zwgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.report.ReportFixtures.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Decision;
import org.zwgk.request.ReplyType;
import org.zwgk.spi.ZwgkException;

/**
 * {@code ReportCheck}: several arithmetic errors injected into a hand-edited report are all found in one run, each at
 * the exact line and column of its figure (found independently in the text by a unique injected value), with its
 * section, row and column.
 */
class ReportCheckTest {

    @TempDir
    Path dir;

    static AnnualReport sample() {
        var proactive = new ProactiveDisclosureFigures(new ProactiveDisclosureFigures.DocumentCounts(1, 0, 12),
                new ProactiveDisclosureFigures.DocumentCounts(7, 2, 85), 1532, 214, 9, new BigDecimal("36.25"));
        var review = new ReviewLitigationFigures(ReviewLitigationFigures.Results.of(2, 1, 0, 1),
                ReviewLitigationFigures.Results.of(1, 0, 0, 0), ReviewLitigationFigures.Results.NONE);
        var apps = List.of(
                app(ApplicantType.NATURAL_PERSON, "2024-03-01", "2024-03-20", Decision.of(ReplyType.DISCLOSED)),
                app(ApplicantType.COMMERCIAL_ENTERPRISE, "2024-04-01", "2024-04-20",
                        Decision.withheld(ReplyType.NOT_DISCLOSED, "r", ExemptionGround.THIRD_PARTY_RIGHTS)),
                app(ApplicantType.NATURAL_PERSON, "2024-12-30", null, null));
        return AnnualReports.compute(new AnnualReports.Input(ReportFixtures.BODY, 2024, apps, proactive, review, null),
                ReportFixtures.CLOCK);
    }

    @Test
    void aSoundReportHasNoProblems() {
        assertThat(ReportCheck.check("r.json", ReportJson.write(sample()))).isEmpty();
    }

    @Test
    void everyInjectedErrorIsFoundAtItsExactPlaceInOneRun() throws Exception {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) om.readTree(ReportJson.write(sample()));
        ArrayNode rows = (ArrayNode) root.at("/applications/rows");
        // 1. (一)予以公开, 商业企业 777: its row total and the (七)总计 column no longer add up
        ((ObjectNode) rows.get(2).get("counts")).put("commercialEnterprise", 777);
        // 2. 一、本年新收 +1 for 自然人 (row kept consistent): 一 + 二 ≠ 三(七) + 四 in 自然人 and 总计
        ((ObjectNode) rows.get(0).get("counts")).put("naturalPerson", 2 + 1).put("total", 3 + 1);
        // 3. 行政复议 total 888
        ((ObjectNode) root.at("/reviewAndLitigation/reconsideration")).put("total", 888);
        // 4. a negative 行政处罚
        ((ObjectNode) root.at("/proactiveDisclosure")).put("penaltyDecisions", -3);
        // 5. an unknown field and 6. a figure typed as text
        root.put("remark", "手工补充");
        ((ObjectNode) rows.get(4).get("counts")).put("total", "5");
        String json = om.writeValueAsString(root);
        Path file = dir.resolve("annual-report-2024.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        List<ReportProblem> problems = ReportCheck.check(file);

        assertThat(problems).extracting(p -> p.code().code()).containsExactlyInAnyOrder(
                "ZWGK-6121",                           // row DISCLOSED: total ≠ sum
                "ZWGK-6122",                           // (七) 总计, column 商业企业
                "ZWGK-6120", "ZWGK-6120",              // 自然人 and 总计 do not reconcile
                "ZWGK-6124",                           // 行政复议
                "ZWGK-6123",                           // negative 行政处罚
                "ZWGK-6104", "ZWGK-6104");             // unknown field, wrong type
        assertThat(problems).allMatch(p -> p.file().equals(file.toString()));

        ReportProblem rowTotal = only(problems, "ZWGK-6121");
        assertThat(rowTotal.pointer()).isEqualTo("/applications/rows/2/counts/total");
        assertThat(rowTotal.row()).isEqualTo("DISCLOSED（（一）予以公开）");
        assertLocatedAt(json, rowTotal, "\"total\" : 1", 1);
        assertThat(rowTotal.message(Locale.CHINA)).startsWith(file + ":[").contains("第三部分“DISCLOSED（（一）予以公开）”行",
                "总计 1", "之和 778");

        ReportProblem column = only(problems, "ZWGK-6122");
        assertThat(column.pointer()).isEqualTo("/applications/rows/23/counts/commercialEnterprise");
        assertThat(column.field()).isEqualTo("商业企业/commercialEnterprise");
        assertThat(column.message(Locale.ENGLISH)).contains("column 商业企业/commercialEnterprise is 1",
                "add up to 778");

        List<ReportProblem> rec = problems.stream().filter(p -> p.code().code().equals("ZWGK-6120")).toList();
        assertThat(rec).extracting(ReportProblem::field).containsExactlyInAnyOrder("自然人/naturalPerson", "总计/total");
        assertThat(rec).allMatch(p -> p.row().startsWith("CARRIED_TO_NEXT_YEAR"));
        assertThat(rec).filteredOn(p -> p.field().startsWith("自然人")).singleElement().satisfies(p -> assertThat(
                p.message(Locale.CHINA)).contains("一（3）+ 二（0）= 3，而 三（七）总计（1）+ 四（1）= 2"));

        ReportProblem review = only(problems, "ZWGK-6124");
        assertThat(review.section()).isEqualTo("四");
        assertLocatedAt(json, review, "888", 1);
        assertThat(review.message(Locale.CHINA)).contains("行政复议", "总计 888", "之和 4");

        ReportProblem negative = only(problems, "ZWGK-6123");
        assertThat(negative.section()).isEqualTo("二");
        assertLocatedAt(json, negative, "-3", 1);
        assertThat(negative.message(Locale.CHINA)).contains("第二部分 penaltyDecisions/行政处罚 为负数（-3）");

        List<ReportProblem> shape = problems.stream().filter(p -> p.code().code().equals("ZWGK-6104")).toList();
        assertThat(shape).extracting(ReportProblem::pointer)
                .containsExactlyInAnyOrder("/remark", "/applications/rows/4/counts/total");
        assertLocatedAt(json, shape.stream().filter(p -> p.pointer().equals("/remark")).findFirst().orElseThrow(),
                "\"手工补充\"", 1);
        assertLocatedAt(json, shape.stream().filter(p -> p.pointer().endsWith("total")).findFirst().orElseThrow(),
                "\"5\"", 1);
        // in document order
        assertThat(problems).extracting(ReportProblem::line).isSorted();
    }

    @Test
    void missingRepeatedAndMisplacedRowsAreNamed() throws Exception {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) om.readTree(ReportJson.write(sample()));
        ArrayNode rows = (ArrayNode) root.at("/applications/rows");
        JsonNode petition = rows.get(15);
        rows.remove(15);           // NOT_PROCESSED_PETITION missing
        rows.insert(3, rows.get(3).deepCopy()); // PARTIALLY_DISCLOSED twice
        ((ObjectNode) rows.get(6)).put("row", "WITHHELD_SECRET"); // not a row code
        List<ReportProblem> p = ReportCheck.check(null, om.writeValueAsString(root));
        assertThat(p).filteredOn(x -> x.code().code().equals("ZWGK-6125")).extracting(x -> x.message(Locale.ENGLISH))
                .anySatisfy(m -> assertThat(m).contains("the row NOT_PROCESSED_PETITION is missing"))
                .anySatisfy(m -> assertThat(m).contains("row PARTIALLY_DISCLOSED appears twice (rows 4 and 5)"))
                .anySatisfy(m -> assertThat(m).contains("WITHHELD_SECRET, which is not a row"));
        assertThat(petition.get("row").asText()).isEqualTo("NOT_PROCESSED_PETITION");
    }

    @Test
    void unreadableAndSyntacticallyBrokenFilesAreExceptions() throws Exception {
        assertThatThrownBy(() -> ReportCheck.check(dir.resolve("none.json"))).isInstanceOf(ZwgkException.class)
                .hasMessageContaining("ZWGK-6109");
        Path broken = dir.resolve("b.json");
        Files.writeString(broken, "{\"format\": ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportCheck.check(broken)).hasMessageContaining("ZWGK-6104")
                .hasMessageContaining(broken.toString());
    }

    private static ReportProblem only(List<ReportProblem> ps, String code) {
        return ps.stream().filter(p -> p.code().code().equals(code)).reduce((a, b) -> {
            throw new AssertionError("more than one " + code);
        }).orElseThrow();
    }

    /** The problem sits at the {@code nth} occurrence of {@code text} after its row's start, found in the text itself. */
    private static void assertLocatedAt(String json, ReportProblem p, String text, int nth) {
        int from = 0;
        int at = -1;
        String[] parts = p.pointer().split("/");
        if (p.pointer().startsWith("/applications/rows/")) { // search from the row's own "row" entry
            int row = Integer.parseInt(parts[3]);
            for (int i = 0; i <= row; i++) {
                from = json.indexOf("\"row\" :", from + 1);
            }
        }
        for (int i = 0; i < nth; i++) {
            at = json.indexOf(text, i == 0 ? from : at + 1);
        }
        int valueAt = text.startsWith("\"total\"") ? json.indexOf(':', at) + 2 : at;
        int line = (int) json.substring(0, valueAt).chars().filter(c -> c == '\n').count() + 1;
        int col = valueAt - json.lastIndexOf('\n', valueAt - 1);
        assertThat(new int[] {p.line(), p.column()}).as("%s at %s", p.code(), p.pointer()).containsExactly(line, col);
    }
}
