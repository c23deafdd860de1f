package org.zwgk.benchmarks;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Zwgk;
import org.zwgk.benchmarks.baseline.LegacyDispatcher;
import org.zwgk.publish.Dispatcher;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.testing.HttpPostAdapter;
import org.zwgk.testing.HttpReceiver;
import org.zwgk.testing.TestDatabase;
import org.zwgk.store.JdbcDeliveryJournal;

/**
 * Dispatch throughput to a local HTTP receiver, on H2 (file) and PostgreSQL, against two baselines in the same run:
 * <ul>
 *   <li>{@code direct/s}: the same adapter posting the same number of publications directly from the same number of
 *       threads, with no outbox. {@code direct/dispatch} is the cost of durability (claim, lease, status, obligation,
 *       hash-chained event per entry);</li>
 *   <li>{@code legacy/s}: the dispatcher as it was before fencing, lease renewal and the newest-intent checks (a
 *       frozen copy, {@code baseline.LegacyDispatcher}), on the same database. {@code dispatch/legacy} is what they
 *       cost (target: at least 0.90). Legacy and current runs alternate, three rounds each, medians reported.</li>
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.zwgk.benchmarks.DispatchThroughput [entries] [threads]}
 */
public final class DispatchThroughput {

    private DispatchThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        System.out.printf("%-9s %8s %8s %12s %12s %12s %16s %16s%n", "database", "entries", "threads", "direct/s",
                "legacy/s", "dispatch/s", "direct/dispatch", "dispatch/legacy");
        // H2 twice: its default (results written by a background thread up to 500 ms after commit) and
        // WRITE_DELAY=0 (each commit written before it returns), the setting `zwgk dispatch` uses for embedded H2.
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        urls.put("H2", TestDatabase.H2.freshUrl());
        urls.put("H2-wd0", TestDatabase.H2.freshUrl() + ";WRITE_DELAY=0");
        urls.put("POSTGRES", TestDatabase.POSTGRES.freshUrl());
        for (Map.Entry<String, String> db : urls.entrySet()) {
            DataSource ds = TestDatabase.dataSource(db.getValue());
            Zwgk zwgk = Zwgk.builder().dataSource(ds).clock(Clock.system(ZoneId.of("Asia/Shanghai"))).build();
            try (HttpReceiver receiver = new HttpReceiver(0)) {
                HttpPostAdapter adapter = new HttpPostAdapter("website", receiver.uri());
                direct(adapter, n, threads, zwgk); // warm-up: JIT and HTTP connections
                double direct = direct(adapter, n, threads, zwgk);
                List<Double> legacy = new ArrayList<>();
                List<Double> current = new ArrayList<>();
                int round = 0;
                for (int r = 0; r < 3; r++) {
                    boolean legacyFirst = r % 2 == 0; // alternate, so neither always runs on a fuller table
                    for (int k = 0; k < 2; k++) {
                        boolean isLegacy = (k == 0) == legacyFirst;
                        queue(zwgk, ds, n, "r" + (round++) + "-");
                        double rate = isLegacy ? runLegacy(zwgk, adapter, threads, n)
                                : runCurrent(zwgk, adapter, threads, n);
                        (isLegacy ? legacy : current).add(rate);
                    }
                }
                double l = median(legacy);
                double c = median(current);
                System.out.printf("%-9s %8d %8d %12.0f %12.0f %12.0f %16.2f %16.2f%n", db.getKey(), n, threads, direct,
                        l, c, direct / c, c / l);
            }
        }
        System.exit(0);
    }

    static double runCurrent(Zwgk zwgk, HttpPostAdapter adapter, int threads, int n) throws Exception {
        long before = live(zwgk);
        Dispatcher d = zwgk.dispatcher().channel(adapter).threads(threads).batchSize(16)
                .pollInterval(Duration.ofMillis(20)).build();
        long t0 = System.nanoTime();
        d.start();
        while (live(zwgk) < before + n) {
            Thread.sleep(5);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        d.close();
        return n / secs;
    }

    static double runLegacy(Zwgk zwgk, HttpPostAdapter adapter, int threads, int n) throws Exception {
        long before = live(zwgk);
        LegacyDispatcher d = LegacyDispatcher.builder(zwgk.store()).clock(zwgk.clock()).channel(adapter)
                .threads(threads).batchSize(16).pollInterval(Duration.ofMillis(20)).build();
        long t0 = System.nanoTime();
        d.start();
        while (live(zwgk) < before + n) {
            Thread.sleep(5);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        d.close();
        return n / secs;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        java.util.Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static void queue(Zwgk zwgk, DataSource ds, int n, String prefix) throws Exception {
        LocalDate d = LocalDate.of(2024, 9, 20);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Gate g = zwgk.gate(c);
            for (int i = 0; i < n; i++) {
                String id = prefix + "item-" + i;
                g.register(Disclosure.of(id, "01432281X", null, "标题" + i, "正文", "某局", d, null)
                        .withChannels(List.of("website")));
                g.classify(id, Classification.proactive("a", "b", "c", d));
                g.review(id, SecrecyReview.passed("r", "s", d));
                g.publish(id, "c");
                if (i % 200 == 199) {
                    c.commit();
                }
            }
            c.commit();
        }
    }

    static double direct(HttpPostAdapter adapter, int n, int threads, Zwgk zwgk) throws Exception {
        JdbcDeliveryJournal journal = new JdbcDeliveryJournal(zwgk.store());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int part = t;
            fs.add(pool.submit(() -> {
                for (int i = part; i < n; i += threads) {
                    adapter.publish(new Publication("direct-" + i, 1, "direct-" + i, "X/2024-00001", "标题", "正文",
                            DisclosureAttribute.PROACTIVE, "某局", "", LocalDate.of(2024, 9, 20), Instant.now(), "有效",
                            Map.of(), List.of()), journal);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    static long live(Zwgk zwgk) {
        return zwgk.outbox().countsByChannel().getOrDefault("website", Map.of()).getOrDefault(DeliveryStatus.LIVE, 0);
    }
}
