package org.zwgk.request;

/**
 * How an application arrived, which fixes what its receipt date (收到申请之日) is under OGI Art. 31.
 * The receipt date starts the Art. 30 (7 WD) and Art. 33 (20 WD) clocks.
 */
public enum ReceiptChannel {
    /** Art. 31(1): handed in at the office — the day of submission. */
    IN_PERSON("当面提交", "申请人提交政府信息公开申请之日"),
    /** Art. 31(2): registered post or similar needing a signature — the day the organ signs for it. */
    SIGNED_POST("邮寄(需签收)", "行政机关签收之日"),
    /** Art. 31(2): ordinary mail without a signature — the day the organ confirms receipt with the applicant. */
    ORDINARY_MAIL("平常信函", "行政机关与申请人确认之日"),
    /** Art. 31(3): internet channel — the day both sides confirm. */
    ONLINE("互联网渠道", "双方确认之日"),
    /** Art. 31(3): fax — the day both sides confirm. */
    FAX("传真", "双方确认之日");

    private final String labelZh;
    private final String receiptRuleZh;

    ReceiptChannel(String labelZh, String receiptRuleZh) {
        this.labelZh = labelZh;
        this.receiptRuleZh = receiptRuleZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Which day counts as the receipt date for this channel (Art. 31), in the regulation's words. */
    public String receiptRuleZh() {
        return receiptRuleZh;
    }
}
