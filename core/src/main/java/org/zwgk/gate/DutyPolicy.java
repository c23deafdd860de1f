package org.zwgk.gate;

/**
 * Separation of duties at the gate (configure with {@code Zwgk.builder().dutyPolicy(...)}). The defaults are the
 * safe ones: the secrecy reviewer and the leader in charge who signs are not the drafter, and no decision is dated in
 * the future or a review before the drafting it reviews. The leader in charge is always recorded (a secrecy review
 * without a signer is refused).
 *
 * @param reviewerNotDrafter the secrecy reviewer (保密审查人) is not the drafter (拟稿人, the classification's proposer)
 * @param signerNotDrafter   the leader in charge (分管领导, the review's signer) is not the drafter
 * @param allDistinct        drafter, secrecy reviewer and leader in charge are three different people
 * @param datesChecked       classification and review dates are not in the future, and the review is not dated
 *                           before the classification
 */
public record DutyPolicy(boolean reviewerNotDrafter, boolean signerNotDrafter, boolean allDistinct,
                         boolean datesChecked) {

    /** Reviewer and signer differ from the drafter; dates checked. */
    public static final DutyPolicy DEFAULT = new DutyPolicy(true, true, false, true);

    /** Drafter, reviewer and signer are three people; dates checked. */
    public static final DutyPolicy STRICT = new DutyPolicy(true, true, true, true);

    /**
     * No checks: for importing records of decisions taken before zwgk (whose people and dates are what they were).
     * Never the default.
     */
    public static final DutyPolicy NONE = new DutyPolicy(false, false, false, false);
}
