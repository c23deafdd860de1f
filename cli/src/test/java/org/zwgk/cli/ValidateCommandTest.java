package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.testing.ErrorCodeScanner;

class ValidateCommandTest {


    private static OutboxCommandTest.Result run(String... args) {
        return OutboxCommandTest.run(args);
    }

    private static Path samples() {
        Path p = Path.of("..", "samples", "catalogues");
        assertThat(p).isDirectory();
        return p;
    }

    @Test
    void samplesAsJsonExitZeroWithTheDocumentedShape() throws IOException {
        OutboxCommandTest.Result r = run("validate", samples().toString(), "--format", "json", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("files").asInt()).isEqualTo(2);
        assertThat(json.get("items").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(json.get("violations")).isEmpty(); // every time limit is read by the built-in parser
    }

    @Test
    void errorsGiveExitOneAndEveryJsonField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "zwgk: 1\ncatalogue:\n  id: x\n  tittle: t\n", StandardCharsets.UTF_8);
        OutboxCommandTest.Result r = run("validate", f.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("files").asInt()).isEqualTo(1);
        assertThat(json.get("items").asInt()).isZero();
        JsonNode unknown = null;
        for (JsonNode v : json.get("violations")) {
            assertThat(v.fieldNames()).toIterable().containsExactly("code", "severity", "file", "line", "column",
                    "pointer", "message", "hint");
            if (v.get("code").asText().equals("ZWGK-1030")) {
                unknown = v;
            }
        }
        assertThat(unknown).isNotNull();
        assertThat(unknown.get("severity").asText()).isEqualTo("error");
        assertThat(unknown.get("file").asText()).isEqualTo(f.toString().replace('\\', '/'));
        assertThat(unknown.get("line").asInt()).isEqualTo(4);
        assertThat(unknown.get("column").asInt()).isEqualTo(3);
        assertThat(unknown.get("pointer").asText()).isEqualTo("/catalogue/tittle");
        assertThat(unknown.get("message").asText()).isEqualTo("未知的键 \"tittle\"（是否想写 \"title\"？）");
        assertThat(unknown.get("hint").asText()).startsWith("此处允许的键：id, title");
    }

    @Test
    void textOutputHasOneLinePerViolationThenItsHintThenTheSummary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("v.yaml");
        Files.writeString(f, "zwgk: 2\n", StandardCharsets.UTF_8);
        OutboxCommandTest.Result r = run("validate", f.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.out().split("\\R")).containsExactly(
                f.toString().replace('\\', '/') + ":[1,1] ZWGK-1021 /zwgk Unsupported format version zwgk: 2 (supported: 1)",
                "    hint: Write zwgk: 1 (no quotes); files of a newer version need a newer zwgk.",
                "1 files, 0 items, 1 errors, 0 warnings");
    }

    @Test
    void chineseSummaryByDefault() {
        OutboxCommandTest.Result r = run("validate", samples().resolve("fengcheng-town.yaml").toString());
        assertThat(r.code()).isZero();
        // every time limit of the sample is read by the built-in parser (the default check): nothing to report
        assertThat(r.out()).isEqualTo("1 个文件，27 个事项，0 个错误，0 个警告" + System.lineSeparator());
    }

    @Test
    void missingFileIsAnIoProblemWithACodeNotAStackTrace() {
        OutboxCommandTest.Result r = run("validate", "no/such/file.yaml");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("ZWGK-9001 文件或目录不存在：no/such/file.yaml").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("validate").code()).isEqualTo(Main.USAGE);
        assertThat(run("validate", "x.yaml", "--format", "xml").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void cliErrorCodesAreDocumented() {
        String doc = ErrorCodeScanner.errorsDoc();
        assertThat(ErrorCodeScanner.declaredAlongside(CliErrors.class)).isNotEmpty()
                .allSatisfy(c -> assertThat(doc).contains("### " + c.code()));
    }
}
