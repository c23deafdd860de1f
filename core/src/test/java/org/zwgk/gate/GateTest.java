package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ClassificationException;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.Redaction;
import org.zwgk.classify.ReviewOutcome;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleException;
import org.zwgk.catalogue.Stage;
import org.zwgk.publish.Dispatcher;
import org.zwgk.publish.OutboxAction;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/** The gate and the dispatcher against real H2 (file) and PostgreSQL databases. */
class GateTest {

    static final LocalDate FORMED = LocalDate.of(2024, 9, 20);
    static final CatalogueView CATALOGUE = CatalogueView.of(List.of(
            new CatalogueEntry("czyjs-01", "部门预算", "信息形成或者变更之日起20个工作日内", DisclosureAttribute.PROACTIVE, Stage.DECISION,
                    List.of("website", "wechat")),
            new CatalogueEntry("czyjs-02", "预算执行情况", "公开事项发生之日起5个工作日内", DisclosureAttribute.PROACTIVE, Stage.EXECUTION,
                    List.of("website"))));

    MutableClock clock = MutableClock.beijing();
    RecordingAdapter website = new RecordingAdapter("website");
    RecordingAdapter wechat = new RecordingAdapter("wechat");

    Zwgk zwgk(DataSource ds) {
        return Zwgk.builder().dataSource(ds).catalogue(CATALOGUE).channel(website).channel(wechat).clock(clock).build();
    }

    static Disclosure disclosure(String id, String step) {
        return Disclosure.of(id, "01432281X", "czyjs-01", "2024年部门预算", "正文", "某县财政局", FORMED, step);
    }

    static Classification proactive() {
        return Classification.proactive("拟稿人", "办公室", "签发人", FORMED);
    }

