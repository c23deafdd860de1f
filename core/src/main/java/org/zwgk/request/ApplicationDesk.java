package org.zwgk.request;

import org.zwgk.timelimit.ReceiptRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.zwgk.request.ApplicationEvent.ConsultationEnded;
import org.zwgk.request.ApplicationEvent.ConsultationStarted;
import org.zwgk.request.ApplicationEvent.Decided;
import org.zwgk.request.ApplicationEvent.Delivered;
import org.zwgk.request.ApplicationEvent.Extended;
import org.zwgk.request.ApplicationEvent.HandlingStarted;
import org.zwgk.request.ApplicationEvent.ReviewStarted;
import org.zwgk.request.ApplicationEvent.SupplementReceived;
import org.zwgk.request.ApplicationEvent.SupplementRequested;
import org.zwgk.request.internal.DeadlineCalculator;
import org.zwgk.request.internal.TimeLimitDeadlineCalculator;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import org.zwgk.timelimit.Deadline;
import org.zwgk.timelimit.DeadlineState;
import org.zwgk.timelimit.Suspended;
import org.zwgk.timelimit.TraceDay;

/**
 * The OGI office's desk for applications for disclosure (OGI Arts. 27–45): registers applications, records each
 * step (登记 → 审核 → 办理 → 答复 → 送达 → 归档), enforces the statutory periods and the period lock, and lists
 * what is due soon or overdue. Every step is dated with the day it happened; nothing can be dated in the future
 * ({@link Clock} injected) or in a year whose annual report was issued ({@link PeriodLocks}).
 *
 * <pre>{@code
 * ApplicationDesk desk = ApplicationDesk.builder()
 *         .repository(repo).calendar(WorkingCalendar.national()).clock(clock).build();
 * desk.register(new Registration(ApplicationId.of("YSQ-2024-0001"), "某县人民政府", applicant,
 *         "2023年某项目环评批复", ReceiptRules.Channel.IN_PERSON, LocalDate.of(2024, 9, 27)));
 * desk.deadline(id).due();                     // 2024-10-30
 * }</pre>
 */
public final class ApplicationDesk {

    /** Art. 33 ¶2: reply within 20 working days of receipt. */
    public static final int REPLY_WORKING_DAYS = 20;
    /** Art. 33 ¶2: at most 20 further working days, once. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** Art. 30: the supplement notice within 7 working days of receipt. */
    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
    /** Arts. 32, 34: the consulted party answers within 15 working days of receiving the letter. */
    public static final int CONSULTATION_ANSWER_WORKING_DAYS = 15;

    private final ApplicationRepository repository;
    private final DeadlineCalculator calculator;
    private final Clock clock;
    private final RequestPolicy policy;
    private final PeriodLocks locks;

