package org.zwgk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.validation.Severity;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

class CatalogueValidatorTest {

    private static byte[] minimal() throws IOException {
        try (InputStream in = CatalogueValidatorTest.class.getResourceAsStream("/catalogue/valid/minimal.yaml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void byDefaultTheBuiltInParserChecksPhrases() throws IOException {
        // the default check is org.zwgk.timelimit.TimeLimitPhrases: the minimal catalogue is clean
        assertThat(CatalogueValidator.create().validate("m.yaml", minimal()).violations()).isEmpty();
    }

    @Test
    void withoutATimeLimitParserOneWarningCountsTheUncheckedPhrases() throws IOException {
        ValidationReport r = CatalogueValidator.builder().withoutTimeLimitCheck().build().validate("m.yaml", minimal());
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(CatalogueErrors.TIME_LIMIT_NOT_CHECKED);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.pointer()).isEqualTo("/domains/0/items/0/timeLimit");
            assertThat(v.line()).isEqualTo(19);
            assertThat(v.args()).containsExactly("1"); // 同上 is resolved, not checked twice
        });
    }

    @Test
    void theHookSeesResolvedPhrasesOnceAndAnUnreadableOneIsAnErrorAtEachUse() throws IOException {
        List<String> asked = new ArrayList<>();
        CatalogueValidator v = CatalogueValidator.builder().timeLimitCheck(p -> {
            asked.add(p);
            return p.contains("10个工作日") ? TimeLimitPhraseCheck.Result.unreadable("测试：不认识") : TimeLimitPhraseCheck.Result.ok();
        }).build();
        ValidationReport r = v.validate("m.yaml", minimal());
        assertThat(asked).containsExactly("制定或获取信息之日起10个工作日内");
        assertThat(r.errors()).extracting(Violation::code, Violation::pointer, Violation::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CatalogueErrors.TIME_LIMIT_UNREADABLE, "/domains/0/items/0/timeLimit", 19));
        assertThat(r.errors().get(0).message(Locale.CHINA)).contains("测试：不认识");
    }

    @Test
    void sameAsAboveKeepsTheRawPhraseAndTheEffectiveOne() throws IOException {
        CatalogueValidator v = CatalogueValidator.builder().timeLimitCheck(p -> TimeLimitPhraseCheck.Result.ok()).build();
        CatalogueResult r = v.read("m.yaml", minimal());
        assertThat(r.report().violations()).isEmpty();
        Item second = r.catalogue().orElseThrow().item("SA-002").orElseThrow();
        assertThat(second.timeLimit().phrase()).isEqualTo("同上");
        assertThat(second.timeLimit().isSameAsAbove()).isTrue();
        assertThat(second.timeLimit().effective()).isEqualTo("制定或获取信息之日起10个工作日内");
    }

    @Test
    void lookupsByIdStageAndDomain() throws IOException {
        Catalogue c = CatalogueLoader.load("m.yaml", new java.io.ByteArrayInputStream(minimal()));
        assertThat(c.item("SA-001")).get().extracting(Item::subject).isEqualTo("县级民政部门、乡镇政府(街道)");
        assertThat(c.item("nope")).isEmpty();
        assertThat(c.itemsByStage(Stage.RESULT)).extracting(Item::id).containsExactly("SA-002");
        assertThat(c.itemsByStage(Stage.DECISION)).isEmpty();
        assertThat(c.itemsOfDomain("social-assistance")).extracting(Item::id).containsExactly("SA-001", "SA-002");
        assertThat(c.itemsOf(PilotDomain.SOCIAL_ASSISTANCE)).hasSize(2);
        assertThat(c.domainOf(c.item("SA-002").orElseThrow())).get().extracting(Domain::code).isEqualTo("social-assistance");
        assertThat(c.itemsAt(Level.COUNTY)).extracting(Item::id).containsExactly("SA-001");
        Item first = c.item("SA-001").orElseThrow();
        assertThat(first.channels()).containsExactly(Channel.of(StandardChannel.GOVERNMENT_WEBSITE),
                Channel.of(StandardChannel.READING_POINT), Channel.other("12345政务服务热线"));
        assertThat(first.elements()).containsExactly(new ContentElement("文件名称", true));
        assertThat(c.metadata().effective()).isEqualTo(LocalDate.of(2020, 11, 15));
        assertThat(c.metadata().level()).isEqualTo(Level.TOWNSHIP);
    }

    @Test
    void loaderThrowsWithTheWholeReport(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, new String(minimal(), StandardCharsets.UTF_8).replace("id: SA-002", "id: SA-001"));
        assertThatThrownBy(() -> CatalogueLoader.load(f)).isInstanceOfSatisfying(CatalogueException.class, e -> {
            assertThat(e.code()).isEqualTo("ZWGK-1090");
            assertThat(e.report().errors()).extracting(Violation::code).containsExactly(CatalogueErrors.DUPLICATE_ITEM_ID);
            assertThat(e.getMessage()).contains("ZWGK-1050").contains("[26,9]");
            assertThat(e.describe(Locale.ENGLISH)).contains("Item id \"SA-001\" is used twice (first on line 14)");
        });
    }

    @Test
    void validatePathsNamesFilesAsGivenAndReportsMissingOnes(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("cats/sub"));
        Files.write(sub.resolve("a.yaml"), minimal());
        Files.writeString(sub.resolve("notes.txt"), "ignored");
        Files.writeString(dir.resolve("cats/b.json"), "{");
        ValidationReport r = CatalogueValidator.create().validatePaths(List.of(dir.resolve("cats"), dir.resolve("missing.yaml")));
        assertThat(r.files()).isEqualTo(3);
        String base = dir.toString().replace('\\', '/');
        assertThat(r.violations()).extracting(Violation::file, v -> v.code().code()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(base + "/cats/b.json", "ZWGK-1008"),
                org.assertj.core.groups.Tuple.tuple(base + "/missing.yaml", "ZWGK-1011"));
    }

    @Test
    void validateRelativeToBaseDir(@TempDir Path dir) throws IOException {
        Path f = Files.createDirectories(dir.resolve("src/main/zwgk")).resolve("x.yaml");
        Files.writeString(f, "zwgk: 1\n");
        ValidationReport r = CatalogueValidator.create().validate(dir, List.of(f));
        assertThat(r.violations()).extracting(Violation::file).containsOnly("src/main/zwgk/x.yaml");
        assertThat(r.violations()).extracting(v -> v.code().code()).containsExactly("ZWGK-1031", "ZWGK-1031");
    }

    @Test
    void modelBuiltInCodeIsCheckedWithJakartaValidationAndPointers() {
        Item bad = new Item("X-1", List.of("a"), " ", List.of(), List.of("b"), TimeLimit.of("实时公开"), "s",
                List.of(Channel.of(StandardChannel.GOVERNMENT_WEBSITE)), Audience.PUBLIC, Method.PROACTIVE,
                List.of(Level.TOWNSHIP), null);
        Catalogue c = new Catalogue(1, new CatalogueMetadata("BAD", "t", "i", Level.TOWNSHIP, null, "1",
                LocalDate.of(2020, 1, 1), List.of()), List.of(new Domain("d", "社会救助", List.of(bad))));
        ValidationReport r = CatalogueValidator.create().check("code", c);
        assertThat(r.violations()).extracting(Violation::code).containsOnly(CatalogueErrors.CONSTRAINT);
        assertThat(r.violations()).extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/catalogue/id", "/domains/0/items/0/content");
    }

    @Test
    void aFileValueTheSchemaAcceptsButTheModelRejectsIsStillReported() throws IOException {
        // "\\S" in the schema accepts ideographic spaces (U+3000); @NotBlank does not. The fast pre-check must
        // hand such a file to Hibernate Validator, so the finding is the same as before it existed.
        String doc = new String(minimal(), StandardCharsets.UTF_8)
                .replace("title: 示例镇政务公开事项标准目录", "title: \"\u3000\u3000\"");
        ValidationReport r = CatalogueValidator.create().validate("m.yaml", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.violations()).extracting(v -> v.toLine(Locale.ENGLISH))
                .containsExactly("m.yaml:[4,3] ZWGK-1073 /catalogue/title "
                        + CatalogueErrors.CONSTRAINT.message(Locale.ENGLISH, "/catalogue/title", "must not be blank"));
    }

    @Test
    void syntaxErrorsAreViolationsNeverExceptions() {
        for (String text : List.of("a: [", "{\"a\": }", "key: 'x\n", "\t- x", "a: *nope", "!!binary x: y", ": : :")) {
            ValidationReport r = CatalogueValidator.create().validate("t.yaml", text.getBytes(StandardCharsets.UTF_8));
            assertThat(r.hasErrors()).as(text).isTrue();
        }
    }

    @Test
    void gbkIsNamedAndTheHintSaysHowToConvert() throws IOException {
        byte[] gbk = new String(minimal(), StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("GBK"));
        Violation v = CatalogueValidator.create().validate("g.yaml", gbk).violations().get(0);
        assertThat(v.code()).isEqualTo(CatalogueErrors.GBK_ENCODING);
        assertThat(v.message(Locale.CHINA)).contains("GBK");
        assertThat(v.hint(Locale.CHINA)).contains("iconv -f GBK -t UTF-8");
    }

    @Test
    void largeYamlFilesAreReadAndAliasBombsAreRejected() throws IOException {
        String longContent = "公开内容".repeat(800_000); // 3.2 M code points, over SnakeYAML's default 3 M limit
        byte[] yaml = new String(minimal(), StandardCharsets.UTF_8)
                .replace("初审对象姓名、家庭人口、拟保障金额", longContent).getBytes(StandardCharsets.UTF_8);
        CatalogueResult r = CatalogueValidator.create().read("big.yaml", yaml);
        assertThat(r.report().errors()).isEmpty();
        assertThat(r.catalogue().orElseThrow().item("SA-002").orElseThrow().content()).hasSize(3_200_000);

        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append("]\n");
        }
        ValidationReport b = CatalogueValidator.create().validate("bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));
        // Aliases are not expanded into copies (Jackson reads an alias as a reference), so 9^25 nodes never exist:
        // the document is merely not a catalogue.
        assertThat(b.hasErrors()).isTrue();
        assertThat(b.violations().size()).isLessThan(100);
    }
}
