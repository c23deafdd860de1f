package org.zwgk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.ObligationStatus;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.testing.DeliveryTimes;
import org.zwgk.testing.SequencedReceiver;
import org.zwgk.testing.SequencedReceiver.Arrival;
import org.zwgk.testing.SequencedReceiver.Kill;
import org.zwgk.testing.SequencedReceiver.Plan;
import org.zwgk.testing.TestDatabase;

/**
 * Whole histories, not steps (issue 11): many items, each with a random history of publish / correct / withdraw /
 * operator retry, applied in a random interleaving while 2–3 dispatchers deliver to two channels whose calls are
 * randomly slow (around the lease), failing, or cut dead (a dispatcher thread killed before or after the channel
 * applied the message, then restarted). At the end, with the channels healthy again, every channel must hold exactly
 * each item's final intent; the recording receivers must never have seen a publication arrive after the withdrawal of
 * the same item; and every repeat of a message must have carried the same idempotency key.
 *
 * <p>1,000 histories on H2 (8 seeds × 125 items) and 120 on PostgreSQL; the seed is in every failure message.
 */
class NewestIntentHistoryPropertyTest {

    static final LocalDate FORMED = LocalDate.of(2024, 9, 20);
    static final Duration LEASE = Duration.ofMillis(200);

    enum Op { PUBLISH, WITHDRAW, RETRY }

