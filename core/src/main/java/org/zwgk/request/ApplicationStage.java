package org.zwgk.request;

/**
 * The stages of handling an application (seeds 002 and 004: 登记、审核、办理、答复、送达、归档; OGI Art. 45).
 * Moves are strictly forward, one stage at a time, except that an application abandoned for want of a supplement
 * (Art. 30) may be archived straight from {@link #REPLIED}, there being nobody to deliver a reply to.
 */
public enum ApplicationStage {
    REGISTERED("登记"),
    UNDER_REVIEW("审核"),
    IN_HANDLING("办理"),
    REPLIED("答复"),
    DELIVERED("送达"),
    ARCHIVED("归档");

    private final String labelZh;

    ApplicationStage(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** True once the organ has decided (the application no longer counts as pending). */
    public boolean isDecided() {
        return ordinal() >= REPLIED.ordinal();
    }
}
