package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.PublicVersion;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.RedactionCategory;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.lifecycle.LogVerification;
import org.zwgk.lifecycle.LogVerifier;
import org.zwgk.publish.Dispatcher;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.screen.ScreeningException;
import org.zwgk.spi.Secret;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * Issue 12: 部分公开 publishes only its public version; personal data is caught before it goes out; the record
 * proves itself (content digests on the chain, a keyed chain, anchors, located findings); separation of duties. Each
 * of the issue's three findings is a case here that failed on the code before: the registered text of a partial
 * disclosure went out as it was; an identity number in a body was published; a body edited in the database after
 * review verified clean and was delivered, and a rewritten, rehashed event verified clean.
 */
class RecordProvesItselfTest {

    static final LocalDate D = LocalDate.of(2024, 9, 20);
    static final String ID = "350524199001011238"; // GB 11643: a real date and a valid check character
    static final String PHONE = "13800138000";
    static final Secret KEY = Secret.of("a-long-random-log-key-kept-outside-the-db");

    final MutableClock clock = MutableClock.beijing();
    final RecordingAdapter website = new RecordingAdapter("website");

    Zwgk zwgk(DataSource ds, Secret key) {
        return Zwgk.builder().dataSource(ds).clock(clock).channel(website).logKey(key).build();
    }

    static Disclosure doc(String id, String body, List<Attachment> files) {
        return new Disclosure(id, "01432281X", null, "2024年城乡低保对象名单公示", body, "某镇人民政府", "", D, false,
                List.of("website"), "step-" + id, null).withAttachments(files);
    }