    static Stream<Arguments> histories() {
        Random seeds = new Random(0x5eed_11L);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(Arguments.of(TestDatabase.H2, seeds.nextLong(), 125));
        }
        for (int i = 0; i < 2; i++) {
            out.add(Arguments.of(TestDatabase.POSTGRES, seeds.nextLong(), 60));
        }
        return out.stream();
    }

    /** Per item: whether withdrawn, and the newest version queued. */
    static final class Intent {
        int version;
        boolean withdrawn;
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("histories")
    void everyChannelEndsWithTheNewestIntent(TestDatabase db, long seed, int items) throws Exception {
        String s = "seed " + seed + " (" + db + ")";
        Random r = new Random(seed);
        Random calls = new Random(seed ^ 0x9E3779B97F4A7C15L);
        AtomicBoolean chaos = new AtomicBoolean(true);
        SequencedReceiver web = new SequencedReceiver("website");
        SequencedReceiver wx = new SequencedReceiver("wechat");
        for (SequencedReceiver ch : List.of(web, wx)) {
            ch.plan(item -> plan(calls, chaos.get()));
        }
        DataSource ds = db.fresh();
        Zwgk zwgk = Zwgk.builder().dataSource(ds).clock(Clock.system(ZoneId.of("Asia/Shanghai"))).channel(web)
                .channel(wx).build();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            ids.add("h" + i);
        }
        zwgk.inTransaction(g -> {
            for (String id : ids) {
                g.register(new Disclosure(id, "01432281X", null, "标题" + id, "正文" + id, "某县政府", "", FORMED, false,
                        List.of("website", "wechat"), "step-" + id, null));
                g.classify(id, Classification.proactive("拟稿人", "办公室", "签发人", FORMED));
                g.review(id, SecrecyReview.passed("审查人", "分管领导", FORMED));
            }
            return null;
        });
        List<String[]> schedule = schedule(ids, r);
        Map<String, Intent> intents = new HashMap<>();
        ids.forEach(id -> intents.put(id, new Intent()));

        Dispatcher[] slots = new Dispatcher[2 + r.nextInt(2)];
        int restarts = 0;
        for (int i = 0; i < slots.length; i++) {
            slots[i] = start(zwgk, "d" + i + ".0");
        }
        try {
            for (String[] step : schedule) {
                apply(zwgk, step[0], Op.valueOf(step[1]), intents.get(step[0]));
                if (r.nextInt(8) == 0) {
                    Thread.sleep(r.nextInt(4));
                }
                restarts += restartKilled(zwgk, slots, restarts);
            }
            // The channels recover; operators retry what was quarantined (refused where a newer intent won).
            chaos.set(false);
            long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                restarts += restartKilled(zwgk, slots, restarts);
                List<OutboxEntry> all = zwgk.outbox().list(null, 100_000);
                for (OutboxEntry e : all) {
                    if (e.status() == DeliveryStatus.QUARANTINED) {
                        retryQuietly(zwgk, e.id());
                    }
                }
                boolean pending = all.stream().anyMatch(e -> EnumSet.of(DeliveryStatus.QUEUED, DeliveryStatus.FAILED,
                        DeliveryStatus.SENT, DeliveryStatus.QUARANTINED).contains(e.status()));
                if (!pending) {
                    break;
                }
                assertThat(System.nanoTime()).as(s + ": still pending: " + all.stream().filter(e -> EnumSet.of(
                        DeliveryStatus.QUEUED, DeliveryStatus.FAILED, DeliveryStatus.SENT,
                        DeliveryStatus.QUARANTINED).contains(e.status())).limit(5).toList()).isLessThan(end);
                Thread.sleep(50);
            }
        } finally {
            for (Dispatcher d : slots) {
                d.close();
            }
        }

        for (String id : ids) {
            Intent in = intents.get(id);
            for (SequencedReceiver ch : List.of(web, wx)) {
                String where = s + ", item " + id + " on " + ch.channelId() + ", arrivals " + ch.arrivals(id);
                SequencedReceiver.Shown shown = ch.shown(id);
                if (in.version == 0) {
                    assertThat(shown).as(where).isNull();
                    continue;
                }
                assertThat(shown).as(where).isNotNull();
                if (in.withdrawn) {
                    assertThat(shown.withdrawn()).as(where + ": withdrawn").isTrue();
                } else {
                    assertThat(shown.withdrawn()).as(where).isFalse();
                    assertThat(shown.version()).as(where + ": the newest version").isEqualTo(in.version);
                }
                boolean withdrawalArrived = false;
                Map<String, Set<String>> keys = new HashMap<>();
                for (Arrival a : ch.arrivals(id)) {
                    if (a.action().equals("WITHDRAW")) {
                        withdrawalArrived = true;
                    } else {
                        assertThat(withdrawalArrived).as(where + ": a publication after the withdrawal").isFalse();
                    }
                    keys.computeIfAbsent(a.action() + " v" + a.version(), k -> new HashSet<>()).add(a.key());
                }
                keys.forEach((msg, k) -> assertThat(k).as(where + ": keys of " + msg).hasSize(1));
            }
            if (in.version > 0) {
                ObligationStatus o = zwgk.inTransaction(g -> g.obligations("step-" + id)).get(0).status();
                assertThat(o).as(s + ", obligation of " + id).isIn(in.withdrawn
                        ? EnumSet.of(ObligationStatus.FULFILLED, ObligationStatus.WITHDRAWN)
                        : EnumSet.of(ObligationStatus.FULFILLED));
            }
        }
        assertThat(zwgk.verifyLog().problems()).as(s).isEmpty();
        DeliveryTimes.assertKeptAsLogged(ds, s);
    }

    /** Per item: publish first, then corrections, retries, perhaps a withdrawal (last); merged in random order. */
    static List<String[]> schedule(List<String> ids, Random r) {
        List<List<String[]>> perItem = new ArrayList<>();
        for (String id : ids) {
            List<String[]> ops = new ArrayList<>();
            if (r.nextInt(20) != 0) { // a few items are never published at all
                ops.add(new String[] {id, Op.PUBLISH.name()});
                int more = r.nextInt(5);
                for (int i = 0; i < more; i++) {
                    int k = r.nextInt(10);
                    if (k < 4) {
                        ops.add(new String[] {id, Op.PUBLISH.name()});
                    } else if (k < 7) {
                        ops.add(new String[] {id, Op.RETRY.name()});
                    } else {
                        ops.add(new String[] {id, Op.WITHDRAW.name()});
                        break;
                    }
                }
            }
            if (!ops.isEmpty()) {
                perItem.add(ops);
            }
        }
        List<String[]> out = new ArrayList<>();
        while (!perItem.isEmpty()) {
            int i = r.nextInt(perItem.size());
            out.add(perItem.get(i).remove(0));
            if (perItem.get(i).isEmpty()) {
                perItem.remove(i);
            }
        }
        return out;
    }

    static void apply(Zwgk zwgk, String id, Op op, Intent in) {
        switch (op) {
            case PUBLISH -> {
                zwgk.inTransaction(g -> g.publish(id, "签发人"));
                in.version++;
            }
            case WITHDRAW -> {
                zwgk.inTransaction(g -> g.withdraw(id, "废止", "签发人"));
                in.withdrawn = true;
            }
            case RETRY -> {
                for (OutboxEntry e : zwgk.outbox().forItem(id)) {
                    if (e.status() == DeliveryStatus.QUARANTINED) {
                        retryQuietly(zwgk, e.id());
                    }
                }
            }
        }
    }

    static void retryQuietly(Zwgk zwgk, long id) {
        try {
            zwgk.outbox().retry(id);
        } catch (ZwgkException refused) {
            // superseded meanwhile, or no longer quarantined: the rule at work, not a failure
        }
    }

    /** One call's fate while the channels misbehave: mostly fine; sometimes slow, failing or killed. */
    static Plan plan(Random calls, boolean chaos) {
        if (!chaos) {
            return Plan.NORMAL;
        }
        int k;
        long slow;
        synchronized (calls) {
            k = calls.nextInt(1000);
            slow = LEASE.toMillis() / 2 + calls.nextInt((int) LEASE.toMillis());
        }
        if (k < 15) {
            return new Plan(Duration.ZERO, null, Kill.BEFORE);
        }
        if (k < 30) {
            return new Plan(Duration.ZERO, null, Kill.AFTER);
        }
        if (k < 45) {
            return new Plan(Duration.ofMillis(slow), null, Kill.NONE); // around the lease
        }
        if (k < 105) {
            return new Plan(Duration.ZERO, new ChannelException(ChannelErrorKind.TRANSIENT, "503"), Kill.NONE);
        }
        if (k < 125) {
            return new Plan(Duration.ZERO, new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "拒收"), Kill.NONE);
        }
        return Plan.NORMAL;
    }

    static Dispatcher start(Zwgk zwgk, String id) {
        Dispatcher d = zwgk.dispatcher().workerId(id).lease(LEASE).pollInterval(Duration.ofMillis(10)).batchSize(8)
                .maxAttempts(3).backoff(Duration.ofMillis(20), Duration.ofMillis(200)).build();
        d.start();
        return d;
    }

    /** A slot whose worker was killed gets a new dispatcher (a new process, in effect). */
    static int restartKilled(Zwgk zwgk, Dispatcher[] slots, int restarts) {
        int n = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].liveWorkers() == 0) {
                slots[i].close();
                slots[i] = start(zwgk, "d" + i + "." + (restarts + n + 1));
                n++;
            }
        }
        return n;
    }
}
