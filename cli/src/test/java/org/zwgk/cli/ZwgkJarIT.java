package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar as users do ({@code java -jar cli/target/zwgk.jar validate samples/catalogues --format json})
 * in the verify phase, after packaging: the shading (service files, multi-release classes, schema resources) is
 * exactly what this proves.
 */
class ZwgkJarIT {

    @Test
    void validateSamplesAsJson() throws IOException, InterruptedException {
        Path jar = Path.of("target", "zwgk.jar");
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "validate", "../samples/catalogues", "--format", "json")
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).as("no start-up noise on stderr").isEmpty();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("files").asInt()).isEqualTo(2);
        assertThat(json.get("items").asInt()).isEqualTo(43);
        assertThat(json.get("violations")).allSatisfy(v -> {
            assertThat(v.get("severity").asText()).isEqualTo("warning");
            assertThat(v.get("file").asText()).startsWith("../samples/catalogues/");
            assertThat(v.get("message").asText()).contains("时限");
        });
    }

    /**
     * {@code zwgk screen} from the shaded jar: the text extractors are found through the merged service files, POI's
     * multi-release classes load, and neither PDFBox nor POI writes log noise to stderr.
     */
    @Test
    void screenReadsPdfWordAndExcelQuietly(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, InterruptedException {
        java.nio.file.Files.write(dir.resolve("公示.pdf"), org.zwgk.extract.testing.TestDocuments.pdf(
                java.util.List.of(java.util.List.of("联系电话：13800138000"))));
        java.nio.file.Files.write(dir.resolve("名单.xlsx"), org.zwgk.extract.testing.TestDocuments.xlsx(
                java.util.List.of("名单"), java.util.List.of(java.util.List.of(java.util.List.of("电话"),
                        java.util.List.of("#13900139000")))));
        java.nio.file.Files.write(dir.resolve("通知.docx"), org.zwgk.extract.testing.TestDocuments.docx(
                java.util.List.of("身份证 11010519491231002X"), java.util.List.of()));
        Path jar = Path.of("target", "zwgk.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "screen", dir.toString(), "--format", "json")
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out + err).isEqualTo(1);
        assertThat(err).as("no library log lines on stderr").isEmpty();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("findings")).extracting(f -> f.get("maskedValue").asText())
                .containsExactlyInAnyOrder("138****8000", "139****9000", "110105********002X");
        assertThat(out).doesNotContain("13800138000", "13900139000", "11010519491231002X");
    }

    /** The launcher ({@code bin/zwgk}) finds this checkout's jar and runs it as {@code java -jar} does. */
    @Test
    void theLauncherRunsThisCheckoutsJar() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", Path.of("..", "bin", "zwgk").toString(), "validate",
                "../samples/catalogues", "--format", "json");
        pb.environment().remove("ZWGK_JAR");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(new ObjectMapper().readTree(out).get("items").asInt()).isEqualTo(43);
    }
}
