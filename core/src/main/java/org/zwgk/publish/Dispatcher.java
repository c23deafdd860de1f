package org.zwgk.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.publish.internal.DispatchContext;
import org.zwgk.publish.internal.Worker;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.store.JdbcDeliveryJournal;
import org.zwgk.store.ZwgkStore;

/**
 * Delivers outbox entries to channel adapters after the host transaction committed.
 *
 * <ul>
 *   <li><b>At least once</b>, with the entry's idempotency key on every attempt;</li>
 *   <li><b>the newest intent wins</b>: right before a channel is called the item is read again; a publication of a
 *       withdrawn item, or of a version older than the item's current one, is not sent but SUPERSEDED — and every
 *       message carries a sequence (the entry id, increasing per item and channel) so a channel can drop a late
 *       one ({@link org.zwgk.spi.channel.Publication#sequence()});</li>
 *   <li><b>claims</b> with {@code SELECT … FOR UPDATE SKIP LOCKED} plus a lease and a <b>fencing token</b>: each
 *       claim increments the entry's fence and results are recorded only under the current one. The lease of a
 *       delivery in progress is <b>renewed</b> (every third of the lease) for as long as the channel takes, so a
 *       slow channel is never delivered to twice; a delivery whose claim was taken over anyway (this process
 *       stalled) is recorded as a late result ({@link Outbox#lateResults}), never as the entry's outcome;</li>
 *   <li><b>per-item ordering</b>: an entry is claimable only when every earlier entry of the same item and
 *       channel is done, so a withdrawal never overtakes its publication and version 2 never overtakes 1;</li>
 *   <li><b>backoff</b> with jitter per entry, <b>quarantine</b> after {@code maxAttempts} or a non-retryable
 *       error, without blocking other items — and a quarantined publication never blocks a later withdrawal (the
 *       gate supersedes it when the withdrawal is queued);</li>
 *   <li><b>channel pause</b>: a {@link ChannelErrorKind#RATE_LIMITED} failure with a {@code retryAfter} (WeChat
 *       45009, the daily quota) pauses the whole channel until then for every dispatcher on the database
 *       ({@code zwgk_channel_pause}); the attempt is recorded but not counted towards quarantine;</li>
 *   <li><b>policy re-check</b>: before building a publication it re-reads the item and refuses (quarantines with
 *       ZWGK-4013) anything withheld, on request, not secrecy-reviewed, or partial without redaction record, and any
 *       publication whose attachments differ from the digests queued with it; a receipt that cannot be recorded
 *       quarantines the entry (ZWGK-4027) instead of delivering it again and again;</li>
 *   <li><b>refresh</b>: on channels with {@link ChannelCapability#REFRESH} an {@code ACCEPTED} publication is claimed
 *       again at its receipt's refresh time until it is {@code LIVE}; on a channel with
 *       {@link ChannelCapability#ARCHIVAL_HANDOVER} a live current version moves the item to 已归档.</li>
 * </ul>
 *
 * <p>The parts live in {@code org.zwgk.publish.internal} (claim loop, delivery, recording, refresh, leases); all SQL
 * in the persistence layer.
 */
public final class Dispatcher implements AutoCloseable {

    /** The longest a rate limit may pause a channel at once. */
    static final Duration MAX_PAUSE = DispatchContext.MAX_PAUSE;

    private final DispatchContext ctx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();
    private Worker inline;

