package org.zwgk.request;

/** The reply types of OGI Art. 36 (and Art. 37 for partial disclosure). */
public enum ReplyType implements OutcomeCode {
    /** 36(1): already disclosed — tell the applicant how and where to obtain it. */
    ALREADY_PUBLIC("36(1)", "已主动公开，告知获取方式和途径"),
    /** 36(2): provided, or method, channel and time stated. */
    DISCLOSED("36(2)", "予以提供"),
    /** Art. 37: separable part provided, reasons for the rest. */
    PARTIALLY_DISCLOSED("37", "部分公开（区分处理）"),
    /** 36(3): refused with reasons and the legal ground. */
    NOT_DISCLOSED("36(3)", "不予公开"),
    /** 36(4): not held after search. */
    NOT_EXIST("36(4)", "本机关不掌握，告知不存在"),
    /** 36(5): not this organ's — name and contact of the right organ if known. */
    NOT_RESPONSIBLE("36(5)", "不属于本机关负责公开"),
    /** 36(6): already answered, nothing new — not processed again. */
    REPEAT_REQUEST("36(6)", "重复申请"),
    /** 36(7): business, real-estate registration etc. — follow that law or regulation. */
    SPECIAL_ACCESS_LAW("36(7)", "按有关法律、行政法规规定办理");

    private final String article;
    private final String labelZh;

    ReplyType(String article, String labelZh) {
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

    @Override
    public boolean requiresGrounds() {
        return this == NOT_DISCLOSED || this == PARTIALLY_DISCLOSED;
    }
}
