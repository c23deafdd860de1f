package org.zwgk.request.internal;

import java.time.LocalDate;
import org.zwgk.request.Application;
import org.zwgk.timelimit.Deadline;
import org.zwgk.timelimit.DeadlineState;

/**
 * The one seam between the request area and time-limit counting ({@link TimeLimitDeadlineCalculator} over
 * {@code org.zwgk.timelimit.Deadlines}).
 */
public interface DeadlineCalculator {

    /**
     * The Art. 33 reply period of an application not awaiting a supplement: 20 working days from receipt, with the
     * Art. 30 restart, the Art. 33 ¶3 consultations (closed ones as pauses, open ones as one open pause from the
     * earliest unanswered letter) and the Art. 33 ¶2 extension. A {@code Suspended} state while a consultation is
     * unanswered, unless the period had already run out before the letter.
     */
    DeadlineState reply(Application application);

    /** {@code n} working days after {@code day}, the day itself not counted. */
    Deadline plusWorkingDays(LocalDate day, int n);

    /** Version of the calendar data. */
    String calendarVersion();
}
