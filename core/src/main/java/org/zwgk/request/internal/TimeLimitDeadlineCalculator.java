package org.zwgk.request.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.request.Application;
import org.zwgk.timelimit.ClockEvent;
import org.zwgk.timelimit.Deadline;
import org.zwgk.timelimit.DeadlineState;
import org.zwgk.timelimit.Deadlines;
import org.zwgk.timelimit.TimeLimitRule;

/**
 * Maps an application's events onto the time-limit area's clock events: receipt = start (Art. 31), supplement
 * received = {@link ClockEvent.Restart} (Art. 30), each closed consultation = {@link ClockEvent.Pause} from the day
 * the letter went out to the day the answer arrived, both inclusive (Art. 33 ¶3), the extension =
 * {@link ClockEvent.Extension} (Art. 33 ¶2). Unanswered consultations become one {@link ClockEvent.PauseOpened}
 * from the earliest unanswered letter, placed last (the time-limit area allows one open pause, and nothing after
 * it): overlapping consultations of several parties stop the clock once, until the last answer arrives.
 */
public final class TimeLimitDeadlineCalculator implements DeadlineCalculator {

    /** Art. 33 ¶2: 20 working days from receipt. */
    private static final TimeLimitRule.WorkingDays REPLY =
            new TimeLimitRule.WorkingDays(20, TimeLimitRule.Anchor.APPLICATION_RECEIVED);

    private final WorkingCalendar calendar;

    public TimeLimitDeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public DeadlineState reply(Application a) {
        List<ClockEvent> events = new ArrayList<>();
        a.supplementReceipt().ifPresent(s -> events.add(new ClockEvent.Restart(s.on(), "收到补正申请（条例第三十条）")));
        Application.Pause open = null;
        for (Application.Pause p : a.pauses()) {
            if (!p.isOpen()) {
                events.add(new ClockEvent.Pause(p.from(), p.until(), reason(p)));
            } else if (open == null || p.from().isBefore(open.from())) {
                open = p;
            }
        }
        a.extension().ifPresent(x -> events.add(new ClockEvent.Extension(x.on(), x.workingDays(), x.approver())));
        if (open != null) {
            events.add(new ClockEvent.PauseOpened(open.from(), reason(open)));
        }
        return Deadlines.evaluate(a.receivedOn(), REPLY, events, calendar);
    }

    private static String reason(Application.Pause p) {
        return "征求" + p.party().labelZh() + "意见（" + org.zwgk.classify.LegalCitation.zh(p.party().article()) + "）";
    }

    @Override
    public Deadline plusWorkingDays(LocalDate day, int n) {
        return Deadlines.compute(day, new TimeLimitRule.WorkingDays(n, TimeLimitRule.Anchor.UNSPECIFIED), calendar);
    }

    @Override
    public String calendarVersion() {
        return calendar.version();
    }
}
