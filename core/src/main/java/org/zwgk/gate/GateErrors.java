package org.zwgk.gate;

import org.zwgk.spi.ErrorCode;

/** Error codes of the gate (3200–3299). */
public final class GateErrors {

    private GateErrors() {
    }

    public static final ErrorCode UNMET_OBLIGATIONS = ErrorCode.of("ZWGK-3201",
            "环节 {0} 有 {1} 项公开义务未履行：{2}", "Step {0} has {1} unmet disclosure obligation(s): {2}",
            "先对每项信息定属性、保密审查并发布（或依法确定不予公开），再办结该环节。",
            "Classify, secrecy-review and publish each item (or lawfully exempt it) before completing the step.");
    public static final ErrorCode BAD_DISCLOSURE = ErrorCode.of("ZWGK-3202",
            "登记的信息字段 {0} 无效：{1}", "Disclosure field {0} is invalid: {1}",
            "itemId 1–200 字符；渠道编号为小写字母、数字、-、_。",
            "itemId has 1–200 characters; channel ids are lower-case letters, digits, - and _.");
    public static final ErrorCode ALREADY_REGISTERED = ErrorCode.of("ZWGK-3203",
            "信息 {0} 已登记", "Item {0} is already registered",
            "同一信息只登记一次（重复调用通常是宿主重试了已提交的事务）；内容有误的已发布信息先 withdraw(...) 撤回，再以新编号登记。",
            "Register an item once (a repeat usually means the host retried a committed transaction); withdraw(...) a "
                    + "published item whose content is wrong and register the corrected one under a new id.");
    public static final ErrorCode NO_CHANNEL = ErrorCode.of("ZWGK-3204",
            "信息 {0} 没有发布渠道", "Item {0} has no publication channel",
            "在 Disclosure.channels 或目录事项的渠道中至少指定一个渠道。",
            "Name at least one channel in Disclosure.channels or on the catalogue item.");
    public static final ErrorCode UNKNOWN_CATALOGUE_ITEM = ErrorCode.of("ZWGK-3205",
            "目录中没有事项 {0}", "The catalogue has no item {0}",
            "检查目录事项编号，或更新目录。", "Check the catalogue item id or update the catalogue.");
    public static final ErrorCode CONNECTION_STATE = ErrorCode.of("ZWGK-3206",
            "传入的连接处于自动提交模式，公开义务无法与业务数据同一事务提交",
            "The connection is in auto-commit mode, so obligations cannot commit with the host's data",
            "在宿主事务中调用 gate(conn)（conn.setAutoCommit(false)），或使用 zwgk.inTransaction(...)。",
            "Call gate(conn) inside the host transaction (auto-commit off), or use zwgk.inTransaction(...).");
    public static final ErrorCode UNKNOWN_DOMAIN = ErrorCode.of("ZWGK-3207",
            "目录中没有领域 {0}（已有：{1}）", "The catalogue has no domain {0} (it has: {1})",
            "事项所涉领域用目录中的领域编码（domains[].code）；不限领域时传空集合。",
            "Name the matter's domains by the catalogue's domain codes (domains[].code); pass an empty set for all.");
}
