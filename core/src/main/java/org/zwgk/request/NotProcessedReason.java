package org.zwgk.request;

/** The not-processed / cannot-provide cases (reference §3.3). */
public enum NotProcessedReason implements OutcomeCode {
    /** Art. 30: no supplement within the period the organ set, without good reason. */
    ABANDONED_NO_CORRECTION("30", "逾期不补正，视为放弃申请"),
    /** Art. 30: still unclear after the supplement (report row (四)3). */
    STILL_UNCLEAR_AFTER_CORRECTION("30", "补正后申请内容仍不明确"),
    /** Art. 35: unreasonable number or frequency of applications. */
    EXCESSIVE_REQUESTS("35", "无正当理由大量反复申请"),
    /** Art. 38: would need new processing or analysis. */
    REQUIRES_PROCESSING("38", "没有现成信息需要另行制作"),
    /** Art. 39 ¶1: a petition, complaint or report in OGI form. */
    PETITION_OR_COMPLAINT("39 ¶1", "信访举报投诉类申请"),
    /** Art. 39 ¶2: asks for public publications (gazettes, newspapers, books). */
    PUBLIC_PUBLICATION("39 ¶2", "要求提供公开出版物"),
    /** Asks the organ to confirm or re-issue information already obtained (report row (五)5). */
    CONFIRM_OR_REISSUE("—", "要求行政机关确认或重新出具已获取信息"),
    /**
     * Art. 42: the information-processing fee was not paid in time. The payment period and its effect are
     * UNCONFIRMED (reference §2.1): usable only when {@link RequestPolicy#feeNotPaidEnabled()} is set.
     */
    FEE_NOT_PAID("42", "逾期未缴纳信息处理费");

    private final String article;
    private final String labelZh;

    NotProcessedReason(String article, String labelZh) {
        this.article = article;
        this.labelZh = labelZh;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }
}
