package org.zwgk.classify;

/**
 * Legal grounds for withholding (不予公开) or partly withholding information, codes as in the reference §3.1.
 * Reused by the applications module for refusals (Art. 36(3)) and by the annual report (rows 三(三)1–8, in order).
 */
public enum ExemptionGround {
    /** 依法确定为国家秘密的政府信息 (Art. 14). */
    STATE_SECRET("14", "属于国家秘密", true),
    /** 法律、行政法规禁止公开的政府信息 (Art. 14). */
    LAW_PROHIBITS("14", "其他法律行政法规禁止公开", true),
    /** 公开后可能危及国家安全、公共安全、经济安全、社会稳定 (Art. 14). */
    THREE_SECURITIES_ONE_STABILITY("14", "危及“三安全一稳定”", true),
    /** 商业秘密、个人隐私等损害第三方合法权益 (Art. 15); disclosed on consent or overriding public interest. */
    THIRD_PARTY_RIGHTS("15", "保护第三方合法权益", true),
    /** 人事管理、后勤管理、内部工作流程等内部事务信息 (Art. 16 ¶1). */
    INTERNAL_AFFAIRS("16 ¶1", "属于三类内部事务信息", false),
    /** 讨论记录、过程稿、磋商信函、请示报告等过程性信息 (Art. 16 ¶2). */
    PROCESS_INFORMATION("16 ¶2", "属于四类过程性信息", false),
    /** 行政执法案卷信息 (Art. 16 ¶2). */
    ENFORCEMENT_CASE_FILE("16 ¶2", "属于行政执法案卷", false),
    /** 行政查询事项 (report row; basis UNCONFIRMED in the reference). */
    ADMINISTRATIVE_QUERY("—", "属于行政查询事项", false);

    private final String article;
    private final String label;
    private final boolean mandatory;

    ExemptionGround(String article, String label, boolean mandatory) {
        this.article = article;
        this.label = label;
        this.mandatory = mandatory;
    }

    /** The article of the 2019 regulation, e.g. {@code 14}, {@code 16 ¶2}. */
    public String article() {
        return article;
    }

    /** The article as officials cite it, e.g. 条例第十六条第二款. */
    public String citationZh() {
        return LegalCitation.zh(article);
    }

    public String label() {
        return label;
    }

    /** Mandatory grounds (Arts. 14–15) must withhold; Art. 16 grounds are discretionary (可以不予公开). */
    public boolean isMandatory() {
        return mandatory;
    }
}
