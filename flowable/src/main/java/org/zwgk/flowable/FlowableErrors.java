package org.zwgk.flowable;

import org.zwgk.spi.ErrorCode;

/** Error codes of the Flowable integration (7050–7099), documented in {@code docs/errors.md}. */
public final class FlowableErrors {

    private FlowableErrors() {
    }

    /** {@code {0}} variable, {@code {1}} action, {@code {2}} activity id, {@code {3}} process instance id. */
    public static final ErrorCode VARIABLE_MISSING = ErrorCode.of("ZWGK-7050",
            "流程变量 {0} 未设置（zwgk 动作 {1}，活动 {2}，流程实例 {3}）",
            "Process variable {0} is not set (zwgk action {1}, activity {2}, process instance {3})",
            "在到达该服务任务之前设置该变量（如完成上一个用户任务时作为变量提交）；各动作需要的变量见 docs/flowable.md。",
            "Set the variable before the service task is reached (e.g. submit it when completing the previous user "
                    + "task); the variables of each action are listed in docs/flowable.md.");
    /** {@code {0}} variable, {@code {1}} what was found, {@code {2}} what is expected, {@code {3}} activity id. */
    public static final ErrorCode VARIABLE_INVALID = ErrorCode.of("ZWGK-7051",
            "流程变量 {0} 的值无效：{1}（应为 {2}；活动 {3}）",
            "Process variable {0} is invalid: {1} (expected {2}; activity {3})",
            "按 docs/flowable.md 的变量表改正该变量的值。", "Correct the variable as the table in docs/flowable.md says.");
    public static final ErrorCode UNKNOWN_ACTION = ErrorCode.of("ZWGK-7052",
            "服务任务 {1} 的 zwgk 动作 {0} 未知", "Service task {1} names the unknown zwgk action {0}",
            "字段 action 取 register、classify、review 或 publish 之一；register 还需字段 step（受控用户任务的 id）。",
            "The field action is one of register, classify, review or publish; register also needs the field step "
                    + "(the id of the gated user task).");
    public static final ErrorCode BAD_GATED_TASK = ErrorCode.of("ZWGK-7053",
            "zwgk.flowable.gated-tasks 的条目 {0} 无效", "The entry {0} of zwgk.flowable.gated-tasks is invalid",
            "每个条目写作 流程定义key:用户任务id，如 document-approval:issue。",
            "Write each entry as processDefinitionKey:userTaskId, e.g. document-approval:issue.");
    /** {@code {0}} the entry, {@code {1}} the process definition (key:version). */
    public static final ErrorCode GATED_TASK_NOT_FOUND = ErrorCode.of("ZWGK-7054",
            "zwgk.flowable.gated-tasks 的条目 {0} 在已部署的流程 {1} 中没有对应的用户任务：该环节不会受控",
            "The entry {0} of zwgk.flowable.gated-tasks names no user task of the deployed process {1}: the step "
                    + "would not be gated",
            "改正用户任务 id（BPMN 中 userTask 的 id 属性），或删除已不存在的环节。",
            "Correct the user task id (the id attribute of the userTask in the BPMN), or remove a step that no "
                    + "longer exists.");
}
