package org.zwgk.gate;

import java.time.Clock;
import java.time.LocalDate;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.store.internal.ItemRecord;

/** The separation of duties ({@link DutyPolicy}): who may review what was drafted, and when. */
final class Duties {

    private final DutyPolicy policy;
    private final Clock clock;

    Duties(DutyPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Before the attribute decision is recorded: its date is not in the future. */
    void checkClassification(String itemId, Classification cl) {
        if (policy.datesChecked()) {
            notInFuture(itemId, "定属性", cl.decidedOn());
        }
    }

    /** Before the secrecy review is recorded: reviewer and leader in charge are not the drafter; dates in order. */
    void checkReview(ItemRecord item, SecrecyReview r) {
        String drafter = item.proposer();
        if (policy.reviewerNotDrafter() && drafter != null && drafter.equals(r.reviewer())) {
            throw new GateException(PublicVersionErrors.SAME_PERSON, item.itemId(), "保密审查人 / secrecy reviewer",
                    "拟稿人 / drafter", drafter);
        }
        if (policy.signerNotDrafter() && drafter != null && drafter.equals(r.signer())) {
            throw new GateException(PublicVersionErrors.SAME_PERSON, item.itemId(), "分管领导 / leader in charge",
                    "拟稿人 / drafter", drafter);
        }
        if (policy.allDistinct() && r.reviewer().equals(r.signer())) {
            throw new GateException(PublicVersionErrors.SAME_PERSON, item.itemId(), "保密审查人 / secrecy reviewer",
                    "分管领导 / leader in charge", r.signer());
        }
        if (policy.datesChecked()) {
            notInFuture(item.itemId(), "保密审查", r.reviewedOn());
            if (item.decidedOn() != null && r.reviewedOn().isBefore(item.decidedOn())) {
                throw new GateException(PublicVersionErrors.DATE_BEFORE_DRAFTING, item.itemId(), r.reviewedOn(),
                        item.decidedOn());
            }
        }
    }

    private void notInFuture(String itemId, String what, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new GateException(PublicVersionErrors.DATE_IN_FUTURE, itemId, what, date, today);
        }
    }
}
