package org.zwgk.flowable.internal;

import java.util.List;
import org.flowable.bpmn.model.BaseElement;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.engine.impl.bpmn.parser.BpmnParse;
import org.flowable.engine.impl.bpmn.parser.handler.AbstractBpmnParseHandler;
import org.zwgk.flowable.GateTaskListener;
import org.zwgk.flowable.GatedTasks;

/**
 * Puts the {@link GateTaskListener} first among the "complete" listeners of every gated user task, when a process
 * definition is parsed (at deployment, and when the engine loads it again after a restart). Nothing is written into
 * the deployed BPMN: un-gating a task is a configuration change and a restart.
 */
public final class GateParseHandler extends AbstractBpmnParseHandler<UserTask> {

    private final GatedTasks gated;
    private final GateTaskListener listener;

    public GateParseHandler(GatedTasks gated, GateTaskListener listener) {
        this.gated = gated;
        this.listener = listener;
    }

    @Override
    protected Class<? extends BaseElement> getHandledType() {
        return UserTask.class;
    }

    @Override
    protected void executeParse(BpmnParse bpmnParse, UserTask task) {
        String processKey = bpmnParse.getCurrentProcess() == null ? null : bpmnParse.getCurrentProcess().getId();
        if (processKey == null || !gated.isGated(processKey, task)) {
            return;
        }
        List<FlowableListener> listeners = task.getTaskListeners();
        if (listeners.stream().anyMatch(l -> GateTaskListener.ID.equals(l.getId()))) {
            return;
        }
        FlowableListener gate = new FlowableListener();
        gate.setId(GateTaskListener.ID);
        gate.setEvent(TaskListener.EVENTNAME_COMPLETE);
        gate.setImplementationType(ImplementationType.IMPLEMENTATION_TYPE_INSTANCE);
        gate.setImplementation(GateTaskListener.class.getName());
        gate.setInstance(listener);
        listeners.add(0, gate);
    }
}
