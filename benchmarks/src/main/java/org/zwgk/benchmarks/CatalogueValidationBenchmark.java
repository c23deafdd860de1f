package org.zwgk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.schemas.Schemas;
import org.zwgk.timelimit.TimeLimitPhrases;
import org.zwgk.validation.ValidationReport;

/**
 * Full catalogue validation (read + parse with locations + JSON Schema + semantic rules, as the Maven plugin and the
 * CLI run it) against the baseline of the same file parsed by Jackson YAML and checked by networknt
 * json-schema-validator alone. Targets (issue 2): full within 2x of schema-only; linear growth (100k ~ 10x 10k).
 *
 * <p>Both sides read the file from disk in every invocation, and both reuse a compiled schema / validator built in
 * setup, as a long-running build or server would.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CatalogueValidation -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CatalogueValidationBenchmark {

    @Param({"10000", "100000"})
    public int items;

    private Path dir;
    private Path file;
    private CatalogueValidator validator;
    private YAMLMapper yaml;
    private Schema schema;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("zwgk-bench");
        file = dir.resolve("catalogue-" + items + ".yaml");
        CatalogueGenerator.writeYaml(file, items, 20201115L);
        validator = pluginValidator();
        // Same SnakeYAML code-point limit as the validator (the 3 Mi default rejects 10,000 items).
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(128 * 1024 * 1024);
        yaml = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
        schema = catalogueSchema();
        // Fail fast if the generated file is not what we think we measure: a valid catalogue of `items` items.
        ValidationReport report = fullValidation();
        if (!report.violations().isEmpty() || report.items() != items) {
            throw new IllegalStateException("generated catalogue is not clean: " + report.items() + " items, "
                    + report.violations().stream().limit(5).map(v -> v.toLine(java.util.Locale.ENGLISH)).toList());
        }
        List<com.networknt.schema.Error> errors = schemaOnly();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("generated catalogue fails the schema: " + errors.subList(0,
                    Math.min(5, errors.size())));
        }
    }

    /** The validator as zwgk:validate and the CLI configure it: with the built-in time-limit parser. */
    static CatalogueValidator pluginValidator() {
        return CatalogueValidator.builder().timeLimitCheck(new TimeLimitPhrases()).build();
    }

    /** The catalogue schema from the class path, with its {@code $id}, as the real validator loads it. */
    static Schema catalogueSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = Schemas.open(Schemas.CATALOGUE)) {
            return registry.getSchema(SchemaLocation.of(Schemas.id(Schemas.CATALOGUE)), in, InputFormat.JSON);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What {@code mvn zwgk:validate} and {@code zwgk validate} do: bytes → report. */
    @Benchmark
    public ValidationReport fullValidation() {
        return validator.validate(dir, List.of(file));
    }

    /** The baseline: Jackson YAML tree + networknt JSON Schema, no locations, no semantic rules. */
    @Benchmark
    public List<com.networknt.schema.Error> schemaOnly() throws IOException {
        JsonNode tree = yaml.readTree(file.toFile());
        return schema.validate(tree);
    }
}
