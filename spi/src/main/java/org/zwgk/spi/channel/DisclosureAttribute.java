package org.zwgk.spi.channel;

/**
 * The disclosure attribute (公开属性) marked on a document when it is drafted. Only {@link #PROACTIVE} and
 * {@link #PARTIAL} information may ever reach a public channel; the dispatcher enforces it and adapters assert it.
 */
public enum DisclosureAttribute {
    /** 主动公开 (Arts. 19–26). */
    PROACTIVE("主动公开", true),
    /** 依申请公开: disclosed only to an applicant (Arts. 27–45), never pushed to a public channel. */
    ON_REQUEST("依申请公开", false),
    /** 部分公开: the separable part is disclosed, with a redaction record (Art. 37). */
    PARTIAL("部分公开", true),
    /** 不予公开: withheld on a ground of Arts. 14–16. */
    WITHHELD("不予公开", false);

    private final String label;
    private final boolean publicChannelAllowed;

    DisclosureAttribute(String label, boolean publicChannelAllowed) {
        this.label = label;
        this.publicChannelAllowed = publicChannelAllowed;
    }

    public String label() {
        return label;
    }

    /** Whether information with this attribute may be delivered to a public channel at all. */
    public boolean isPublicChannelAllowed() {
        return publicChannelAllowed;
    }
}
