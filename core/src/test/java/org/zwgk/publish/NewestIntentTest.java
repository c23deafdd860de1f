package org.zwgk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.GateException;
import org.zwgk.gate.Obligation;
import org.zwgk.gate.ObligationStatus;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.StoreException;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.SequencedReceiver;
import org.zwgk.testing.SequencedReceiver.Arrival;
import org.zwgk.testing.SequencedReceiver.Plan;
import org.zwgk.testing.TestDatabase;

/**
 * The newest intent for an item and channel wins (issue 11): each reproduction of a wrong thing reaching the public
 * — a withdrawn item published, an old version over a correction, a slow channel delivered to twice or out of
 * order, a receipt that cannot be recorded — on H2 and on PostgreSQL.
 */
class NewestIntentTest {

    static final LocalDate FORMED = LocalDate.of(2024, 9, 20);

    SequencedReceiver web = new SequencedReceiver("website");

    static Zwgk zwgk(DataSource ds, Clock clock, SequencedReceiver... channels) {
        Zwgk.Builder b = Zwgk.builder().dataSource(ds).clock(clock);
        for (SequencedReceiver r : channels) {
            b.channel(r);
        }
        return b.build();
    }

    /** Registers, classifies, reviews and publishes {@code id} on the website in one host transaction. */
    static void publishNew(Zwgk zwgk, String id) {
        zwgk.inTransaction(g -> {
            g.register(new Disclosure(id, "01432281X", null, "关于" + id + "的通知", "正文 " + id, "某县政府", "",
                    FORMED, false, List.of("website"), "step-" + id, null));
            g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", FORMED));
            g.review(id, SecrecyReview.passed("审查人", "分管领导", FORMED));
            return g.publish(id, "签发人");
        });
    }

