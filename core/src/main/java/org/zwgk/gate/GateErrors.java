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

    // Attachments (附件), checked at registration against the AttachmentPolicy. {0} is "attachments[i] name".
    public static final ErrorCode ATTACHMENT_NAME = ErrorCode.of("ZWGK-3208",
            "附件 {0} 的文件名无效：{1}", "Attachment {0} has an invalid file name: {1}",
            "文件名去掉路径和控制字符后须非空、不超过 200 个字符，且不以“.”开头。",
            "After removing any path and control characters the file name must be non-empty, at most 200 "
                    + "characters, and not start with a dot.");
    public static final ErrorCode ATTACHMENT_TYPE = ErrorCode.of("ZWGK-3209",
            "附件 {0} 的类型 {1} 不允许公开发布（允许：{2}）", "Attachment {0} has media type {1}, which is not allowed "
                    + "(allowed: {2})",
            "转换为 PDF、OFD、Word、Excel、WPS、CSV、PNG 或 JPEG；确需其他类型时在 Zwgk.builder().attachmentPolicy(...) 中明确允许。",
            "Convert it to PDF, OFD, Word, Excel, WPS, CSV, PNG or JPEG, or allow the type explicitly with "
                    + "Zwgk.builder().attachmentPolicy(...).");
    public static final ErrorCode ATTACHMENT_EMPTY = ErrorCode.of("ZWGK-3210",
            "附件 {0} 内容为空", "Attachment {0} is empty",
            "检查宿主读取文件的代码（空文件通常是读取失败或上传中断）。",
            "Check how the host reads the file (an empty file usually means a failed read or an interrupted upload).");
    public static final ErrorCode ATTACHMENT_TOO_LARGE = ErrorCode.of("ZWGK-3211",
            "附件 {0} 有 {1} 字节，超过单个附件上限 {2} 字节", "Attachment {0} has {1} bytes, more than the limit of {2} "
                    + "bytes per file",
            "压缩图片或拆分文件；或在 AttachmentPolicy 中提高上限。",
            "Compress the images or split the file, or raise the limit in the AttachmentPolicy.");
    public static final ErrorCode ATTACHMENTS_TOO_LARGE = ErrorCode.of("ZWGK-3212",
            "信息 {0} 的附件超出上限：{1}", "The attachments of item {0} exceed a limit: {1}",
            "减少附件数量或总大小，或在 AttachmentPolicy 中调整上限。",
            "Attach fewer or smaller files, or adjust the limits in the AttachmentPolicy.");
    public static final ErrorCode ATTACHMENT_CONTENT = ErrorCode.of("ZWGK-3213",
            "附件 {0} 的内容与声明的类型 {1} 不符（文件头不匹配）", "Attachment {0} does not look like {1} (its leading bytes "
                    + "do not match)",
            "传入文件的真实类型（例如把 .doc 重命名为 .pdf 不会变成 PDF；请先转换格式）。",
            "Declare the file's real media type (renaming a .doc to .pdf does not make it a PDF; convert it first).");
    public static final ErrorCode ATTACHMENT_DUPLICATE = ErrorCode.of("ZWGK-3214",
            "信息 {0} 有两个同名附件 {1}", "Item {0} has two attachments named {1}",
            "附件名在一条信息内须唯一（网站和归档包按文件名存放），请改名。",
            "Attachment names must be unique within an item (the website and the archive package store files by "
                    + "name); rename one.");

    // Annual report (section 二) category given at registration. {0} item id, {1} kind, {2} its label.
    public static final ErrorCode REPORT_KIND_NOT_AN_ITEM = ErrorCode.of("ZWGK-3215",
            "信息 {0} 的年度报告类别 {1}（{2}）不能在登记时指定：收费金额不是一条政府信息",
            "Item {0} cannot be registered with annual report kind {1} ({2}): a fee amount is not a piece of "
                    + "information",
            "登记时只能指定规章、行政规范性文件或行政许可、行政处罚、行政强制决定；本年行政事业性收费金额（万元）由财务记录"
                    + "以 DisclosedItem.fee(...) 提供。",
            "At registration name a rule, a normative document or a licensing, penalty or coercion decision; supply "
                    + "the year's fee amount (万元) from the finance records as DisclosedItem.fee(...).");

    // Values the store cannot hold: refused at the call, before anything is written (issue: nothing is delivered
    // that cannot be recorded). {0} item id, {1} field, {2} length, {3} maximum.
    public static final ErrorCode VALUE_TOO_LONG = ErrorCode.of("ZWGK-3220",
            "信息 {0} 的字段 {1} 有 {2} 个字符，超过上限 {3}", "Field {1} of item {0} has {2} characters, more than the "
                    + "maximum of {3}",
            "缩短该字段（标题、文号等按公文原文；人员字段填姓名或工号，不要填整段说明）。",
            "Shorten the field (titles and document numbers as in the document itself; person fields take a name "
                    + "or staff number, not a description).");
}
