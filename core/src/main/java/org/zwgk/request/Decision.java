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
 */
public record Decision(OutcomeCode code, List<ExemptionGround> grounds, String reason, String competentOrgan) {

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
    }

    /** A decision without grounds (every code except NOT_DISCLOSED and PARTIALLY_DISCLOSED). */
    public static Decision of(OutcomeCode code) {
        return new Decision(code, List.of(), "", "");
    }

    /** A refusal or partial disclosure with its grounds (primary first) and written reason. */
    public static Decision withheld(ReplyType code, String reason, ExemptionGround... grounds) {
        return new Decision(code, List.of(grounds), reason, "");
    }

    /** Art. 36(5): not this organ's information; {@code competentOrgan} may be empty when unknown. */
    public static Decision notResponsible(String competentOrgan) {
        return new Decision(ReplyType.NOT_RESPONSIBLE, List.of(), "", competentOrgan);
    }
}
