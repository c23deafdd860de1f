package org.zwgk.flowable;

/**
 * How a Flowable user task is named as a zwgk step: obligations registered with this step id must be met before the
 * task can be completed. The default, {@link #DEFAULT}, is {@code flowable:<processInstanceId>:<taskDefinitionKey>},
 * e.g. {@code flowable:2501:issue}: unique per process instance, stable across restarts, and computable by host code
 * outside the engine from the instance id alone. Declare a bean of this type to use another scheme (then register
 * obligations with the same scheme).
 */
@FunctionalInterface
public interface StepIds {

    /** {@code flowable:<processInstanceId>:<taskDefinitionKey>}. */
    StepIds DEFAULT = (processInstanceId, taskDefinitionKey) ->
            "flowable:" + processInstanceId + ":" + taskDefinitionKey;

    /**
     * @param processInstanceId the instance the task belongs to ({@code DelegateTask.getProcessInstanceId()})
     * @param taskDefinitionKey the user task's id in the BPMN ({@code DelegateTask.getTaskDefinitionKey()})
     */
    String stepId(String processInstanceId, String taskDefinitionKey);
}
