package org.zwgk.publish.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.zwgk.store.ZwgkStore;
import org.zwgk.store.internal.DeliveryRows;

/**
 * Renews the lease of every delivery (and refresh) in progress, every third of the lease, on a connection of its
 * own: a channel slower than the lease keeps its claim for as long as the call lasts, so no other dispatcher takes
 * the entry over and delivers it a second time. A renewal that finds the claim gone (taken over after this process
 * stalled, released or cancelled by an operator) marks the delivery lost; its result is then recorded as late.
 * If the database cannot be reached the lease simply runs out, and fencing keeps the late result out.
 */
final class LeaseKeeper implements AutoCloseable {

    private final ZwgkStore store;
    private final DeliveryRows rows;
    private final Clock clock;
    private final Duration lease;
    private final Map<Long, Hold> held = new ConcurrentHashMap<>();
    private final AtomicLong holds = new AtomicLong();
    private ScheduledExecutorService timer;
    private Connection connection;

    LeaseKeeper(ZwgkStore store, DeliveryRows rows, Clock clock, Duration lease) {
        this.store = store;
        this.rows = rows;
        this.clock = clock;
        this.lease = lease;
    }

    /** A claim whose lease is being renewed; close it when the call returns. */
    final class Hold implements AutoCloseable {
        private final long key = holds.incrementAndGet();
        private final long entryId;
        private final long fence;
        private volatile boolean lost;

        private Hold(long entryId, long fence) {
            this.entryId = entryId;
            this.fence = fence;
        }

        /** True when a renewal found the claim taken over: the result must not be recorded as the outcome. */
        boolean lost() {
            return lost;
        }

        @Override
        public void close() {
            held.remove(key);
        }
    }

    /** Starts renewing the lease of entry {@code entryId} claimed under {@code fence}. */
    Hold hold(long entryId, long fence) {
        Hold h = new Hold(entryId, fence);
        held.put(h.key, h);
        ensureTimer();
        return h;
    }

    private synchronized void ensureTimer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "zwgk-lease-keeper");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(50, lease.toMillis() / 3);
            timer.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void renewAll() {
        if (held.isEmpty()) {
            return;
        }
        try {
            if (connection == null || connection.isClosed()) {
                connection = store.connection();
                connection.setAutoCommit(true);
            }
            OffsetDateTime until = OffsetDateTime.now(clock).plus(lease);
            for (Hold h : held.values()) {
                if (!h.lost && !rows.renew(connection, h.entryId, h.fence, until)) {
                    h.lost = true;
                }
            }
        } catch (SQLException | RuntimeException e) {
            closeConnection(); // try again next time; meanwhile the lease runs down, and fencing protects the result
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        closeConnection();
    }
}
