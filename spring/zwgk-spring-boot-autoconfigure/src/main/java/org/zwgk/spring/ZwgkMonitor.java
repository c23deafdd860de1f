package org.zwgk.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zwgk.gate.Zwgk;
import org.zwgk.publish.ChannelPause;
import org.zwgk.gate.DeadlineMonitor;
import org.zwgk.publish.Outbox;
import org.zwgk.spi.channel.DeliveryStatus;

/**
 * What operators watch, read with a few aggregate queries: the outbox by status, paused channels, overdue and
 * due-soon obligations. The health component reads it fresh on every probe; the metrics gauges share one reading
 * for a few seconds so that a scrape of all gauges costs one round of queries.
 */
public final class ZwgkMonitor {

    /** Statuses of entries not yet delivered: the backlog. */
    private static final List<DeliveryStatus> BACKLOG = List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENT,
            DeliveryStatus.FAILED);

    private final Zwgk zwgk;
    private final Clock clock;
    private final int dueSoonDays;
    /** The last reading and when it was taken (System.nanoTime: the engine's clock may be a fixed one). */
    private volatile Reading cached;

    private record Reading(Snapshot snapshot, long nanos) {
    }

    public ZwgkMonitor(Zwgk zwgk, int dueSoonDays) {
        this.zwgk = Objects.requireNonNull(zwgk, "zwgk");
        this.clock = zwgk.clock();
        this.dueSoonDays = dueSoonDays;
    }

    /**
     * One reading.
     *
     * @param outbox        entries by status, every {@link DeliveryStatus} present
     * @param unrecognised  entries whose status this build does not know (written by a newer zwgk)
     * @param pauses        channels paused now by a rate limit
     * @param overdue       open obligations past their due date
     * @param dueSoon       open obligations due from today to {@code dueSoonDays} days later
     * @param dueSoonDays   the window of {@code dueSoon}
     * @param at            when it was read
     */
    public record Snapshot(Map<DeliveryStatus, Long> outbox, long unrecognised, List<ChannelPause> pauses,
                           long overdue, long dueSoon, int dueSoonDays, Instant at) {
        public Snapshot {
            outbox = Map.copyOf(outbox);
            pauses = List.copyOf(pauses);
        }

        /** Entries not yet delivered: queued, being delivered, or waiting for a retry. */
        public long backlog() {
            return BACKLOG.stream().mapToLong(s -> outbox.getOrDefault(s, 0L)).sum();
        }

        /** Entries an operator must retry or release ({@code zwgk outbox retry}). */
        public long quarantined() {
            return outbox.getOrDefault(DeliveryStatus.QUARANTINED, 0L);
        }

        /** Whether an operator must act: a quarantined entry or an overdue obligation. */
        public boolean needsAttention() {
            return quarantined() > 0 || overdue > 0;
        }
    }

    /**
     * Reads now.
     *
     * @throws org.zwgk.store.StoreException when zwgk's tables cannot be reached
     */
    public Snapshot read() {
        Outbox.StatusCounts counts = zwgk.outbox().counts();
        List<ChannelPause> pauses = zwgk.outbox().pauses();
        DeadlineMonitor.Counts deadlines = zwgk.deadlines().counts(LocalDate.now(clock), dueSoonDays);
        Snapshot s = new Snapshot(counts.byStatus(), counts.unrecognised(), pauses, deadlines.overdue(),
                deadlines.dueSoon(), dueSoonDays, clock.instant());
        cached = new Reading(s, System.nanoTime());
        return s;
    }

    /** The last reading if it is younger than {@code maxAge}, otherwise a new one. */
    public Snapshot read(Duration maxAge) {
        Reading r = cached;
        if (r != null && System.nanoTime() - r.nanos() <= maxAge.toNanos()) {
            return r.snapshot();
        }
        return read();
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }
}
