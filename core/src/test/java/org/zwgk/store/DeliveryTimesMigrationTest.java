package org.zwgk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.publish.Dispatcher;
import org.zwgk.testing.DeliveryTimes;
import org.zwgk.testing.HandoverAdapter;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * V13 on a store that already has deliveries: a store as V12 left it (no delivery times on its outbox rows) gets
 * exactly the times its DELIVERED events carry — the first acceptance and the going live of each publication, none
 * for a withdrawal — the same times the dispatcher writes itself since V13. H2 (file) and PostgreSQL.
 */
class DeliveryTimesMigrationTest {

    static final LocalDate FORMED = LocalDate.of(2024, 9, 20);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradedStoreGetsTheTimesItsLogCarries(TestDatabase db) throws Exception {
        MutableClock clock = MutableClock.beijing();
        HandoverAdapter archive = new HandoverAdapter(clock, Duration.ofDays(5));
        DataSource ds = db.fresh();
        Zwgk zwgk = Zwgk.builder().dataSource(ds).clock(clock).channel(new RecordingAdapter("website"))
                .channel(archive).build();
        zwgk.inTransaction(g -> {
            for (String id : List.of("a", "b", "c")) {
                g.register(new Disclosure(id, "01432281X", null, "预算" + id, "正文", "某县财政局", "", FORMED, false,
                        List.of("website", "archive"), null, null));
                g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", FORMED));
                g.review(id, SecrecyReview.passed("审查人", "分管领导", FORMED));
                g.publish(id, "签发人");
            }
            return null;
        });
        try (Dispatcher d = zwgk.dispatcher().build()) {
            d.drain(); // website LIVE, archive ACCEPTED
            clock.advance(Duration.ofHours(2));
            zwgk.inTransaction(g -> {
                g.publish("b", "签发人"); // a correction: version 2
                g.withdraw("c", "废止", "签发人");
                return null;
            });
            d.drain();
            archive.handOver("20241002");
            clock.advance(Duration.ofDays(5));
            d.drain(); // the sealed packages go live
        }
        Map<String, DeliveryTimes.Times> written = DeliveryTimes.kept(ds);
        assertThat(written.values()).filteredOn(t -> t.acceptedAt() != null && t.liveAt() != null)
                .as("accepted, then live later").isNotEmpty()
                .allSatisfy(t -> assertThat(t.liveAt()).isAfter(t.acceptedAt()));
        DeliveryTimes.assertKeptAsLogged(ds, db.name() + ", written by the dispatcher");

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // The store as V12 left it.
            st.execute("ALTER TABLE zwgk_outbox DROP COLUMN accepted_at");
            st.execute("ALTER TABLE zwgk_outbox DROP COLUMN live_at");
            st.execute("DELETE FROM zwgk_schema_version WHERE version = 13");
            assertThat(Migrations.migrate(c, Dialect.of(c), clock)).isEqualTo(1);
        }
        assertThat(DeliveryTimes.kept(ds)).as(db + ": backfilled").isEqualTo(written);
        DeliveryTimes.assertKeptAsLogged(ds, db.name() + ", backfilled by V13");
    }
}
