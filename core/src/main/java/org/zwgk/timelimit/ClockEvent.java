package org.zwgk.timelimit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event on a running clock. Events are facts, kept in an append-only list and replayed by
 * {@link Deadlines#compute}; a deadline is never edited, only recomputed.
 */
public sealed interface ClockEvent {

    /**
     * Time that does not count, both days inclusive: consulting a third party (Art. 32) or another organ (Art. 34),
     * excluded from the reply period by Art. 33 ¶3. {@code to} is the day the answer arrived (resume).
     */
    record Pause(LocalDate from, LocalDate to, String reason) implements ClockEvent {
        public Pause {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            reason = reason == null ? "" : reason;
        }

        public static Pause of(LocalDate from, LocalDate to) {
            return new Pause(from, to, "");
        }
    }

    /**
     * The one extension of Art. 33 ¶2: at most 20 working days, consented to by the head of the OGI office, the
     * applicant informed.
     */
    record Extension(LocalDate approvedOn, int workingDays, String approver) implements ClockEvent {
        public Extension {
            Objects.requireNonNull(approvedOn, "approvedOn");
            Objects.requireNonNull(approver, "approver");
        }
    }

    /** Counting starts afresh from this day (Art. 30: receipt of the supplemented application). */
    record Restart(LocalDate date, String reason) implements ClockEvent {
        public Restart {
            Objects.requireNonNull(date, "date");
            reason = reason == null ? "" : reason;
        }
    }
}
