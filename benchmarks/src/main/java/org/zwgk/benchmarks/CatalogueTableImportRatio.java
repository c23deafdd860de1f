package org.zwgk.benchmarks;

import java.util.Arrays;
import java.util.List;
import org.zwgk.office.ImportOptions;
import org.zwgk.office.TableImporter;

/**
 * The import / YAML-validation ratio of {@link CatalogueTableImportBenchmark}, measured interleaved (each round times
 * both back to back, in alternating order; the median of the per-round ratios is reported), and the cost per row at
 * each size, which stays flat when the import grows linearly. On a machine shared with other work, consecutive JMH
 * benchmarks see different loads; within one round both sides see the same.
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.zwgk.benchmarks.CatalogueTableImportRatio 2500 5000 10000</pre>
 */
public final class CatalogueTableImportRatio {

    private CatalogueTableImportRatio() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(2_500, 5_000, 10_000)
                : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.println("rows  yaml-ms  import-ms  ratio(median)  import-us/row");
        for (int rows : sizes) {
            CatalogueTableImportBenchmark.Fixture f = CatalogueTableImportBenchmark.Fixture.of(rows);
            TableImporter importer = TableImporter.with(f.validator());
            int rounds = 12;
            int warmup = 4;
            double[] y = new double[rounds];
            double[] x = new double[rounds];
            double[] ratio = new double[rounds];
            for (int r = -warmup; r < rounds; r++) {
                double a;
                double b;
                if ((r & 1) == 0) {
                    a = time(() -> f.validator().read("catalogue.yaml", f.yaml()));
                    b = time(() -> importer.read("catalogue.xlsx", f.xlsx(), ImportOptions.defaults()));
                } else {
                    b = time(() -> importer.read("catalogue.xlsx", f.xlsx(), ImportOptions.defaults()));
                    a = time(() -> f.validator().read("catalogue.yaml", f.yaml()));
                }
                if (r >= 0) {
                    y[r] = a;
                    x[r] = b;
                    ratio[r] = b / a;
                }
            }
            double my = median(y);
            double mx = median(x);
            System.out.printf("%5d  %7.1f  %9.1f  %13.2f  %13.1f%n", rows, my, mx, median(ratio), mx * 1000 / rows);
        }
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
