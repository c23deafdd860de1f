package org.zwgk.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.request.ApplicationEvent.Archived;
import org.zwgk.request.ApplicationEvent.ConsultationEnded;
import org.zwgk.request.ApplicationEvent.ConsultationStarted;
import org.zwgk.request.ApplicationEvent.Decided;
import org.zwgk.request.ApplicationEvent.Delivered;
import org.zwgk.request.ApplicationEvent.Extended;
import org.zwgk.request.ApplicationEvent.HandlingStarted;
import org.zwgk.request.ApplicationEvent.ReviewStarted;
import org.zwgk.request.ApplicationEvent.SupplementReceived;
import org.zwgk.request.ApplicationEvent.SupplementRequested;
import org.zwgk.spi.ZwgkException;

/**
 * An application for disclosure: its {@link Registration} and the append-only list of {@link ApplicationEvent}s,
 * with the state they imply. Immutable; {@link #with(ApplicationEvent)} checks the stage machine and returns the
 * next state. Checks that need the calendar, the clock or the period lock live in {@link ApplicationDesk}.
 *
 * <p>{@link #toString()} never shows applicant data.
 */
public final class Application {

    /**
     * A consultation (Art. 32 / 34) during which the reply clock does not run (Art. 33 ¶3): the days from the letter
     * ({@code from}) to the answer ({@code until}), both inclusive, do not count. {@code until} is {@code null}
     * while the answer is awaited (an open pause: the reply deadline is then suspended, not a date).
     */
    public record Pause(ConsultationParty party, LocalDate from, LocalDate until) {
        public Pause {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(from, "from");
        }

        public boolean isOpen() {
            return until == null;
        }
    }

    private final Registration registration;
    private final List<ApplicationEvent> events;
    private final long version;

    private final ApplicationStage stage;
    private final SupplementRequested supplementRequest;
    private final SupplementReceived supplementReceipt;
    private final Extended extension;
    private final Decided decided;
    private final Delivered delivery;
    private final Archived archived;
    private final List<Pause> pauses;
    private final LocalDate lastDate;

    private Application(Registration registration, List<ApplicationEvent> events, long version) {
        this.registration = Objects.requireNonNull(registration, "registration");
        this.events = List.copyOf(events);
        this.version = version;
        ApplicationStage st = ApplicationStage.REGISTERED;
        SupplementRequested sreq = null;
        SupplementReceived srec = null;
        Extended ext = null;
        Decided dec = null;
        Delivered del = null;
        Archived arc = null;
        Map<ConsultationParty, LocalDate> open = new EnumMap<>(ConsultationParty.class);
        List<Pause> ps = new ArrayList<>();
        LocalDate last = registration.receivedOn();
        String id = registration.id().value();
        for (ApplicationEvent e : this.events) {
            if (e.on().isBefore(last)) {
                throw new ZwgkException(RequestErrors.DATE_OUT_OF_ORDER, id, e.kind(), e.on(), last);
            }
            last = e.on();
            boolean awaiting = sreq != null && srec == null;
            if (e instanceof ReviewStarted) {
                expect(st, ApplicationStage.REGISTERED, "开始审核 / start review");
                st = ApplicationStage.UNDER_REVIEW;
            } else if (e instanceof SupplementRequested r) {
                if (st != ApplicationStage.REGISTERED && st != ApplicationStage.UNDER_REVIEW) {
                    throw illegal(st, "告知补正 / request a supplement");
                }
                if (sreq != null) {
                    throw new ZwgkException(RequestErrors.SUPPLEMENT_ALREADY_REQUESTED, id, sreq.on());
                }
                if (r.supplyBy().isBefore(r.on())) {
                    throw new ZwgkException(RequestErrors.INVALID_FIELD, "supplyBy", "before the notice date");
                }
                sreq = r;
            } else if (e instanceof SupplementReceived r) {
                if (!awaiting) {
                    throw new ZwgkException(RequestErrors.NO_SUPPLEMENT_PENDING, id, "收到补正 / receive a supplement");
                }
                srec = r;
            } else if (e instanceof HandlingStarted r) {
                expect(st, ApplicationStage.UNDER_REVIEW, "开始办理 / start handling");
                if (awaiting) {
                    throw illegal(st, "在补正前开始办理 / start handling before the supplement");
                }
                st = ApplicationStage.IN_HANDLING;
            } else if (e instanceof ConsultationStarted r) {
                expect(st, ApplicationStage.IN_HANDLING, "征求意见 / consult");
                if (open.containsKey(r.party())) {
                    throw new ZwgkException(RequestErrors.CONSULTATION_STATE, id, r.party().labelZh(),
                            "已在进行中 / is already open");
                }
                open.put(r.party(), r.on());
            } else if (e instanceof ConsultationEnded r) {
                LocalDate from = open.remove(r.party());
                if (from == null) {
                    throw new ZwgkException(RequestErrors.CONSULTATION_STATE, id, r.party().labelZh(),
                            "尚未开始 / was not started");
                }
                ps.add(new Pause(r.party(), from, r.on()));
            } else if (e instanceof Extended r) {
                if (st != ApplicationStage.UNDER_REVIEW && st != ApplicationStage.IN_HANDLING && st != ApplicationStage.REGISTERED) {
                    throw illegal(st, "延长答复期限 / extend");
                }
                if (ext != null) {
                    throw new ZwgkException(RequestErrors.EXTENSION_ALREADY_USED, id, ext.on());
                }
                if (r.workingDays() < 1 || r.workingDays() > 20) {
                    throw new ZwgkException(RequestErrors.EXTENSION_OUT_OF_RANGE, id, r.workingDays());
                }
                if (r.approver().isEmpty() || r.reason().isEmpty()) {
                    throw new ZwgkException(RequestErrors.EXTENSION_NEEDS_APPROVER, id);
                }
                ext = r;
            } else if (e instanceof Decided r) {
                if (st.isDecided()) {
                    throw illegal(st, "再次答复 / decide again");
                }
                if (!open.isEmpty()) {
                    throw new ZwgkException(RequestErrors.CONSULTATION_STATE, id,
                            open.keySet().iterator().next().labelZh(), "尚未结束，不能答复 / is still open; cannot reply");
                }
                OutcomeCode code = r.decision().code();
                if (code == NotProcessedReason.ABANDONED_NO_CORRECTION) {
                    if (!awaiting) {
                        throw new ZwgkException(RequestErrors.NO_SUPPLEMENT_PENDING, id,
                                "视为放弃申请 / treat as abandoned");
                    }
                    if (!r.on().isAfter(sreq.supplyBy())) {
                        throw new ZwgkException(RequestErrors.SUPPLEMENT_PERIOD_RUNNING, id, sreq.supplyBy(), r.on());
                    }
                } else if (code == NotProcessedReason.STILL_UNCLEAR_AFTER_CORRECTION) {
                    if (srec == null) {
                        throw new ZwgkException(RequestErrors.NO_SUPPLEMENT_PENDING, id,
                                "以补正后仍不明确答复 / reply still-unclear-after-correction");
                    }
                } else if (awaiting) {
                    throw illegal(st, "在补正期间答复 / reply while a supplement is awaited");
                }
                dec = r;
                st = ApplicationStage.REPLIED;
            } else if (e instanceof Delivered r) {
                expect(st, ApplicationStage.REPLIED, "送达 / deliver");
                del = r;
                st = ApplicationStage.DELIVERED;
            } else if (e instanceof Archived r) {
                boolean abandoned = dec != null
                        && dec.decision().code() == NotProcessedReason.ABANDONED_NO_CORRECTION;
                if (!(st == ApplicationStage.DELIVERED || (st == ApplicationStage.REPLIED && abandoned))) {
                    throw illegal(st, "归档 / archive");
                }
                arc = r;
                st = ApplicationStage.ARCHIVED;
            }
        }
        open.forEach((party, from) -> ps.add(new Pause(party, from, null)));
        this.stage = st;
        this.supplementRequest = sreq;
        this.supplementReceipt = srec;
        this.extension = ext;
        this.decided = dec;
        this.delivery = del;
        this.archived = arc;
        this.pauses = List.copyOf(ps);
        this.lastDate = last;
    }

