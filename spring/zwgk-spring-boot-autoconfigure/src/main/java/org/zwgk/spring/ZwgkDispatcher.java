package org.zwgk.spring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.zwgk.gate.Zwgk;
import org.zwgk.publish.Dispatcher;
import org.zwgk.spi.ZwgkException;

/**
 * The in-process dispatcher as a lifecycle bean: started when the application context has started, stopped when
 * it closes — each worker finishes the delivery in hand, claims not yet started are released at once for other
 * dispatchers ({@link Dispatcher#close()}). Stopped before the DataSource and the channel adapters are closed.
 */
public final class ZwgkDispatcher implements SmartLifecycle {

    private static final Log LOG = LogFactory.getLog(ZwgkDispatcher.class);

    private final Zwgk zwgk;
    private final ZwgkProperties.Dispatch settings;
    private final List<String> channels;
    private volatile Dispatcher dispatcher;

    /**
     * @param channels the ids of the channels the engine delivers to
     * @throws ZwgkException ZWGK-7008 when there is no channel to deliver to
     */
    public ZwgkDispatcher(Zwgk zwgk, ZwgkProperties.Dispatch settings, List<String> channels) {
        this.zwgk = Objects.requireNonNull(zwgk, "zwgk");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channels = List.copyOf(channels);
        if (this.channels.isEmpty()) {
            throw new ZwgkException(SpringErrors.NO_CHANNEL_FOR_DISPATCHER);
        }
    }

    @Override
    public synchronized void start() {
        if (dispatcher != null) {
            return;
        }
        Dispatcher d = zwgk.dispatcher()
                .threads(settings.getThreads())
                .maxAttempts(settings.getMaxAttempts())
                .batchSize(settings.getBatchSize())
                .lease(Duration.ofSeconds(settings.getLeaseSeconds()))
                .pollInterval(Duration.ofMillis(settings.getPollMillis()))
                .backoff(Duration.ofSeconds(settings.getBackoffBaseSeconds()),
                        Duration.ofSeconds(settings.getBackoffMaxSeconds()))
                .build();
        d.start();
        dispatcher = d;
        LOG.info("zwgk dispatcher " + d.workerId() + " started for " + channels + " with "
                + settings.getThreads() + " thread(s)");
    }

    @Override
    public synchronized void stop() {
        Dispatcher d = dispatcher;
        if (d == null) {
            return;
        }
        dispatcher = null;
        d.close();
        LOG.info("zwgk dispatcher " + d.workerId() + " stopped after " + d.deliveredCount() + " delivery(ies)");
    }

    @Override
    public boolean isRunning() {
        return dispatcher != null;
    }

    /** The running dispatcher (worker id, deliveries so far); empty while stopped. */
    public Optional<Dispatcher> dispatcher() {
        return Optional.ofNullable(dispatcher);
    }

    /** The ids of the channels it delivers to. */
    public List<String> channels() {
        return channels;
    }

    @Override
    public String toString() {
        return "ZwgkDispatcher" + channels + (isRunning() ? " running" : " stopped");
    }
}