    static Classification partial() {
        return Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "含个人隐私",
                List.of(new Redaction("身份证号码、联系电话", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私")), "拟稿人",
                "办公室", "签发人", D);
    }

    static Redaction located(String where) {
        return new Redaction("身份证号码", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私", RedactionCategory.PERSONAL_DATA,
                where);
    }

    static SecrecyReview passed() {
        return SecrecyReview.passed("审查人", "分管领导", D);
    }

    // ------------------------------------------------------------------------------------- public versions

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPartialDisclosureLeavesOnlyAsItsPublicVersion(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, null);
        String original = "张三 身份证 " + ID + " 电话 " + PHONE;
        Attachment list = new Attachment("名单.csv", "text/csv", ("姓名,证件号\n张三," + ID + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Attachment maskedList = new Attachment("名单.csv", "text/csv", "姓名,证件号\n张三,350524********1238\n"
                .getBytes(StandardCharsets.UTF_8));
        zwgk.inTransaction(g -> {
            g.register(doc("p", original, List.of(list)));
            g.classify("p", partial());
            return null;
        });
        // Before: the registered text went out as it was, labelled 部分公开. Now without a public version: refused.
        zwgk.inTransaction(g -> {
            g.review("p", passed());
            return null;
        });
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.publish("p", "签发人"))).hasMessageContaining("ZWGK-3363");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.publicVersion("p", new PublicVersion("2024年城乡低保对象名单公示", original, List.of(list),
                    List.of(located("正文"))), "拟稿人");
            return null;
        })).hasMessageContaining("ZWGK-3351");
        assertThatThrownBy(() -> PublicVersion.of("t", "x", List.of(new Redaction("号码",
                ExemptionGround.THIRD_PARTY_RIGHTS, "隐私")))).hasMessageContaining("ZWGK-3352");
        zwgk.inTransaction(g -> {
            g.publicVersion("p", new PublicVersion("2024年城乡低保对象名单公示", "张三 身份证 350524********1238 电话 "
                    + "138****8000", List.of(maskedList), List.of(located("正文第1行"), located("名单.csv!B2"))), "拟稿人");
            g.review("p", passed()); // the public version cleared the review
            return g.publish("p", "签发人");
        });
        zwgk.dispatcher().build().drain();
        Publication sent = website.published().get(0);
        assertThat(sent.body()).doesNotContain(ID).doesNotContain(PHONE).contains("350524********1238");
        assertThat(new String(sent.attachments().get(0).content(), StandardCharsets.UTF_8)).doesNotContain(ID);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT payload FROM zwgk_outbox")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).as("the original never enters a payload").doesNotContain(ID)
                        .doesNotContain(PHONE);
            }
        }
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.publicVersion("p", PublicVersion.of("t", "其他", List.of(located("正文"))), "拟稿人");
            return null;
        })).hasMessageContaining("ZWGK-3353");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.register(doc("q", "正文", List.of()));
            g.classify("q", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.publicVersion("q", PublicVersion.of("t", "其他", List.of(located("正文"))), "拟稿人");
            return null;
        })).hasMessageContaining("ZWGK-3350");
        assertThat(zwgk.verifyLog().problems()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ screening

    /**
     * The withdrawal reason is public on every channel (notice page, feed, archive package, CMS): personal data in it
     * is refused like in a publication, nothing written (found by review); a clean reason withdraws, and a host with
     * the screening off is not stopped.
     */
    @Test
    void aWithdrawalReasonWithPersonalDataIsRefused() {
        Zwgk zwgk = zwgk(TestDatabase.H2.fresh(), null);
        zwgk.inTransaction(g -> {
            g.register(doc("w", "名单见附件。", List.of()));
            g.classify("w", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("w", passed());
            return g.publish("w", "签发人");
        });
        zwgk.dispatcher().build().drain();
        // refused inside the host's own transaction, which the host then commits: the refusals wrote nothing
        ScreeningException refused;
        Throwable tooLong;
        try (Connection c = zwgk.store().dataSource().getConnection()) {
            c.setAutoCommit(false);
            refused = (ScreeningException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> zwgk.gate(c).withdraw("w", "误载张三身份证号 " + ID + "，撤回", "签发人"));
            tooLong = org.assertj.core.api.Assertions.catchThrowable(
                    () -> zwgk.gate(c).withdraw("w", "撤回".repeat(5001), "签发人"));
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(tooLong).hasMessageStartingWith("ZWGK-3220").hasMessageContaining("reason");
        assertThat(zwgk.itemsByState()).containsEntry(org.zwgk.lifecycle.LifecycleState.PUBLISHED, 1);
        assertThat(zwgk.verifyLog().problems()).isEmpty();
        assertThat(refused.code()).isEqualTo("ZWGK-3304");
        for (Locale l : List.of(Locale.CHINA, Locale.ENGLISH)) {
            assertThat(refused.message(l) + refused.hint(l)).contains("350524********1238").doesNotContain(ID);
        }
        assertThat(zwgk.outbox().forItem("w")).as("no withdrawal queued").noneMatch(e -> e.action().name()
                .equals("WITHDRAW"));
        zwgk.inTransaction(g -> g.withdraw("w", "误载他人身份信息，撤回", "签发人"));
        assertThat(zwgk.outbox().forItem("w")).anyMatch(e -> e.action().name().equals("WITHDRAW"));

        Zwgk unscreened = Zwgk.builder().dataSource(TestDatabase.H2.fresh()).clock(clock).channel(website)
                .screening(false).build();
        unscreened.inTransaction(g -> {
            g.register(doc("u", "名单见附件。", List.of()));
            g.classify("u", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("u", passed());
            g.publish("u", "签发人");
            return g.withdraw("u", "电话 " + PHONE, "签发人");
        });
    }


    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void personalDataStopsPublicationUntilMaskedOrAccepted(TestDatabase db) {
        Zwgk zwgk = zwgk(db.fresh(), null);
        zwgk.inTransaction(g -> {
            g.register(doc("a", "联系人张三，身份证 " + ID + "，电话 " + PHONE, List.of()));
            g.classify("a", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("a", passed());
            return null;
        });
        ScreeningException stopped = (ScreeningException) org.assertj.core.api.Assertions.catchThrowable(
                () -> zwgk.inTransaction(g -> g.publish("a", "签发人")));
        assertThat(stopped.code()).isEqualTo("ZWGK-3301");
        assertThat(stopped.findings()).hasSize(2);
        for (Locale l : List.of(Locale.CHINA, Locale.ENGLISH)) {
            assertThat(stopped.message(l) + stopped.hint(l)).contains("350524********1238").doesNotContain(ID)
                    .doesNotContain(PHONE);
        }
        assertThat(zwgk.outbox().forItem("a")).as("nothing queued").isEmpty();
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.acceptFinding("a", "f1-nonexistent", "审查人", "x");
            return null;
        })).hasMessageContaining("ZWGK-3302");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.acceptFinding("a", stopped.findings().get(0).fingerprint(), "审查人", " ");
            return null;
        })).hasMessageContaining("ZWGK-3303");
        // A reviewer accepts both with reasons (say, a fictitious sample in a published form): now it goes.
        zwgk.inTransaction(g -> {
            stopped.findings().forEach(f -> g.acceptFinding("a", f.fingerprint(), "审查人", "表样中的虚构示例号码"));
            return g.publish("a", "签发人");
        });
        List<LifecycleEvent> events;
        try (Connection c = zwgk.store().connection()) {
            events = org.zwgk.lifecycle.EventLog.events(c, "a");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(events).filteredOn(e -> e.type().equals("FINDING_ACCEPTED")).hasSize(2)
                .allSatisfy(e -> assertThat(e.details()).contains("表样中的虚构示例号码").doesNotContain(ID)
                        .doesNotContain(PHONE));
    }

    // --------------------------------------------------------------------------------- the record

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBodyEditedAfterReviewIsRefusedAndFoundAtItsPlace(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, null);
        zwgk.inTransaction(g -> {
            g.register(doc("a", "原文", List.of()));
            g.classify("a", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("a", passed());
            return null;
        });
        sql(ds, "UPDATE zwgk_item SET content = '被改动的正文', title = '被改动的标题' WHERE item_id = 'a'");
        LogVerification v = zwgk.verifyLog();
        assertThat(v.findings()).extracting(LogVerification.Finding::kind, LogVerification.Finding::where,
                LogVerification.Finding::position).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LogVerification.Kind.CONTENT_EDITED, "zwgk_item.title", 1),
                org.assertj.core.groups.Tuple.tuple(LogVerification.Kind.CONTENT_EDITED, "zwgk_item.content", 1));
        // Before: the tampered body was delivered. Now the gate refuses to queue it.
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.publish("a", "签发人"))).hasMessageContaining("ZWGK-3361");
        assertThat(website.published()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRewrittenRehashedEventFailsWithTheKeyAndADeletedEventIsFound(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, KEY);
        zwgk.inTransaction(g -> {
            g.register(doc("w", "不予公开的请示", List.of()));
            g.classify("w", Classification.withheld(Set.of(ExemptionGround.PROCESS_INFORMATION), "请示报告",
                    "拟稿人", "办公室", "签发人", D));
            g.register(doc("x", "正文", List.of()));
            g.classify("x", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("x", passed());
            return g.publish("x", "签发人");
        });
        assertThat(zwgk.verifyLog().problems()).isEmpty();
        // The attacker turns WITHHELD into PROACTIVE and recomputes the chain — without the key (SHA-256).
        rewriteChain(ds, "w", 2, "attribute=WITHHELD", "attribute=PROACTIVE");
        LogVerification v = zwgk.verifyLog();
        assertThat(v.findings()).anySatisfy(f -> {
            assertThat(f.itemId()).isEqualTo("w");
            assertThat(f.position()).isEqualTo(1);
            assertThat(f.kind()).isIn(LogVerification.Kind.EVENT_EDITED, LogVerification.Kind.UNKEYED);
        });
        // Without the key the same rewrite looks intact (which is why the key exists)…
        assertThat(LogVerifier.chainsOnly(null).verify(ds.getConnection()).findings())
                .noneMatch(f -> f.itemId().equals("w"));
        // …and an event deleted from the middle of a chain is found at its position.
        sql(ds, "DELETE FROM zwgk_event WHERE item_id = 'x' AND position = 2");
        assertThat(zwgk.verifyLog().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(LogVerification.Kind.EVENT_DELETED);
            assertThat(f.itemId()).isEqualTo("x");
            assertThat(f.position()).isEqualTo(2);
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAnchorKeptOutsideTheDatabaseCatchesARehashedChain(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, null);
        zwgk.inTransaction(g -> {
            g.register(doc("a", "正文", List.of()));
            g.classify("a", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("a", passed());
            return g.publish("a", "签发人");
        });
        zwgk.dispatcher().build().drain();
        Publication sent = website.published().get(0);
        assertThat(sent.logAnchor()).as("the channel received the chain as it was").isNotNull();
        List<LogVerifier.Anchor> anchors = List.of(new LogVerifier.Anchor("a", sent.logAnchor().position(),
                sent.logAnchor().hash(), "batches/20240925/移交清单.xml 封装包 1"));
        assertThat(LogVerifier.full(null).verify(ds.getConnection(), anchors).intact()).isTrue();
        rewriteChain(ds, "a", 2, "reviewer=办公室", "reviewer=某人");
        LogVerification v = LogVerifier.full(null).verify(ds.getConnection(), anchors);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(LogVerification.Kind.ANCHOR_MISMATCH);
            assertThat(f.where()).isEqualTo("batches/20240925/移交清单.xml 封装包 1");
            assertThat(f.position()).isEqualTo(sent.logAnchor().position());
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPayloadChangedAfterQueueingIsNotDelivered(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, KEY);
        zwgk.inTransaction(g -> {
            g.register(doc("a", "正文", List.of()));
            g.classify("a", Classification.proactive("拟稿人", "办公室", "签发人", D));
            g.review("a", passed());
            return g.publish("a", "签发人");
        });
        sql(ds, "UPDATE zwgk_outbox SET payload = REPLACE(payload, '正文', '换掉的正文')");
        Dispatcher d = zwgk.dispatcher().build();
        d.drain();
        OutboxEntry e = zwgk.outbox().forItem("a").get(0);
        assertThat(e.status()).isEqualTo(DeliveryStatus.QUARANTINED);
        assertThat(e.lastError()).contains("payload was changed");
        assertThat(website.published()).isEmpty();
        assertThat(zwgk.verifyLog().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(LogVerification.Kind.PAYLOAD_EDITED);
            assertThat(f.where()).isEqualTo("zwgk_outbox#" + e.id());
        });
    }

    // ------------------------------------------------------------------------------ separation of duties

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSamePersonCannotDraftReviewAndSign(TestDatabase db) {
        Zwgk zwgk = zwgk(db.fresh(), null);
        zwgk.inTransaction(g -> {
            g.register(doc("a", "正文", List.of()));
            g.classify("a", Classification.proactive("张三", "办公室", "签发人", D));
            return null;
        });
        // Before: one person could be drafter, secrecy reviewer and signer.
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.review("a", SecrecyReview.passed("张三", "分管领导", D));
            return null;
        })).hasMessageContaining("ZWGK-3380").hasMessageContaining("张三");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.review("a", SecrecyReview.passed("审查人", "张三", D));
            return null;
        })).hasMessageContaining("ZWGK-3380");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.review("a", SecrecyReview.passed("审查人", "分管领导", D.minusDays(1)));
            return null;
        })).hasMessageContaining("ZWGK-3382");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.review("a", SecrecyReview.passed("审查人", "分管领导", tomorrow));
            return null;
        })).hasMessageContaining("ZWGK-3381");
        Zwgk strict = Zwgk.builder().dataSource(zwgk.store().dataSource()).clock(clock).dutyPolicy(DutyPolicy.STRICT)
                .build();
        assertThatThrownBy(() -> strict.inTransaction(g -> {
            g.review("a", SecrecyReview.passed("李四", "李四", D));
            return null;
        })).hasMessageContaining("ZWGK-3380");
        Zwgk lenient = Zwgk.builder().dataSource(zwgk.store().dataSource()).clock(clock).dutyPolicy(DutyPolicy.NONE)
                .build();
        lenient.inTransaction(g -> {
            g.review("a", SecrecyReview.passed("张三", "张三", D));
            return null;
        });
    }

    // ------------------------------------------------------------------------------------------- helpers

    /**
     * Rewrites the details of event {@code position} of {@code item} and recomputes the whole chain after it with
     * plain SHA-256, as someone with write access but no key would, head included.
     */
    static void rewriteChain(DataSource ds, String item, int position, String from, String to) throws Exception {
        org.zwgk.testing.ChainForgery.rewrite(ds, item, e -> {
            if (e.position() != position) {
                return e.details();
            }
            assertThat(e.details()).as("rewrite applies").contains(from);
            return e.details().replace(from, to);
        });
    }

    static void sql(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
