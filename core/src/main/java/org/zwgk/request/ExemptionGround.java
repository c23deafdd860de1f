package org.zwgk.request;

/**
 * Legal grounds for withholding (OGI Arts. 14–16), in the order of rows (三)1–8 of section 三 of the annual report.
 * The code names are those of the classification area ({@code org.zwgk.classify}); once that enum is on main this
 * type will delegate to it (one place to switch).
 */
public enum ExemptionGround {
    STATE_SECRET("14", "属于国家秘密"),
    LAW_PROHIBITS("14", "其他法律行政法规禁止公开"),
    THREE_SECURITIES_ONE_STABILITY("14", "危及“三安全一稳定”"),
    THIRD_PARTY_RIGHTS("15", "保护第三方合法权益"),
    INTERNAL_AFFAIRS("16 ¶1", "属于三类内部事务信息"),
    PROCESS_INFORMATION("16 ¶2", "属于四类过程性信息"),
    ENFORCEMENT_CASE_FILE("16 ¶2", "属于行政执法案卷"),
    /** Basis UNCONFIRMED (reference §3.1): a report row, not an article of the regulation. */
    ADMINISTRATIVE_QUERY("—", "属于行政查询事项");

    private final String article;
    private final String labelZh;

    ExemptionGround(String article, String labelZh) {
        this.article = article;
        this.labelZh = labelZh;
    }

    public String article() {
        return article;
    }

    /** The report's wording for this ground. */
    public String labelZh() {
        return labelZh;
    }
}
