package org.zwgk.gate;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of public versions (部分公开, 3350–3359; 3352 is in ClassifyErrors) and of the separation of duties
 * (3380–3389).
 */
public final class PublicVersionErrors {

    private PublicVersionErrors() {
    }

    public static final ErrorCode NOT_PARTIAL = ErrorCode.of("ZWGK-3350",
            "信息 {0} 的公开属性为“{1}”，只有部分公开的信息有公开版本", "Item {0} is {1}; only partially disclosed items "
                    + "have a public version",
            "先将信息定为部分公开（Classification.partial，附删除记录），再提供公开版本。",
            "Classify the item as partial disclosure (Classification.partial, with its redaction record) first.");
    public static final ErrorCode SAME_AS_ORIGINAL = ErrorCode.of("ZWGK-3351",
            "信息 {0} 的公开版本与原件相同：部分公开必须删除或遮盖不予公开的内容",
            "The public version of item {0} is the same as the original: partial disclosure must remove or mask "
                    + "what is withheld",
            "在公开版本中删除或遮盖不予公开的内容（如用 org.zwgk.screen.Masking 遮盖身份证号、手机号），并逐条记录。",
            "Remove or mask what is withheld in the public version (e.g. identity and phone numbers with "
                    + "org.zwgk.screen.Masking) and record each redaction.");
    public static final ErrorCode AFTER_PUBLICATION = ErrorCode.of("ZWGK-3353",
            "信息 {0} 已发布（{1}），公开版本不能再更改", "Item {0} is already published ({1}); its public version cannot "
                    + "change",
            "公开版本在保密审查前提供；已发布的信息需要更正时，撤回后以新编号登记。",
            "Supply the public version before the secrecy review; to correct a published item, withdraw it and "
                    + "register the corrected one anew.");

    // Separation of duties (DutyPolicy). {0} item id.
    public static final ErrorCode SAME_PERSON = ErrorCode.of("ZWGK-3380",
            "信息 {0}：{1}与{2}是同一人（{3}）", "Item {0}: the {1} and the {2} are the same person ({3})",
            "保密审查人不能是拟稿人，分管领导不能是拟稿人；确需一人兼任的单位在 DutyPolicy 中明确放宽并留档。",
            "The secrecy reviewer and the leader in charge must not be the drafter; an office that must combine them "
                    + "relaxes the DutyPolicy explicitly and keeps the decision on file.");
    public static final ErrorCode DATE_IN_FUTURE = ErrorCode.of("ZWGK-3381",
            "信息 {0} 的{1}日期 {2} 晚于今天（{3}）", "Item {0}: the {1} date {2} is after today ({3})",
            "填写实际办理日期，不要预填。", "Record the date the step was actually taken, not a planned one.");
    public static final ErrorCode DATE_BEFORE_DRAFTING = ErrorCode.of("ZWGK-3382",
            "信息 {0} 的保密审查日期 {1} 早于拟稿（定属性）日期 {2}", "Item {0}: the secrecy review date {1} is before the "
                    + "drafting (classification) date {2}",
            "保密审查在拟稿、定属性之后进行；核对两个日期。",
            "The secrecy review follows drafting and classification; check both dates.");
}
