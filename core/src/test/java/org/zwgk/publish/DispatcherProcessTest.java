package org.zwgk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.DispatcherProcess;
import org.zwgk.testing.HttpReceiver;
import org.zwgk.testing.TestDatabase;

/**
 * Reliability with real processes on PostgreSQL: a dispatcher killed with SIGKILL again and again mid-delivery
 * loses nothing and repeats carry the same key; two dispatcher processes on one database deliver each entry once.
 */
class DispatcherProcessTest {

    static final LocalDate D = LocalDate.of(2024, 9, 20);

    /**
     * Queues {@code n} publications: a first batch through the gate, the rest cloned from them with plain SQL
     * (the gate is tested elsewhere; this keeps the test in seconds on a loaded machine).
     */
    static Set<String> queue(DataSource ds, int n, String prefix) throws Exception {
        Zwgk zwgk = Zwgk.builder().dataSource(ds).clock(Clock.system(ZoneId.of("Asia/Shanghai"))).build();
        int viaGate = Math.min(n, 50);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Gate g = zwgk.gate(c);
            for (int i = 0; i < viaGate; i++) {
                String id = prefix + i;
                g.register(Disclosure.of(id, "01432281X", null, "标题" + i, "正文", "某局", D, null)
                        .withChannels(List.of("website")));
                g.classify(id, Classification.proactive("a", "b", "c", D));
                g.review(id, SecrecyReview.passed("r", "s", D));
                g.publish(id, "c");
            }
            c.commit();
            try (Statement st = c.createStatement()) {
                String cols = "body_code, catalogue_item_id, title, content, publisher, document_number, formed_on, "
                        + "policy_document, state, version, channels, attribute, grounds, reason, redactions, proposer, "
                        + "office_reviewer, decider, decided_on, review_outcome, review_reviewer, review_signer, "
                        + "review_on, review_remarks, log_head, log_length, created_at, updated_at";
                st.executeUpdate("INSERT INTO zwgk_item (item_id, index_number, " + cols + ") SELECT '" + prefix
                        + "' || g, 'X/' || g, " + cols + " FROM zwgk_item, generate_series(" + viaGate + ", " + (n - 1)
                        + ") g WHERE item_id = '" + prefix + "0'");
                String ocols = "channel, action, version, payload, status, attempts, next_attempt_at, created_at, updated_at";
                st.executeUpdate("INSERT INTO zwgk_outbox (item_id, idempotency_key, " + ocols + ") SELECT '" + prefix
                        + "' || g, 'zwgk-' || md5('" + prefix + "' || g), " + ocols + " FROM zwgk_outbox, generate_series("
                        + viaGate + ", " + (n - 1) + ") g WHERE item_id = '" + prefix + "0'");
            }
            c.commit();
        }
        Set<String> keys = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT idempotency_key FROM zwgk_outbox")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        assertThat(keys).hasSize(n);
        return keys;
    }

    static void awaitAll(HttpReceiver receiver, Set<String> keys, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end && !receiver.counts().keySet().containsAll(keys)) {
            Thread.sleep(50);
        }
    }

    static long count(DataSource ds, String where) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM zwgk_outbox WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void killedRepeatedlyMidDeliveryLosesNothing() throws Exception {
        String url = TestDatabase.POSTGRES.freshUrl();
        DataSource ds = TestDatabase.dataSource(url);
        long t0 = System.nanoTime();
        Set<String> keys = queue(ds, 2000, "k");
        System.out.printf("queue 2000: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        Random r = new Random(42);
        try (HttpReceiver receiver = new HttpReceiver(1)) {
            int kills = 0;
            for (int round = 0; round < 6; round++) {
                Process p = DispatcherProcess.start(url, receiver.uri(), 1500, 2);
                long before = receiver.requests();
                // Kill only once it is delivering, at a random moment.
                long end = System.currentTimeMillis() + 20_000;
                while (receiver.requests() == before && p.isAlive() && System.currentTimeMillis() < end) {
                    Thread.sleep(10);
                }
                Thread.sleep(100 + r.nextInt(300));
                p.destroyForcibly(); // SIGKILL: no shutdown hook, claims stay behind with their leases
                p.waitFor();
                kills++;
            }
            long afterKills = receiver.counts().size();
            assertThat(afterKills).as("kills interrupted delivery").isLessThan(keys.size());
            System.out.printf("kills done at %d ms, delivered %d%n", (System.nanoTime() - t0) / 1_000_000, afterKills);
            Process last = DispatcherProcess.start(url, receiver.uri(), 1500, 2);
            try {
                awaitAll(receiver, keys, 60_000);
                long end = System.currentTimeMillis() + 10_000;
                while (count(ds, "status <> 'LIVE'") > 0 && System.currentTimeMillis() < end) {
                    Thread.sleep(50);
                }
            } finally {
                last.destroy(); // SIGTERM: stops cleanly
                last.waitFor();
            }
            System.out.printf("all done at %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(kills).isEqualTo(6);
            assertThat(receiver.counts().keySet()).as("every entry delivered").containsExactlyInAnyOrderElementsOf(keys);
            for (Map.Entry<String, Set<String>> e : receiver.bodies().entrySet()) {
                assertThat(e.getValue()).as("repeats of %s are the same delivery", e.getKey()).hasSize(1);
            }
            assertThat(count(ds, "status = 'LIVE'")).isEqualTo(keys.size());
            long repeats = receiver.requests() - keys.size();
            System.out.printf("crash test: %d entries, %d kills, %d repeated deliveries%n", keys.size(), kills, repeats);
        }
    }

    @Test
    void twoDispatcherProcessesDeliverEachEntryOnce() throws Exception {
        String url = TestDatabase.POSTGRES.freshUrl();
        DataSource ds = TestDatabase.dataSource(url);
        Set<String> keys = queue(ds, 1000, "t");
        try (HttpReceiver receiver = new HttpReceiver(0)) {
            Process a = DispatcherProcess.start(url, receiver.uri(), 60_000, 2);
            Process b = DispatcherProcess.start(url, receiver.uri(), 60_000, 2);
            try {
                awaitAll(receiver, keys, 60_000);
                Thread.sleep(300); // give a duplicate, if any, time to arrive
            } finally {
                a.destroy();
                b.destroy();
                a.waitFor();
                b.waitFor();
            }
            assertThat(receiver.counts().keySet()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(receiver.counts().values()).as("each entry delivered exactly once").containsOnly(1);
            Set<String> workers = new HashSet<>();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT DISTINCT actor FROM zwgk_event WHERE event_type = 'DELIVERED'")) {
                while (rs.next()) {
                    workers.add(rs.getString(1).replaceAll("#\\d+$", ""));
                }
            }
            assertThat(workers).as("both processes delivered").hasSize(2);
        }
    }
}
