package org.zwgk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/**
 * A rate limit with a reset time (WeChat 45009, the daily quota) pauses the whole channel for every dispatcher on
 * the database, and rate-limited attempts never quarantine an entry.
 */
class ChannelPauseTest {

    static final LocalDate FORMED = LocalDate.of(2024, 9, 20);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** MutableClock.beijing() is 2024-09-27 10:00 in Beijing: the quota resets at the next midnight there. */
    static final Instant MIDNIGHT_1 = Instant.parse("2024-09-27T16:00:00Z");
    static final Instant MIDNIGHT_2 = MIDNIGHT_1.plus(Duration.ofDays(1));

    final MutableClock clock = MutableClock.beijing();
    final RecordingAdapter website = new RecordingAdapter("website");

    /** A WeChat-like channel out of daily quota until {@code quotaBackAt}: 45009 with retryAfter = next midnight. */
    static final class QuotaChannel implements ChannelAdapter {
        final MutableClock clock;
        volatile Instant quotaBackAt;
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<String> published = new CopyOnWriteArrayList<>();

        QuotaChannel(MutableClock clock, Instant quotaBackAt) {
            this.clock = clock;
            this.quotaBackAt = quotaBackAt;
        }

        @Override
        public String channelId() {
            return "wechat";
        }

        @Override
        public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
            calls.add(p.itemId());
            Instant now = clock.instant();
            if (now.isBefore(quotaBackAt)) {
                Instant midnight = now.atZone(BEIJING).toLocalDate().plusDays(1).atStartOfDay(BEIJING).toInstant();
                throw new ChannelException(ChannelErrorKind.RATE_LIMITED, "微信接口返回错误 45009：reach max api daily "
                        + "quota limit", "45009", "{\"errcode\":45009}", Duration.between(now, midnight), null);
            }
            published.add(p.itemId());
            return new Receipt("a-" + p.itemId(), URI.create("https://mp.weixin.qq.com/s/" + p.itemId()), now,
                    DeliveryStatus.LIVE, java.util.Map.of());
        }

