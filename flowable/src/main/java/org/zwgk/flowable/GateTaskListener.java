package org.zwgk.flowable;

import java.util.Objects;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.engine.delegate.TaskListener;
import org.zwgk.flowable.internal.GateRefusal;
import org.zwgk.gate.UnmetObligationsException;
import org.zwgk.spring.SpringGate;

/**
 * Refuses to complete a gated user task while its step's disclosure obligations are unmet: {@code require(stepId)}
 * runs on the connection of the engine's own transaction, so the {@link org.zwgk.gate.UnmetObligationsException}
 * (ZWGK-3201, each unmet item with its due date) rolls back the completion and everything else the command did,
 * and reaches the caller of {@code taskService.complete(...)} unchanged (carried through Flowable's command context
 * so that Flowable does not log a user's refusal as an error with a stack trace). It is the first "complete"
 * listener of the task, so the task's own listeners never run for a refused completion.
 */
public final class GateTaskListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    /** The listener's id in the BPMN model, so that a re-parsed model never gets it twice. */
    public static final String ID = "zwgk-gate";

    private final transient SpringGate gate;
    private final transient StepIds stepIds;

    public GateTaskListener(SpringGate gate, StepIds stepIds) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.stepIds = Objects.requireNonNull(stepIds, "stepIds");
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            gate.current().require(stepIds.stepId(task.getProcessInstanceId(), task.getTaskDefinitionKey()));
        } catch (UnmetObligationsException e) {
            throw new GateRefusal(e); // unwrapped again for the caller, see GateRefusal
        }
    }
}
