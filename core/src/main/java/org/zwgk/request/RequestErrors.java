package org.zwgk.request;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes 6000–6099: applications for disclosure. Arguments never carry applicant data — only application ids,
 * stages, dates and numbers — because messages end up in logs.
 */
public final class RequestErrors {

    private RequestErrors() {
    }

    public static final ErrorCode ILLEGAL_STAGE_MOVE = ErrorCode.of("ZWGK-6001",
            "申请 {0} 当前处于“{1}”阶段，不能{2}",
            "Application {0} is at stage {1}; it cannot {2}",
            "按 登记→审核→办理→答复→送达→归档 的顺序逐步办理；先完成前一环节",
            "Move through 登记→审核→办理→答复→送达→归档 one stage at a time; finish the earlier stage first");
    public static final ErrorCode RECEIPT_IN_FUTURE = ErrorCode.of("ZWGK-6002",
            "申请 {0} 的收到日期 {1} 晚于今天 {2}",
            "Application {0} has receipt date {1}, after today {2}",
            "按《条例》第三十一条确定收到申请之日（当面提交之日、签收之日或确认之日），不能是将来的日期",
            "Use the receipt date fixed by OGI Art. 31 (submission, signing or confirmation day); it cannot be in the future");
    public static final ErrorCode SUPPLEMENT_NOTICE_TOO_LATE = ErrorCode.of("ZWGK-6003",
            "申请 {0} 的补正告知日期 {1} 超过收到申请之日起7个工作日的期限（最迟 {2}）",
            "Application {0}: supplement notice dated {1} is later than 7 working days after receipt (last day {2})",
            "《条例》第三十条要求在收到申请之日起7个工作日内一次性告知补正；逾期不得再要求补正，应按原申请办理",
            "OGI Art. 30 allows one supplement notice within 7 working days of receipt; after that, handle the application as it stands");
    public static final ErrorCode SUPPLEMENT_ALREADY_REQUESTED = ErrorCode.of("ZWGK-6004",
            "申请 {0} 已于 {1} 告知补正，补正只能一次性告知",
            "Application {0} was already asked for a supplement on {1}; the notice must be given once",
            "《条例》第三十条要求一次性告知需要补正的事项；把所有事项写进同一份补正告知",
            "OGI Art. 30 requires one notice listing everything to supplement; put all items into that single notice");
    public static final ErrorCode NO_SUPPLEMENT_PENDING = ErrorCode.of("ZWGK-6005",
            "申请 {0} 没有待补正的告知，不能{1}",
            "Application {0} has no pending supplement notice; cannot {1}",
            "先记录补正告知（requestSupplement），再记录补正材料的收到或视为放弃",
            "Record the supplement notice (requestSupplement) first, then its receipt or the abandonment");
    public static final ErrorCode SUPPLEMENT_PERIOD_RUNNING = ErrorCode.of("ZWGK-6006",
            "申请 {0} 的补正期限到 {1} 才届满，{2} 不能视为放弃申请",
            "Application {0}: the supplement period runs until {1}; it cannot be treated as abandoned on {2}",
            "《条例》第三十条：申请人无正当理由逾期不补正的，才视为放弃申请；期限届满后再操作",
            "Under OGI Art. 30 only a supplement not given by the set date counts as abandonment; wait until the period has ended");
    public static final ErrorCode EXTENSION_ALREADY_USED = ErrorCode.of("ZWGK-6007",
            "申请 {0} 已于 {1} 延长答复期限，只能延长一次",
            "Application {0} was already extended on {1}; only one extension is allowed",
            "《条例》第三十三条只允许延长一次，且不超过20个工作日",
            "OGI Art. 33 allows a single extension of at most 20 working days");
    public static final ErrorCode EXTENSION_OUT_OF_RANGE = ErrorCode.of("ZWGK-6008",
            "申请 {0} 的延长期限 {1} 个工作日不在 1–20 之间",
            "Application {0}: extension of {1} working days is outside 1–20",
            "《条例》第三十三条：延长的期限最长不得超过20个工作日",
            "OGI Art. 33: an extension is at most 20 working days");
    public static final ErrorCode EXTENSION_AFTER_DUE = ErrorCode.of("ZWGK-6009",
            "申请 {0} 的答复期限已于 {1} 届满，{2} 不能再延长",
            "Application {0}: the reply period ended on {1}; it cannot be extended on {2}",
            "延长须在答复期限届满前经政府信息公开工作机构负责人同意并告知申请人",
            "An extension must be approved by the head of the OGI office and notified before the period ends");
    public static final ErrorCode EXTENSION_NEEDS_APPROVER = ErrorCode.of("ZWGK-6010",
            "申请 {0} 的延长缺少批准人或理由",
            "Application {0}: the extension lacks its approver or reason",
            "《条例》第三十三条：延长答复期限须经政府信息公开工作机构负责人同意；填写批准人和延长理由",
            "OGI Art. 33: the head of the OGI office must consent; give the approver and the reason");
    public static final ErrorCode CONSULTATION_STATE = ErrorCode.of("ZWGK-6011",
            "申请 {0} 的“{1}”征求意见{2}",
            "Application {0}: consultation of {1} {2}",
            "同一类征求意见先结束再开始下一次；结束前必须已经开始",
            "End a consultation before starting another of the same kind; a consultation must be started before it ends");
    public static final ErrorCode DECISION_INCOMPLETE = ErrorCode.of("ZWGK-6012",
            "答复类型 {0} 缺少必要内容：{1}",
            "Reply type {0} is missing required content: {1}",
            "不予公开、部分公开须写明法定理由和依据（《条例》第三十六条第三项、第三十七条）；其他类型不得填写不予公开理由",
            "NOT_DISCLOSED and PARTIALLY_DISCLOSED need exemption grounds and a written reason (Arts. 36(3), 37); other types take none");
    public static final ErrorCode FEE_NOT_PAID_DISABLED = ErrorCode.of("ZWGK-6013",
            "“逾期未缴纳信息处理费”未启用",
            "FEE_NOT_PAID is not enabled",
            "其依据（缴费期限及后果）未经核实：确认适用本地规定后，在 RequestPolicy 中启用 feeNotPaidEnabled",
            "Its basis (payment period and effect) is unconfirmed: enable RequestPolicy.feeNotPaidEnabled once local rules confirm it");
    public static final ErrorCode DATE_OUT_OF_ORDER = ErrorCode.of("ZWGK-6014",
            "申请 {0} 的“{1}”日期 {2} 早于前一环节的日期 {3}",
            "Application {0}: {1} dated {2} is before the previous step dated {3}",
            "各环节按实际发生日期记录，不能早于收到申请之日或前一环节",
            "Record each step on the day it happened; it cannot precede the receipt date or the previous step");
    public static final ErrorCode UNKNOWN_APPLICATION = ErrorCode.of("ZWGK-6015",
            "找不到申请 {0}",
            "No application {0}",
            "检查申请编号；先登记（register）再办理",
            "Check the application id; register it before handling it");
    public static final ErrorCode DUPLICATE_APPLICATION = ErrorCode.of("ZWGK-6016",
            "申请编号 {0} 已经登记过",
            "Application id {0} is already registered",
            "每件申请使用唯一编号；同一申请人就同一内容再次申请时登记为新编号，并按重复申请答复",
            "Give each application its own id; a repeat application gets a new id and a REPEAT_REQUEST reply");
    public static final ErrorCode PERIOD_LOCKED = ErrorCode.of("ZWGK-6017",
            "{0} {1} 年度报告已于 {2} 发布，不能再修改该年度的申请记录（申请 {3}，日期 {4}）",
            "The {1} annual report of {0} was issued on {2}; records of that year can no longer change (application {3}, dated {4})",
            "已发布年度的记录被锁定；如确需更正，在下一年度报告“其他需要报告的事项”中说明，并按当前日期记录后续环节",
            "Issued years are locked; explain corrections in section 六 of the next report and record later steps with today's date");
    public static final ErrorCode INVALID_FIELD = ErrorCode.of("ZWGK-6018",
            "字段 {0} 无效：{1}",
            "Field {0} is invalid: {1}",
            "按字段说明填写（申请编号仅限字母、数字、.-_，不超过64个字符；必填项不能为空）",
            "Fill the field as documented (ids: letters, digits, .-_ up to 64 characters; required fields not blank)");
    public static final ErrorCode CONCURRENT_CHANGE = ErrorCode.of("ZWGK-6019",
            "申请 {0} 已被他人修改（版本 {1}），本次修改未保存",
            "Application {0} was changed by someone else (version {1}); this change was not saved",
            "重新读取申请后再操作",
            "Reload the application and repeat the step");
    public static final ErrorCode STORE_FAILURE = ErrorCode.of("ZWGK-6020",
            "申请记录读写失败：{0}",
            "Reading or writing application records failed: {0}",
            "检查数据库连接和表结构（迁移 V2__requests.sql 是否已执行）",
            "Check the database connection and schema (has migration V2__requests.sql run?)");
    public static final ErrorCode EVENT_IN_FUTURE = ErrorCode.of("ZWGK-6021",
            "申请 {0} 的“{1}”日期 {2} 晚于今天 {3}",
            "Application {0}: {1} is dated {2}, after today {3}",
            "按实际发生日期记录办理环节，不能预先记录将来的日期",
            "Record each step on the day it happened; future dates cannot be recorded in advance");
}
