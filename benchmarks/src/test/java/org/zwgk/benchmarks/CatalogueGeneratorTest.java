package org.zwgk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark input is what we claim: exactly N well-formed items in the documented format, reproducibly. */
class CatalogueGeneratorTest {

    private static final List<String> REQUIRED = List.of("id", "path", "content", "basis", "timeLimit", "subject",
            "channels", "audience", "method", "levels");

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 26, 27, 1000, 2601})
    void writesExactlyTheRequestedItemsWithEveryRequiredElement(int items) throws Exception {
        String text = generate(items, 7L);
        JsonNode root = new YAMLMapper().readTree(text);

        assertThat(root.path("zwgk").asInt()).isEqualTo(1);
        assertThat(root.path("catalogue").path("region").isTextual()).as("region stays a string").isTrue();
        int count = 0;
        Set<String> ids = new HashSet<>();
        Set<String> domainCodes = new HashSet<>();
        for (JsonNode domain : root.path("domains")) {
            assertThat(domainCodes.add(domain.path("code").asText())).isTrue();
            JsonNode list = domain.path("items");
            assertThat(list.size()).isPositive();
            assertThat(list.get(0).path("timeLimit").asText()).as("同上 never opens a domain").isNotEqualTo("同上");
            for (JsonNode item : list) {
                count++;
                for (String key : REQUIRED) {
                    assertThat(item.hasNonNull(key)).as("item %s has %s", item.path("id"), key).isTrue();
                }
                assertThat(ids.add(item.path("id").asText())).as("unique id %s", item.path("id")).isTrue();
                assertThat(item.path("path").size()).isEqualTo(2);
                for (JsonNode c : item.path("channels")) {
                    String ch = c.asText();
                    assertThat(List.of(CatalogueGenerator.CHANNELS).contains(ch) || ch.startsWith("其他:"))
                            .as("channel %s", ch).isTrue();
                }
            }
        }
        assertThat(count).isEqualTo(items);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 20201115L})
    void sameSeedSameBytesOtherSeedOtherBytes(long seed) throws Exception {
        assertThat(generate(500, seed)).isEqualTo(generate(500, seed)).isNotEqualTo(generate(500, seed + 1));
    }

    private static String generate(int items, long seed) throws Exception {
        StringWriter w = new StringWriter();
        CatalogueGenerator.writeYaml(w, items, seed);
        return w.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2600})
    void theRealValidatorAndTheSchemaFindNothing(int items) throws Exception {
        byte[] bytes = generate(items, 20201115L).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.zwgk.validation.ValidationReport report = CatalogueValidationBenchmark.pluginValidator()
                .validate("generated.yaml", bytes);
        assertThat(report.violations()).extracting(v -> v.toLine(java.util.Locale.ENGLISH)).isEmpty();
        assertThat(report.items()).isEqualTo(items);
        assertThat(CatalogueValidationBenchmark.catalogueSchema().validate(new YAMLMapper().readTree(bytes))).isEmpty();
    }
}
