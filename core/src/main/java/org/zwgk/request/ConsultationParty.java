package org.zwgk.request;

/** Whom the organ consults while the Art. 33 clock is paused (Art. 33 ¶3). */
public enum ConsultationParty {
    /** Art. 32: a third party whose rights may be harmed; it has 15 WD from receipt of the letter to answer. */
    THIRD_PARTY("第三方", "32"),
    /** Art. 34: another organ that co-produced the information; 15 WD, silence counts as consent. */
    OTHER_ORGAN("其他机关", "34");

    private final String labelZh;
    private final String article;

    ConsultationParty(String labelZh, String article) {
        this.labelZh = labelZh;
        this.article = article;
    }

    public String labelZh() {
        return labelZh;
    }

    public String article() {
        return article;
    }
}
