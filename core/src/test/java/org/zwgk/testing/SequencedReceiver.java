package org.zwgk.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * A channel that behaves as SPI 1.2 asks: it logs every arrival as it comes (the "recording receiver"), applies a
 * message only if its sequence is not lower than the highest it applied for the item (a late, stale message is
 * dropped), and keeps what the public would see per item. Delays, failures and "kills" (the calling thread stops
 * dead, as in {@code kill -9}) are injected per call by a plan function, so histories can be generated.
 */
public class SequencedReceiver implements ChannelAdapter {

    /** One arrival, as the channel saw it. */
    public record Arrival(String action, String itemId, int version, String key, long sequence, Instant at,
                          boolean applied) {
    }

    /** What the public sees of an item on this channel. */
    public record Shown(int version, boolean withdrawn, long sequence) {
    }

    /** What to do with one call: wait, then fail, or stop the calling thread before or after applying. */
    public record Plan(Duration delay, ChannelException failure, Kill kill) {
        public static final Plan NORMAL = new Plan(Duration.ZERO, null, Kill.NONE);
    }

    public enum Kill { NONE, BEFORE, AFTER }

    /** Thrown to stop a dispatcher thread dead: an Error, which no layer of the dispatcher catches. */
    public static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        public Killed() {
            super("killed", null, false, false);
        }
    }

    private final String id;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, Shown> shown = new ConcurrentHashMap<>();
    private volatile Function<String, Plan> plan = item -> Plan.NORMAL;

    public SequencedReceiver(String id) {
        this.id = id;
    }

    /** The plan for each call, by item id. */
    public SequencedReceiver plan(Function<String, Plan> p) {
        this.plan = p;
        return this;
    }

    @Override
    public String channelId() {
        return id;
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        Plan pl = before(p.itemId());
        boolean applied = apply(p.itemId(), new Shown(p.version(), false, p.sequence()));
        arrivals.add(new Arrival("PUBLISH", p.itemId(), p.version(), p.idempotencyKey(), p.sequence(),
                Instant.now(), applied));
        after(pl);
        return new Receipt(id + ":" + p.itemId() + ":v" + p.version(), URI.create("https://example.gov.cn/" + id + "/"
                + p.itemId()), Instant.now(), DeliveryStatus.LIVE, Map.of());
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        Plan pl = before(w.itemId());
        Shown current = shown.get(w.itemId());
        boolean applied = apply(w.itemId(), new Shown(current == null ? 0 : current.version(), true, w.sequence()));
        arrivals.add(new Arrival("WITHDRAW", w.itemId(), w.version(), w.idempotencyKey(), w.sequence(),
                Instant.now(), applied));
        after(pl);
        return new Receipt(id + ":" + w.itemId() + ":withdrawn", null, Instant.now(), DeliveryStatus.WITHDRAWN,
                Map.of());
    }

    private Plan before(String itemId) throws ChannelException {
        Plan pl = plan.apply(itemId);
        if (!pl.delay().isZero()) {
            try {
                Thread.sleep(pl.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pl.kill() == Kill.BEFORE) {
            throw new Killed();
        }
        if (pl.failure() != null) {
            throw pl.failure();
        }
        return pl;
    }

    private static void after(Plan pl) {
        if (pl.kill() == Kill.AFTER) {
            throw new Killed();
        }
    }

    /** Applies unless a higher sequence was applied for the item (sequence 0 = not given: always applied). */
    private synchronized boolean apply(String itemId, Shown next) {
        Shown cur = shown.get(itemId);
        if (cur != null && next.sequence() != 0 && next.sequence() < cur.sequence()) {
            return false;
        }
        shown.put(itemId, next);
        return true;
    }

    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    public List<Arrival> arrivals(String itemId) {
        List<Arrival> out = new ArrayList<>();
        for (Arrival a : arrivals) {
            if (a.itemId().equals(itemId)) {
                out.add(a);
            }
        }
        return out;
    }

    /** What the public sees of {@code itemId}, or null if nothing ever arrived. */
    public Shown shown(String itemId) {
        return shown.get(itemId);
    }
}
