package org.zwgk.gate;

/** Where an obligation stands. A step can complete when each of its obligations is QUEUED, FULFILLED or EXEMPTED. */
public enum ObligationStatus {
    /** Nothing done yet. */
    OPEN("待履行", false),
    /** Publication committed to the outbox; delivery is guaranteed and tracked by the deadline monitor. */
    QUEUED("已提交发布", true),
    /** Delivered to every channel (or interpretation recorded). */
    FULFILLED("已履行", true),
    /** Lawfully not published (不予公开 / 依申请公开, with grounds). */
    EXEMPTED("依法免于公开", true);

    private final String label;
    private final boolean satisfiesStep;

    ObligationStatus(String label, boolean satisfiesStep) {
        this.label = label;
        this.satisfiesStep = satisfiesStep;
    }

    public String label() {
        return label;
    }

    public boolean satisfiesStep() {
        return satisfiesStep;
    }
}
