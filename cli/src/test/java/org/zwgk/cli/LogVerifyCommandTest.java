package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.cli.OutboxCommandTest.Result;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.Secret;
import org.zwgk.store.ZwgkStore;

/**
 * {@code zwgk log verify} on a demo year with its real archive hand-over batches: intact; then each kind of tampering
 * found at its exact place — a rewritten and rehashed chain only by the archive's anchor, an edited body, a deleted
 * event — and a keyed log that needs its key.
 */
class LogVerifyCommandTest {

    @TempDir
    static Path tmp;

    static Path out;
    static String url;

    @BeforeAll
    static void demo() {
        out = tmp.resolve("zwgk-demo");
        Result r = OutboxCommandTest.run("demo", "--out", out.toString(), "--items", "30");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        url = "jdbc:h2:file:" + out.resolve("db/zwgk");
    }

    @Test
    void findsEachTamperingAtItsPlace() throws Exception {
        Result ok = OutboxCommandTest.run("log", "verify", "--store", url, "--archive", out.resolve("archive").toString());
        assertThat(ok.code()).as(ok.out() + ok.err()).isEqualTo(Main.OK);
        assertThat(ok.out()).contains("完好").containsPattern("锚点 \\d+ 个");

        DataSource ds = ZwgkStore.dataSource(url);
        String item = anchoredItem(ds);
        rewriteAndRehash(ds, item);
        Result chainsOnly = OutboxCommandTest.run("log", "verify", "--store", url, "--format", "json");
        assertThat(chainsOnly.code()).as("a rehashed chain verifies without the anchors: " + chainsOnly.out())
                .isEqualTo(Main.OK);
        Result anchored = OutboxCommandTest.run("log", "verify", "--store", url, "--archive",
                out.resolve("archive").toString(), "--lang", "en");
        assertThat(anchored.code()).isEqualTo(Main.FINDINGS);
        assertThat(anchored.out()).containsPattern(item + " #\\d+ batches/\\d{8}/移交清单.xml 封装包 \\d+: ANCHOR_MISMATCH")
                .contains("problem(s)");

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE zwgk_item SET content = '改过的正文' WHERE item_id = 'FW-2025-00001'");
            st.executeUpdate("DELETE FROM zwgk_event WHERE item_id = 'FW-2025-00002' AND position = 3");
        }
        Result edited = OutboxCommandTest.run("log", "verify", "--store", url, "--format", "json");
        assertThat(edited.code()).isEqualTo(Main.FINDINGS);
        assertThat(edited.out())
                .contains("{\"kind\":\"CONTENT_EDITED\",\"item\":\"FW-2025-00001\",\"position\":1,"
                        + "\"where\":\"zwgk_item.content\"")
                .contains("{\"kind\":\"EVENT_DELETED\",\"item\":\"FW-2025-00002\",\"position\":3,\"where\":\"zwgk_event\"");
    }

    @Test
    void aKeyedLogNeedsItsKey() throws Exception {
        String keyed = "jdbc:h2:file:" + tmp.resolve("keyed/zwgk");
        Zwgk zwgk = Zwgk.builder().dataSource(ZwgkStore.dataSource(keyed)).clock(Clock.systemUTC())
                .logKey(Secret.of("0123456789abcdef-very-secret")).build();
        LocalDate d = LocalDate.of(2024, 9, 20);
        zwgk.inTransaction(g -> {
            g.register(Disclosure.of("k", "01432281X", null, "标题", "正文", "某局", d, null)
                    .withChannels(List.of("website")));
            g.classify("k", Classification.proactive("拟稿人", "办公室", "签发人", d));
            g.review("k", SecrecyReview.passed("审查人", "分管领导", d));
            return g.publish("k", "签发人");
        });
        Result noKey = OutboxCommandTest.run("log", "verify", "--store", keyed);
        assertThat(noKey.code()).isEqualTo(Main.USAGE);
        assertThat(noKey.err()).contains("ZWGK-3362").doesNotContain("very-secret");
        Path config = tmp.resolve("keyed.properties");
        Files.writeString(config, "zwgk.log.key=0123456789abcdef-very-secret\n");
        Result withKey = OutboxCommandTest.run("log", "verify", "--store", keyed, "--config", config.toString());
        assertThat(withKey.code()).as(withKey.out() + withKey.err()).isEqualTo(Main.OK);
        assertThat(withKey.out() + withKey.err()).doesNotContain("very-secret");
        Files.writeString(config, "zwgk.log.key=another-key-of-16-chars\n");
        Result wrongKey = OutboxCommandTest.run("log", "verify", "--store", keyed, "--config", config.toString());
        assertThat(wrongKey.code()).isEqualTo(Main.FINDINGS);
        assertThat(wrongKey.out()).contains("OTHER_KEY");
    }

    /** An item whose publication reached a sealed archive batch (its anchor is in a manifest). */
    static String anchoredItem(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT item_id FROM zwgk_outbox WHERE channel = 'archive' AND status = "
                     + "'LIVE' AND action = 'PUBLISH' ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** Rewrites the item's CLASSIFIED event and recomputes the whole chain with SHA-256, head included. */
    static void rewriteAndRehash(DataSource ds, String item) throws Exception {
        org.zwgk.testing.ChainForgery.rewrite(ds, item,
                e -> e.type().equals("CLASSIFIED") ? e.details() + " " : e.details());
    }
}
