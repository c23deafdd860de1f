package org.zwgk.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * The attribute decision (公开属性) marked when a document is drafted (seeds 002, 004): a person decides, the record
 * says who proposed (drafter), who reviewed (office) and who decided (signer).
 *
 * <ul>
 *   <li>{@code WITHHELD} needs at least one ground of Arts. 14–16 and a written reason;</li>
 *   <li>{@code PARTIAL} needs grounds, a reason and a redaction record (Art. 37);</li>
 *   <li>{@code ON_REQUEST} needs a written reason;</li>
 *   <li>{@code PROACTIVE} carries no grounds.</li>
 * </ul>
 */
public record Classification(
        DisclosureAttribute attribute,
        Set<ExemptionGround> grounds,
        String reason,
        ThirdPartyOverride thirdPartyOverride,
        List<Redaction> redactions,
        String proposer,
        String reviewer,
        String decider,
        LocalDate decidedOn) {

    public Classification {
        Objects.requireNonNull(attribute, "attribute");
        grounds = grounds == null || grounds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(grounds));
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
        reason = reason == null ? "" : reason.strip();
        List<String> missing = new ArrayList<>();
        if (blank(proposer)) {
            missing.add("proposer");
        }
        if (blank(reviewer)) {
            missing.add("reviewer");
        }
        if (blank(decider)) {
            missing.add("decider");
        }
        if (decidedOn == null) {
            missing.add("decidedOn");
        }
        if (!missing.isEmpty()) {
            throw new ClassificationException(ClassifyErrors.DECIDER_REQUIRED, String.join(", ", missing));
        }
        switch (attribute) {
            case PROACTIVE -> {
                if (!grounds.isEmpty()) {
                    throw new ClassificationException(ClassifyErrors.GROUNDS_ON_PUBLIC, grounds);
                }
            }
            case WITHHELD, PARTIAL -> {
                if (grounds.isEmpty()) {
                    throw new ClassificationException(ClassifyErrors.GROUND_REQUIRED, attribute.label());
                }
                if (reason.isEmpty()) {
                    throw new ClassificationException(ClassifyErrors.REASON_REQUIRED, attribute.label());
                }
                if (attribute == DisclosureAttribute.PARTIAL && redactions.isEmpty()) {
                    throw new ClassificationException(ClassifyErrors.REDACTION_REQUIRED);
                }
                if (attribute == DisclosureAttribute.WITHHELD && thirdPartyOverride != null
                        && grounds.equals(Set.of(ExemptionGround.THIRD_PARTY_RIGHTS))) {
                    throw new ClassificationException(ClassifyErrors.OVERRIDE_CONTRADICTS, thirdPartyOverride.label());
                }
            }
            case ON_REQUEST -> {
                if (reason.isEmpty()) {
                    throw new ClassificationException(ClassifyErrors.REASON_REQUIRED, attribute.label());
                }
            }
        }
    }

    /** 主动公开, decided by the given people. */
    public static Classification proactive(String proposer, String reviewer, String decider, LocalDate on) {
        return new Classification(DisclosureAttribute.PROACTIVE, Set.of(), "", null, List.of(), proposer, reviewer,
                decider, on);
    }

    /** 不予公开 on the given grounds. */
    public static Classification withheld(Set<ExemptionGround> grounds, String reason, String proposer,
                                          String reviewer, String decider, LocalDate on) {
        return new Classification(DisclosureAttribute.WITHHELD, grounds, reason, null, List.of(), proposer, reviewer,
                decider, on);
    }

    /** 部分公开 with its redaction record. */
    public static Classification partial(Set<ExemptionGround> grounds, String reason, List<Redaction> redactions,
                                         String proposer, String reviewer, String decider, LocalDate on) {
        return new Classification(DisclosureAttribute.PARTIAL, grounds, reason, null, redactions, proposer, reviewer,
                decider, on);
    }

    /** 依申请公开 with its reason. */
    public static Classification onRequest(String reason, String proposer, String reviewer, String decider,
                                           LocalDate on) {
        return new Classification(DisclosureAttribute.ON_REQUEST, Set.of(), reason, null, List.of(), proposer,
                reviewer, decider, on);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
