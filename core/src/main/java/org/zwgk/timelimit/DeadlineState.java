package org.zwgk.timelimit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What {@link Deadlines#evaluate} knows about a period: either a {@link Deadline} with its due date, or — while a
 * consultation is unanswered ({@link ClockEvent.PauseOpened}) — a {@link Suspended} clock, which has no due date
 * at all. Switch over the two; there is no third case.
 */
public sealed interface DeadlineState permits Deadline, Suspended {

    LocalDate start();

    TimeLimitRule rule();

    boolean provisional();

    String calendarVersion();

    /** The days considered, each with what was done with it. */
    List<TraceDay> trace();

    List<String> warnings();

    /** The trace as readable lines. */
    List<String> explain(Locale locale);
}