    static SecrecyReview passed() {
        return SecrecyReview.passed("审查人", "分管领导", FORMED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rollbackLeavesNothingCommitKeepsEverything(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> zwgk.gate(c)).isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3206");
            c.setAutoCommit(false);
            zwgk.gate(c).register(disclosure("a", "step-1"));
            assertThatThrownBy(() -> zwgk.gate(c).register(disclosure("a", "step-1"))).hasMessageContaining("ZWGK-3203");
            c.rollback();
            zwgk.gate(c).register(disclosure("b", "step-1"));
            c.commit();
        }
        assertThat(count(ds, "zwgk_item")).isEqualTo(1);
        assertThat(count(ds, "zwgk_obligation")).isEqualTo(1);
        assertThat(count(ds, "zwgk_event")).isEqualTo(1);
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    /**
     * Registration detects a duplicate with the insert itself (no existence query): the host's transaction must
     * stay usable afterwards — on PostgreSQL, where any error aborts the transaction, and on H2 — and the refused
     * registration must leave no trace.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void duplicateRegistrationIsRefusedAndTheHostTransactionGoesOn(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        Gate.Registration b;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            zwgk.gate(c).register(disclosure("a", "step-1"));
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE host_row (id VARCHAR(20) PRIMARY KEY)");
                c.commit();
                st.execute("INSERT INTO host_row VALUES ('before')");
            }
            b = zwgk.gate(c).register(disclosure("b", "step-2"));
            // Committed earlier, and written earlier in this very transaction: both refused with ZWGK-3203.
            assertThatThrownBy(() -> zwgk.gate(c).register(disclosure("a", "step-9")))
                    .isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3203").hasMessageContaining("a");
            assertThatThrownBy(() -> zwgk.gate(c).register(disclosure("b", "step-9")))
                    .isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3203");
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO host_row VALUES ('after')");
            }
            zwgk.gate(c).register(disclosure("c", "step-3"));
            c.commit();
        }
        assertThat(count(ds, "host_row")).isEqualTo(2);
        assertThat(count(ds, "zwgk_item")).isEqualTo(3);
        assertThat(count(ds, "zwgk_obligation")).isEqualTo(3);
        assertThat(count(ds, "zwgk_event")).isEqualTo(3);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(zwgk.gate(c).obligations("step-9")).isEmpty();
            // What register returned is exactly what was stored (PostgreSQL writes all three rows in one statement).
            assertThat(zwgk.gate(c).obligations("step-2")).hasSize(1).containsExactlyElementsOf(b.obligations());
            assertThat(b.obligations().get(0).dueOn()).isEqualTo(LocalDate.of(2024, 10, 23));
            assertThat(EventLog.events(c, "b")).singleElement().satisfies(e -> {
                assertThat(e.position()).isEqualTo(1);
                assertThat(e.details()).startsWith("step=step-2; catalogue=czyjs-01; titleSha256=");
                assertThat(e.actor()).isEqualTo("某县财政局");
            });
        }
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void requireListsEveryUnmetObligationWithDueDate(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Gate gate = zwgk.gate(c);
            gate.register(disclosure("a", "step-1"));
            gate.register(disclosure("b", "step-1"));
            assertThatThrownBy(() -> gate.require("step-1"))
                    .isInstanceOfSatisfying(UnmetObligationsException.class, e -> {
                        assertThat(e.code()).isEqualTo("ZWGK-3201");
                        assertThat(e.unmet()).extracting(Obligation::itemId).containsExactly("a", "b");
                        // 2024-09-20 + 20 working days: 09-29 and 10-12 are 调休 working days, 10-01..07 off
                        assertThat(e.unmet()).allSatisfy(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2024, 10, 23)));
                        assertThat(e.getMessage()).contains("a「2024年部门预算」", "2024-10-23");
                    });
            gate.classify("a", proactive());
            gate.review("a", passed());
            gate.publish("a", "签发人");
            gate.classify("b", Classification.withheld(Set.of(ExemptionGround.PROCESS_INFORMATION), "内部请示",
                    "拟稿人", "办公室", "签发人", FORMED));
            gate.require("step-1");
            c.commit();
            assertThat(gate.obligations("step-1")).extracting(Obligation::status)
                    .containsExactly(ObligationStatus.QUEUED, ObligationStatus.EXEMPTED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingIsPublishedWithoutReviewOrWhenWithheld(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Gate gate = zwgk.gate(c);
            gate.register(disclosure("a", null));
            assertThatThrownBy(() -> gate.publish("a", "x")).isInstanceOf(LifecycleException.class)
                    .hasMessageContaining("ZWGK-3102");
            gate.classify("a", proactive());
            assertThatThrownBy(() -> gate.publish("a", "x")).hasMessageContaining("ZWGK-3103");
            gate.review("a", new SecrecyReview("审查人", "领导", FORMED, ReviewOutcome.REFERRED, "报保密局"));
            assertThatThrownBy(() -> gate.publish("a", "x")).hasMessageContaining("ZWGK-3103");
            gate.classify("a", Classification.withheld(Set.of(ExemptionGround.STATE_SECRET), "涉密", "a", "b", "c", FORMED));
            gate.review("a", passed());
            assertThatThrownBy(() -> gate.publish("a", "x")).hasMessageContaining("ZWGK-3104");
            c.commit();
        }
        assertThat(count(ds, "zwgk_outbox")).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partialNeedsRedactionRecord(TestDatabase db) {
        assertThatThrownBy(() -> Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "隐私", List.of(),
                "a", "b", "c", FORMED)).isInstanceOf(ClassificationException.class).hasMessageContaining("ZWGK-3003");
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(disclosure("p", null));
            g.classify("p", Classification.partial(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS), "隐私",
                    List.of(new Redaction("申请人身份证号", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私")), "a", "b", "c", FORMED));
            g.review("p", passed());
            return null;
        });
        // The original of a partial disclosure never leaves: no public version, no publication.
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.publish("p", "c"))).hasMessageContaining("ZWGK-3363");
        zwgk.inTransaction(g -> {
            g.publicVersion("p", PublicVersion.of("2024年部门预算", "正文（申请人身份证号已删除）",
                    List.of(new Redaction("申请人身份证号", ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私",
                            org.zwgk.classify.RedactionCategory.PERSONAL_DATA, "正文第1段"))), "a");
            g.review("p", passed()); // the public version cleared the review: it must cover what is published
            return g.publish("p", "c");
        });
        Dispatcher d = zwgk.dispatcher().build();
        assertThat(d.drain()).isEqualTo(2);
        assertThat(website.published()).singleElement().satisfies(p -> {
            assertThat(p.attribute()).isEqualTo(DisclosureAttribute.PARTIAL);
            assertThat(p.body()).isEqualTo("正文（申请人身份证号已删除）");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dispatcherDeliversOnceFulfilsObligationAndRefusesTamperedItems(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        Gate.PublishRequest req = zwgk.inTransaction(g -> {
            g.register(disclosure("a", "s"));
            g.register(disclosure("b", "s"));
            for (String id : List.of("a", "b")) {
                g.classify(id, proactive());
                g.review(id, passed());
            }
            g.publish("b", "x");
            return g.publish("a", "x");
        });
        assertThat(req.indexNumber()).isEqualTo("01432281X/2024-00002");
        // Someone bypasses zwgk and marks b withheld after the publication was queued.
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE zwgk_item SET attribute = 'WITHHELD' WHERE item_id = 'b'");
        }
        Dispatcher d = zwgk.dispatcher().build();
        d.drain();
        assertThat(website.published()).extracting(p -> p.itemId()).containsExactly("a");
        assertThat(wechat.published()).extracting(p -> p.itemId()).containsExactly("a");
        List<OutboxEntry> b = zwgk.outbox().forItem("b");
        assertThat(b).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(DeliveryStatus.QUARANTINED);
            assertThat(e.lastErrorCode()).isEqualTo("ZWGK-4013");
        });
        List<OutboxEntry> a = zwgk.outbox().forItem("a");
        assertThat(a).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(DeliveryStatus.LIVE);
            assertThat(e.publicUrl()).startsWith("https://example.gov.cn/");
        });
        assertThat(website.published().get(0).idempotencyKey()).isEqualTo(a.stream()
                .filter(e -> e.channel().equals("website")).findFirst().orElseThrow().idempotencyKey());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(zwgk.gate(c).obligations("s")).extracting(Obligation::itemId, Obligation::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a", ObligationStatus.FULFILLED),
                            org.assertj.core.groups.Tuple.tuple("b", ObligationStatus.QUEUED));
            c.rollback();
        }
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void backoffQuarantineRetryAndOrdering(TestDatabase db) {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(new Disclosure("a", "01432281X", null, "t", "b", "p", "", FORMED, false, List.of("website"), null, null));
            g.register(new Disclosure("z", "01432281X", null, "t", "b", "p", "", FORMED, false, List.of("website"), null, null));
            for (String id : List.of("a", "z")) {
                g.classify(id, proactive());
                g.review(id, passed());
                g.publish(id, "x");
            }
            return null;
        });
        for (int i = 0; i < 3; i++) {
            website.failNextFor("a", new ChannelException(ChannelErrorKind.TRANSIENT, "503"));
        }
        Dispatcher d = zwgk.dispatcher().maxAttempts(3).backoff(Duration.ofSeconds(10), Duration.ofMinutes(5))
                .random(new java.util.Random(7)).build();
        d.runOnce(); // a fails (1), z is not blocked by a
        assertThat(website.calls()).hasSize(2);
        assertThat(website.published()).extracting(p -> p.itemId()).containsExactly("z");
        OutboxEntry a1 = zwgk.outbox().forItem("a").get(0);
        assertThat(a1.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(a1.attempts()).isEqualTo(1);
        assertThat(Duration.between(clock.instant(), a1.nextAttemptAt())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(d.runOnce()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(11));
        d.runOnce();
        clock.advance(Duration.ofSeconds(21));
        d.runOnce();
        OutboxEntry q = zwgk.outbox().forItem("a").get(0);
        assertThat(q.status()).isEqualTo(DeliveryStatus.QUARANTINED);
        assertThat(q.lastErrorKind()).isEqualTo("TRANSIENT");
        clock.advance(Duration.ofHours(1));
        assertThat(d.runOnce()).as("a quarantined entry waits for an operator").isZero();
        zwgk.outbox().retry(q.id());
        d.drain();
        assertThat(website.calls()).filteredOn(s -> s.startsWith("publish:a"))
                .extracting(s -> s.substring(0, s.indexOf(':'))).containsExactly("publish", "publish", "publish",
                        "publish");
        assertThat(zwgk.outbox().forItem("a")).extracting(OutboxEntry::action, OutboxEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OutboxAction.PUBLISH, DeliveryStatus.LIVE));
        // Every attempt of one entry carries the same key.
        assertThat(website.calls()).filteredOn(s -> s.startsWith("publish:a"))
                .extracting(s -> s.substring(s.lastIndexOf(':') + 1)).containsOnly(q.idempotencyKey());
        // Version 2 waits for version 1 on the same channel (here: 1 is LIVE, so 2 goes).
        zwgk.inTransaction(g -> g.publish("a", "x"));
        d.drain();
        assertThat(website.published()).filteredOn(p -> p.itemId().equals("a")).extracting(p -> p.version())
                .containsExactly(1, 2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void matterStageCreatesObligationsMetByRegisteredInformation(TestDatabase db) {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        List<Obligation> created = zwgk.inTransaction(g -> g.enterStage("m1", Stage.EXECUTION, "m1-exec",
                LocalDate.of(2024, 10, 8)));
        assertThat(created).singleElement().satisfies(o -> {
            assertThat(o.catalogueItemId()).isEqualTo("czyjs-02");
            assertThat(o.itemId()).isNull();
            assertThat(o.dueOn()).isEqualTo(LocalDate.of(2024, 10, 14)); // 10-12 (Sat) is a 调休 working day
        });
        assertThatThrownBy(() -> zwgk.inTransaction(g -> {
            g.require("m1-exec");
            return null;
        })).isInstanceOf(UnmetObligationsException.class).hasMessageContaining("目录事项 czyjs-02");
        zwgk.inTransaction(g -> {
            g.register(new Disclosure("exec-report", "01432281X", "czyjs-02", "执行情况", "b", "p", "", FORMED, false,
                    List.of(), null, "m1"));
            g.classify("exec-report", proactive());
            g.review("exec-report", passed());
            g.publish("exec-report", "x");
            g.require("m1-exec");
            return null;
        });
        assertThat(zwgk.deadlines().dueWithin(LocalDate.of(2024, 10, 8), 10)).extracting(Obligation::itemId)
                .containsExactly("exec-report");
        assertThat(zwgk.deadlines().overdue(LocalDate.of(2024, 10, 15))).extracting(Obligation::itemId)
                .containsExactly("exec-report");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tamperingWithTheLogIsDetected(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(disclosure("a", null));
            g.classify("a", proactive());
            g.review("a", passed());
            g.register(disclosure("b", null));
            g.classify("b", proactive());
            return null;
        });
        assertThat(zwgk.verifyLog().intact()).isTrue();
        assertThat(zwgk.verifyLog().eventsChecked()).isEqualTo(5);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE zwgk_event SET actor = '别人' WHERE item_id = 'a' AND position = 2");
        }
        assertThat(zwgk.verifyLog().problems()).singleElement().asString().startsWith("a #2");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM zwgk_event WHERE item_id = 'b' AND position = 2");
        }
        assertThat(zwgk.verifyLog().problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("b #2"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reReviewListsOldWithheldDecisions(TestDatabase db) {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(disclosure("old", null));
            g.classify("old", Classification.withheld(Set.of(ExemptionGround.PROCESS_INFORMATION), "过程稿", "a", "b", "c",
                    LocalDate.of(2023, 3, 1)));
            g.register(disclosure("new", null));
            g.classify("new", Classification.onRequest("仅涉及特定对象", "a", "b", "c", LocalDate.of(2024, 9, 1)));
            return null;
        });
        assertThat(zwgk.reReviewDue(java.time.Period.ofYears(1))).extracting(Zwgk.ReReviewCandidate::itemId)
                .containsExactly("old");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void policyDocumentsOweAnInterpretationWithinThreeWorkingDays(TestDatabase db) {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(new Disclosure("policy", "01432281X", "czyjs-01", "关于印发某办法的通知", "正文", "某局", "某政发〔2024〕1号",
                    FORMED, true, List.of(), null, null));
            assertThatThrownBy(() -> g.interpret("policy", "x", "解读")).hasMessageContaining("ZWGK-3108");
            g.classify("policy", proactive());
            g.review("policy", passed());
            g.publish("policy", "x");
            return null;
        });
        // Published 2024-09-27 (Fri): +3 working days = 09-29 (调休 Sunday), 09-30, 10-08.
        assertThat(zwgk.deadlines().dueWithin(LocalDate.of(2024, 9, 27), 30)).filteredOn(o -> o.kind() == ObligationKind.INTERPRET)
                .singleElement().satisfies(o -> assertThat(o.dueOn()).isEqualTo(LocalDate.of(2024, 10, 8)));
        zwgk.inTransaction(g -> {
            g.interpret("policy", "起草科室", "图解与问答");
            g.archive("policy", "档案员", "两馆移交");
            g.withdraw("policy", "废止", "签发人");
            assertThatThrownBy(() -> g.publish("policy", "x")).hasMessageContaining("ZWGK-3101");
            return null;
        });
        assertThat(zwgk.deadlines().dueWithin(LocalDate.of(2024, 9, 27), 30)).noneMatch(o -> o.kind() == ObligationKind.INTERPRET);
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void claimsOfADeadDispatcherExpireOrAreReleased(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        zwgk.inTransaction(g -> {
            g.register(new Disclosure("a", "01432281X", null, "t", "b", "p", "", FORMED, false, List.of("website"), null, null));
            g.register(new Disclosure("b", "01432281X", null, "t", "b", "p", "", FORMED, false, List.of("website"), null, null));
            for (String id : List.of("a", "b")) {
                g.classify(id, proactive());
                g.review(id, passed());
                g.publish(id, "x");
            }
            return null;
        });
        // A dispatcher claimed both and died (its lease runs for another 2 minutes).
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE zwgk_outbox SET status = 'SENT', claimed_by = 'dead', claim_token = 't', "
                    + "attempts = 1, lease_until = TIMESTAMP WITH TIME ZONE '2024-09-27 02:02:00+00'");
        }
        Dispatcher d = zwgk.dispatcher().build();
        assertThat(d.runOnce()).as("leased entries are not claimable").isZero();
        OutboxEntry a = zwgk.outbox().forItem("a").get(0);
        assertThat(a.claimedBy()).isEqualTo("dead");
        assertThat(zwgk.outbox().release(a.id()).status()).isEqualTo(DeliveryStatus.QUEUED);
        d.drain();
        assertThat(website.published()).extracting(p -> p.itemId()).containsExactly("a");
        clock.advance(Duration.ofMinutes(3)); // b's lease expires
        d.drain();
        assertThat(website.published()).extracting(p -> p.itemId()).containsExactly("a", "b");
        assertThat(zwgk.outbox().forItem("b").get(0).attempts()).isEqualTo(2);
    }

    static long count(DataSource ds, String table) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