    private void expect(ApplicationStage actual, ApplicationStage required, String what) {
        if (actual != required) {
            throw illegal(actual, what);
        }
    }

    private ZwgkException illegal(ApplicationStage actual, String what) {
        return new ZwgkException(RequestErrors.ILLEGAL_STAGE_MOVE, registration.id().value(), actual.labelZh(), what);
    }

    /** A freshly registered application (stage 登记). */
    public static Application registered(Registration registration) {
        return new Application(registration, List.of(), 0);
    }

    /** Rebuilds an application from storage; the events are re-checked. */
    public static Application restore(Registration registration, List<ApplicationEvent> events, long version) {
        return new Application(registration, events, version);
    }

    /** The application with one more event, checked against the stage machine. The version is unchanged. */
    public Application with(ApplicationEvent event) {
        List<ApplicationEvent> next = new ArrayList<>(events);
        next.add(Objects.requireNonNull(event, "event"));
        return new Application(registration, next, version);
    }

    Application withVersion(long newVersion) {
        return new Application(registration, events, newVersion);
    }

    public ApplicationId id() {
        return registration.id();
    }

    public Registration registration() {
        return registration;
    }

    public List<ApplicationEvent> events() {
        return events;
    }

    /** Optimistic-locking version of the stored record (0 = not yet stored). */
    public long version() {
        return version;
    }

    public ApplicationStage stage() {
        return stage;
    }

    public LocalDate receivedOn() {
        return registration.receivedOn();
    }

    /** The date of the latest step (the receipt date if nothing happened yet). */
    public LocalDate lastDate() {
        return lastDate;
    }

    /** True between the supplement notice and the supplement's receipt (the reply clock is stopped). */
    public boolean awaitingSupplement() {
        return supplementRequest != null && supplementReceipt == null;
    }

    public Optional<SupplementRequested> supplementRequest() {
        return Optional.ofNullable(supplementRequest);
    }

    public Optional<SupplementReceived> supplementReceipt() {
        return Optional.ofNullable(supplementReceipt);
    }

    public Optional<Extended> extension() {
        return Optional.ofNullable(extension);
    }

    /** All consultations, closed and open. */
    public List<Pause> pauses() {
        return pauses;
    }

    public Optional<Decided> decided() {
        return Optional.ofNullable(decided);
    }

    public Optional<Decision> decision() {
        return decided().map(Decided::decision);
    }

    public Optional<LocalDate> decidedOn() {
        return decided().map(Decided::on);
    }

    public Optional<Delivered> delivery() {
        return Optional.ofNullable(delivery);
    }

    public Optional<Archived> archived() {
        return Optional.ofNullable(archived);
    }

    @Override
    public String toString() {
        return "Application[id=" + id() + ", body=" + registration.body() + ", stage=" + stage + ", receivedOn="
                + receivedOn() + "]";
    }
}
