package org.zwgk.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in the handling of an application. Events are append-only; an application's state is the fold of its
 * events over its {@link Registration}. Every event has the date it happened ({@link #on()}).
 */
public sealed interface ApplicationEvent {

    LocalDate on();

    /** Stable kind name, used in storage. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** 审核 starts. */
    record ReviewStarted(LocalDate on) implements ApplicationEvent {
        public ReviewStarted {
            Objects.requireNonNull(on, "on");
        }
    }

    /** Art. 30: the one-shot supplement notice, with the date the organ set for the supplement. */
    record SupplementRequested(LocalDate on, LocalDate supplyBy) implements ApplicationEvent {
        public SupplementRequested {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(supplyBy, "supplyBy");
        }
    }

    /** Art. 30: the supplement arrived; the reply period restarts from this day. */
    record SupplementReceived(LocalDate on) implements ApplicationEvent {
        public SupplementReceived {
            Objects.requireNonNull(on, "on");
        }
    }

    /** 办理 starts. */
    record HandlingStarted(LocalDate on) implements ApplicationEvent {
        public HandlingStarted {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * Art. 32 / 34: a consultation letter (征求意见书) went out; from this day (inclusive) the reply clock stands still
     * (Art. 33 ¶3) until the answer arrives — an open pause with no known end.
     */
    record ConsultationStarted(LocalDate on, ConsultationParty party) implements ApplicationEvent {
        public ConsultationStarted {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(party, "party");
        }
    }

    /**
     * The consulted party answered (or its 15 working days ran out: Art. 34 silence counts as consent, Art. 32 the
     * organ decides); this day still does not count, the clock resumes the day after.
     */
    record ConsultationEnded(LocalDate on, ConsultationParty party) implements ApplicationEvent {
        public ConsultationEnded {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(party, "party");
        }
    }

    /** Art. 33 ¶2: the one extension, approved by the head of the OGI office. */
    record Extended(LocalDate on, int workingDays, String approver, String reason) implements ApplicationEvent {
        public Extended {
            Objects.requireNonNull(on, "on");
            approver = approver == null ? "" : approver.strip();
            reason = reason == null ? "" : reason.strip();
        }
    }

    /** 答复: the decision. */
    record Decided(LocalDate on, Decision decision) implements ApplicationEvent {
        public Decided {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** 送达. */
    record Delivered(LocalDate on, DeliveryMethod method) implements ApplicationEvent {
        public Delivered {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(method, "method");
        }
    }

    /** 归档 (Art. 45), with the archive's reference (档号) when known. */
    record Archived(LocalDate on, String archiveReference) implements ApplicationEvent {
        public Archived {
            Objects.requireNonNull(on, "on");
            archiveReference = archiveReference == null ? "" : archiveReference;
        }
    }
}
