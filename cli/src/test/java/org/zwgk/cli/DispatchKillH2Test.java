package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.HttpReceiver;
import org.zwgk.testing.TestDatabase;

/**
 * {@code zwgk dispatch} on the default store, an embedded H2 file opened with {@code AUTO_SERVER=TRUE} (the URL
 * docs/gate.md gives for running the dispatcher beside other processes), killed with SIGKILL mid-delivery again and
 * again and restarted on the same file. While it runs, {@code zwgk outbox list} is run from this, another, process
 * on the same file and must succeed (issue 11, reproduction 7: without AUTO_SERVER it cannot open the database,
 * and with it the old command refused to start). Asserts the H2 guarantee documented in docs/gate.md: nothing lost —
 * every entry ends delivered and every key reached the receiver — and every repeat is the same delivery (same key,
 * same body). Not exactly-once at the receiver: a kill repeats the deliveries in hand, plus, on H2, those whose
 * result the killed JVM had committed but H2 had not yet written (see the document).
 */
class DispatchKillH2Test {

    static final LocalDate D = LocalDate.of(2024, 9, 20);
    static final int N = 300;
    static final int VIA_GATE = 20;
    static final int KILLS = 4;
    static final int THREADS = 2;
    static final long SEED = 20240920L;

    /** Queues N publications: the first through the gate, the rest cloned from them with plain SQL (fast). */
    static Set<String> queue(String url) throws Exception {
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url))
                .clock(Clock.system(ZoneId.of("Asia/Shanghai"))).build();
        zwgk.inTransaction(g -> {
            for (int i = 0; i < VIA_GATE; i++) {
                String id = "k" + i;
                g.register(Disclosure.of(id, "01432281X", null, "标题" + i, "正文" + i, "某局", D, null)
                        .withChannels(List.of("test-http")));
                g.classify(id, Classification.proactive("a", "b", "c", D));
                g.review(id, SecrecyReview.passed("r", "s", D));
                g.publish(id, "c");
            }
            return null;
        });
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            String cols = "body_code, catalogue_item_id, title, content, publisher, document_number, formed_on, "
                    + "policy_document, state, version, channels, attribute, grounds, reason, redactions, proposer, "
                    + "office_reviewer, decider, decided_on, review_outcome, review_reviewer, review_signer, "
                    + "review_on, review_remarks, log_head, log_length, created_at, updated_at";
            st.executeUpdate("INSERT INTO zwgk_item (item_id, index_number, " + cols + ") SELECT 'k' || x, 'X/' || x, "
                    + cols + " FROM zwgk_item, SYSTEM_RANGE(" + VIA_GATE + ", " + (N - 1) + ") WHERE item_id = 'k0'");
            String ocols = "channel, action, version, payload, status, attempts, next_attempt_at, created_at, updated_at";
            st.executeUpdate("INSERT INTO zwgk_outbox (item_id, idempotency_key, " + ocols + ") SELECT 'k' || x, "
                    + "'zwgk-clone-' || x, " + ocols + " FROM zwgk_outbox, SYSTEM_RANGE(" + VIA_GATE + ", " + (N - 1)
                    + ") WHERE item_id = 'k0'");
        }
        Set<String> keys = new HashSet<>(DispatchSigtermTest.states(url).keySet());
        assertThat(keys).hasSize(N);
        return keys;
    }

    @Test
    void killedRepeatedlyOnAnH2FileLosesNothing(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("zwgk").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        long t0 = System.nanoTime();
        Set<String> keys;
        // One connection held while queueing: the file stays open in this JVM instead of being opened (lock file,
        // server) for every statement. Closed before the dispatcher starts, so the dispatcher process holds the file.
        Connection anchor = DriverManager.getConnection(url);
        try {
            keys = queue(url);
        } finally {
            anchor.close();
        }
        Random random = new Random(SEED);
        try (HttpReceiver receiver = new HttpReceiver(10)) {
            Path cfg = dir.resolve("dispatch.properties");
            // Lease at its minimum (5 s) so a killed process's claims come back within the test.
            Files.writeString(cfg, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=" + receiver.uri()
                    + "\nzwgk.dispatch.threads=" + THREADS + "\nzwgk.dispatch.batch-size=8\nzwgk.dispatch.poll-millis=50"
                    + "\nzwgk.dispatch.lease-seconds=5\n");
            int kills = 0;
            for (int round = 0; round < KILLS; round++) {
                Path log = dir.resolve("dispatch-" + round + ".log");
                Process p = DispatchSigtermTest.startDispatch(url, cfg, log);
                long before = receiver.requests();
                long end = System.currentTimeMillis() + 20_000;
                while (receiver.requests() < before + 5 && p.isAlive() && System.currentTimeMillis() < end) {
                    Thread.sleep(5);
                }
                assertThat(receiver.requests()).as("seed %d round %d delivering; log: %s", SEED, round,
                        Files.readString(log)).isGreaterThanOrEqualTo(before + 5);
                // The operator looks while the dispatcher process holds the file: it reaches it through H2's server,
                // and the dispatcher goes on delivering after the operator's process has let go.
                listWhileRunning(url, p);
                if (round == 0) {
                    // An operator who forgets AUTO_SERVER is told so, and how to share the file, instead of H2's
                    // "Database may be already in use".
                    String plain = url.replace(";AUTO_SERVER=TRUE", "");
                    OutboxCommandTest.Result refused = OutboxCommandTest.run("outbox", "list", "--store", plain);
                    assertThat(refused.code()).isEqualTo(2);
                    assertThat(refused.err()).contains("ZWGK-9210", dir.resolve("zwgk.mv.db").toString(),
                            ";AUTO_SERVER=TRUE").doesNotContain("Exception");
                }
                long listed = receiver.requests();
                long until = System.currentTimeMillis() + 10_000;
                while (receiver.requests() == listed && p.isAlive() && System.currentTimeMillis() < until) {
                    Thread.sleep(5);
                }
                assertThat(receiver.requests()).as("seed %d round %d: delivering after the listing; log: %s", SEED,
                        round, Files.readString(log)).isGreaterThan(listed);
                Thread.sleep(100 + random.nextInt(300));
                p.destroyForcibly(); // SIGKILL: no shutdown hook; H2's pending writes and the claims stay as they are
                p.waitFor();
                kills++;
            }
            int seenAfterKills = receiver.counts().size();
            long requestsAfterKills = receiver.requests();
            assertThat(seenAfterKills).as("seed %d: the kills interrupted the run", SEED).isLessThan(N);

            // Restart on the same file until every entry is delivered: the killed processes' claims return when
            // their 5 s lease expires (operators may also `zwgk outbox release`).
            // Generous: each one-shot run opens the database in this JVM, which a loaded CI machine makes slow; the
            // loop ends as soon as everything is delivered (≈ 6–8 s on an idle machine).
            long end = System.currentTimeMillis() + 45_000;
            anchor = DriverManager.getConnection(url); // as above: held by this JVM until the end
            Map<String, String> states = DispatchSigtermTest.states(url);
            while (!allDelivered(states) && System.currentTimeMillis() < end) {
                OutboxCommandTest.Result r = OutboxCommandTest.run("dispatch", "--store", url, "--config",
                        cfg.toString(), "--once");
                assertThat(r.code()).as(r.err()).isZero();
                states = DispatchSigtermTest.states(url);
                if (!allDelivered(states)) {
                    Thread.sleep(250);
                }
            }
            anchor.close();
            Map<String, Integer> counts = receiver.counts();
            long repeats = receiver.requests() - N;
            System.out.printf("H2 kill -9: %d entries, %d kills, %d delivered before the last restart "
                    + "(%d requests), %d repeated deliveries in all (max %d per key), %d ms%n", N, kills,
                    seenAfterKills, requestsAfterKills, repeats,
                    counts.values().stream().mapToInt(Integer::intValue).max().orElse(0),
                    (System.nanoTime() - t0) / 1_000_000);

            assertThat(states).as("seed %d: every entry ends delivered, none claimed; claims left: %s", SEED,
                            claimsLeft(url)).hasSize(N)
                    .allSatisfy((k, v) -> assertThat(v).as(k).isIn("LIVE", "ACCEPTED"));
            assertThat(counts.keySet()).as("seed %d: every key reached the receiver", SEED)
                    .containsExactlyInAnyOrderElementsOf(keys);
            assertThat(receiver.bodies()).as("seed %d: a repeat is the same delivery (same key, same body)", SEED)
                    .allSatisfy((k, bodies) -> assertThat(bodies).as(k).hasSize(1));
            // `zwgk dispatch` runs embedded H2 with WRITE_DELAY=0: a recorded result survives kill -9, so a kill
            // repeats only the deliveries in hand (at most one per worker). H2's default (500 ms) repeated ~20 per kill.
            assertThat(repeats).as("seed %d: repeats only the deliveries in hand at each kill", SEED)
                    .isLessThanOrEqualTo((long) kills * THREADS);
        }
    }

    /** Runs {@code zwgk outbox list --format json} while the dispatcher process {@code p} is alive: every entry. */
    private static void listWhileRunning(String url, Process p) throws Exception {
        assertThat(p.isAlive()).as("the dispatcher holds the file while the operator lists").isTrue();
        OutboxCommandTest.Result list = OutboxCommandTest.run("outbox", "list", "--store", url, "--format", "json");
        assertThat(list.code()).as("zwgk outbox list beside a running zwgk dispatch: %s", list.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode entries = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(list.out());
        assertThat(entries.size()).as("every entry listed").isEqualTo(N);
        assertThat(p.isAlive()).as("the dispatcher outlived the listing").isTrue();
    }

    @Test
    void embeddedH2GetsDurableCommitsUnlessTheUrlSaysOtherwise() {
        assertThat(DispatchCommand.keepOpenUntilStopped("jdbc:h2:file:./zwgk"))
                .isEqualTo("jdbc:h2:file:./zwgk;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(DispatchCommand.keepOpenUntilStopped("jdbc:h2:./zwgk;write_delay=500"))
                .isEqualTo("jdbc:h2:./zwgk;write_delay=500;DB_CLOSE_ON_EXIT=FALSE");
        // AUTO_SERVER=TRUE: H2 refuses DB_CLOSE_ON_EXIT=FALSE with it, so only WRITE_DELAY is added.
        assertThat(DispatchCommand.keepOpenUntilStopped("jdbc:h2:file:./zwgk;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./zwgk;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(DispatchCommand.keepOpenUntilStopped("jdbc:h2:./zwgk;auto_server=true;Write_Delay=10"))
                .isEqualTo("jdbc:h2:./zwgk;auto_server=true;Write_Delay=10");
        for (String url : List.of("jdbc:h2:tcp://db/zwgk", "jdbc:h2:mem:x", "jdbc:postgresql://db/zwgk")) {
            assertThat(DispatchCommand.keepOpenUntilStopped(url)).as(url).isEqualTo(url);
        }
        org.zwgk.spi.ZwgkException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.zwgk.spi.ZwgkException.class, () -> DispatchCommand.keepOpenUntilStopped(
                        "jdbc:h2:file:./zwgk;AUTO_SERVER=TRUE;DB_CLOSE_ON_EXIT=FALSE"));
        assertThat(e.code()).isEqualTo("ZWGK-9211");
    }

    private static boolean allDelivered(Map<String, String> states) {
        return states.size() == N && states.values().stream().allMatch(s -> s.equals("LIVE") || s.equals("ACCEPTED"));
    }

    /** For a failure message: who holds the entries still claimed, until when, and the time now. */
    private static String claimsLeft(String url) throws Exception {
        StringBuilder b = new StringBuilder("now=" + java.time.OffsetDateTime.now());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT idempotency_key, status, claimed_by, lease_until, attempts "
                     + "FROM zwgk_outbox WHERE claimed_by IS NOT NULL OR status NOT IN ('LIVE', 'ACCEPTED')")) {
            while (rs.next()) {
                b.append("; ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(" by ")
                        .append(rs.getString(3)).append(" until ").append(rs.getObject(4)).append(" attempts ")
                        .append(rs.getInt(5));
            }
        }
        return b.toString();
    }
}
