package org.zwgk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.catalogue.Stage;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.CatalogueEntry;
import org.zwgk.gate.CatalogueView;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;
import org.zwgk.testing.DeliveryTimes;
import org.zwgk.testing.HandoverAdapter;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * The fifth lifecycle stage reached by the hand-over itself (SPI 1.1 refresh): an archive publication is ACCEPTED
 * until its batch is sealed, then LIVE, and the item ARCHIVED — once, in the transaction of the outbox row, with an
 * intact hash chain, never for a withdrawn item or a superseded version. H2 (file) and PostgreSQL.
 */
class ArchiveHandoverTest {

    static final LocalDate FORMED = LocalDate.of(2024, 9, 20);
    static final Duration TO_HANDOVER = Duration.ofDays(5);
    static final CatalogueView CATALOGUE = CatalogueView.of(List.of(new CatalogueEntry("czyjs-01", "部门预算",
            "信息形成或者变更之日起20个工作日内", DisclosureAttribute.PROACTIVE, Stage.DECISION, List.of("website"))));

    final MutableClock clock = MutableClock.beijing();
    final RecordingAdapter website = new RecordingAdapter("website");
    final HandoverAdapter archive = new HandoverAdapter(clock, TO_HANDOVER);
    /** Returns ACCEPTED and overrides refresh without declaring REFRESH: ACCEPTED must stay final (SPI 1.0). */
    final AtomicInteger legacyRefreshes = new AtomicInteger();
    final ChannelAdapter legacy = new ChannelAdapter() {
        @Override
        public String channelId() {
            return "screen";
        }

        @Override
        public Receipt publish(Publication p, DeliveryJournal journal) {
            return new Receipt("s-" + p.itemId(), null, Instant.EPOCH, DeliveryStatus.ACCEPTED, Map.of());
        }

        @Override
        public Receipt withdraw(Withdrawal w, DeliveryJournal journal) {
            return new Receipt("s-" + w.itemId(), null, Instant.EPOCH, DeliveryStatus.WITHDRAWN, Map.of());
        }

        @Override
        public Optional<Receipt> refresh(String key, Receipt accepted, DeliveryJournal journal) {
            legacyRefreshes.incrementAndGet();
            return Optional.of(new Receipt("wrong", null, Instant.EPOCH, DeliveryStatus.LIVE, Map.of()));
        }
    };

    Zwgk zwgk(DataSource ds) {
        return Zwgk.builder().dataSource(ds).catalogue(CATALOGUE).channel(website).channel(archive).channel(legacy)
                .clock(clock).build();
    }

    void publish(Zwgk zwgk, String... ids) {
        zwgk.inTransaction(g -> {
            for (String id : ids) {
                g.register(new Disclosure(id, "01432281X", "czyjs-01", "预算" + id, "正文", "某县财政局", "", FORMED, false,
                        List.of("website", "archive", "screen"), null, null));
                g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", FORMED));
                g.review(id, SecrecyReview.passed("审查人", "分管领导", FORMED));
                g.publish(id, "签发人");
            }
            return null;
        });
    }

    static OutboxEntry archiveEntry(Zwgk zwgk, String item, int version) {
        return zwgk.outbox().forItem(item).stream().filter(e -> e.channel().equals("archive")
                && e.action() == OutboxAction.PUBLISH && e.version() == version).findFirst().orElseThrow();
    }

