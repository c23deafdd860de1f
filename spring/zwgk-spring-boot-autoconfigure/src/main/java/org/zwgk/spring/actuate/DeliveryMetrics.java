package org.zwgk.spring.actuate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;
import org.zwgk.spring.ChannelAdapterDecorator;

/**
 * Delivery metrics, recorded by wrapping each channel adapter the dispatcher calls:
 *
 * <ul>
 *   <li>{@code zwgk.deliveries} (counter) and {@code zwgk.delivery.duration} (timer of the adapter call), tags
 *       {@code channel}, {@code action} ({@code publish}, {@code withdraw}, {@code refresh}) and {@code outcome}: the
 *       receipt's status in lower case ({@code accepted}, {@code live}, {@code withdrawn}), {@code unchanged} for a
 *       refresh with nothing new, or the failure kind ({@code transient}, {@code rate_limited}, {@code credential},
 *       {@code configuration}, {@code permission}, {@code rejected_content}, {@code permanent}; {@code error} for an
 *       adapter defect);</li>
 *   <li>{@code zwgk.publication.lag} (timer, tag {@code channel}): from {@code gate.publish} to the channel
 *       accepting the publication — how long the public waited.</li>
 * </ul>
 *
 * Adapters are wrapped when the engine is built, before any registry exists; meters are kept in a composite to
 * which Boot adds each registry when it binds this {@link MeterBinder}.
 */
public final class DeliveryMetrics implements MeterBinder, ChannelAdapterDecorator {

    private final CompositeMeterRegistry meters = new CompositeMeterRegistry();
    private final Clock clock;

    public DeliveryMetrics(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        meters.add(registry);
    }

    @Override
    public ChannelAdapter decorate(ChannelAdapter adapter) {
        return new Metered(adapter);
    }

    private void record(String channel, String action, String outcome, long nanos) {
        Counter.builder("zwgk.deliveries").description("Deliveries to channels by outcome")
                .tags("channel", channel, "action", action, "outcome", outcome).register(meters).increment();
        Timer.builder("zwgk.delivery.duration").description("Duration of one delivery attempt (adapter call)")
                .tags("channel", channel, "action", action, "outcome", outcome).register(meters)
                .record(Duration.ofNanos(nanos));
    }

    private void lag(String channel, Instant publishedAt) {
        if (publishedAt == null) {
            return;
        }
        Duration lag = Duration.between(publishedAt, clock.instant());
        Timer.builder("zwgk.publication.lag").description("From gate.publish to the channel accepting it")
                .tags("channel", channel).register(meters).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    private static String outcome(Receipt r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    private static String outcome(Throwable t) {
        return t instanceof ChannelException c ? c.kind().name().toLowerCase(Locale.ROOT) : "error";
    }

    /** Delegates every method; measures publish, withdraw and refresh. */
    private final class Metered implements ChannelAdapter {
        private final ChannelAdapter delegate;

        Metered(ChannelAdapter delegate) {
            this.delegate = delegate;
        }

        @Override
        public String channelId() {
            return delegate.channelId();
        }

        @Override
        public Receipt publish(Publication publication, DeliveryJournal journal) throws ChannelException {
            long start = System.nanoTime();
            try {
                Receipt r = delegate.publish(publication, journal);
                record(channelId(), "publish", outcome(r), System.nanoTime() - start);
                lag(channelId(), publication.publishedAt());
                return r;
            } catch (ChannelException | RuntimeException e) {
                record(channelId(), "publish", outcome(e), System.nanoTime() - start);
                throw e;
            }
        }

        @Override
        public Receipt withdraw(Withdrawal withdrawal, DeliveryJournal journal) throws ChannelException {
            long start = System.nanoTime();
            try {
                Receipt r = delegate.withdraw(withdrawal, journal);
                record(channelId(), "withdraw", outcome(r), System.nanoTime() - start);
                return r;
            } catch (ChannelException | RuntimeException e) {
                record(channelId(), "withdraw", outcome(e), System.nanoTime() - start);
                throw e;
            }
        }

        @Override
        public Set<ChannelCapability> capabilities() {
            return delegate.capabilities();
        }

        @Override
        public Optional<Receipt> refresh(String idempotencyKey, Receipt accepted, DeliveryJournal journal)
                throws ChannelException {
            long start = System.nanoTime();
            try {
                Optional<Receipt> r = delegate.refresh(idempotencyKey, accepted, journal);
                record(channelId(), "refresh", r.map(DeliveryMetrics::outcome).orElse("unchanged"),
                        System.nanoTime() - start);
                return r;
            } catch (ChannelException | RuntimeException e) {
                record(channelId(), "refresh", outcome(e), System.nanoTime() - start);
                throw e;
            }
        }

        @Override
        public void close() {
            delegate.close();
        }

        @Override
        public String toString() {
            return delegate.toString();
        }
    }
}
