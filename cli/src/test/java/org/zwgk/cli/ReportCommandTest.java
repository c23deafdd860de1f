package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.report.AnnualReports;
import org.zwgk.report.ProactiveDisclosureFigures;
import org.zwgk.report.ReportJson;
import org.zwgk.report.ReviewLitigationFigures;
import org.zwgk.request.Applicant;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Application;
import org.zwgk.request.ApplicationEvent;
import org.zwgk.request.ApplicationId;
import org.zwgk.request.Decision;
import org.zwgk.request.Registration;
import org.zwgk.request.ReplyType;
import org.zwgk.timelimit.ReceiptRules;

class ReportCommandTest {

    @TempDir
    Path dir;

    private String runCapturing(int expectedExit, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            System.setErr(p);
            assertThat(Main.run(args)).isEqualTo(expectedExit);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private Path reportFile() throws Exception {
        Application a = Application.restore(new Registration(ApplicationId.of("A-1"), "某县人民政府办公室",
                new Applicant(ApplicantType.COMMERCIAL_ENTERPRISE, "某公司", "", ""), "某信息",
                ReceiptRules.Channel.IN_PERSON, LocalDate.of(2024, 5, 6)),
                List.of(new ApplicationEvent.Decided(LocalDate.of(2024, 5, 20), Decision.of(ReplyType.DISCLOSED))), 1);
        var report = AnnualReports.compute(new AnnualReports.Input("某县人民政府办公室", 2024, List.of(a),
                ProactiveDisclosureFigures.NONE, ReviewLitigationFigures.NONE, null),
                Clock.fixed(LocalDate.of(2025, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        Path f = dir.resolve("report-2024.json");
        Files.writeString(f, ReportJson.write(report));
        return f;
    }

    @Test
    void checksAGoodReportAndRendersHtml() throws Exception {
        Path f = reportFile();
        assertThat(runCapturing(Main.OK, "report", "check", f.toString()))
                .contains("通过").contains("某县人民政府办公室2024年政府信息公开工作年度报告");
        assertThat(runCapturing(Main.OK, "report", "html", f.toString())).contains("report-2024.html");
        String html = Files.readString(dir.resolve("report-2024.html"));
        assertThat(html).contains("<html lang=\"zh-CN\">").contains("三、本年度办理结果");
    }

    @Test
    void aReportThatDoesNotReconcileFailsWithTheColumn() throws Exception {
        Path f = reportFile();
        String json = Files.readString(f);
        // pretend one more commercial application was carried over from last year
        String tampered = json.replaceFirst("(\"row\" : \"CARRIED_FROM_LAST_YEAR\",\\s*\"counts\" : \\{\\s*"
                + "\"naturalPerson\" : 0,\\s*\"commercialEnterprise\" : )0(,[^}]*\"total\" : )0", "$11$21");
        assertThat(tampered).isNotEqualTo(json);
        Files.writeString(f, tampered);
        String out = runCapturing(Main.FINDINGS, "report", "check", f.toString(), "--lang", "en");
        // every column that does not reconcile, each at its place in the file (the 四 row's cell)
        assertThat(out).contains("ZWGK-6120").contains(f + ":[").contains("/applications/rows/24/counts/commercialEnterprise")
                .contains("商业企业").contains("一 (1) + 二 (1) = 2").contains("commercialEnterprise")
                .contains("/applications/rows/24/counts/total").contains("2 problem(s)").doesNotContain("Exception");
        assertThat(runCapturing(Main.USAGE, "report", "check", dir.resolve("missing.json").toString()))
                .contains("missing.json");
    }

    @Test
    void unreadableAndNonUtf8FilesGetCodesWithTheFileNotExceptionNames() throws Exception {
        Path missing = dir.resolve("nonexist.json");
        String out = runCapturing(Main.USAGE, "report", "check", missing.toString());
        assertThat(out).contains("ZWGK-6109").contains(missing.toString()).contains("文件不存在").contains("提示")
                .doesNotContain("Exception");
        String folder = runCapturing(Main.USAGE, "report", "html", dir.toString(), "--lang", "en");
        assertThat(folder).contains("ZWGK-6109").contains("is a directory").doesNotContain("Exception");

        String write = runCapturing(Main.USAGE, "report", "html", reportFile().toString(), "-o",
                dir.resolve("no-such-dir/r.html").toString());
        assertThat(write).contains("ZWGK-9003").contains("no-such-dir").doesNotContain("Exception");

        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, Files.readString(reportFile()).getBytes(java.nio.charset.Charset.forName("GBK")));
        String g = runCapturing(Main.FINDINGS, "report", "check", gbk.toString());
        assertThat(g).contains("ZWGK-6110").contains(gbk + ":[").contains("GBK").contains("iconv -f GBK -t UTF-8")
                .doesNotContain("Input length").doesNotContain("Exception");
        String gEn = runCapturing(Main.FINDINGS, "report", "check", gbk.toString(), "--lang", "en");
        assertThat(gEn).contains("looks like GBK/GB18030");
    }

    @Test
    void badFiguresNameTheRowAndJsonProblemsArePlain() throws Exception {
        Path f = reportFile();
        String json = Files.readString(f);
        // row 0 (一、本年新收…): commercialEnterprise 1 → 2 while the stated total stays 1
        String tampered = json.replaceFirst("(\"row\" : \"NEW_THIS_YEAR\",[^{]*\"counts\" : \\{\\s*"
                + "\"naturalPerson\" : 0,\\s*\"commercialEnterprise\" : )1", "$12");
        assertThat(tampered).isNotEqualTo(json);
        Files.writeString(f, tampered);
        String out = runCapturing(Main.FINDINGS, "report", "check", f.toString());
        assertThat(out).contains("ZWGK-6121").contains(f + ":[").contains("/applications/rows/0/counts/total")
                .contains("一、本年新收政府信息公开申请数量").contains("总计 1 与自然人及五类法人或其他组织之和 2");

        Files.writeString(f, json.replace("\"format\" : \"国办公开办函〔2021〕30号\",", ""));
        String missing = runCapturing(Main.FINDINGS, "report", "check", f.toString(), "--lang", "en");
        assertThat(missing).contains("ZWGK-6104").contains("/format").contains("missing field format")
                .doesNotContain("REDACTED").doesNotContain("DeserializationFeature").doesNotContain("Source");
    }
}
