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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.HttpReceiver;
import org.zwgk.testing.TestDatabase;

/**
 * {@code zwgk dispatch} as a real separate JVM on the default H2 file database, stopped with SIGTERM in the middle
 * of slow deliveries: it exits promptly with 143, holds no claim afterwards, every delivery the receiver saw is
 * recorded (none lost, none recorded without a receipt), and a second run delivers the rest exactly once.
 */
class DispatchSigtermTest {

    static final LocalDate D = LocalDate.of(2024, 9, 20);
    static final int N = 40;
    /**
     * A slow channel (1.5 s a delivery): the delivery in hand outlasts H2's own shutdown hook by far, so a database
     * closed by that hook under the recording worker would show (it did, on an AUTO_SERVER file, before the
     * dispatcher stopped on the signal itself: 28 entries left SENT and claimed).
     */
    static final int DELAY_MS = 1500;

    static Process startDispatch(String url, Path cfg, Path log) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-cp", cp,
                Main.class.getName(), "dispatch", "--store", url, "--config", cfg.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** key → status of every outbox entry, plus the entries still claimed. */
    static Map<String, String> states(String url) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT idempotency_key, status, claimed_by, lease_until, attempts "
                     + "FROM zwgk_outbox")) {
            while (rs.next()) {
                String state = rs.getString(2);
                if (rs.getString(3) != null || rs.getObject(4) != null) {
                    state += "+CLAIMED";
                }
                if ("QUEUED".equals(rs.getString(2)) && rs.getInt(5) != 0) {
                    state += "+ATTEMPTS=" + rs.getInt(5);
                }
                out.put(rs.getString(1), state);
            }
        }
        return out;
    }

    /**
     * On the default store, an H2 file, opened alone and with {@code AUTO_SERVER=TRUE} (beside other processes). With
     * AUTO_SERVER H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE} and closes the database from its own shutdown hook: the
     * dispatcher stops on the signal itself, before the hooks run, so the delivery in hand is still recorded.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "H2 file{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", ";AUTO_SERVER=TRUE"})
    void sigtermFinishesInFlightReleasesTheRestAndExits(String settings, @TempDir Path dir) throws Exception {
        // The default store: H2 in file mode (the test JVM lets go of it before the dispatcher starts).
        String url = "jdbc:h2:file:" + dir.resolve("zwgk").toAbsolutePath() + settings;
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url))
                .clock(Clock.system(ZoneId.of("Asia/Shanghai"))).build();
        zwgk.inTransaction(g -> {
            for (int i = 0; i < N; i++) {
                String id = "doc-" + i;
                g.register(Disclosure.of(id, "01432281X", null, "标题" + i, "正文", "某局", D, null)
                        .withChannels(List.of("test-http")));
                g.classify(id, Classification.proactive("a", "b", "c", D));
                g.review(id, SecrecyReview.passed("r", "s", D));
                g.publish(id, "c");
            }
            return null;
        });
        assertThat(states(url)).hasSize(N).allSatisfy((k, v) -> assertThat(v).isEqualTo("QUEUED"));

        try (HttpReceiver receiver = new HttpReceiver(DELAY_MS)) {
            Path cfg = dir.resolve("dispatch.properties");
            // Two workers, each claiming 16 slow entries: finishing a whole batch would take ~24 s.
            Files.writeString(cfg, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=" + receiver.uri()
                    + "\nzwgk.dispatch.threads=2\nzwgk.dispatch.batch-size=16\nzwgk.dispatch.poll-millis=50\n");
            Path log = dir.resolve("dispatch.log");
            Process p = startDispatch(url, cfg, log);
            long end = System.currentTimeMillis() + 30_000;
            while (receiver.requests() < 3 && p.isAlive() && System.currentTimeMillis() < end) {
                Thread.sleep(10);
            }
            assertThat(receiver.requests()).as("delivering before SIGTERM; log: %s", Files.readString(log))
                    .isGreaterThanOrEqualTo(3);
            long t0 = System.nanoTime();
            p.destroy(); // SIGTERM
            boolean exited = p.waitFor(10, TimeUnit.SECONDS);
            long stopMillis = (System.nanoTime() - t0) / 1_000_000;
            if (!exited) {
                p.destroyForcibly().waitFor();
            }
            String output = Files.readString(log);
            assertThat(exited).as("exits on SIGTERM; log: %s", output).isTrue();
            // In flight: at most one entry per worker (DELAY_MS each), then the JVM exit; not the whole batch.
            assertThat(stopMillis).as("stopped within the in-flight delivery, not the batch; log: %s", output)
                    .isLessThan(DELAY_MS + 3_000);
            assertThat(p.exitValue()).as("documented exit code 128+SIGTERM").isEqualTo(143);
            assertThat(output).doesNotContain("Exception");

            Map<String, String> after = states(url);
            Map<String, Integer> seen = receiver.counts();
            System.out.printf("SIGTERM: stopped in %d ms, %d delivered before, states %s%n", stopMillis, seen.size(),
                    after.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                            java.util.stream.Collectors.counting())));
            assertThat(after.values()).as("no claim left behind, released entries not charged an attempt")
                    .allMatch(s -> s.equals("LIVE") || s.equals("QUEUED"));
            assertThat(after.entrySet().stream().filter(e -> e.getValue().equals("LIVE")).map(Map.Entry::getKey))
                    .as("LIVE exactly for the deliveries the receiver acknowledged")
                    .containsExactlyInAnyOrderElementsOf(seen.keySet());
            assertThat(seen.size()).as("SIGTERM came mid-run").isBetween(3, N - 1);

            // A second run (one-shot, against a fast receiver) delivers the rest, each key exactly once over both.
            try (HttpReceiver fast = new HttpReceiver(0)) {
                Path cfg2 = dir.resolve("dispatch-rest.properties");
                Files.writeString(cfg2, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=" + fast.uri()
                        + "\nzwgk.dispatch.threads=2\n");
                OutboxCommandTest.Result second = OutboxCommandTest.run("dispatch", "--store", url, "--config",
                        cfg2.toString(), "--once");
                assertThat(second.code()).as(second.err()).isZero();
                Map<String, Integer> all = new java.util.HashMap<>(receiver.counts());
                fast.counts().forEach((k, v) -> all.merge(k, v, Integer::sum));
                assertThat(all).hasSize(N).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1));
            }
            assertThat(states(url).values()).containsOnly("LIVE");
        }
    }
}
