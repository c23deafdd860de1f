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
     * An open pause: the consultation letter (征求意见书, Arts. 32 and 34) went out on {@code from} and the answer has
     * not arrived yet. From {@code from} (inclusive, like {@link Pause#from()}) the clock stands still with no known
     * end, so there is no due date: {@link Deadlines#evaluate} returns a {@link Suspended} state instead. Only one
     * pause may be open at a time, and the only event that may follow it in the list is its {@link PauseClosed}.
     */
    record PauseOpened(LocalDate from, String reason) implements ClockEvent {
        public PauseOpened {
            Objects.requireNonNull(from, "from");
            reason = reason == null ? "" : reason;
        }
    }

    /**
     * Closes the open pause: the answer arrived on {@code to}. {@code PauseOpened(X) + PauseClosed(Y)} is exactly
     * {@code Pause(X, Y)} (both days inclusive do not count).
     */
    record PauseClosed(LocalDate to) implements ClockEvent {
        public PauseClosed {
            Objects.requireNonNull(to, "to");
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
