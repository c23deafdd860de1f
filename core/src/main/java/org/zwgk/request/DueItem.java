package org.zwgk.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An entry of the due-soon or overdue list.
 *
 * @param id          the application
 * @param body        its organ
 * @param kind        which period ends
 * @param due         the last day
 * @param stage       where the application stands
 * @param provisional whether the date rests on uncovered calendar days
 * @param suspension  for {@link Kind#SUSPENDED}: the state of the stopped reply clock; else {@code null}
 */
public record DueItem(ApplicationId id, String body, Kind kind, LocalDate due, ApplicationStage stage, boolean provisional,
                      Suspension suspension) {

    /**
     * A reply clock stopped by an unanswered consultation (Art. 33 ¶3).
     *
     * @param since               first day not counted (the day the letter went out)
     * @param party               the consulted party whose answer is due first
     * @param letterSentOn        the day that party's letter went out
     * @param consumedWorkingDays reply working days used before {@code since}
     * @param remainingWorkingDays reply working days left once the answer arrives
     */
    public record Suspension(LocalDate since, ConsultationParty party, LocalDate letterSentOn,
                             int consumedWorkingDays, int remainingWorkingDays) {
        public Suspension {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(letterSentOn, "letterSentOn");
        }
    }

    /** An item with no suspension (every kind but {@link Kind#SUSPENDED}). */
    public DueItem(ApplicationId id, String body, Kind kind, LocalDate due, ApplicationStage stage, boolean provisional) {
        this(id, body, kind, due, stage, provisional, null);
    }

    /** What is due. */
    public enum Kind {
        /** Art. 33: the reply. */
        REPLY("答复期限"),
        /** Art. 30: the applicant's supplement period has ended; the application may be closed as abandoned. */
        SUPPLEMENT_PERIOD_ENDED("补正期限届满"),
        /**
         * Arts. 32–34: the reply clock is stopped for a consultation, so the reply has no due date; {@code due} is
         * the consulted party's 15-working-day answer period (counted from the day the letter went out — the day
         * it was received is not recorded, so this errs early), the date by which the office should chase.
         */
        SUSPENDED("暂停计时（征求意见），待对方答复");

        private final String labelZh;

        Kind(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    public DueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        if ((kind == Kind.SUSPENDED) != (suspension != null)) {
            throw new IllegalArgumentException("a suspension goes with kind SUSPENDED only");
        }
    }

    /** One readable line (no applicant data), e.g. for a worklist. */
    public String describeZh() {
        if (suspension == null) {
            return "申请 " + id + "：" + kind.labelZh() + "，截止 " + due + (provisional ? "（暂定）" : "");
        }
        Suspension s = suspension;
        return "申请 " + id + "：自 " + s.since() + " 起暂停计时（征求" + s.party().labelZh() + "意见，"
                + org.zwgk.classify.LegalCitation.zh(s.party().article()) + "），已计 " + s.consumedWorkingDays() + " 个工作日，剩余 "
                + s.remainingWorkingDays() + " 个工作日；" + s.party().labelZh() + "答复期限 " + due;
    }
}