    static List<OutboxEntry> entries(Zwgk zwgk, String id) {
        return zwgk.outbox().forItem(id);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWithdrawalCommittedBeforeDeliveryMeansThePublicationNeverLeaves(TestDatabase db) {
        Zwgk zwgk = zwgk(db.fresh(), MutableClock.beijing(), web);
        publishNew(zwgk, "a");
        zwgk.inTransaction(g -> g.withdraw("a", "已被新文件替代", "签发人"));
        zwgk.dispatcher().build().drain();

        assertThat(web.arrivals("a")).extracting(Arrival::action).containsExactly("WITHDRAW");
        List<OutboxEntry> e = entries(zwgk, "a");
        assertThat(e).extracting(OutboxEntry::action, OutboxEntry::status).containsExactly(
                tuple(OutboxAction.PUBLISH, DeliveryStatus.SUPERSEDED),
                tuple(OutboxAction.WITHDRAW, DeliveryStatus.WITHDRAWN));
        assertThat(e.get(0).supersededBy()).isEqualTo(e.get(1).id());
        assertThatThrownBy(() -> zwgk.outbox().retry(e.get(0).id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("ZWGK-4023");
        assertThat(obligation(zwgk, "a").status()).isEqualTo(ObligationStatus.WITHDRAWN);
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aQuarantinedPublicationNeverBlocksTheWithdrawal(TestDatabase db) {
        Zwgk zwgk = zwgk(db.fresh(), MutableClock.beijing(), web);
        publishNew(zwgk, "a");
        web.plan(i -> new Plan(Duration.ZERO, new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "标题含敏感词"),
                SequencedReceiver.Kill.NONE));
        Dispatcher d = zwgk.dispatcher().build();
        d.drain();
        OutboxEntry q = entries(zwgk, "a").get(0);
        assertThat(q.status()).isEqualTo(DeliveryStatus.QUARANTINED);

        web.plan(i -> Plan.NORMAL);
        zwgk.inTransaction(g -> g.withdraw("a", "撤回", "签发人"));
        d.drain();
        assertThat(entries(zwgk, "a")).extracting(OutboxEntry::status)
                .containsExactly(DeliveryStatus.SUPERSEDED, DeliveryStatus.WITHDRAWN);
        assertThatThrownBy(() -> zwgk.outbox().retry(q.id())).hasMessageContaining("ZWGK-4023");
        d.drain();
        assertThat(web.arrivals("a")).extracting(Arrival::action).containsExactly("WITHDRAW");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void retryRefusesAPublicationOfAWithdrawnItem(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, MutableClock.beijing(), web);
        publishNew(zwgk, "a");
        zwgk.inTransaction(g -> g.withdraw("a", "撤回", "签发人"));
        long publication = entries(zwgk, "a").get(0).id();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // An entry put back by hand (or by an older zwgk): the item is withdrawn all the same.
            st.executeUpdate("UPDATE zwgk_outbox SET status = 'QUARANTINED', superseded_by = NULL WHERE id = "
                    + publication);
            st.executeUpdate("DELETE FROM zwgk_outbox WHERE action = 'WITHDRAW'");
        }
        assertThatThrownBy(() -> zwgk.outbox().retry(publication)).hasMessageContaining("ZWGK-4024");
        assertThat(zwgk.outbox().get(publication).status()).isEqualTo(DeliveryStatus.QUARANTINED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectionSupersedesTheWaitingOlderVersionAndSequencesIncrease(TestDatabase db) {
        Zwgk zwgk = zwgk(db.fresh(), MutableClock.beijing(), web);
        publishNew(zwgk, "a");
        zwgk.inTransaction(g -> g.publish("a", "签发人")); // corrected before any delivery
        zwgk.dispatcher().build().drain();
        assertThat(web.arrivals("a")).extracting(Arrival::action, Arrival::version)
                .containsExactly(tuple("PUBLISH", 2));
        assertThat(entries(zwgk, "a")).extracting(OutboxEntry::version, OutboxEntry::status)
                .containsExactly(tuple(1, DeliveryStatus.SUPERSEDED), tuple(2, DeliveryStatus.LIVE));
        assertThat(obligation(zwgk, "a").status()).isEqualTo(ObligationStatus.FULFILLED);

        zwgk.inTransaction(g -> g.publish("a", "签发人"));
        zwgk.inTransaction(g -> g.withdraw("a", "废止", "签发人"));
        zwgk.dispatcher().build().drain();
        List<Arrival> all = web.arrivals("a");
        assertThat(all).extracting(Arrival::action).containsExactly("PUBLISH", "WITHDRAW");
        assertThat(all.get(1).sequence()).isGreaterThan(all.get(0).sequence());
        assertThat(all.get(1).version()).as("the withdrawal names the newest version").isEqualTo(3);
        assertThat(web.shown("a").withdrawn()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void operatorsCancelWaitingEntriesButNeverAWithdrawal(TestDatabase db) {
        Zwgk zwgk = zwgk(db.fresh(), MutableClock.beijing(), web);
        publishNew(zwgk, "a");
        publishNew(zwgk, "b");
        long a = entries(zwgk, "a").get(0).id();
        OutboxEntry cancelled = zwgk.outbox().cancel(a, "运维 张三", "渠道配置错误，改由人工发布");
        assertThat(cancelled.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(cancelled.cancelledBy()).isEqualTo("运维 张三");
        assertThat(cancelled.lastError()).isEqualTo("渠道配置错误，改由人工发布");
        zwgk.dispatcher().build().drain();
        assertThat(web.arrivals("a")).isEmpty();
        assertThat(web.arrivals("b")).hasSize(1);
        long b = entries(zwgk, "b").get(0).id();
        assertThatThrownBy(() -> zwgk.outbox().cancel(b, "运维", "x")).hasMessageContaining("ZWGK-4025");
        zwgk.inTransaction(g -> g.withdraw("b", "撤回", "签发人"));
        long w = entries(zwgk, "b").get(1).id();
        assertThatThrownBy(() -> zwgk.outbox().cancel(w, "运维", "x")).hasMessageContaining("ZWGK-4026");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChannelSlowerThanTheLeaseIsDeliveredOnceWithTwoDispatchers(TestDatabase db) throws Exception {
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Zwgk zwgk = zwgk(db.fresh(), clock, web);
        for (int i = 0; i < 6; i++) {
            publishNew(zwgk, "s" + i);
        }
        web.plan(i -> new Plan(Duration.ofMillis(700), null, SequencedReceiver.Kill.NONE));
        // Lease 300 ms, 700 ms per delivery, one batch of 6 per dispatcher: before, 12 calls were made.
        try (Dispatcher d1 = zwgk.dispatcher().lease(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(20))
                .workerId("d1").build();
             Dispatcher d2 = zwgk.dispatcher().lease(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(20))
                     .workerId("d2").build()) {
            d1.start();
            d2.start();
            awaitDone(zwgk, 6, Duration.ofSeconds(30));
        }
        assertThat(web.arrivals()).hasSize(6);
        assertThat(web.arrivals()).extracting(Arrival::itemId).doesNotHaveDuplicates();
        for (int i = 0; i < 6; i++) {
            assertThat(zwgk.outbox().lateResults(entries(zwgk, "s" + i).get(0).id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSlowPublicationIsNeverOvertakenByItsWithdrawal(TestDatabase db) throws Exception {
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Zwgk zwgk = zwgk(db.fresh(), clock, web);
        publishNew(zwgk, "a");
        CountDownLatch calling = new CountDownLatch(1);
        web.plan(i -> {
            calling.countDown();
            return new Plan(Duration.ofMillis(1200), null, SequencedReceiver.Kill.NONE);
        });
        try (Dispatcher d1 = zwgk.dispatcher().lease(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(20))
                .workerId("d1").build();
             Dispatcher d2 = zwgk.dispatcher().lease(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(20))
                     .workerId("d2").build()) {
            d1.start();
            assertThat(calling.await(10, TimeUnit.SECONDS)).isTrue();
            web.plan(i -> Plan.NORMAL);
            zwgk.inTransaction(g -> g.withdraw("a", "撤回", "签发人")); // while the publication is on its way
            d2.start();
            awaitDone(zwgk, 2, Duration.ofSeconds(30));
        }
        assertThat(web.arrivals("a")).extracting(Arrival::action).containsExactly("PUBLISH", "WITHDRAW");
        assertThat(web.shown("a").withdrawn()).isTrue();
        assertThat(entries(zwgk, "a")).extracting(OutboxEntry::status)
                .containsExactly(DeliveryStatus.LIVE, DeliveryStatus.WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aResultAfterTheClaimWasTakenOverIsRecordedAsLate(TestDatabase db) throws Exception {
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Zwgk zwgk = zwgk(db.fresh(), clock, web);
        publishNew(zwgk, "a");
        long id = entries(zwgk, "a").get(0).id();
        CountDownLatch calling = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        web.plan(i -> {
            calling.countDown();
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Plan.NORMAL;
        });
        Dispatcher d1 = zwgk.dispatcher().workerId("d1").build();
        Thread t = new Thread(d1::runOnce);
        t.start();
        assertThat(calling.await(10, TimeUnit.SECONDS)).isTrue();
        // The claim is taken over mid-call (an operator releases it: the dispatcher looked dead).
        assertThat(zwgk.outbox().release(id).status()).isEqualTo(DeliveryStatus.QUEUED);
        released.countDown();
        t.join(10_000);
        OutboxEntry e = zwgk.outbox().get(id);
        assertThat(e.status()).as("the late success is not the entry's outcome").isEqualTo(DeliveryStatus.QUEUED);
        assertThat(zwgk.outbox().lateResults(id)).singleElement().satisfies(l -> {
            assertThat(l.outcome()).isEqualTo("LIVE");
            assertThat(l.worker()).isEqualTo("d1");
            assertThat(l.remoteId()).isEqualTo("website:a:v1");
        });
        web.plan(i -> Plan.NORMAL);
        zwgk.dispatcher().build().drain();
        assertThat(zwgk.outbox().get(id).status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(web.arrivals("a")).extracting(Arrival::key).containsOnly(e.idempotencyKey()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReceiptThatCannotBeRecordedQuarantinesInsteadOfRedelivering(TestDatabase db) {
        SequencedReceiver longIds = new SequencedReceiver("website") {
            @Override
            public org.zwgk.spi.channel.Receipt publish(org.zwgk.spi.channel.Publication p,
                                                        org.zwgk.spi.channel.DeliveryJournal j) throws ChannelException {
                super.publish(p, j);
                return new org.zwgk.spi.channel.Receipt("x".repeat(500), null, java.time.Instant.now(),
                        DeliveryStatus.LIVE, java.util.Map.of());
            }
        };
        Zwgk zwgk = zwgk(db.fresh(), MutableClock.beijing(), longIds);
        publishNew(zwgk, "a");
        Dispatcher d = zwgk.dispatcher().maxAttempts(3).build();
        d.drain();
        d.drain();
        OutboxEntry e = entries(zwgk, "a").get(0);
        assertThat(e.status()).isEqualTo(DeliveryStatus.QUARANTINED);
        assertThat(e.lastErrorCode()).isEqualTo("ZWGK-4027");
        assertThat(e.lastError()).contains("remoteId has 500 characters");
        assertThat(longIds.arrivals("a")).as("delivered once, never again").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void deliveriesThatNeverFinishAreQuarantined(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        MutableClock clock = MutableClock.beijing();
        Zwgk zwgk = zwgk(ds, clock, web);
        publishNew(zwgk, "a");
        long id = entries(zwgk, "a").get(0).id();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // Claimed three times by dispatchers that died in the call (attempts counted, leases run out).
            st.executeUpdate("UPDATE zwgk_outbox SET status = 'SENT', attempts = 3, claimed_by = 'dead', fence = 3, "
                    + "lease_until = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00' WHERE id = " + id);
        }
        zwgk.dispatcher().maxAttempts(3).build().drain();
        OutboxEntry e = zwgk.outbox().get(id);
        assertThat(e.status()).isEqualTo(DeliveryStatus.QUARANTINED);
        assertThat(e.lastErrorCode()).isEqualTo("ZWGK-4028");
        assertThat(web.arrivals()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void registrationRefusesValuesTheStoreCannotHold(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, MutableClock.beijing(), web);
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.register(new Disclosure("a", "01432281X", null,
                "标".repeat(1001), "正文", "某县政府", "", FORMED, false, List.of("website"), null, null))))
                .isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3220").hasMessageContaining("title")
                .hasMessageContaining("1001");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.register(new Disclosure("b", "01432281X", null, "标题",
                "正文", "某县政府", "文".repeat(201), FORMED, false, List.of("website"), null, null))))
                .hasMessageContaining("documentNumber");
        publishNew(zwgk, "c");
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.withdraw("c", "撤回", "人".repeat(201))))
                .hasMessageContaining("ZWGK-3220").hasMessageContaining("actor");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM zwgk_item")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing of the refused registrations was written").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void payloadsQueuedByEarlierVersionsAreStillDelivered(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds, MutableClock.beijing(), web);
        publishNew(zwgk, "a");
        publishNew(zwgk, "b");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // Version 1: written key by key, no "v", no validity (before V4 every item was 有效), no digest (V9).
            st.executeUpdate("UPDATE zwgk_outbox SET payload_mac = NULL, payload = '{\"title\":\"旧标题\",\"body\":\"旧正文\","
                    + "\"publisher\":\"某县政府\",\"documentNumber\":\"\",\"formedOn\":\"2024-09-20\","
                    + "\"publishedAt\":\"2024-09-21T01:00:00Z\",\"indexNumber\":\"01432281X/2024-00001\","
                    + "\"attribute\":\"PROACTIVE\",\"attachments\":[],\"catalogue\":{}}' WHERE item_id = 'a'");
            st.executeUpdate("UPDATE zwgk_outbox SET payload_mac = NULL, payload = '{\"v\":9}' WHERE item_id = 'b'");
        }
        zwgk.dispatcher().build().drain();
        assertThat(web.arrivals("a")).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("PUBLISH"));
        assertThat(zwgk.outbox().forItem("a").get(0).status()).isEqualTo(DeliveryStatus.LIVE);
        OutboxEntry b = zwgk.outbox().forItem("b").get(0);
        assertThat(b.status()).isEqualTo(DeliveryStatus.QUARANTINED);
        assertThat(b.lastErrorCode()).isEqualTo("ZWGK-4029");
        assertThat(b.lastError()).contains("newer than this build");
        assertThat(web.arrivals("b")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPublicationTheChannelDroppedAsStaleIsSupersededNotDelivered(TestDatabase db) {
        SequencedReceiver staleOnce = new SequencedReceiver("website") {
            @Override
            public org.zwgk.spi.channel.Receipt publish(org.zwgk.spi.channel.Publication p,
                                                        org.zwgk.spi.channel.DeliveryJournal j) {
                // The channel already applied a higher sequence for the item (SPI 1.2) and says so.
                return new org.zwgk.spi.channel.Receipt("website:a:v9", null, java.time.Instant.now(),
                        DeliveryStatus.LIVE, java.util.Map.of(org.zwgk.spi.channel.Receipt.STALE, "true"));
            }
        };
        Zwgk zwgk = zwgk(db.fresh(), MutableClock.beijing(), staleOnce);
        publishNew(zwgk, "a");
        zwgk.dispatcher().build().drain();
        OutboxEntry e = entries(zwgk, "a").get(0);
        assertThat(e.status()).isEqualTo(DeliveryStatus.SUPERSEDED);
        assertThat(obligation(zwgk, "a").status()).as("a dropped message fulfils nothing")
                .isEqualTo(ObligationStatus.QUEUED);
    }

    static Obligation obligation(Zwgk zwgk, String id) {
        return zwgk.inTransaction(g -> g.obligations("step-" + id)).get(0);
    }

    /** Waits until {@code n} entries are done (live, withdrawn, superseded …) or fails after {@code max}. */
    static void awaitDone(Zwgk zwgk, int n, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            long done = zwgk.outbox().list(null, 10_000).stream().filter(e -> e.status() == DeliveryStatus.LIVE
                    || e.status() == DeliveryStatus.WITHDRAWN || e.status() == DeliveryStatus.SUPERSEDED).count();
            if (done >= n) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not done within " + max + ": " + zwgk.outbox().list(null, 100));
    }
}
