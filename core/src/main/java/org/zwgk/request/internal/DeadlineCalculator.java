package org.zwgk.request.internal;

import java.time.LocalDate;
import org.zwgk.request.Application;
import org.zwgk.timelimit.Deadline;

/**
 * The one seam between the request area and time-limit counting ({@link TimeLimitDeadlineCalculator} over
 * {@code org.zwgk.timelimit.Deadlines}).
 */
public interface DeadlineCalculator {

    /**
     * The Art. 33 reply deadline of an application whose clock is not stopped: 20 working days from receipt, with
     * the Art. 30 restart, the Art. 33 ¶3 pauses given as closed consultations, and the Art. 33 ¶2 extension.
     */
    Deadline reply(Application application);

    /** {@code n} working days after {@code day}, the day itself not counted. */
    Deadline plusWorkingDays(LocalDate day, int n);

    /** Version of the calendar data. */
    String calendarVersion();
}
