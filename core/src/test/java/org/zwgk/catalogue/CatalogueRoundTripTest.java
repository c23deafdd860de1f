package org.zwgk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.testing.RandomCatalogues;
import org.zwgk.validation.ValidationReport;

/** Property: writing any valid catalogue as YAML or JSON and reading it back gives an equal catalogue. */
class CatalogueRoundTripTest {

    private static final long BASE_SEED = Long.getLong("zwgk.seed", 20201115L);
    private static final CatalogueValidator VALIDATOR = CatalogueValidator.builder()
            .timeLimitCheck(p -> TimeLimitPhraseCheck.Result.ok()).build();
    private static final CatalogueWriter WRITER = new CatalogueWriter();

    @org.junit.jupiter.api.BeforeAll
    static void printSeed() {
        System.out.println("CatalogueRoundTripTest: seeds " + BASE_SEED + ".." + (BASE_SEED + 999)
                + " (override the base with -Dzwgk.seed=N)");
    }

    static LongStream seeds() {
        return LongStream.range(0, 1000).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yamlAndJsonRoundTrip(long seed) {
        Catalogue original = new RandomCatalogues(seed).catalogue(4, 6);
        String yaml = WRITER.toYaml(original);
        String json = WRITER.toJson(original);
        CatalogueResult fromYaml = VALIDATOR.read("random.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        CatalogueResult fromJson = VALIDATOR.read("random.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(errors(fromYaml.report())).as("seed %d, YAML:\n%s", seed, yaml).isEmpty();
        assertThat(errors(fromJson.report())).as("seed %d, JSON:\n%s", seed, json).isEmpty();
        assertThat(fromYaml.catalogue()).as("seed %d", seed).contains(original);
        assertThat(fromJson.catalogue()).as("seed %d", seed).contains(original);
        assertThat(fromYaml.report().items()).as("seed %d", seed).isEqualTo(original.items().size());
    }

    private static java.util.List<String> errors(ValidationReport r) {
        return r.errors().stream().map(v -> v.toLine(java.util.Locale.ENGLISH)).toList();
    }
}
