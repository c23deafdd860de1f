package org.zwgk.request;

/** How the reply was served (送达). */
public enum DeliveryMethod {
    IN_PERSON("直接送达"),
    POST("邮寄送达"),
    EMAIL("电子邮件"),
    ONLINE_PLATFORM("网上申请平台"),
    FAX("传真");

    private final String labelZh;

    DeliveryMethod(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
