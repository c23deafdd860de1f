package org.zwgk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.validation.ValidationReport;

/**
 * The full-validation / schema-only ratio of {@link CatalogueValidationBenchmark}, measured interleaved: each round
 * times both (in alternating order) back to back, and the median of the per-round ratios is reported. On a machine
 * shared with other work the load changes between JMH's consecutive benchmarks by more than the difference being
 * measured; within one round both sides see the same load.
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar org.zwgk.benchmarks.CatalogueValidationRatio 10000 100000</pre>
 */
public final class CatalogueValidationRatio {

    private CatalogueValidationRatio() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        CatalogueValidator validator = CatalogueValidationBenchmark.pluginValidator();
        Schema schema = CatalogueValidationBenchmark.catalogueSchema();
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(128 * 1024 * 1024);
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
        Path dir = Files.createTempDirectory("zwgk-ratio");
        try {
            for (int items : sizes) {
                Path file = dir.resolve("catalogue-" + items + ".yaml");
                CatalogueGenerator.writeYaml(file, items, 20201115L);
                int rounds = items >= 100_000 ? 6 : 16;
                int warmup = items >= 100_000 ? 1 : 4;
                double[] full = new double[rounds];
                double[] base = new double[rounds];
                double[] ratio = new double[rounds];
                for (int r = -warmup; r < rounds; r++) {
                    double f;
                    double b;
                    if ((r & 1) == 0) {
                        f = timeFull(validator, dir, file, items);
                        b = timeSchemaOnly(yaml, schema, file);
                    } else {
                        b = timeSchemaOnly(yaml, schema, file);
                        f = timeFull(validator, dir, file, items);
                    }
                    if (r >= 0) {
                        full[r] = f;
                        base[r] = b;
                        ratio[r] = f / b;
                    }
                }
                System.out.printf("items=%d rounds=%d full=%.0f ms schema-only=%.0f ms ratio median=%.2f "
                                + "(min %.2f, max %.2f)%n", items, rounds, median(full), median(base), median(ratio),
                        Arrays.stream(ratio).min().orElse(0), Arrays.stream(ratio).max().orElse(0));
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static double timeFull(CatalogueValidator v, Path dir, Path file, int items) {
        long t = System.nanoTime();
        ValidationReport report = v.validate(dir, List.of(file));
        double ms = (System.nanoTime() - t) / 1e6;
        if (!report.violations().isEmpty() || report.items() != items) {
            throw new IllegalStateException("generated catalogue is not clean: " + report.violations().size());
        }
        return ms;
    }

    private static double timeSchemaOnly(YAMLMapper yaml, Schema schema, Path file) throws IOException {
        long t = System.nanoTime();
        JsonNode tree = yaml.readTree(file.toFile());
        List<com.networknt.schema.Error> errors = schema.validate(tree);
        double ms = (System.nanoTime() - t) / 1e6;
        if (!errors.isEmpty()) {
            throw new IllegalStateException("generated catalogue fails the schema: " + errors.size());
        }
        return ms;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
