package org.zwgk.publish.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.store.ZwgkStore;
import org.zwgk.store.internal.DeliveryRows;
import org.zwgk.store.internal.Persistence;

/** What the parts of one dispatcher share: its configuration, the persistence layer, and its run state. */
public final class DispatchContext {

    /**
     * The longest a rate limit may pause a channel at once (WeChat's daily quota resets within a day); a remote
     * asking for longer is asked again after this, so a wrong Retry-After cannot stop a channel for weeks.
     */
    public static final Duration MAX_PAUSE = Duration.ofHours(24);

    /** The dispatcher's configuration, as built by {@code Dispatcher.Builder}. */
    public record Settings(ZwgkStore store, Map<String, ChannelAdapter> adapters, Clock clock, RandomGenerator random,
                           String workerId, int maxAttempts, Duration baseDelay, Duration maxDelay, Duration lease,
                           int batchSize, Duration pollInterval, int threads, DeliveryJournal journal,
                           EventLog eventLog) {
        public Settings {
            adapters = Map.copyOf(adapters);
        }
    }

    final Settings settings;
    final Persistence db;
    final DeliveryRows rows;
    final LeaseKeeper leases;
    /** Channels whose live publications are hand-overs to the archives (item becomes ARCHIVED). */
    final Set<String> archival;
    /** Channels whose ACCEPTED publications are completed later through {@link ChannelAdapter#refresh}. */
    final Set<String> refreshing;
    /** Set by close: workers finish the entry in hand and hand back the rest of their batch. */
    final AtomicBoolean closing = new AtomicBoolean();
    final AtomicLong delivered = new AtomicLong();

    public DispatchContext(Settings settings) {
        this.settings = settings;
        this.db = new Persistence(settings.store().dialect());
        this.rows = db.deliveries(settings.batchSize());
        this.leases = new LeaseKeeper(settings.store(), rows, settings.clock(), settings.lease());
        this.archival = channelsWith(settings.adapters(), ChannelCapability.ARCHIVAL_HANDOVER);
        this.refreshing = channelsWith(settings.adapters(), ChannelCapability.REFRESH);
    }

    public Settings settings() {
        return settings;
    }

    public AtomicBoolean closing() {
        return closing;
    }

    public long deliveredCount() {
        return delivered.get();
    }

    /** Stops renewing leases (after the workers stopped). */
    public void close() {
        leases.close();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(settings.clock());
    }

    /** Equal jitter: half the exponential delay fixed, half random, so retries of many entries spread out. */
    public Duration backoff(int attempt) {
        long base = settings.baseDelay().toMillis();
        long exp = attempt >= 40 ? Long.MAX_VALUE : base * (1L << Math.max(0, attempt - 1));
        long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, settings.maxDelay().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? settings.random().nextLong(half + 1) : 0));
    }

    private static Set<String> channelsWith(Map<String, ChannelAdapter> adapters, ChannelCapability capability) {
        Set<String> out = new TreeSet<>();
        adapters.forEach((k, a) -> {
            if (a.capabilities().contains(capability)) {
                out.add(k);
            }
        });
        return Set.copyOf(out);
    }
}
