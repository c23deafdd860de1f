package org.zwgk.benchmarks;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueResult;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.office.ImportOptions;
import org.zwgk.office.TableExporter;
import org.zwgk.office.TableImport;
import org.zwgk.office.TableImporter;

/**
 * Importing a catalogue from an Excel sheet against validating the same catalogue as YAML, in the same run: the
 * baseline is {@link #validateYaml} (what {@code zwgk validate} and the Maven plugin do); {@link #importXlsx} reads
 * the .xlsx zwgk exports for it (the 26 pilot domains, one sheet each, 一级事项 merged down) and runs the same
 * validator on the result. Sizes 2,500 / 5,000 / 10,000 rows show how both grow.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CatalogueTableImportBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogueTableImportBenchmark {

    @Param({"2500", "5000", "10000"})
    public int rows;

    private byte[] yaml;
    private byte[] xlsx;
    private CatalogueValidator validator;
    private TableImporter importer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Fixture f = Fixture.of(rows);
        yaml = f.yaml();
        xlsx = f.xlsx();
        validator = f.validator();
        importer = TableImporter.with(validator);
    }

    /** The same catalogue as YAML and as the .xlsx export, and the validator both go through. */
    record Fixture(byte[] yaml, byte[] xlsx, CatalogueValidator validator) {
        static Fixture of(int rows) throws Exception {
            StringWriter w = new StringWriter();
            CatalogueGenerator.writeYaml(w, rows, 20201115L);
            byte[] yaml = w.toString().getBytes(StandardCharsets.UTF_8);
            CatalogueValidator validator = CatalogueValidator.create();
            CatalogueResult r = validator.read("catalogue.yaml", yaml);
            Catalogue c = r.catalogue().orElseThrow(() -> new IllegalStateException(r.report().toString()));
            byte[] xlsx = TableExporter.toXlsx(c);
            TableImport back = TableImporter.with(validator).read("catalogue.xlsx", xlsx, ImportOptions.defaults());
            if (!back.catalogue().equals(java.util.Optional.of(c))) {
                throw new IllegalStateException("the export does not import back equal: " + back.errors());
            }
            return new Fixture(yaml, xlsx, validator);
        }
    }

    @Benchmark
    public Object validateYaml() {
        return validator.read("catalogue.yaml", yaml);
    }

    @Benchmark
    public Object importXlsx() {
        return importer.read("catalogue.xlsx", xlsx, ImportOptions.defaults());
    }
}
