package org.zwgk.publish.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zwgk.publish.ChannelPause;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.DeliveryRows.Claimed;

/**
 * One claim loop with its own connection: claim a batch, then for each entry check → call → record, then a round
 * of refreshes. Several workers — threads of one dispatcher or other processes on the same database — never hold
 * one entry at the same time ({@code FOR UPDATE SKIP LOCKED}, leases and fences).
 */
public final class Worker {

    private final DispatchContext ctx;
    private final String id;
    private final Recorder recorder;
    private final Delivery delivery;
    private final Refresher refresher;
    private Connection c;
    /** Channels paused until the given instant, as of this worker's last claim (plus pauses it recorded since). */
    private final Map<String, Instant> paused = new HashMap<>();

    public Worker(DispatchContext ctx, String id) {
        this.ctx = ctx;
        this.id = id;
        this.recorder = new Recorder(ctx);
        this.delivery = new Delivery(ctx, recorder);
        this.refresher = new Refresher(ctx, recorder);
    }

    /** Loops until {@code running} says stop, sleeping {@code pollInterval} when nothing was ready. */
    public void loop(java.util.concurrent.atomic.AtomicBoolean running) {
        while (running.get()) {
            int n;
            try {
                n = runOnce();
            } catch (RuntimeException e) {
                closeConnection(); // reconnect on the next round (database restart, network)
                n = 0;
            }
            if (n == 0) {
                try {
                    Thread.sleep(ctx.settings.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        closeConnection();
    }

    /** Claims one batch and processes it; returns the entries processed (deliveries and refreshes). */
    public int runOnce() {
        if (ctx.closing.get()) {
            return 0;
        }
        List<Claimed> claims;
        try {
            claims = claim();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.claim", StoreException.describe(e));
        }
        for (int i = 0; i < claims.size(); i++) {
            if (ctx.closing.get()) {
                unclaim(claims.subList(i, claims.size()), null);
                return i;
            }
            Claimed cl = claims.get(i);
            try {
                Instant until = paused.get(cl.channel());
                if (until != null && until.isAfter(ctx.settings.clock().instant())) {
                    unclaim(List.of(cl), until); // the channel was paused after this batch was claimed
                    continue;
                }
                process(cl);
            } catch (SQLException e) {
                rollbackQuietly();
                // The lease expires and another round retries; at-least-once is preserved.
                throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.finish", StoreException.describe(e));
            }
        }
        return claims.size() + refresher.round(conn(), id);
    }

    private void process(Claimed cl) throws SQLException {
        Optional<Delivery.Message> m = delivery.prepare(conn(), cl);
        if (m.isEmpty()) {
            return;
        }
        ChannelAdapter adapter = ctx.settings.adapters().get(cl.channel());
        Outcome outcome;
        try (LeaseKeeper.Hold hold = ctx.leases.hold(cl.id(), cl.fence())) {
            outcome = delivery.call(adapter, m.get());
        }
        recorder.record(conn(), cl, outcome, id);
        if (outcome instanceof Outcome.Failed f && f.pausesChannel()) {
            java.time.Duration wait = f.retryAfter().compareTo(DispatchContext.MAX_PAUSE) > 0
                    ? DispatchContext.MAX_PAUSE : f.retryAfter();
            paused.merge(cl.channel(), ctx.now().plus(wait).toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private List<Claimed> claim() throws SQLException {
        Connection c = conn();
        OffsetDateTime now = ctx.now();
        paused.clear();
        for (ChannelPause p : ctx.db.pauses().active(c, now)) {
            paused.put(p.channel(), p.pausedUntil());
        }
        List<String> open = ctx.settings.adapters().keySet().stream().filter(ch -> !paused.containsKey(ch)).toList();
        List<Claimed> out = new ArrayList<>();
        if (!open.isEmpty()) {
            for (long entryId : ctx.rows.claimable(c, open, now)) {
                out.add(ctx.rows.claim(c, entryId, id, now, ctx.settings.lease()));
            }
        }
        c.commit();
        return out;
    }

    /**
     * Hands back claims not started: QUEUED, attempt count restored (nothing was attempted), due at {@code until}
     * (a pause's end) or now. If this fails the claims simply wait for their lease.
     */
    private void unclaim(List<Claimed> unstarted, Instant until) {
        try {
            OffsetDateTime now = ctx.now();
            OffsetDateTime next = until == null ? now : OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
            for (Claimed cl : unstarted) {
                ctx.rows.unclaim(conn(), cl.id(), cl.fence(), next, now);
            }
            conn().commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
        }
    }

    private Connection conn() {
        try {
            if (c == null || c.isClosed()) {
                c = ctx.settings.store().connection();
                c.setAutoCommit(false);
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.connect", StoreException.describe(e));
        }
    }

    private void rollbackQuietly() {
        try {
            if (c != null) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            closeConnection();
        }
    }

    /** Closes the worker's connection (the next round opens a new one). */
    public void closeConnection() {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
            c = null;
        }
    }
}
