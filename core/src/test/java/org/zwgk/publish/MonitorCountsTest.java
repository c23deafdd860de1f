package org.zwgk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.DeadlineMonitor;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * The count queries for health checks and metrics ({@link Outbox#counts()}, {@link DeadlineMonitor#counts}) agree
 * with the listing queries they summarise, on both databases.
 */
class MonitorCountsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsAgreeWithTheListings(TestDatabase db) {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        MutableClock clock = MutableClock.beijing();
        RecordingAdapter website = new RecordingAdapter("website");
        RecordingAdapter archive = new RecordingAdapter("archive");
        Zwgk zwgk = Zwgk.builder().dataSource(db.fresh()).channel(website).channel(archive).clock(clock).build();

        assertThat(zwgk.outbox().counts().byStatus()).containsOnlyKeys(DeliveryStatus.values())
                .allSatisfy((s, n) -> assertThat(n).isZero());
        assertThat(zwgk.outbox().counts().unrecognised()).isZero();

        for (int i = 0; i < 12; i++) {
            String id = "doc-" + i;
            LocalDate formed = LocalDate.of(2024, 8, 1).plusDays(random.nextInt(60));
            int depth = random.nextInt(3); // 0 registered, 1 classified+reviewed, 2 published
            zwgk.inTransaction(g -> {
                g.register(Disclosure.of(id, "01432281X", null, "通知" + id, "正文", "某县财政局", formed, "step-" + id)
                        .withChannels(List.of("website", "archive")));
                if (depth >= 1) {
                    g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", formed));
                    g.review(id, SecrecyReview.passed("审查人", "分管领导", formed));
                }
                if (depth >= 2) {
                    g.publish(id, "签发人");
                }
                return null;
            });
        }
        // Some deliveries fail for good (quarantined), the rest go live.
        for (int i = 0; i < 4; i++) {
            archive.failNext(new ChannelException(ChannelErrorKind.PERMANENT, "rejected"));
        }
        zwgk.dispatcher().maxAttempts(1).build().drain();

        Outbox.StatusCounts counts = zwgk.outbox().counts();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            assertThat(counts.of(s)).as("%s (seed %d)", s, seed).isEqualTo(zwgk.outbox().list(s, 10_000).size());
        }
        assertThat(counts.byStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(zwgk.outbox().list(null, 10_000).size());

        DeadlineMonitor monitor = zwgk.deadlines();
        for (int k = 0; k < 60; k++) {
            LocalDate today = LocalDate.of(2024, 8, 1).plusDays(random.nextInt(120));
            int days = random.nextInt(40);
            DeadlineMonitor.Counts c = monitor.counts(today, days);
            assertThat(c.overdue()).as("overdue on %s (seed %d)", today, seed)
                    .isEqualTo(monitor.overdue(today).size());
            assertThat(c.dueSoon()).as("due within %d days of %s (seed %d)", days, today, seed)
                    .isEqualTo(monitor.dueWithin(today, days).size());
        }
    }
}