        @Override
        public Receipt withdraw(Withdrawal w, DeliveryJournal journal) {
            throw new UnsupportedOperationException();
        }
    }

    static void publish(Zwgk zwgk, String id, List<String> channels) {
        zwgk.inTransaction(g -> {
            g.register(Disclosure.of(id, "01432281X", null, "通知" + id, "正文", "某县财政局", FORMED, null)
                    .withChannels(channels));
            g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", FORMED));
            g.review(id, SecrecyReview.passed("审查人", "分管领导", FORMED));
            return g.publish(id, "签发人");
        });
    }

    static OutboxEntry entry(Zwgk zwgk, String item, String channel) {
        return zwgk.outbox().forItem(item).stream().filter(e -> e.channel().equals(channel)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dailyQuotaPausesTheChannelForEveryDispatcherAndNeverQuarantines(TestDatabase db) {
        DataSource ds = db.fresh();
        QuotaChannel wechat = new QuotaChannel(clock, MIDNIGHT_2); // out of quota today and tomorrow
        Zwgk zwgk = Zwgk.builder().dataSource(ds).channel(website).channel(wechat).clock(clock).build();
        for (String id : List.of("a", "b", "c")) {
            publish(zwgk, id, List.of("website", "wechat"));
        }
        Dispatcher d = zwgk.dispatcher().maxAttempts(2).workerId("d1").build();
        // "Another process" on the same database: its own worker, it knows the pause only from the database.
        Dispatcher other = zwgk.dispatcher().maxAttempts(2).workerId("d2").build();

        d.drain();
        assertThat(website.published()).extracting(Publication::itemId).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(wechat.calls).as("one call hits the quota; b and c, claimed in the same batch, are not attempted")
                .containsExactly("a");
        OutboxEntry a = entry(zwgk, "a", "wechat");
        assertThat(a.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(a.attempts()).as("a rate-limited attempt is not counted").isZero();
        assertThat(a.lastErrorKind()).isEqualTo("RATE_LIMITED");
        assertThat(a.lastError()).contains("45009");
        assertThat(a.nextAttemptAt()).isEqualTo(MIDNIGHT_1);
        for (String id : List.of("b", "c")) {
            OutboxEntry e = entry(zwgk, id, "wechat");
            assertThat(e.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(e.attempts()).isZero();
            assertThat(e.claimedBy()).isNull();
            assertThat(e.nextAttemptAt()).isEqualTo(MIDNIGHT_1);
        }
        assertThat(zwgk.outbox().pauses()).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo("wechat");
            assertThat(p.pausedUntil()).isEqualTo(MIDNIGHT_1);
            assertThat(p.errorKind()).isEqualTo("RATE_LIMITED");
            assertThat(p.remoteCode()).isEqualTo("45009");
            assertThat(p.pausedBy()).isEqualTo("d1");
        });

        // New entries queued during the pause (due now) are not claimed by either dispatcher; website goes on.
        publish(zwgk, "d", List.of("website", "wechat"));
        clock.advance(Duration.ofHours(13)); // 23:00 in Beijing, still before the reset
        assertThat(other.drain()).as("only the website entry of d").isEqualTo(1);
        assertThat(d.drain()).isZero();
        assertThat(website.published()).extracting(Publication::itemId).contains("d");
        assertThat(wechat.calls).containsExactly("a");
        assertThat(entry(zwgk, "d", "wechat").status()).isEqualTo(DeliveryStatus.QUEUED);

        // Day 2, 00:00:01: the quota is still short (a multi-day shortage). Again one call, again paused.
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        other.drain();
        assertThat(wechat.calls).containsExactly("a", "a");
        assertThat(zwgk.outbox().pauses()).singleElement().satisfies(p -> {
            assertThat(p.pausedUntil()).isEqualTo(MIDNIGHT_2);
            assertThat(p.pausedBy()).isEqualTo("d2");
        });
        clock.advance(Duration.ofHours(12));
        d.drain();
        assertThat(wechat.calls).hasSize(2);

        // Day 3: quota back. Three rate-limited attempts with maxAttempts 2, and nothing was quarantined.
        clock.advance(Duration.ofHours(12));
        d.drain();
        assertThat(wechat.published).containsExactly("a", "b", "c", "d");
        assertThat(wechat.calls).containsExactly("a", "a", "a", "b", "c", "d");
        for (String id : List.of("a", "b", "c", "d")) {
            OutboxEntry e = entry(zwgk, id, "wechat");
            assertThat(e.status()).isEqualTo(DeliveryStatus.LIVE);
            assertThat(e.attempts()).isEqualTo(1);
        }
        assertThat(zwgk.outbox().pauses()).isEmpty();
        assertThat(zwgk.verifyLog().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void otherFailuresStillCountAndAnOperatorCanEndAPause(TestDatabase db) {
        DataSource ds = db.fresh();
        RecordingAdapter wechat = new RecordingAdapter("wechat");
        Zwgk zwgk = Zwgk.builder().dataSource(ds).channel(website).channel(wechat).clock(clock).build();
        publish(zwgk, "a", List.of("wechat"));
        publish(zwgk, "b", List.of("wechat"));
        Dispatcher d = zwgk.dispatcher().maxAttempts(2).batchSize(1).build();

        // A frequency limit without a reset time (WeChat 45011) is an ordinary, counted retry: no pause.
        wechat.failNextFor("a", new ChannelException(ChannelErrorKind.RATE_LIMITED, "45011 api freq out of limit"));
        d.runOnce();
        assertThat(entry(zwgk, "a", "wechat").attempts()).isEqualTo(1);
        assertThat(zwgk.outbox().pauses()).isEmpty();
        d.drain();
        assertThat(wechat.published()).extracting(Publication::itemId).containsExactly("b");

        // A remote asking for ten days is asked again after a day at most.
        publish(zwgk, "c", List.of("wechat"));
        publish(zwgk, "e", List.of("wechat"));
        wechat.failNextFor("a", new ChannelException(ChannelErrorKind.RATE_LIMITED, "429", "http-429", null,
                Duration.ofDays(10), null));
        clock.advance(Duration.ofMinutes(5)); // a's backoff is over
        assertThat(d.runOnce()).isEqualTo(1);
        ChannelPause pause = zwgk.outbox().pauses().get(0);
        assertThat(pause.pausedUntil()).isEqualTo(clock.instant().plus(Dispatcher.MAX_PAUSE));
        assertThat(pause.remoteCode()).isEqualTo("http-429");
        assertThat(d.drain()).isZero();

        // The operator had the quota reset: resume makes the channel and the postponed entries due at once.
        assertThat(zwgk.outbox().resume("website")).isEmpty();
        assertThat(zwgk.outbox().resume("wechat")).contains(pause);
        assertThat(zwgk.outbox().pauses()).isEmpty();
        d.drain();
        assertThat(wechat.published()).extracting(Publication::itemId).containsExactly("b", "a", "c", "e");
        assertThat(entry(zwgk, "a", "wechat").attempts()).as("the 45011 attempt and the successful one").isEqualTo(2);
        assertThat(entry(zwgk, "a", "wechat").status()).isEqualTo(DeliveryStatus.LIVE);
    }
}
