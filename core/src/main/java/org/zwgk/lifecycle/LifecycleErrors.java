package org.zwgk.lifecycle;

import org.zwgk.spi.ErrorCode;

/** Error codes of the lifecycle and the event log (3100–3199). */
public final class LifecycleErrors {

    private LifecycleErrors() {
    }

    public static final ErrorCode ILLEGAL_TRANSITION = ErrorCode.of("ZWGK-3101",
            "事项 {0} 处于“{1}”，不能转为“{2}”：{3}", "Item {0} is {1} and cannot become {2}: {3}",
            "按 定属性 → 保密审查 → 发布 → 解读 → 归档 的顺序办理；缺少的步骤见消息。",
            "Follow classify → secrecy review → publish → interpret → archive; the message names the missing step.");
    public static final ErrorCode NOT_CLASSIFIED = ErrorCode.of("ZWGK-3102",
            "事项 {0} 尚未确定公开属性", "Item {0} has no disclosure attribute yet",
            "先调用 classify(...) 记录公开属性及拟定、审核、签发人。",
            "Call classify(...) first, recording proposer, reviewer and decider.");
    public static final ErrorCode NOT_REVIEWED = ErrorCode.of("ZWGK-3103",
            "事项 {0} 未通过保密审查，不能发布", "Item {0} has not passed its secrecy review and cannot be published",
            "记录《政府公开保密审查表》并由分管领导签字（审查结论须为“审查通过”）。",
            "Record the secrecy review signed by the leader in charge, with outcome PASSED.");
    public static final ErrorCode NOT_PUBLIC = ErrorCode.of("ZWGK-3104",
            "事项 {0} 的公开属性为“{1}”，不能发布到公开渠道", "Item {0} is {1} and cannot be published to a public channel",
            "不予公开和依申请公开的信息不进入公开渠道；如需公开，先重新确定属性并审查。",
            "Withheld and on-request information never reaches a public channel; re-classify and re-review first.");
    public static final ErrorCode UNKNOWN_ITEM = ErrorCode.of("ZWGK-3105",
            "没有登记编号为 {0} 的公开事项", "No disclosure item {0} is registered",
            "先用 gate.register(...) 登记该信息。", "Register the information with gate.register(...) first.");
    public static final ErrorCode LOG_TAMPERED = ErrorCode.of("ZWGK-3106",
            "事项 {0} 的事件日志校验失败：第 {1} 条 {2}", "The event log of item {0} fails verification at event {1}: {2}",
            "日志被改动或截断；从备份恢复并调查数据库访问记录。",
            "The log was edited or truncated; restore from backup and audit database access.");
    public static final ErrorCode NOT_PUBLISHED = ErrorCode.of("ZWGK-3108",
            "事项 {0} 尚未发布，不能{1}", "Item {0} is not published and cannot be {1}",
            "先发布，再解读、归档或撤回。", "Publish first; then interpret, archive or withdraw.");
}
