package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zwgk.schemas.Schemas;
import org.zwgk.testing.TestDatabase;

/** The JSON conforms to schemas/check-report.schema.json; the HTML puts vetoes first, escapes, and reads well. */
class CheckOutputTest {

    static CheckReport report;

    @BeforeAll
    static void build() {
        World w = new World(TestDatabase.H2, false); // published unscreened, found by the check
        w.at(LocalDate.of(2025, 3, 3)).issue("a", "DOC-003", "<b>通知</b> & \"引号\"", "身份证 350524196803120029");
        w.register("b", "DOC-003", "逾期的通知", "……");
        report = w.run(LocalDate.of(2025, 5, 6));
    }

    static com.networknt.schema.Schema schema() throws Exception {
        var registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2020_12);
        try (var in = Schemas.open(CheckJson.SCHEMA_FILE)) {
            return registry.getSchema(com.networknt.schema.SchemaLocation.of(Schemas.id(CheckJson.SCHEMA_FILE)), in,
                    com.networknt.schema.InputFormat.JSON);
        }
    }

    @Test
    void jsonConformsToTheSchemaAndTheSchemaKnowsEveryIndicator() throws Exception {
        assertThat(report.findings()).extracting(Finding::indicator).contains(Indicator.PERSONAL_DATA,
                Indicator.OBLIGATION_OVERDUE, Indicator.COLUMN_BLANK);
        ObjectMapper om = new ObjectMapper();
        JsonNode json = om.readTree(CheckJson.write(report));
        var schema = schema();
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.at("/summary/veto").asInt()).isEqualTo(report.counts().get(Severity.VETO));
        assertThat(json.at("/findings/0/severity").asText()).isEqualTo("VETO");
        assertThat(json.at("/findings/0/message/en").asText()).contains("resident identity number 350524********0029");
        assertThat(json.at("/skipped/0/reason/zh").asText()).contains("--site");

        JsonNode bad = json.deepCopy();
        ((ObjectNode) bad).put("extra", 1);
        ((ObjectNode) bad.at("/findings/0")).put("severity", "FATAL");
        ((ObjectNode) bad.at("/findings/1/evidence")).put("due", "31.03.2025");
        assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(3);

        JsonNode schemaTree = om.readTree(Schemas.open(CheckJson.SCHEMA_FILE));
        List<String> ids = new ArrayList<>();
        schemaTree.at("/$defs/id/enum").forEach(n -> ids.add(n.asText()));
        List<String> names = new ArrayList<>();
        schemaTree.at("/$defs/indicator/enum").forEach(n -> names.add(n.asText()));
        assertThat(ids).containsExactlyElementsOf(Arrays.stream(Indicator.values()).map(i -> i.code().code()).toList());
        assertThat(names).containsExactlyElementsOf(Arrays.stream(Indicator.values()).map(Enum::name).toList());
    }

    @Test
    void htmlPutsVetoesFirstEscapesEverythingAndKeepsContrast() {
        for (Locale l : List.of(Locale.CHINA, Locale.ENGLISH)) {
            String html = CheckHtml.render(report, l);
            assertThat(html.split("<h1>", -1)).hasSize(2);
            assertThat(html.split("<main", -1)).hasSize(2);
            assertThat(html).contains(l == Locale.CHINA ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">");
            String veto = l == Locale.CHINA ? "单项否决项" : "Veto findings";
            String columns = l == Locale.CHINA ? "按栏目列出的全部问题" : "All findings by column";
            assertThat(html.indexOf(veto)).isPositive().isLessThan(html.indexOf(columns));
            assertThat(html).contains("&lt;b&gt;通知&lt;/b&gt; &amp; &quot;引号&quot;").doesNotContain("<b>通知");
            assertThat(html).doesNotContain("350524196803120029").doesNotContain("src=").doesNotContain("http://")
                    .doesNotContain("https://");
            Matcher m = Pattern.compile("(?<![-a-z])color:#([0-9a-fA-F]{6})").matcher(html);
            int colours = 0;
            while (m.find()) {
                colours++;
                assertThat(contrast(Integer.parseInt(m.group(1), 16), 0xFFFFFF)).as("#%s on white", m.group(1))
                        .isGreaterThanOrEqualTo(4.5);
            }
            assertThat(colours).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void textOfEveryFindingNamesItsIdMessageAndHintInBothLanguages() {
        for (Finding f : report.findings()) {
            for (Locale l : List.of(Locale.CHINA, Locale.ENGLISH)) {
                assertThat(f.message(l)).isNotBlank().doesNotContain("{0}").doesNotContain("{1}");
                assertThat(f.hint(l)).isNotBlank();
            }
            assertThat(f.message(Locale.ENGLISH)).isNotEqualTo(f.message(Locale.CHINA));
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("截至").doesNotContain("应于").doesNotContain("已逾期");
        }
        assertThat(report.hasAtLeast(Severity.VETO)).isTrue();
        assertThat(report.worst()).contains(Severity.VETO);
    }

    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int rgb) {
        double[] c = {(rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
