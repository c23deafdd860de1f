package org.zwgk.classify;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of classification and secrecy review (3000–3099), and 3352: a public version's redaction must say what
 * and where (checked where the record is built).
 */
public final class ClassifyErrors {

    private ClassifyErrors() {
    }

    public static final ErrorCode GROUND_REQUIRED = ErrorCode.of("ZWGK-3001",
            "公开属性为“{0}”时必须给出至少一项法定不予公开理由", "Attribute {0} requires at least one legal exemption ground",
            "从 STATE_SECRET、LAW_PROHIBITS、THREE_SECURITIES_ONE_STABILITY、THIRD_PARTY_RIGHTS、INTERNAL_AFFAIRS、"
                    + "PROCESS_INFORMATION、ENFORCEMENT_CASE_FILE 中选择（条例第十四至十六条）。",
            "Choose from the grounds of Arts. 14–16 (STATE_SECRET … ENFORCEMENT_CASE_FILE).");
    public static final ErrorCode REASON_REQUIRED = ErrorCode.of("ZWGK-3002",
            "公开属性为“{0}”时必须填写书面理由", "Attribute {0} requires a written reason",
            "写明不予公开或依申请公开的具体理由，供复核和答复引用。",
            "Write the concrete reason; it is quoted in re-reviews and replies.");
    public static final ErrorCode REDACTION_REQUIRED = ErrorCode.of("ZWGK-3003",
            "部分公开必须附删除记录（删除了什么、依据和理由）",
            "Partial disclosure requires a redaction record (what was removed, ground, reason)",
            "为每处删除添加一条 Redaction（条例第三十七条）。", "Add one Redaction per removal (Art. 37).");
    public static final ErrorCode REDACTION_INCOMPLETE = ErrorCode.of("ZWGK-3004",
            "删除记录缺少“{0}”", "A redaction entry lacks {0}",
            "每条删除记录须写明删除内容和理由。", "Every redaction entry states what was removed and why.");
    public static final ErrorCode GROUNDS_ON_PUBLIC = ErrorCode.of("ZWGK-3005",
            "主动公开的信息不应附不予公开理由：{0}", "Proactive information must not carry exemption grounds: {0}",
            "删除理由，或将属性改为部分公开/不予公开。", "Remove the grounds or change the attribute to PARTIAL/WITHHELD.");
    public static final ErrorCode OVERRIDE_CONTRADICTS = ErrorCode.of("ZWGK-3006",
            "第三方权益理由已被“{0}”排除，不能仅以此理由不予公开",
            "The third-party ground is overridden by {0}; it cannot be the only ground for withholding",
            "第三方同意或公共利益需要时应予公开（条例第十五条），或给出其他理由。",
            "With consent or overriding public interest the information is disclosed (Art. 15); or give another ground.");
    public static final ErrorCode DECIDER_REQUIRED = ErrorCode.of("ZWGK-3007",
            "公开属性须记录拟定人、审核人和签发人，缺少：{0}", "The attribute decision must record proposer, reviewer and decider; missing: {0}",
            "拟稿人（起草科室）提出、办公室审核、签发人决定。", "The drafter proposes, the office reviews, the signer decides.");
    public static final ErrorCode REVIEW_INCOMPLETE = ErrorCode.of("ZWGK-3010",
            "保密审查记录缺少“{0}”", "The secrecy review record lacks {0}",
            "填写《政府公开保密审查表》：审查人、签字的分管领导、日期、结论。",
            "Fill in the secrecy review form: reviewer, signing leader, date, outcome.");

    public static final ErrorCode REDACTION_NOT_LOCATED = ErrorCode.of("ZWGK-3352",
            "公开版本的第 {0} 条删除记录（{1}）缺少内容类别或位置", "Redaction {0} of the public version ({1}) lacks its "
                    + "category or location",
            "每条删除记录写明内容类别（RedactionCategory）、依据、理由和位置（如“正文第3段”“附件1.xlsx!C2:C201”）。",
            "Give each redaction its category (RedactionCategory), ground, reason and location (e.g. 正文第3段, "
                    + "附件1.xlsx!C2:C201).");
}
