package org.zwgk.samples.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's clock: the simulated year moves forward when the demo says so, never by itself, so every run stamps
 * the same dates (reproducible sites, archive batches and reports). One instance is shared by the engine, the
 * channels and the application desk; it is not static and not a test double — the engine only ever sees a
 * {@link Clock}.
 */
public final class SimulatedClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> now;

    public SimulatedClock(Instant start, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    private SimulatedClock(ZoneId zone, AtomicReference<Instant> shared) {
        this.zone = zone;
        this.now = shared;
    }

    /** Moves the clock to {@code time} on {@code day} in this clock's zone (may move backwards on a re-run). */
    public void set(LocalDate day, LocalTime time) {
        now.set(day.atTime(time).atZone(zone).toInstant());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now.get(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone sharing the same simulated instant. */
    @Override
    public Clock withZone(ZoneId z) {
        return z.equals(zone) ? this : new SimulatedClock(z, now);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "SimulatedClock[" + now.get() + ", " + zone + "]";
    }
}
