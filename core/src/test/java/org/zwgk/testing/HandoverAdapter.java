package org.zwgk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * An in-memory archive: publications are ACCEPTED (pending) with a refresh time; {@link #handOver(String)} seals
 * every pending package into a batch, after which {@code refresh} reports them LIVE under {@code batches/<id>/…}.
 * Declares {@link ChannelCapability#REFRESH} and {@link ChannelCapability#ARCHIVAL_HANDOVER} like the real archive.
 */
public final class HandoverAdapter implements ChannelAdapter {

    private final Clock clock;
    private final Duration refreshIn;
    private final Map<String, String> pending = new ConcurrentHashMap<>();   // key → package
    private final Map<String, String> sealed = new ConcurrentHashMap<>();    // key → batches/<id>/package
    private final List<String> refreshes = new CopyOnWriteArrayList<>();
    private final Deque<ChannelException> refreshFailures = new ArrayDeque<>();
    private volatile long refreshPauseMillis;

    /** Publications are asked about again {@code refreshIn} after acceptance (the next "hand-over day"). */
    public HandoverAdapter(Clock clock, Duration refreshIn) {
        this.clock = clock;
        this.refreshIn = refreshIn;
    }

    @Override
    public String channelId() {
        return "archive";
    }

    @Override
    public Set<ChannelCapability> capabilities() {
        return Set.of(ChannelCapability.REFRESH, ChannelCapability.ARCHIVAL_HANDOVER);
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) {
        String key = p.idempotencyKey();
        if (sealed.containsKey(key)) {
            return live(key);
        }
        String name = p.itemId() + "-v" + p.version() + ".eep.xml";
        pending.put(key, name);
        journal.record(key, "archive.package", name);
        return new Receipt(name, null, clock.instant(), DeliveryStatus.ACCEPTED, Map.of(),
                clock.instant().plus(refreshIn));
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) {
        return new Receipt(w.itemId() + "-withdrawal.eep.xml", null, clock.instant(), DeliveryStatus.WITHDRAWN,
                Map.of());
    }

    @Override
    public Optional<Receipt> refresh(String key, Receipt accepted, DeliveryJournal journal) throws ChannelException {
        refreshes.add(key + " " + accepted.remoteId() + " " + journal.load(key).get("archive.package"));
        pause();
        ChannelException e;
        synchronized (this) {
            e = refreshFailures.poll();
        }
        if (e != null) {
            throw e;
        }
        if (sealed.containsKey(key)) {
            return Optional.of(live(key));
        }
        return Optional.empty(); // still pending; the dispatcher chooses when to ask again
    }

    private void pause() {
        if (refreshPauseMillis > 0) {
            try {
                Thread.sleep(refreshPauseMillis);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Receipt live(String key) {
        return new Receipt(sealed.get(key), null, clock.instant(), DeliveryStatus.LIVE, Map.of());
    }

    /** Seals every pending package into batch {@code batch}; returns how many. */
    public int handOver(String batch) {
        int n = 0;
        for (String key : List.copyOf(pending.keySet())) {
            sealed.put(key, "batches/" + batch + "/" + pending.remove(key));
            n++;
        }
        return n;
    }

    /** Forgets a pending package, as if deleted by hand. */
    public void lose(String key) {
        pending.remove(key);
    }

    public synchronized HandoverAdapter failNextRefresh(ChannelException e) {
        refreshFailures.add(e);
        return this;
    }

    /** Makes each refresh take this long (to let two dispatchers overlap). */
    public HandoverAdapter refreshPause(Duration d) {
        this.refreshPauseMillis = d.toMillis();
        return this;
    }

    /** Every refresh call: {@code key remoteId journaledPackage}. */
    public List<String> refreshes() {
        return List.copyOf(refreshes);
    }
}
