package org.zwgk.flowable;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.DelegateHelper;
import org.flowable.engine.delegate.JavaDelegate;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.classify.ReviewOutcome;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.flowable.internal.Variables;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Gate;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spring.SpringGate;

/**
 * The gate's steps as a service task, in the engine's transaction (so a later failure of the same command rolls
 * them back with the process state). Declared as bean {@code zwgkDelegate}:
 *
 * <pre>{@code
 * <serviceTask id="registerDoc" flowable:delegateExpression="${zwgkDelegate}">
 *   <extensionElements>
 *     <flowable:field name="action" stringValue="register"/>
 *     <flowable:field name="step" stringValue="issue"/>   <!-- the gated user task the obligation belongs to -->
 *   </extensionElements>
 * </serviceTask>
 * }</pre>
 *
 * <p>Fields are read per execution ({@link DelegateHelper}), never injected into this shared bean. The process
 * variables of each action (all prefixed {@code zwgk}) are the constants below; docs/flowable.md has the table.
 * Partial disclosure (部分公开) needs a redaction record, which does not fit in process variables: classify it in
 * the host's own code with {@link SpringGate}.
 */
public final class ZwgkDelegate implements JavaDelegate {

    public static final String ITEM_ID = "zwgkItemId";
    // register
    public static final String BODY_CODE = "zwgkBodyCode";
    public static final String CATALOGUE_ITEM = "zwgkCatalogueItem";
    public static final String TITLE = "zwgkTitle";
    public static final String CONTENT = "zwgkContent";
    public static final String PUBLISHER = "zwgkPublisher";
    public static final String DOCUMENT_NUMBER = "zwgkDocumentNumber";
    public static final String FORMED_ON = "zwgkFormedOn";
    public static final String POLICY_DOCUMENT = "zwgkPolicyDocument";
    public static final String CHANNELS = "zwgkChannels";
    // classify
    public static final String ATTRIBUTE = "zwgkAttribute";
    public static final String GROUNDS = "zwgkGrounds";
    public static final String REASON = "zwgkReason";
    public static final String PROPOSER = "zwgkProposer";
    public static final String REVIEWER = "zwgkReviewer";
    public static final String DECIDER = "zwgkDecider";
    public static final String DECIDED_ON = "zwgkDecidedOn";
    // review (保密审查)
    public static final String SECRECY_REVIEWER = "zwgkSecrecyReviewer";
    public static final String SECRECY_SIGNER = "zwgkSecrecySigner";
    public static final String SECRECY_REVIEWED_ON = "zwgkSecrecyReviewedOn";
    public static final String SECRECY_OUTCOME = "zwgkSecrecyOutcome";
    public static final String SECRECY_REMARKS = "zwgkSecrecyRemarks";
    // publish
    public static final String PUBLISHED_BY = "zwgkPublishedBy";

    private final SpringGate gate;
    private final StepIds stepIds;
    private final ZoneId zone;

    public ZwgkDelegate(SpringGate gate, StepIds stepIds) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.stepIds = Objects.requireNonNull(stepIds, "stepIds");
        this.zone = gate.zwgk().clock().getZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String action = field(execution, "action");
        Variables v = new Variables(execution, action == null ? "?" : action, zone);
        switch (action == null ? "" : action.strip().toLowerCase(Locale.ROOT)) {
            case "register" -> register(execution, v);
            case "classify" -> current().classify(v.text(ITEM_ID), classification(v));
            case "review" -> current().review(v.text(ITEM_ID), new SecrecyReview(v.text(SECRECY_REVIEWER),
                    v.text(SECRECY_SIGNER), v.date(SECRECY_REVIEWED_ON),
                    v.choice(SECRECY_OUTCOME, ReviewOutcome.class, ReviewOutcome::label),
                    v.optionalText(SECRECY_REMARKS).orElse("")));
            case "publish" -> current().publish(v.text(ITEM_ID), v.text(PUBLISHED_BY));
            default -> throw new ZwgkException(FlowableErrors.UNKNOWN_ACTION, action,
                    execution.getCurrentActivityId());
        }
    }

    private Gate current() {
        return gate.current();
    }

    private void register(DelegateExecution execution, Variables v) {
        String step = field(execution, "step");
        if (step == null || step.isBlank()) {
            throw new ZwgkException(FlowableErrors.UNKNOWN_ACTION, "register (step?)",
                    execution.getCurrentActivityId());
        }
        Disclosure d = new Disclosure(v.text(ITEM_ID), v.text(BODY_CODE), v.optionalText(CATALOGUE_ITEM).orElse(null),
                v.text(TITLE), v.text(CONTENT), v.text(PUBLISHER), v.optionalText(DOCUMENT_NUMBER).orElse(""),
                v.date(FORMED_ON), v.bool(POLICY_DOCUMENT), v.list(CHANNELS),
                stepIds.stepId(execution.getProcessInstanceId(), step.strip()), null);
        current().register(d);
    }

    private static Classification classification(Variables v) {
        DisclosureAttribute attribute = v.choice(ATTRIBUTE, DisclosureAttribute.class, DisclosureAttribute::label);
        String proposer = v.text(PROPOSER);
        String reviewer = v.text(REVIEWER);
        String decider = v.text(DECIDER);
        java.time.LocalDate on = v.date(DECIDED_ON);
        return switch (attribute) {
            case PROACTIVE -> Classification.proactive(proposer, reviewer, decider, on);
            case ON_REQUEST -> Classification.onRequest(v.text(REASON), proposer, reviewer, decider, on);
            case WITHHELD -> Classification.withheld(grounds(v), v.text(REASON), proposer, reviewer, decider, on);
            case PARTIAL -> throw v.invalid(ATTRIBUTE, "PARTIAL", "PROACTIVE, ON_REQUEST or WITHHELD (部分公开 needs "
                    + "a redaction record: classify it in the host's code with SpringGate)");
        };
    }

    private static Set<ExemptionGround> grounds(Variables v) {
        List<String> names = v.list(GROUNDS);
        Set<ExemptionGround> out = EnumSet.noneOf(ExemptionGround.class);
        for (String n : names) {
            try {
                out.add(ExemptionGround.valueOf(n.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw v.invalid(GROUNDS, "\"" + n + "\"", String.join(", ",
                        EnumSet.allOf(ExemptionGround.class).stream().map(Enum::name).toList()));
            }
        }
        return out;
    }

    private static String field(DelegateExecution execution, String name) {
        Expression e = DelegateHelper.getFieldExpression(execution, name);
        if (e == null) {
            return null;
        }
        Object value = e.getValue(execution);
        return value == null ? null : value.toString();
    }
}