    private ApplicationDesk(Builder b) {
        this.repository = Objects.requireNonNull(b.repository, "repository");
        this.calculator = new TimeLimitDeadlineCalculator(Objects.requireNonNull(b.calendar, "calendar"));
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.locks = Objects.requireNonNull(b.locks, "periodLocks");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configuration of a desk. The repository is required; the calendar defaults to
     * {@link WorkingCalendar#national()}, the clock to the system clock in Asia/Shanghai (never the JVM's zone), the
     * policy to {@link RequestPolicy#defaults()}
     * and the period locks to an in-memory set.
     */
    public static final class Builder {
        private ApplicationRepository repository;
        private WorkingCalendar calendar = WorkingCalendar.national();
        // Receipt dates (Art. 31) and deadlines are Beijing-time dates: a server running in UTC must not move an
        // application received at 07:00 to the previous day. Tests and hosts inject their own clock.
        private Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
        private RequestPolicy policy = RequestPolicy.defaults();
        private PeriodLocks locks = PeriodLocks.inMemory();

        private Builder() {
        }

        public Builder repository(ApplicationRepository repository) {
            this.repository = repository;
            return this;
        }

        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder policy(RequestPolicy policy) {
            this.policy = policy;
            return this;
        }

        public Builder periodLocks(PeriodLocks locks) {
            this.locks = locks;
            return this;
        }

        public ApplicationDesk build() {
            return new ApplicationDesk(this);
        }
    }

    public PeriodLocks periodLocks() {
        return locks;
    }

    public RequestPolicy policy() {
        return policy;
    }

    // ---- registration and steps -------------------------------------------------------------------------------

    /** 登记: records a new application with its Art. 31 receipt date. */
    public Application register(Registration registration) {
        LocalDate today = today();
        if (registration.receivedOn().isAfter(today)) {
            throw new ZwgkException(RequestErrors.RECEIPT_IN_FUTURE, registration.id(), registration.receivedOn(), today);
        }
        checkLock(registration.body(), registration.id(), registration.receivedOn());
        if (repository.find(registration.id()).isPresent()) {
            throw new ZwgkException(RequestErrors.DUPLICATE_APPLICATION, registration.id());
        }
        return repository.save(Application.registered(registration));
    }

    /** 审核 starts: completeness and clarity of the application are checked (Art. 29, 30). */
    public Application startReview(ApplicationId id, LocalDate on) {
        return record(id, new ReviewStarted(on));
    }

    /**
     * Art. 30: the one-shot supplement notice. It must go out within 7 working days of receipt; {@code supplyBy} is
     * the reasonable period the organ sets. The reply clock stops until the supplement arrives.
     */
    public Application requestSupplement(ApplicationId id, LocalDate on, LocalDate supplyBy) {
        Application a = load(id);
        LocalDate last = supplementNoticeDue(a);
        if (on.isAfter(last)) {
            throw new ZwgkException(RequestErrors.SUPPLEMENT_NOTICE_TOO_LATE, id, on, last);
        }
        return record(a, new SupplementRequested(on, supplyBy));
    }

    /** Art. 30: the supplement arrived; the 20 working days start again from this day. */
    public Application receiveSupplement(ApplicationId id, LocalDate on) {
        return record(id, new SupplementReceived(on));
    }

    /**
     * Art. 30: no supplement by the set date without good reason — the application is treated as abandoned
     * ({@link NotProcessedReason#ABANDONED_NO_CORRECTION}). Only possible after {@code supplyBy}.
     */
    public Application closeAsAbandoned(ApplicationId id, LocalDate on) {
        return record(id, new Decided(on, Decision.of(NotProcessedReason.ABANDONED_NO_CORRECTION)));
    }

    /** 办理 starts. */
    public Application startHandling(ApplicationId id, LocalDate on) {
        return record(id, new HandlingStarted(on));
    }

    /**
     * Art. 32 / 34: a consultation letter goes out on {@code on}; from that day the reply clock stands still (Art. 33
     * ¶3) with no known end — {@link #deadline} reports {@link ReplyDeadline.Status#PAUSED_FOR_CONSULTATION} with
     * the working days consumed and remaining, never a guessed date, and the lists show it as
     * {@link DueItem.Kind#SUSPENDED} until the party's 15 working days run out.
     */
    public Application startConsultation(ApplicationId id, LocalDate on, ConsultationParty party) {
        return record(id, new ConsultationStarted(on, party));
    }

    /**
     * The consulted party answered on {@code on} (or its 15 working days ran out); that day still does not count,
     * the reply clock resumes the day after, and the due date is exact again.
     */
    public Application endConsultation(ApplicationId id, LocalDate on, ConsultationParty party) {
        return record(id, new ConsultationEnded(on, party));
    }

    /**
     * Art. 33 ¶2: the one extension of at most 20 working days, consented to by the head of the OGI office
     * ({@code approver}), decided before the reply period ends.
     */
    public Application extend(ApplicationId id, LocalDate on, int workingDays, String approver, String reason) {
        Application a = load(id);
        ReplyDeadline d = deadline(a);
        if (d.hasDue() && on.isAfter(d.due())) {
            throw new ZwgkException(RequestErrors.EXTENSION_AFTER_DUE, id, d.due(), on);
        }
        return record(a, new Extended(on, workingDays, approver, reason));
    }

    /** 答复: the decision (an Art. 36 reply or a not-processed case). */
    public Application decide(ApplicationId id, LocalDate on, Decision decision) {
        if (decision.code() == NotProcessedReason.FEE_NOT_PAID && !policy.feeNotPaidEnabled()) {
            throw new ZwgkException(RequestErrors.FEE_NOT_PAID_DISABLED);
        }
        decision.requireReleased();
        return record(id, new Decided(on, decision));
    }

    /** 送达: the reply was served. */
    public Application deliver(ApplicationId id, LocalDate on, DeliveryMethod method) {
        return record(id, new Delivered(on, method));
    }

    /** 归档 (Art. 45). */
    public Application archive(ApplicationId id, LocalDate on, String archiveReference) {
        return record(id, new ApplicationEvent.Archived(on, archiveReference));
    }

    public Application get(ApplicationId id) {
        return load(id);
    }

    public List<Application> applications(String body) {
        return repository.findByBody(body);
    }

    // ---- periods ----------------------------------------------------------------------------------------------

    /** The reply deadline of an application as it stands. */
    public ReplyDeadline deadline(ApplicationId id) {
        return deadline(load(id));
    }

    /** The reply deadline of an application as it stands (Art. 33, with Art. 30 restart and Art. 33 ¶3 pauses). */
    public ReplyDeadline deadline(Application a) {
        LocalDate start = a.supplementReceipt().map(SupplementReceived::on).orElse(a.receivedOn());
        int ext = a.extension().map(Extended::workingDays).orElse(0);
        if (a.awaitingSupplement()) {
            // abandoned (Art. 30) is decided while the supplement is still awaited: no reply period ever resumed
            ReplyDeadline.Status status = a.stage().isDecided()
                    ? ReplyDeadline.Status.DECIDED : ReplyDeadline.Status.AWAITING_SUPPLEMENT;
            return new ReplyDeadline(status, start, null, ext, 0, false, calculator.calendarVersion(), null, null);
        }
        DeadlineState state = calculator.reply(a);
        int paused = 0;
        for (TraceDay t : state.trace()) {
            if (t.status() == TraceDay.Status.PAUSED && t.kind().isWorking()) {
                paused++;
            }
        }
        if (state instanceof Suspended s) {
            // A decided application cannot have an open consultation (6011), so this is always undecided.
            return new ReplyDeadline(ReplyDeadline.Status.PAUSED_FOR_CONSULTATION, start, null, ext, paused,
                    s.provisional(), s.calendarVersion(), null, s);
        }
        // A letter sent after the period had run out cannot stop it: the due date stands (and is overdue).
        Deadline c = (Deadline) state;
        ReplyDeadline.Status status = a.stage().isDecided()
                ? ReplyDeadline.Status.DECIDED : ReplyDeadline.Status.RUNNING;
        return new ReplyDeadline(status, start, c.due(), ext, paused, c.provisional(), c.calendarVersion(), c, null);
    }

    /** Art. 30: the last day for the supplement notice (7 working days after receipt). */
    public LocalDate supplementNoticeDue(Application a) {
        return calculator.plusWorkingDays(a.receivedOn(), SUPPLEMENT_NOTICE_WORKING_DAYS).due();
    }

    /** Arts. 32, 34: the last day for the consulted party's answer, counted from its receipt of the letter. */
    public LocalDate consultationAnswerDue(LocalDate letterReceivedOn) {
        return calculator.plusWorkingDays(letterReceivedOn, CONSULTATION_ANSWER_WORKING_DAYS).due();
    }

    /** {@code n} ≥ 0 working days after {@code day} (the day itself not counted; 0 gives {@code day}). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        return n == 0 ? day : calculator.plusWorkingDays(day, n).due();
    }

    /**
     * Undecided applications whose reply (or the applicant's supplement period) ends within {@code n} WD of today,
     * and every application whose reply clock is stopped by a consultation whose answer is not yet late
     * ({@link DueItem.Kind#SUSPENDED}, whatever the horizon: its reply date is unknown, so it is never dropped).
     */
    public List<DueItem> dueSoon(int workingDays) {
        LocalDate today = today();
        LocalDate horizon = plusWorkingDays(today, workingDays);
        return collect(due -> !due.isBefore(today) && !due.isAfter(horizon), today, false);
    }

    /**
     * Undecided applications whose reply period (or the applicant's supplement period) has ended before today, and
     * suspended ones whose consulted party's 15-working-day answer period (Arts. 32, 34) has ended: chase the
     * answer, or proceed as the article says (Art. 34: silence counts as consent; Art. 32: the organ decides).
     * A suspended application is never listed as an overdue reply.
     */
    public List<DueItem> overdue() {
        LocalDate today = today();
        return collect(due -> due.isBefore(today), today, true);
    }

    private List<DueItem> collect(java.util.function.Predicate<LocalDate> select, LocalDate today,
            boolean overdueList) {
        List<DueItem> out = new ArrayList<>();
        for (Application a : repository.findAll()) {
            if (a.stage().isDecided()) {
                continue;
            }
            String body = a.registration().body();
            if (a.awaitingSupplement()) {
                LocalDate supplyBy = a.supplementRequest().orElseThrow().supplyBy();
                if (select.test(supplyBy)) {
                    out.add(new DueItem(a.id(), body, DueItem.Kind.SUPPLEMENT_PERIOD_ENDED, supplyBy, a.stage(), false));
                }
                continue;
            }
            ReplyDeadline d = deadline(a);
            if (d.suspension() != null) {
                Suspended s = d.suspension();
                Application.Pause first = null;
                LocalDate answerDue = null;
                for (Application.Pause p : a.pauses()) {
                    if (p.isOpen()) {
                        LocalDate due = consultationAnswerDue(p.from());
                        if (answerDue == null || due.isBefore(answerDue)) {
                            answerDue = due;
                            first = p;
                        }
                    }
                }
                if (answerDue.isBefore(today) == overdueList) {
                    out.add(new DueItem(a.id(), body, DueItem.Kind.SUSPENDED, answerDue, a.stage(), s.provisional(),
                            new DueItem.Suspension(s.since(), first.party(), first.from(), s.consumed(),
                                    s.remaining())));
                }
            } else if (d.hasDue() && select.test(d.due())) {
                out.add(new DueItem(a.id(), body, DueItem.Kind.REPLY, d.due(), a.stage(), d.provisional()));
            }
        }
        out.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::id));
        return List.copyOf(out);
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Application load(ApplicationId id) {
        return repository.find(Objects.requireNonNull(id, "id"))
                .orElseThrow(() -> new ZwgkException(RequestErrors.UNKNOWN_APPLICATION, id));
    }

    private Application record(ApplicationId id, ApplicationEvent event) {
        return record(load(id), event);
    }

    private Application record(Application a, ApplicationEvent event) {
        LocalDate today = today();
        if (event.on().isAfter(today)) {
            throw new ZwgkException(RequestErrors.EVENT_IN_FUTURE, a.id(), event.kind(), event.on(), today);
        }
        checkLock(a.registration().body(), a.id(), event.on());
        return repository.save(a.with(event));
    }

    private void checkLock(String body, ApplicationId id, LocalDate on) {
        locks.issuedOn(body, on.getYear()).ifPresent(issued -> {
            throw new ZwgkException(RequestErrors.PERIOD_LOCKED, body, on.getYear(), issued, id, on);
        });
    }
}