    static String state(DataSource ds, String item) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state FROM zwgk_item WHERE item_id = ?")) {
            ps.setString(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static List<LifecycleEvent> events(DataSource ds, String item, String type) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return EventLog.events(c, item).stream().filter(e -> e.type().equals(type)).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void handedOverItemIsArchivedOnceWithAnIntactChain(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        publish(zwgk, "a");
        Dispatcher d = zwgk.dispatcher().workerId("d1").build();
        Instant accepted = clock.instant();
        assertThat(d.drain()).isEqualTo(3);
        OutboxEntry e = archiveEntry(zwgk, "a", 1);
        assertThat(e.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(e.remoteId()).isEqualTo("a-v1.eep.xml");
        assertThat(e.nextAttemptAt()).as("asked again at the receipt's refresh time").isEqualTo(accepted.plus(TO_HANDOVER));
        assertThat(archive.refreshes()).isEmpty();
        assertThat(state(ds, "a")).isEqualTo("PUBLISHED");

        // The hand-over day comes, but the batch is not sealed yet: still ACCEPTED, asked again later (not at once).
        clock.advance(TO_HANDOVER);
        assertThat(d.drain()).isEqualTo(1);
        assertThat(archive.refreshes()).singleElement().asString().contains(e.idempotencyKey(), "a-v1.eep.xml");
        assertThat(archiveEntry(zwgk, "a", 1).status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(archiveEntry(zwgk, "a", 1).nextAttemptAt()).isAfter(clock.instant());
        assertThat(state(ds, "a")).isEqualTo("PUBLISHED");

        // Sealed: the next refresh makes the entry LIVE (handed over) and the item ARCHIVED, once.
        assertThat(archive.handOver("20241002")).isEqualTo(1);
        clock.advance(Duration.ofHours(1)); // the dispatcher's poll delay without a hint: at most maxDelay (1 h)
        assertThat(d.drain()).isEqualTo(1);
        e = archiveEntry(zwgk, "a", 1);
        assertThat(e.status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(e.remoteId()).isEqualTo("batches/20241002/a-v1.eep.xml");
        assertThat(e.claimedBy()).isNull();
        assertThat(e.attempts()).as("refreshes are not delivery attempts").isEqualTo(1);
        assertThat(state(ds, "a")).isEqualTo("ARCHIVED");
        clock.advance(Duration.ofDays(30));
        assertThat(d.drain()).isZero();
        assertThat(archive.refreshes()).hasSize(2);
        List<LifecycleEvent> archived = events(ds, "a", "ARCHIVED");
        assertThat(archived).singleElement().satisfies(ev -> {
            assertThat(ev.from().name()).isEqualTo("PUBLISHED");
            assertThat(ev.actor()).isEqualTo("dispatcher:d1");
            assertThat(ev.details()).contains("channel=archive", "version=1", "batches/20241002/a-v1.eep.xml");
        });
        assertThat(events(ds, "a", "DELIVERED")).anySatisfy(ev -> assertThat(ev.details())
                .contains("status=LIVE", "refreshed").doesNotContain("screen"));

        // A channel without REFRESH keeps ACCEPTED as final: its refresh is never called.
        assertThat(legacyRefreshes).hasValue(0);
        assertThat(zwgk.outbox().forItem("a")).filteredOn(x -> x.channel().equals("screen"))
                .singleElement().satisfies(x -> assertThat(x.status()).isEqualTo(DeliveryStatus.ACCEPTED));

        // A correction after the hand-over is allowed; its own hand-over archives the item again (version 2).
        zwgk.inTransaction(g -> g.publish("a", "签发人"));
        assertThat(state(ds, "a")).isEqualTo("PUBLISHED");
        d.drain();
        archive.handOver("20241020");
        clock.advance(TO_HANDOVER);
        d.drain();
        assertThat(archiveEntry(zwgk, "a", 2).remoteId()).isEqualTo("batches/20241020/a-v2.eep.xml");
        assertThat(state(ds, "a")).isEqualTo("ARCHIVED");
        assertThat(events(ds, "a", "ARCHIVED")).extracting(LifecycleEvent::details)
                .satisfiesExactly(x -> assertThat(x).contains("version=1"), x -> assertThat(x).contains("version=2"));
        assertThat(zwgk.verifyLog().intact()).isTrue();
        // The outbox keeps when version 1 reached the archive and when it was handed over (V13).
        assertThat(DeliveryTimes.kept(ds).get(e.idempotencyKey()))
                .isEqualTo(new DeliveryTimes.Times(accepted, accepted.plus(TO_HANDOVER).plus(Duration.ofHours(1))));
        DeliveryTimes.assertKeptAsLogged(ds, db.name());
        d.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withdrawnItemsAndSupersededVersionsAreNotArchived(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        publish(zwgk, "w", "v");
        Dispatcher d = zwgk.dispatcher().build();
        d.drain();
        // w is withdrawn while its package waits for the hand-over; v gets a correction not yet delivered.
        zwgk.inTransaction(g -> {
            g.withdraw("w", "废止", "签发人");
            g.publish("v", "签发人");
            return null;
        });
        archive.handOver("20241002"); // seals w-v1 and v-v1 only
        clock.advance(TO_HANDOVER);
        d.drain();
        // The archive holds w's package (and its withdrawal notice): LIVE, but w stays WITHDRAWN.
        assertThat(archiveEntry(zwgk, "w", 1).status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(zwgk.outbox().forItem("w")).filteredOn(x -> x.action() == OutboxAction.WITHDRAW)
                .allSatisfy(x -> assertThat(x.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
        assertThat(state(ds, "w")).isEqualTo("WITHDRAWN");
        assertThat(events(ds, "w", "ARCHIVED")).isEmpty();
        assertThat(events(ds, "w", "DELIVERED")).filteredOn(ev -> ev.details().contains("status=LIVE; remoteId=batches"))
                .singleElement().satisfies(ev -> assertThat(ev.to().name()).isEqualTo("WITHDRAWN"));
        // v's version 1 is handed over, but version 2 is current: not archived yet.
        assertThat(archiveEntry(zwgk, "v", 1).status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(archiveEntry(zwgk, "v", 2).status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(state(ds, "v")).isEqualTo("PUBLISHED");
        archive.handOver("20241020");
        clock.advance(TO_HANDOVER);
        d.drain();
        assertThat(state(ds, "v")).isEqualTo("ARCHIVED");
        assertThat(events(ds, "v", "ARCHIVED")).singleElement()
                .satisfies(ev -> assertThat(ev.details()).contains("version=2"));
        assertThat(zwgk.verifyLog().intact()).isTrue();
        DeliveryTimes.assertKeptAsLogged(ds, db.name());
        d.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void refreshFailuresAreRetriedOrQuarantinedForAnOperator(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        publish(zwgk, "t");
        Dispatcher d = zwgk.dispatcher().build();
        d.drain();
        // Transient: stays ACCEPTED with the error shown, never quarantined, asked again later.
        archive.failNextRefresh(new ChannelException(ChannelErrorKind.TRANSIENT, "disk busy"));
        clock.advance(TO_HANDOVER);
        d.drain();
        OutboxEntry e = archiveEntry(zwgk, "t", 1);
        assertThat(e.status()).isEqualTo(DeliveryStatus.ACCEPTED);
        assertThat(e.lastErrorKind()).isEqualTo("TRANSIENT");
        assertThat(e.lastError()).isEqualTo("disk busy");
        // Permanent (the package was deleted by hand): quarantined; the operator's retry delivers it again.
        archive.lose(e.idempotencyKey());
        archive.failNextRefresh(new ChannelException(ChannelErrorKind.PERMANENT, "package vanished"));
        clock.advance(Duration.ofDays(1));
        d.drain();
        assertThat(archiveEntry(zwgk, "t", 1).status()).isEqualTo(DeliveryStatus.QUARANTINED);
        assertThat(state(ds, "t")).isEqualTo("PUBLISHED");
        zwgk.outbox().retry(e.id());
        d.drain();
        assertThat(archiveEntry(zwgk, "t", 1).status()).isEqualTo(DeliveryStatus.ACCEPTED);
        archive.handOver("20241008");
        clock.advance(TO_HANDOVER);
        d.drain();
        assertThat(archiveEntry(zwgk, "t", 1).status()).isEqualTo(DeliveryStatus.LIVE);
        assertThat(archiveEntry(zwgk, "t", 1).lastError()).isNull();
        assertThat(events(ds, "t", "ARCHIVED")).hasSize(1);
        assertThat(zwgk.verifyLog().intact()).isTrue();
        // Accepted twice (before and after the quarantine): the first acceptance is kept.
        DeliveryTimes.assertKeptAsLogged(ds, db.name());
        d.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoDispatchersNeverRefreshOneEntryTwice(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        Zwgk zwgk = zwgk(ds);
        List<String> ids = List.of("c1", "c2", "c3", "c4", "c5", "c6");
        publish(zwgk, ids.toArray(String[]::new));
        Dispatcher d1 = zwgk.dispatcher().workerId("d1").batchSize(2).build();
        Dispatcher d2 = zwgk.dispatcher().workerId("d2").batchSize(2).build();
        d1.drain();
        archive.handOver("20241002");
        archive.refreshPause(Duration.ofMillis(40));
        clock.advance(TO_HANDOVER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> f = new ArrayList<>();
            f.add(pool.submit(d1::drain));
            f.add(pool.submit(d2::drain));
            assertThat(f.get(0).get() + f.get(1).get()).isEqualTo(ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(archive.refreshes()).hasSize(ids.size());
        for (String id : ids) {
            assertThat(state(ds, id)).isEqualTo("ARCHIVED");
            assertThat(events(ds, id, "ARCHIVED")).hasSize(1);
        }
        assertThat(zwgk.verifyLog().intact()).isTrue();
        DeliveryTimes.assertKeptAsLogged(ds, db.name());
        d1.close();
        d2.close();
    }
}
