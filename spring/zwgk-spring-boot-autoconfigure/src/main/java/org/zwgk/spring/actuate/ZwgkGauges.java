package org.zwgk.spring.actuate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spring.ZwgkMonitor;

/**
 * Gauges over the {@link ZwgkMonitor}: {@code zwgk.outbox.entries} (tag {@code status}, one per
 * {@link DeliveryStatus}), {@code zwgk.outbox.backlog} (queued, being delivered or waiting for a retry),
 * {@code zwgk.channels.paused}, {@code zwgk.obligations.overdue} and {@code zwgk.obligations.due.soon}. All gauges of
 * one scrape share a reading at most {@link #MAX_AGE} old; NaN while zwgk's tables cannot be read.
 */
public final class ZwgkGauges implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final ZwgkMonitor monitor;

    public ZwgkGauges(ZwgkMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DeliveryStatus s : DeliveryStatus.values()) {
            gauge(registry, "zwgk.outbox.entries", "Outbox entries by delivery status",
                    snap -> snap.outbox().getOrDefault(s, 0L), "status", s.name().toLowerCase(Locale.ROOT));
        }
        gauge(registry, "zwgk.outbox.backlog", "Outbox entries not yet delivered", ZwgkMonitor.Snapshot::backlog);
        gauge(registry, "zwgk.channels.paused", "Channels paused by a rate limit", snap -> snap.pauses().size());
        gauge(registry, "zwgk.obligations.overdue", "Open disclosure obligations past their due date",
                ZwgkMonitor.Snapshot::overdue);
        gauge(registry, "zwgk.obligations.due.soon", "Open disclosure obligations due within zwgk.health."
                + "due-soon-days", ZwgkMonitor.Snapshot::dueSoon);
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<ZwgkMonitor.Snapshot> value, String... tags) {
        Gauge.builder(name, monitor, m -> {
            try {
                return value.applyAsDouble(m.read(MAX_AGE));
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).tags(tags).strongReference(true).register(registry);
    }
}