    private Dispatcher(Builder b) {
        ZwgkStore store = Objects.requireNonNull(b.store, "store");
        this.ctx = new DispatchContext(new DispatchContext.Settings(store, b.adapters,
                b.clock != null ? b.clock : store.clock(),
                b.random != null ? b.random : RandomGenerator.getDefault(),
                b.workerId != null ? b.workerId
                        : ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8),
                b.maxAttempts, b.baseDelay, b.maxDelay, b.lease, b.batchSize, b.pollInterval, b.threads,
                b.journal != null ? b.journal : new JdbcDeliveryJournal(store),
                b.eventLog != null ? b.eventLog : EventLog.unkeyed()));
    }

    public static Builder builder(ZwgkStore store) {
        return new Builder(store);
    }

    /** Configuration of a dispatcher. */
    public static final class Builder {
        private final ZwgkStore store;
        private final Map<String, ChannelAdapter> adapters = new LinkedHashMap<>();
        private Clock clock;
        private RandomGenerator random;
        private String workerId;
        private int maxAttempts = 8;
        private Duration baseDelay = Duration.ofSeconds(2);
        private Duration maxDelay = Duration.ofHours(1);
        private Duration lease = Duration.ofMinutes(2);
        private int batchSize = 16;
        private Duration pollInterval = Duration.ofMillis(500);
        private int threads = 1;
        private DeliveryJournal journal;
        private EventLog eventLog;

        private Builder(ZwgkStore store) {
            this.store = store;
        }

        public Builder channel(ChannelAdapter adapter) {
            adapters.put(adapter.channelId(), adapter);
            return this;
        }

        public Builder channels(Iterable<? extends ChannelAdapter> all) {
            all.forEach(this::channel);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Jitter source; inject a seeded one in tests. */
        public Builder random(RandomGenerator r) {
            this.random = r;
            return this;
        }

        public Builder workerId(String id) {
            this.workerId = id;
            return this;
        }

        /** Attempts before an entry is quarantined (default 8). */
        public Builder maxAttempts(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxAttempts >= 1");
            }
            this.maxAttempts = n;
            return this;
        }

        /** Backoff: {@code base · 2^(attempt-1)}, capped at {@code max}, with equal jitter. */
        public Builder backoff(Duration base, Duration max) {
            this.baseDelay = base;
            this.maxDelay = max;
            return this;
        }

        /**
         * How long a claim is held without a sign of life (default 2 minutes). A delivery in progress renews it
         * every third of this, however long the channel takes; it runs out only when the dispatcher stalls, dies
         * or loses the database — then another dispatcher takes the entry over.
         */
        public Builder lease(Duration d) {
            if (d.toMillis() < 150) {
                throw new IllegalArgumentException("lease >= 150 ms");
            }
            this.lease = d;
            return this;
        }

        public Builder batchSize(int n) {
            this.batchSize = n;
            return this;
        }

        public Builder pollInterval(Duration d) {
            this.pollInterval = d;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder journal(DeliveryJournal j) {
            this.journal = j;
            return this;
        }

        /**
         * The event log deliveries are recorded in, keyed like the host's ({@code zwgk.log.key}); it also checks the
         * digest of each queued payload. Default: unkeyed. {@code Zwgk.dispatcher()} passes the engine's.
         */
        public Builder eventLog(EventLog log) {
            this.eventLog = log;
            return this;
        }

        public Dispatcher build() {
            return new Dispatcher(this);
        }
    }

    public String workerId() {
        return ctx.settings().workerId();
    }

    /** Entries delivered (accepted, live or withdrawn) by this dispatcher since it was built. */
    public long deliveredCount() {
        return ctx.deliveredCount();
    }

    /**
     * Worker threads started by {@link #start()} that are still alive. Zero before start and after close; fewer
     * than configured when a worker died of an error no layer catches (e.g. {@link OutOfMemoryError}) — a host's
     * health check should restart the dispatcher then.
     */
    public synchronized int liveWorkers() {
        return (int) workers.stream().filter(Thread::isAlive).count();
    }

    /** Claims one batch and processes it on the calling thread; returns the number of entries processed. */
    public synchronized int runOnce() {
        if (inline == null) {
            inline = new Worker(ctx, workerId());
        }
        return inline.runOnce();
    }

    /**
     * Runs {@link #runOnce} until nothing is ready (tests, CLI one-shot). Returns the entries processed: deliveries
     * and refreshes of accepted publications that were due.
     */
    public int drain() {
        int total = 0;
        int n;
        while ((n = runOnce()) > 0) {
            total += n;
        }
        return total;
    }

    /** Starts the background worker threads. */
    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        for (int i = 0; i < ctx.settings().threads(); i++) {
            Worker w = new Worker(ctx, workerId() + "#" + i);
            Thread t = new Thread(() -> w.loop(running), "zwgk-dispatcher-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /**
     * Stops the workers after their current entry (no delivery is cut in half), releases the claims they hold but
     * have not started (claimable at once by another dispatcher, attempt not counted) and closes connections. A
     * delivery still running after the lease is left to its lease.
     */
    @Override
    public void close() {
        // Not synchronized on this: an inline runOnce() holds the monitor and must see the flag mid-batch.
        ctx.closing().set(true);
        closeWorkers();
    }

    private synchronized void closeWorkers() {
        running.set(false);
        for (Thread t : workers) {
            try {
                t.join(Math.max(1000, ctx.settings().lease().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        if (inline != null) {
            inline.closeConnection();
            inline = null;
        }
        ctx.close();
    }

    /** Equal jitter backoff for the given attempt (tests). */
    Duration backoff(int attempt) {
        return ctx.backoff(attempt);
    }
}
