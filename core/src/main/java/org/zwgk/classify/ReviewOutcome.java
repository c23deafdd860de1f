package org.zwgk.classify;

/** Outcome of a secrecy review (保密审查, Art. 17; seed 000). */
public enum ReviewOutcome {
    /** 审查通过, may be published with its attribute. */
    PASSED("审查通过"),
    /** 不得公开: the content must not be published as it stands. */
    REJECTED("审查未通过"),
    /** 报请主管部门或保密行政管理部门确定 (Art. 17 ¶2): undecided until they answer. */
    REFERRED("报请上级确定");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
