package org.zwgk.validation;

/** How serious a finding is. Errors fail a build; warnings fail it only with {@code failOnWarning}. */
public enum Severity {
    ERROR("错误", "error"),
    WARNING("警告", "warning");

    private final String labelZh;
    private final String id;

    Severity(String labelZh, String id) {
        this.labelZh = labelZh;
        this.id = id;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Lower-case id used in JSON output. */
    public String id() {
        return id;
    }
}
