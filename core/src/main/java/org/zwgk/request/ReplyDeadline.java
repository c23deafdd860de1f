package org.zwgk.request;

import java.time.LocalDate;
import java.util.Objects;
import org.zwgk.timelimit.Deadline;
import org.zwgk.timelimit.Suspended;

/**
 * The Art. 33 reply deadline of one application as of now.
 *
 * @param status          whether the clock runs
 * @param clockStart      the day the count starts after (receipt, or receipt of the supplement — Art. 30 restart)
 * @param due             last day to reply; {@code null} while the clock is stopped (awaiting a supplement or paused
 *                        for a consultation), because the end is then unknown
 * @param extensionDays   working days added by the Art. 33 ¶2 extension (0 if none)
 * @param pausedDays      working days excluded for consultations so far (Art. 33 ¶3)
 * @param provisional     true if the count crossed days the calendar data does not cover — then the date is a guess
 * @param calendarVersion the calendar data used, so the deadline can be recomputed when a new notice comes out
 * @param computation     the time-limit computation with its day-by-day trace ({@link Deadline#explain}); {@code null}
 *                        when {@code due} is
 * @param suspension      while a consultation is unanswered ({@link Status#PAUSED_FOR_CONSULTATION}): since when the
 *                        clock stands still, working days consumed and remaining, with its trace; else {@code null}
 */
public record ReplyDeadline(Status status, LocalDate clockStart, LocalDate due, int extensionDays, int pausedDays,
                            boolean provisional, String calendarVersion, Deadline computation, Suspended suspension) {

    /** The state of the reply clock. */
    public enum Status {
        RUNNING("计时中"),
        AWAITING_SUPPLEMENT("待补正（期限重新起算）"),
        PAUSED_FOR_CONSULTATION("征求意见（暂停计时）"),
        DECIDED("已答复");

        private final String labelZh;

        Status(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    public ReplyDeadline {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        if ((status == Status.PAUSED_FOR_CONSULTATION) != (suspension != null)) {
            throw new IllegalArgumentException("a suspension goes with status PAUSED_FOR_CONSULTATION only");
        }
    }

    public boolean hasDue() {
        return due != null;
    }
}
