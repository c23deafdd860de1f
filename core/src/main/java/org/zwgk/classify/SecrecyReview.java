package org.zwgk.classify;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The secrecy review record (《政府公开保密审查表》, seed 000 S000-3): the drafting unit reviews, the leader in charge
 * (分管领导) signs before publication. Nothing is published without a {@link ReviewOutcome#PASSED} record.
 */
public record SecrecyReview(String reviewer, String signer, LocalDate reviewedOn, ReviewOutcome outcome,
                            String remarks) {
    public SecrecyReview {
        if (reviewer == null || reviewer.isBlank()) {
            throw new ClassificationException(ClassifyErrors.REVIEW_INCOMPLETE, "reviewer");
        }
        if (signer == null || signer.isBlank()) {
            throw new ClassificationException(ClassifyErrors.REVIEW_INCOMPLETE, "signer");
        }
        if (reviewedOn == null) {
            throw new ClassificationException(ClassifyErrors.REVIEW_INCOMPLETE, "reviewedOn");
        }
        Objects.requireNonNull(outcome, "outcome");
        remarks = remarks == null ? "" : remarks;
    }

    public static SecrecyReview passed(String reviewer, String signer, LocalDate on) {
        return new SecrecyReview(reviewer, signer, on, ReviewOutcome.PASSED, "");
    }
}
