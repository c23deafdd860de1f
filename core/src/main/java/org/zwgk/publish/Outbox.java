package org.zwgk.publish;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;
import org.zwgk.store.internal.ColumnLimits;
import org.zwgk.store.internal.DeliveryRows;
import org.zwgk.store.internal.Persistence;

/**
 * The operator API of the outbox: list entries with their per-channel state, retry failed or quarantined ones,
 * cancel one that must not be delivered, release a claim held by a dispatcher that died (instead of waiting for its
 * lease to expire), see the late results of fenced-off deliveries, and see or end the pauses rate limits put on
 * whole channels ({@link ChannelPause}). Every change respects the rule that the newest intent for an item and
 * channel wins: a superseded entry or a publication of a withdrawn item is never put back in the queue.
 */
public final class Outbox {

    private final ZwgkStore store;
    private final Persistence db;

    public Outbox(ZwgkStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.db = new Persistence(store.dialect());
    }

    /** Entries, oldest first; {@code status} null for all. */
    public List<OutboxEntry> list(DeliveryStatus status, int limit) {
        return read("outbox.list", c -> db.outbox().list(c, status, limit));
    }

    /**
     * How many entries are in each status, in one grouped query (for health checks and metrics, which must not list
     * the rows). Every {@link DeliveryStatus} is present, with 0 when no entry has it; a status written by a newer
     * zwgk that this build does not know is counted in {@link StatusCounts#unrecognised()} rather than failing.
     */
    public StatusCounts counts() {
        java.util.EnumMap<DeliveryStatus, Long> byStatus = new java.util.EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            byStatus.put(s, 0L);
        }
        long unrecognised = 0;
        for (Map.Entry<String, Long> e : read("outbox.counts", c -> db.outbox().countsByStatusName(c)).entrySet()) {
            DeliveryStatus s = status(e.getKey());
            if (s == null) {
                unrecognised += e.getValue();
            } else {
                byStatus.put(s, e.getValue());
            }
        }
        return new StatusCounts(byStatus, unrecognised);
    }

    private static DeliveryStatus status(String name) {
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Entries per status ({@link Outbox#counts()}).
     *
     * @param byStatus     every {@link DeliveryStatus}, in declaration order, with its count (0 when none)
     * @param unrecognised entries whose stored status this build does not know (written by a newer zwgk)
     */
    public record StatusCounts(java.util.Map<DeliveryStatus, Long> byStatus, long unrecognised) {
        public StatusCounts {
            byStatus = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStatus));
        }

        /** The count of one status (0 when none). */
        public long of(DeliveryStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /** The entries of one item, in order. */
    public List<OutboxEntry> forItem(String itemId) {
        return read("outbox.forItem", c -> db.outbox().forItem(c, itemId));
    }

    public OutboxEntry get(long id) {
        return read("outbox.get", c -> db.outbox().get(c, id))
                .orElseThrow(() -> new StoreException(StoreErrors.OUTBOX_ENTRY_NOT_FOUND, id));
    }

    /** Entries by channel and status: every status of every channel with entries, zero where none. */
    public Map<String, Map<DeliveryStatus, Integer>> countsByChannel() {
        Map<String, Map<DeliveryStatus, Integer>> counts = read("outbox.counts", c -> db.outbox().counts(c));
        counts.values().forEach(m -> {
            for (DeliveryStatus s : DeliveryStatus.values()) {
                m.putIfAbsent(s, 0);
            }
        });
        return counts;
    }

    /**
     * Results that reached the dispatcher after the delivery's claim had been taken over (its lease ran out and
     * another dispatcher claimed the entry, or an operator released or cancelled it): recorded for the record,
     * never as the entry's outcome.
     */
    public List<LateResult> lateResults(long id) {
        return read("outbox.lateResults", c -> db.deliveries(1).late(c, id)).stream()
                .map(l -> new LateResult(l.entryId(), l.fence(), l.worker(), l.outcome(), l.remoteId(),
                        l.publicUrl(), l.detail(), l.recordedAt())).toList();
    }

    /**
     * Puts a QUARANTINED or FAILED entry back in the queue now, with its attempt counter reset. Refuses an entry
     * that a newer one superseded (ZWGK-4023) and a publication of an item withdrawn since (ZWGK-4024).
     */
    public OutboxEntry retry(long id) {
        return change("outbox.retry", c -> {
            OutboxEntry e = lock(c, id);
            if (e.status() == DeliveryStatus.SUPERSEDED) {
                throw new StoreException(StoreErrors.OUTBOX_SUPERSEDED, id, e.supersededBy());
            }
            if (e.status() != DeliveryStatus.QUARANTINED && e.status() != DeliveryStatus.FAILED) {
                throw new StoreException(StoreErrors.OUTBOX_NOT_RETRYABLE, id, e.status().label());
            }
            if (e.action() == OutboxAction.PUBLISH) {
                // The item row first, as the gate locks it: a withdrawal committing meanwhile cannot be missed.
                Optional<LifecycleState> state = db.items().lockState(c, e.itemId());
                if (state.isEmpty() || state.get() == LifecycleState.WITHDRAWN) {
                    throw new StoreException(StoreErrors.OUTBOX_ITEM_WITHDRAWN, id, e.itemId());
                }
                long newest = db.outbox().newest(c, e.itemId(), e.channel()).orElse(id);
                if (newest != id) {
                    throw new StoreException(StoreErrors.OUTBOX_SUPERSEDED, id, newest);
                }
            }
            db.outbox().retry(c, id, now());
            return db.outbox().get(c, id).orElseThrow();
        });
    }

    /**
     * Cancels an entry that waits for delivery (QUEUED, FAILED or QUARANTINED): it is never delivered and no
     * longer holds back the entries after it. A withdrawal cannot be cancelled (ZWGK-4026): it must reach every
     * channel that published the item. The operator and the reason are recorded on the entry.
     */
    public OutboxEntry cancel(long id, String actor, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        return change("outbox.cancel", c -> {
            OutboxEntry e = lock(c, id);
            if (e.action() == OutboxAction.WITHDRAW) {
                throw new StoreException(StoreErrors.OUTBOX_WITHDRAWAL_NOT_CANCELLABLE, id, e.itemId());
            }
            String who = actor.length() > ColumnLimits.ACTOR ? actor.substring(0, ColumnLimits.ACTOR) : actor;
            if (!db.outbox().cancel(c, id, who, reason, now())) {
                throw new StoreException(StoreErrors.OUTBOX_NOT_CANCELLABLE, id, e.status().label());
            }
            return db.outbox().get(c, id).orElseThrow();
        });
    }

    /**
     * Releases the claim on an entry (a dispatcher was killed holding it): it becomes claimable at once. The
     * entry keeps its attempt count; a late answer from the old claimant is recorded as late (its fence is gone).
     */
    public OutboxEntry release(long id) {
        return change("outbox.release", c -> {
            lock(c, id);
            db.outbox().release(c, id, now());
            return db.outbox().get(c, id).orElseThrow();
        });
    }

    /** The channels paused now by a rate limit, by channel id. */
    public List<ChannelPause> pauses() {
        return read("outbox.pauses", c -> db.pauses().active(c, now()));
    }

    /**
     * Ends the pause of {@code channel} now (e.g. the WeChat quota was reset in the MP console): dispatchers claim
     * its entries again at their next round, and entries postponed to the pause's end are due at once (later
     * retries of their own are kept). Returns the pause that was ended, empty if the channel was not paused.
     */
    public Optional<ChannelPause> resume(String channel) {
        return change("outbox.resume", c -> {
            OffsetDateTime now = now();
            Optional<ChannelPause> pause = db.pauses().lockActive(c, channel, now);
            if (pause.isPresent()) {
                db.pauses().end(c, pause.get(), now);
            }
            return pause;
        });
    }

    private OutboxEntry lock(Connection c, long id) throws SQLException {
        return db.outbox().lock(c, id).orElseThrow(() -> new StoreException(StoreErrors.OUTBOX_ENTRY_NOT_FOUND, id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(store.clock());
    }

    private interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T read(String op, Work<T> work) {
        try (Connection c = store.connection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, op, StoreException.describe(e));
        }
    }

    /** One operator change in its own transaction: committed when it returns, rolled back when it throws. */
    private <T> T change(String op, Work<T> work) {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, op, StoreException.describe(e));
        }
    }
}
