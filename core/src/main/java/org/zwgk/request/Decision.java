package org.zwgk.request;

import org.zwgk.classify.ExemptionGround;
import java.util.List;
import org.zwgk.spi.ZwgkException;

/**
 * The organ's decision on an application: an Art. 36 reply or a not-processed case.
 *
 * @param code            the outcome
 * @param grounds         exemption grounds, required (non-empty) for {@code NOT_DISCLOSED} and
 *                        {@code PARTIALLY_DISCLOSED} and forbidden otherwise. The first is the primary ground: it
 *                        selects the report row (三)(三)1–8 for a refusal.
 * @param reason          the written reason given to the applicant; required with grounds (Arts. 36(3), 37)
 * @param competentOrgan  for {@code NOT_RESPONSIBLE}: the organ that is responsible, if known (Art. 36(5)); else empty
 * @param released        for {@code PARTIALLY_DISCLOSED}: the record of the public version the applicant receives
 *                        (Art. 37: what was removed, where, on which ground) — required to decide (ZWGK-6012);
 *                        null for a decision stored before zwgk kept it, and for every other code
 */
public record Decision(OutcomeCode code, List<ExemptionGround> grounds, String reason, String competentOrgan,
                       ReleasedVersion released) {

    public Decision {
        if (code == null) {
            throw new ZwgkException(RequestErrors.INVALID_FIELD, "decision.code", "missing");
        }
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        reason = reason == null ? "" : reason.strip();
        competentOrgan = competentOrgan == null ? "" : competentOrgan.strip();
        if (code.requiresGrounds()) {
            if (grounds.isEmpty()) {
                throw new ZwgkException(RequestErrors.DECISION_INCOMPLETE, code.name(), "grounds");
            }
            if (reason.isEmpty()) {
                throw new ZwgkException(RequestErrors.DECISION_INCOMPLETE, code.name(), "reason");
            }
        } else if (!grounds.isEmpty()) {
            throw new ZwgkException(RequestErrors.DECISION_INCOMPLETE, code.name(), "grounds not allowed");
        }
        if (!competentOrgan.isEmpty() && code != ReplyType.NOT_RESPONSIBLE) {
            throw new ZwgkException(RequestErrors.DECISION_INCOMPLETE, code.name(), "competentOrgan not allowed");
        }
        // A 部分公开 decision without `released` is refused where decisions are made (withheld, ApplicationDesk.decide),
        // not here: one decided before the record was kept must still read back from the store.
        if (code != ReplyType.PARTIALLY_DISCLOSED && released != null) {
            throw new ZwgkException(RequestErrors.DECISION_INCOMPLETE, code.name(), "released not allowed");
        }
    }

    /** A decision without a released version (every code but PARTIALLY_DISCLOSED). */
    public Decision(OutcomeCode code, List<ExemptionGround> grounds, String reason, String competentOrgan) {
        this(code, grounds, reason, competentOrgan, null);
    }

    /**
     * 部分公开 (Art. 37): the applicant receives {@code released}, the public version with each redaction recorded
     * (category, ground, where) — derived as at the gate, e.g. with {@code Screener.mask}; the decision keeps its
     * record ({@link ReleasedVersion}): digests of what was given and the redactions, never the withheld parts.
     */
    public static Decision partial(String reason, org.zwgk.classify.PublicVersion released,
                                   ExemptionGround... grounds) {
        return new Decision(ReplyType.PARTIALLY_DISCLOSED, List.of(grounds), reason, "",
                ReleasedVersion.of(released));
    }

    /** A decision without grounds (every code except NOT_DISCLOSED and PARTIALLY_DISCLOSED). */
    public static Decision of(OutcomeCode code) {
        return new Decision(code, List.of(), "", "");
    }

    /** A refusal with its grounds (primary first) and written reason ({@link #partial} for 部分公开). */
    public static Decision withheld(ReplyType code, String reason, ExemptionGround... grounds) {
        Decision d = new Decision(code, List.of(grounds), reason, "");
        d.requireReleased();
        return d;
    }

    /** 部分公开 is answered with a public version (Art. 37): without its record there is no decision (ZWGK-6012). */
    void requireReleased() {
        if (code == ReplyType.PARTIALLY_DISCLOSED && released == null) {
            throw new ZwgkException(RequestErrors.DECISION_INCOMPLETE, code.name(),
                    "released (the public version given: Decision.partial)");
        }
    }

    /** Art. 36(5): not this organ's information; {@code competentOrgan} may be empty when unknown. */
    public static Decision notResponsible(String competentOrgan) {
        return new Decision(ReplyType.NOT_RESPONSIBLE, List.of(), "", competentOrgan);
    }
}
