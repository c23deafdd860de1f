package org.zwgk.store;

import org.zwgk.spi.ErrorCode;

/** Error codes of the store, outbox, dispatcher and index numbers (4000–4999). */
public final class StoreErrors {

    private StoreErrors() {
    }

    public static final ErrorCode DATABASE_ERROR = ErrorCode.of("ZWGK-4001",
            "数据库操作失败：{0}：{1}", "Database operation failed: {0}: {1}",
            "检查数据库连接、权限与磁盘空间；错误详情见原因。", "Check the connection, permissions and disk space; see the cause.");
    public static final ErrorCode UNSUPPORTED_DATABASE = ErrorCode.of("ZWGK-4002",
            "不支持的数据库：{0}", "Unsupported database: {0}",
            "内置支持 H2 与 PostgreSQL；其他数据库请实现 org.zwgk.store.Dialect。",
            "H2 and PostgreSQL are built in; implement org.zwgk.store.Dialect for others.");
    public static final ErrorCode MIGRATION_FAILED = ErrorCode.of("ZWGK-4003",
            "数据库迁移 {0} 失败：{1}", "Schema migration {0} failed: {1}",
            "迁移在事务中执行，失败后未留下半成品；修正原因后重新运行。",
            "Migrations run in a transaction and leave nothing half done; fix the cause and run again.");
    public static final ErrorCode SCHEMA_TOO_NEW = ErrorCode.of("ZWGK-4004",
            "数据库 {2} 的 zwgk 数据结构版本 {0} 高于本程序支持的版本 {1}",
            "The zwgk schema of {2} is version {0}, newer than this build supports ({1})",
            "升级 zwgk（业务系统与 zwgk 命令行）到与数据库一致的版本；不要用旧版本操作新数据库。",
            "Upgrade zwgk (the host application and the zwgk command line) to the version that created this "
                    + "database; never operate a newer database with an older build.");
    public static final ErrorCode BAD_JDBC_URL = ErrorCode.of("ZWGK-4005",
            "无法连接数据库 {0}：{1}", "Cannot connect to {0}: {1}",
            "检查 JDBC URL（例如 jdbc:h2:file:./zwgk 或 jdbc:postgresql://host/db?user=…）与驱动。",
            "Check the JDBC URL (e.g. jdbc:h2:file:./zwgk or jdbc:postgresql://host/db?user=…) and the driver.");
    public static final ErrorCode SCHEMA_MISSING = ErrorCode.of("ZWGK-4006",
            "数据库 {0} 中没有 zwgk 数据结构", "The database {0} has no zwgk schema",
            "检查 URL 是否指向业务系统所用的数据库（及 currentSchema）；zwgk 数据结构由业务系统启动 zwgk 时自动创建，"
                    + "也可用 zwgk dispatch --migrate 创建。运维命令不会自行创建数据结构。",
            "Check that the URL points at the host application's database (and currentSchema); the host creates the "
                    + "zwgk schema when it starts zwgk, or run zwgk dispatch --migrate. Operator commands never "
                    + "create it themselves.");
    public static final ErrorCode SCHEMA_OUTDATED = ErrorCode.of("ZWGK-4007",
            "数据库 {0} 的 zwgk 数据结构版本 {1} 低于本程序所需的版本 {2}",
            "The zwgk schema of {0} is version {1}, older than this build needs ({2})",
            "先升级并启动业务系统（启动时自动迁移），或运行 zwgk dispatch --migrate；运维命令不修改数据结构。",
            "Upgrade and start the host application first (it migrates on start), or run zwgk dispatch --migrate; "
                    + "operator commands never change the schema.");
    public static final ErrorCode DATABASE_MISSING = ErrorCode.of("ZWGK-4008",
            "数据库 {0} 不存在", "The database {0} does not exist",
            "检查 URL 中的文件路径或数据库名；运维命令不会新建空数据库。H2 文件库的路径不含扩展名 .mv.db。",
            "Check the file path or database name in the URL; operator commands never create an empty database. "
                    + "An H2 file URL names the file without its .mv.db extension.");
    public static final ErrorCode OUTBOX_ENTRY_NOT_FOUND = ErrorCode.of("ZWGK-4010",
            "发布队列中没有编号为 {0} 的条目", "No outbox entry with id {0}",
            "用 zwgk outbox list 查看现有条目。", "Use zwgk outbox list to see the entries.");
    public static final ErrorCode OUTBOX_NOT_RETRYABLE = ErrorCode.of("ZWGK-4011",
            "条目 {0} 的状态为 {1}，不能重试", "Entry {0} is {1} and cannot be retried",
            "只有“已隔离”或“失败待重试”的条目可以重试。", "Only QUARANTINED or FAILED entries can be retried.");
    public static final ErrorCode NO_ADAPTER = ErrorCode.of("ZWGK-4012",
            "渠道 {0} 没有注册适配器", "No adapter registered for channel {0}",
            "在 Zwgk.builder().channel(...) 或分发器配置中注册该渠道。",
            "Register the channel with Zwgk.builder().channel(...) or in the dispatcher configuration.");
    public static final ErrorCode DISPATCH_POLICY_BLOCKED = ErrorCode.of("ZWGK-4013",
            "分发器拒绝发布条目 {0}：{1}", "The dispatcher refused to publish entry {0}: {1}",
            "该信息当前不允许进入公开渠道（不予公开、依申请公开、未经保密审查、缺少删除记录，或登记后附件被改动）；"
                    + "修正分类或审查后由操作员重试；附件被改动时先查明原因，不要重试。",
            "The information may not reach a public channel now (withheld, on request, not secrecy-reviewed, no "
                    + "redaction record, or an attachment changed after registration); fix the classification or "
                    + "review, then retry; if an attachment changed, find out why before anything else.");
    public static final ErrorCode INDEX_BAD_CODE = ErrorCode.of("ZWGK-4020",
            "机构代码 {0} 不符合索引号模板 {1} 的要求：{2}", "Organisation code {0} does not fit index template {1}: {2}",
            "9 位组织机构代码（8 位数字或大写字母 + 校验位）或 18 位统一社会信用代码。",
            "Use the 9-character organisation code or the 18-character unified social credit code.");
    public static final ErrorCode INDEX_SERIAL_EXHAUSTED = ErrorCode.of("ZWGK-4021",
            "机构 {0} 在 {1} 期间的索引号顺序号已用尽（最大 {2}）",
            "Index serials of {0} for period {1} are exhausted (max {2})",
            "改用更长的顺序号位数或按月编号的模板；已发出的索引号不会被重用。",
            "Use a template with more serial digits or monthly periods; issued numbers are never reused.");
    public static final ErrorCode INDEX_BAD_TEMPLATE = ErrorCode.of("ZWGK-4022",
            "索引号模板无效：{0}", "Invalid index-number template: {0}",
            "模板须包含 {code}、{yyyy} 或 {yyyymm}，以及 {serial:N}，例如 {code}/{yyyy}-{serial:5}。",
            "A template needs {code}, {yyyy} or {yyyymm}, and {serial:N}, e.g. {code}/{yyyy}-{serial:5}.");

