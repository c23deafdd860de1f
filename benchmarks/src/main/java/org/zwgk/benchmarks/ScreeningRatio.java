package org.zwgk.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The ratios of {@link ScreeningBenchmark}, measured interleaved (as {@link CatalogueValidationRatio} does): each
 * round times a screening and its baseline back to back, in alternating order, and the medians of the per-round
 * times and ratios are reported. On a machine shared with other work the load changes between JMH's consecutive
 * benchmarks by more than the difference being measured; within one round both sides see the same load.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.zwgk.benchmarks.ScreeningRatio [rounds]</pre>
 */
public final class ScreeningRatio {

    private ScreeningRatio() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ScreeningBenchmark b = new ScreeningBenchmark();
        b.setUp();
        double mb = ScreeningBenchmark.TEXT_BYTES / 1e6;
        compare("screenText / patternScan", rounds, 10, b::screenText, b::patternScan, mb);
        compare("screenTextWith1000Words / patternScan", rounds, 10, b::screenTextWith1000Words, b::patternScan, mb);
        compare("typicalItem / extractOnly", rounds, 10, b::typicalItem, b::extractOnly, 0);
    }

    private static void compare(String name, int rounds, int warmup, Callable<?> subject, Callable<?> baseline,
                                double mb) throws Exception {
        double[] s = new double[rounds];
        double[] b = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            double ts;
            double tb;
            if ((r & 1) == 0) {
                ts = time(subject);
                tb = time(baseline);
            } else {
                tb = time(baseline);
                ts = time(subject);
            }
            if (r >= 0) {
                s[r] = ts;
                b[r] = tb;
                ratio[r] = ts / tb;
            }
        }
        double ms = median(s);
        double mbs = median(b);
        System.out.printf("%-40s %9.2f ms vs %9.2f ms   ratio %.2f (p25 %.2f, p75 %.2f)", name, ms, mbs,
                median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75));
        if (mb > 0) {
            System.out.printf("   %.1f MB/s vs %.1f MB/s", mb / (ms / 1000), mb / (mbs / 1000));
        }
        System.out.println();
    }

    private static double time(Callable<?> c) throws Exception {
        long t = System.nanoTime();
        Object o = c.call();
        double ms = (System.nanoTime() - t) / 1e6;
        if (o == null) {
            throw new IllegalStateException("no result");
        }
        return ms;
    }

    private static double median(double[] v) {
        return quantile(v, 0.5);
    }

    private static double quantile(double[] v, double q) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[(int) Math.round(q * (c.length - 1))];
    }
}
