package org.zwgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Decision;
import org.zwgk.request.ReplyType;
import org.zwgk.spi.ZwgkException;

/** Errors of reading a report JSON document: codes, locations, plain words — never Jackson's internals. */
class ReportJsonErrorsTest {

    private static final ObjectMapper OM = new ObjectMapper();

    @TempDir
    Path dir;

    private static String json() {
        var apps = List.of(ReportFixtures.app(ApplicantType.NATURAL_PERSON, "2024-03-01", "2024-03-20",
                Decision.of(ReplyType.DISCLOSED)));
        return ReportJson.write(AnnualReports.compute(new AnnualReports.Input("某县人民政府办公室", 2024, apps,
                ProactiveDisclosureFigures.NONE, ReviewLitigationFigures.NONE, null), ReportFixtures.CLOCK));
    }

    private static ZwgkException readFails(String json) {
        return catchThrowableOfType(() -> ReportJson.read(json), ZwgkException.class);
    }

    private static void noInternals(ZwgkException e) {
        for (Locale l : List.of(Locale.CHINA, Locale.ENGLISH)) {
            assertThat(e.message(l)).doesNotContain("Source").doesNotContain("REDACTED")
                    .doesNotContain("Feature").doesNotContain("org.zwgk").doesNotContain("creator")
                    .doesNotContain("`").doesNotContain("Exception");
        }
    }

    @Test
    void missingFieldNamesTheFieldWithLineColumnAndPointer() throws Exception {
        ObjectNode tree = (ObjectNode) OM.readTree(json());
        tree.remove("format");
        ZwgkException e = readFails(OM.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        assertThat(e.code()).isEqualTo("ZWGK-6104");
        assertThat(e.message(Locale.CHINA)).contains("缺少字段 format").containsPattern("\\[\\d+,\\d+\\] /format");
        assertThat(e.message(Locale.ENGLISH)).contains("missing field format");
        noInternals(e);

        ObjectNode inner = (ObjectNode) OM.readTree(json());
        ((ObjectNode) inner.at("/applications/rows/3/counts")).remove("naturalPerson");
        ZwgkException e2 = readFails(OM.writerWithDefaultPrettyPrinter().writeValueAsString(inner));
        assertThat(e2.message(Locale.ENGLISH)).contains("/applications/rows/3/counts/naturalPerson")
                .contains("missing field naturalPerson");
        noInternals(e2);
    }

    @Test
    void wrongTypeAndUnknownFieldAndSyntaxArePlain() throws Exception {
        ObjectNode tree = (ObjectNode) OM.readTree(json());
        ((ObjectNode) tree.at("/applications/rows/0/counts")).put("total", "三");
        String text = OM.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        ZwgkException e = readFails(text);
        assertThat(e.code()).isEqualTo("ZWGK-6104");
        int line = (int) text.lines().takeWhile(l -> !l.contains("\"三\"")).count() + 1;
        assertThat(e.message(Locale.CHINA)).contains("类型不符").contains("整数")
                .contains("[" + line + ",").contains("/applications/rows/0/counts/total");
        assertThat(e.message(Locale.ENGLISH)).contains("wrong type").contains("integer");
        noInternals(e);

        ZwgkException unknown = readFails(json().replace("\"year\"", "\"yeer\" : 1, \"year\""));
        assertThat(unknown.message(Locale.CHINA)).contains("未知字段 yeer").contains("/yeer");
        assertThat(unknown.message(Locale.ENGLISH)).contains("unknown field yeer");
        noInternals(unknown);

        ZwgkException syntax = readFails("{\n  \"format\": ,\n}");
        assertThat(syntax.message(Locale.CHINA)).contains("[2,").contains("语法");
        noInternals(syntax);
        ZwgkException eof = readFails("{");
        assertThat(eof.message(Locale.ENGLISH)).contains("[1,").contains("end");
        noInternals(eof);

        ZwgkException date = readFails(json().replace("\"generatedOn\" : \"2025-01-10\"",
                "\"generatedOn\" : \"2025-13-10\""));
        assertThat(date.message(Locale.CHINA)).contains("/generatedOn").contains("日期");
        noInternals(date);
    }

    @Test
    void totalMismatchNamesTheRowByPointerAndLabel() throws Exception {
        ObjectNode tree = (ObjectNode) OM.readTree(json());
        ((ObjectNode) tree.at("/applications/rows/2/counts")).put("total", 8).put("naturalPerson", 9);
        ZwgkException e = readFails(OM.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        assertThat(e.code()).isEqualTo("ZWGK-6105");
        assertThat(e.message(Locale.CHINA)).contains("/applications/rows/2/counts").contains("（一）予以公开")
                .contains("合计 8").contains("各项之和 9");
        assertThat(e.message(Locale.ENGLISH)).contains("/applications/rows/2/counts").contains("total 8");

        ObjectNode neg = (ObjectNode) OM.readTree(json());
        ((ObjectNode) neg.at("/applications/rows/0/counts")).put("otherOrganisation", -1);
        ZwgkException n = readFails(OM.writeValueAsString(neg));
        assertThat(n.code()).isEqualTo("ZWGK-6102");
        assertThat(n.message(Locale.ENGLISH)).contains("/applications/rows/0/counts/otherOrganisation");
    }

    @Test
    void readingAFileGivesCodedErrorsWithTheFileAsLocation() throws Exception {
        Path missing = dir.resolve("nonexist.json");
        ZwgkException e = catchThrowableOfType(() -> ReportJson.read(missing), ZwgkException.class);
        assertThat(e.code()).isEqualTo("ZWGK-6109");
        assertThat(e.message(Locale.CHINA)).contains(missing.toString()).contains("文件不存在");
        assertThat(e.message(Locale.ENGLISH)).contains("no such file").doesNotContain("Exception");

        ZwgkException d = catchThrowableOfType(() -> ReportJson.read(dir), ZwgkException.class);
        assertThat(d.code()).isEqualTo("ZWGK-6109");
        assertThat(d.message(Locale.ENGLISH)).contains("is a directory");

        Path gbk = dir.resolve("gbk.json");
        Files.write(gbk, "{\n  \"format\": \"国办公开办函〔2021〕30号\"\n}".getBytes(Charset.forName("GBK")));
        ZwgkException g = catchThrowableOfType(() -> ReportJson.read(gbk), ZwgkException.class);
        assertThat(g.code()).isEqualTo("ZWGK-6110");
        assertThat(g.message(Locale.CHINA)).contains(gbk + ":[2,14]").contains("GBK");
        assertThat(g.hint(Locale.CHINA)).contains("iconv -f GBK -t UTF-8");
        assertThat(g.message(Locale.ENGLISH)).doesNotContain("Input length").doesNotContain("Malformed");

        Path latin = dir.resolve("latin.json");
        Files.write(latin, new byte[] {'{', '"', 'a', (byte) 0xE9, '"', '\n', '}'});
        ZwgkException l = catchThrowableOfType(() -> ReportJson.read(latin), ZwgkException.class);
        assertThat(l.code()).isEqualTo("ZWGK-6111");
        assertThat(l.message(Locale.ENGLISH)).contains(latin + ":[1,4]").contains("byte 3");

        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "\uFEFF" + json());
        assertThat(ReportJson.read(ok).year()).isEqualTo(2024);
        // errors inside the document name the file too
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, json().replace("\"year\"", "\"yeer\""));
        ZwgkException b = catchThrowableOfType(() -> ReportJson.read(bad), ZwgkException.class);
        assertThat(b.message(Locale.CHINA)).contains(bad + ":[").contains("/year").contains("缺少字段 year");
    }
}
