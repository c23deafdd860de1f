package org.zwgk.request;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period lock (OGI Art. 49–50): once a body's annual report for a year is issued, that year's application
 * records are frozen. zwgk <em>refuses</em> late changes dated in a locked year ({@link RequestErrors#PERIOD_LOCKED})
 * rather than recording silent corrections, so an issued report always matches the records it was computed from;
 * corrections are explained in the next report's section 六. Steps dated after the year stay allowed (an application
 * carried over into the next year is still handled).
 */
public interface PeriodLocks {

    /** The day the report for {@code year} was issued, if it was. */
    Optional<LocalDate> issuedOn(String body, int year);

    /** Locks the year; locking an already locked year is an error of the caller (report already issued). */
    void lock(String body, int year, LocalDate issuedOn);

    default boolean isLocked(String body, int year) {
        return issuedOn(body, year).isPresent();
    }

    /** A thread-safe in-memory implementation. */
    static PeriodLocks inMemory() {
        return new PeriodLocks() {
            private final java.util.Map<String, LocalDate> locks = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public Optional<LocalDate> issuedOn(String body, int year) {
                return Optional.ofNullable(locks.get(body + '\u0000' + year));
            }

            @Override
            public void lock(String body, int year, LocalDate issuedOn) {
                if (locks.putIfAbsent(body + '\u0000' + year, issuedOn) != null) {
                    throw new IllegalStateException("already locked: " + year);
                }
            }
        };
    }
}
