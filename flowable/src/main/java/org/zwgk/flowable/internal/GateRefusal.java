package org.zwgk.flowable.internal;

import org.flowable.common.engine.api.FlowableException;
import org.zwgk.gate.UnmetObligationsException;

/**
 * Carries a gate refusal through Flowable's command context: Flowable logs any other exception there at ERROR with
 * its stack trace ("Error while closing command context"), but a signer completing a task too early is a user
 * error, not a fault. {@link GateRefusalInterceptor} rethrows the {@link UnmetObligationsException} itself to the
 * caller once the transaction has been rolled back.
 */
public final class GateRefusal extends FlowableException {

    private static final long serialVersionUID = 1L;

    public GateRefusal(UnmetObligationsException refusal) {
        super(refusal.getMessage(), refusal);
    }

    public UnmetObligationsException refusal() {
        return (UnmetObligationsException) getCause();
    }
}