    // The newest intent wins (docs/gate.md): operator actions that would undo it are refused.
    public static final ErrorCode OUTBOX_SUPERSEDED = ErrorCode.of("ZWGK-4023",
            "条目 {0} 已被更新的条目 {1} 取代，不能重试", "Entry {0} was superseded by the newer entry {1} and cannot be "
                    + "retried",
            "同一信息同一渠道以最新意图为准（撤回或更新的版本）；如需处理，请重试或取消最新条目。",
            "The newest intent for an item and channel wins (a withdrawal or a newer version); retry or cancel the "
                    + "newest entry instead.");
    public static final ErrorCode OUTBOX_ITEM_WITHDRAWN = ErrorCode.of("ZWGK-4024",
            "条目 {0} 发布的信息 {1} 已撤回，不能重试发布", "Entry {0} publishes item {1}, which has been withdrawn; it "
                    + "cannot be retried",
            "已撤回的信息不得再进入公开渠道；如需重新公开，请以新的信息登记并发布。",
            "A withdrawn item must not reach a public channel again; to publish it again, register it as new "
                    + "information and publish that.");
    public static final ErrorCode OUTBOX_NOT_CANCELLABLE = ErrorCode.of("ZWGK-4025",
            "条目 {0} 的状态为 {1}，不能取消", "Entry {0} is {1} and cannot be cancelled",
            "只能取消尚未投递的条目（排队中、失败待重试、已隔离）；正在投递的条目先等待结果或 release。",
            "Only entries not yet delivered can be cancelled (queued, failed, quarantined); for an entry being "
                    + "delivered wait for its outcome or release it first.");
    public static final ErrorCode OUTBOX_WITHDRAWAL_NOT_CANCELLABLE = ErrorCode.of("ZWGK-4026",
            "条目 {0} 是信息 {1} 的撤回，不能取消", "Entry {0} is the withdrawal of item {1} and cannot be cancelled",
            "撤回必须送达每个曾发布该信息的渠道；渠道出错时查明原因后重试该条目。",
            "A withdrawal must reach every channel that published the item; if the channel fails, fix the cause "
                    + "and retry the entry.");
    public static final ErrorCode RECEIPT_UNRECORDABLE = ErrorCode.of("ZWGK-4027",
            "渠道 {1} 已接收条目 {0}，但回执无法记录：{2}", "Channel {1} accepted entry {0}, but its receipt cannot be "
                    + "recorded: {2}",
            "条目已隔离，不会重复投递。检查渠道上已发布的内容与适配器返回的编号/网址（上限 400/2000 字符），修正适配器后"
                    + "重试或取消该条目。",
            "The entry is quarantined and will not be delivered again. Check what the channel published and the id/URL "
                    + "the adapter returned (at most 400/2000 characters); fix the adapter, then retry or cancel the "
                    + "entry.");
    public static final ErrorCode DELIVERY_DID_NOT_FINISH = ErrorCode.of("ZWGK-4028",
            "条目 {0} 已尝试 {1} 次均未完成（分发器在投递中停止或租约耗尽）",
            "Entry {0} did not finish in {1} attempts (the dispatcher stopped or its lease ran out during each)",
            "查看分发器日志（内存不足、进程被终止）与渠道响应时间；修复后用 zwgk outbox retry 重试。",
            "Check the dispatcher's log (out of memory, killed process) and the channel's response time; after the "
                    + "fix, retry with zwgk outbox retry.");
    public static final ErrorCode UNREADABLE_PAYLOAD = ErrorCode.of("ZWGK-4029",
            "条目 {0} 的发布内容无法读取：{1}", "The payload of entry {0} cannot be read: {1}",
            "发布内容由 zwgk 写入，不应手工修改；由较新版本写入时请升级分发器。",
            "Payloads are written by zwgk and must not be edited by hand; if a newer zwgk wrote it, upgrade the "
                    + "dispatcher.");
}
