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
    EXEMPTED("依法免于公开", true),
    /**
     * Ended by the withdrawal (废止/撤回) of its item before it was met: nothing is left to publish or interpret,
     * and the item's channels receive the withdrawal instead. The withdrawal's reason is kept as the note.
     */
    WITHDRAWN("因撤回终止", true);

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
