package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.HttpReceiver;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.TestDatabase;

class OutboxCommandTest {

    static final LocalDate D = LocalDate.of(2024, 9, 20);

    /** A command's exit code and what it printed; the CLI tests' one way of running {@link Main#run}. */
    record Result(int code, String out, String err) {
        java.util.List<String> lines() {
            return out.lines().toList();
        }
    }

    static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void listRetryReleaseAndDispatchOnce(@TempDir Path dir) throws Exception {
        String url = TestDatabase.H2.freshUrl();
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url)).clock(MutableClock.beijing()).build();
        zwgk.inTransaction(g -> {
            g.register(Disclosure.of("doc-1", "01432281X", null, "关于<公开>的通知", "正文", "某局", D, null)
                    .withChannels(List.of("test-http")));
            g.classify("doc-1", Classification.proactive("a", "b", "c", D));
            g.review("doc-1", SecrecyReview.passed("r", "s", D));
            return g.publish("doc-1", "c");
        });

        Result list = run("outbox", "list", "--store", url, "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode arr = new ObjectMapper().readTree(list.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(1);
        JsonNode e = arr.get(0);
        assertThat(e.get("item").asText()).isEqualTo("doc-1");
        assertThat(e.get("channel").asText()).isEqualTo("test-http");
        assertThat(e.get("status").asText()).isEqualTo("QUEUED");
        assertThat(e.get("attempts").asInt()).isZero();
        assertThat(e.get("idempotencyKey").asText()).startsWith("zwgk-");
        long id = e.get("id").asLong();

        Result retry = run("outbox", "retry", "--store", url, String.valueOf(id));
        assertThat(retry.code()).isEqualTo(Main.USAGE);
        assertThat(retry.err()).contains("ZWGK-4011").doesNotContain("Exception");
        assertThat(run("outbox", "release", "--store", url, "999").err()).contains("ZWGK-4010");
        assertThat(run("outbox", "list", "--store", url, "--status", "nope").err()).contains("ZWGK-9155");

        Path badCfg = dir.resolve("bad.properties");
        Files.writeString(badCfg, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=http://127.0.0.1:1/\n"
                + "zwgk.channel.nosuch.enabled=true\nzwgk.dispatch.threads=0\n");
        Result bad = run("dispatch", "--store", url, "--config", badCfg.toString(), "--once");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("nosuch", "bad.properties:[3,").doesNotContain("Exception");
        Path badSetting = dir.resolve("setting.properties");
        Files.writeString(badSetting, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=http://127.0.0.1:1/\n"
                + "zwgk.dispatch.threads=0\n");
        assertThat(run("dispatch", "--store", url, "--config", badSetting.toString(), "--once").err())
                .contains("ZWGK-9153", "zwgk.dispatch.threads");

        try (HttpReceiver receiver = new HttpReceiver(0)) {
            Path cfg = dir.resolve("dispatch.properties");
            Files.writeString(cfg, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=" + receiver.uri() + "\n");
            Result d = run("dispatch", "--store", url, "--config", cfg.toString(), "--once");
            assertThat(d.code()).as(d.err()).isZero();
            assertThat(receiver.counts()).containsEntry(e.get("idempotencyKey").asText(), 1);
        }
        Result after = run("outbox", "list", "--store", url);
        assertThat(after.out()).contains("doc-1", "LIVE");
    }

    /** A failed entry shows its next try next to the error kind; an unknown --format is a usage error. */
    @Test
    void aFailedEntryShowsItsNextTryAndAnUnknownFormatIsUsage(@TempDir Path dir) throws Exception {
        String url = TestDatabase.H2.freshUrl();
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url)).clock(MutableClock.beijing()).build();
        zwgk.inTransaction(g -> {
            g.register(Disclosure.of("doc-2", "01432281X", null, "通知", "正文", "某局", D, null)
                    .withChannels(List.of("test-http")));
            g.classify("doc-2", Classification.proactive("a", "b", "c", D));
            g.review("doc-2", SecrecyReview.passed("r", "s", D));
            return g.publish("doc-2", "c");
        });
        Path cfg = Files.writeString(dir.resolve("down.properties"),
                "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=http://127.0.0.1:1/\n");
        assertThat(run("dispatch", "--store", url, "--config", cfg.toString(), "--once").code()).isZero();
        Result list = run("outbox", "list", "--store", url);
        String row = list.out().lines().filter(l -> l.contains("doc-2")).findFirst().orElseThrow();
        assertThat(row).contains("FAILED").containsPattern("next \\d{4}-\\d{2}-\\d{2}T").contains("TRANSIENT");
        Result xml = run("outbox", "list", "--store", url, "--format", "xml");
        assertThat(xml.code()).isEqualTo(Main.USAGE);
        assertThat(xml.out()).doesNotContain("doc-2");
    }

    /** A rate-limited channel: operators see the pause and each entry's next try, and can end the pause. */
    @Test
    void listShowsChannelPauseAndResumeEndsIt() throws Exception {
        String url = TestDatabase.H2.freshUrl();
        // The CLI reads the system clock: the pause must lie ahead of it. Milliseconds: the database keeps
        // microseconds, and a nanosecond 'now' rounded up would make the queued entries not yet due.
        MutableClock clock = new MutableClock(java.time.Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS), java.time.ZoneId.of("Asia/Shanghai"));
        org.zwgk.testing.RecordingAdapter wechat = new org.zwgk.testing.RecordingAdapter("wechat");
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url)).clock(clock).channel(wechat).build();
        for (String id : List.of("doc-1", "doc-2")) {
            zwgk.inTransaction(g -> {
                g.register(Disclosure.of(id, "01432281X", null, "通知", "正文", "某局", D, null)
                        .withChannels(List.of("wechat")));
                g.classify(id, Classification.proactive("a", "b", "c", D));
                g.review(id, SecrecyReview.passed("r", "s", D));
                return g.publish(id, "c");
            });
        }
        wechat.failNext(new org.zwgk.spi.channel.ChannelException(org.zwgk.spi.channel.ChannelErrorKind.RATE_LIMITED,
                "errcode 45009 daily quota", "45009", null, java.time.Duration.ofHours(3), null));
        try (org.zwgk.publish.Dispatcher d = zwgk.dispatcher().build()) {
            d.drain();
        }
        assertThat(wechat.calls()).hasSize(1);
        String until = zwgk.outbox().pauses().get(0).pausedUntil().toString();

        Result text = run("outbox", "list", "--store", url);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("PAUSED wechat until " + until + " RATE_LIMITED 45009 by ")
                .contains("FAILED", "next " + until + "; RATE_LIMITED errcode 45009 daily quota");
        JsonNode arr = new ObjectMapper().readTree(run("outbox", "list", "--store", url, "--format", "json").out());
        assertThat(arr).hasSize(2).allSatisfy(e -> {
            assertThat(e.get("channelPausedUntil").asText()).isEqualTo(until);
            assertThat(e.get("nextAttemptAt").asText()).isEqualTo(until);
            assertThat(e.get("attempts").asInt()).isZero();
        });

        Result resume = run("outbox", "resume", "--store", url, "wechat", "website");
        assertThat(resume.code()).as(resume.err()).isZero();
        assertThat(resume.out().lines()).containsExactly("wechat resumed (paused until " + until + ")",
                "website not paused");
        Result after = run("outbox", "list", "--store", url, "--format", "json");
        assertThat(new ObjectMapper().readTree(after.out())).allSatisfy(e -> {
            assertThat(e.get("channelPausedUntil").isNull()).isTrue();
            assertThat(java.time.Instant.parse(e.get("nextAttemptAt").asText())).isBefore(java.time.Instant.parse(until));
        });
        assertThat(run("outbox", "list", "--store", url).out()).doesNotContain("PAUSED");
    }
}
