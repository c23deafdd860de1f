package org.zwgk.classify;

/**
 * What kind of content a redaction removed (区分处理, Art. 37), as the redaction record and the 部分公开 notice
 * name it. The legal ground is recorded next to it ({@link ExemptionGround}); the category says what was there.
 */
public enum RedactionCategory {
    /** 个人信息: names with identity numbers, phone numbers, addresses, bank accounts (Art. 15; PIPL). */
    PERSONAL_DATA("个人信息"),
    /** 商业秘密 (Art. 15). */
    COMMERCIAL_SECRET("商业秘密"),
    /** 国家秘密 (Art. 14). */
    STATE_SECRET("国家秘密"),
    /** 过程性信息: discussion records, drafts, consultation letters (Art. 16 ¶2). */
    PROCESS_INFORMATION("过程性信息"),
    /** 内部事务信息 (Art. 16 ¶1). */
    INTERNAL_AFFAIRS("内部事务信息"),
    /** 行政执法案卷信息 (Art. 16 ¶2). */
    ENFORCEMENT_CASE_FILE("行政执法案卷信息"),
    /** Anything else the law withholds; the reason must say what. */
    OTHER("其他依法不予公开的内容");

    private final String label;

    RedactionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
