package org.zwgk.lifecycle;

/** 五公开: the stages of a host matter (a project, a decision) whose information is disclosed (seed 001 S001-1). */
public enum MatterStage {
    DECISION("决策"),
    EXECUTION("执行"),
    MANAGEMENT("管理"),
    SERVICE("服务"),
    RESULT("结果");

    private final String label;

    MatterStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses either the English constant or the Chinese label (catalogue files use 决策 … 结果). */
    public static MatterStage parse(String s) {
        for (MatterStage m : values()) {
            if (m.name().equalsIgnoreCase(s.strip()) || m.label.equals(s.strip()) || (m.label + "公开").equals(s.strip())) {
                return m;
            }
        }
        throw new LifecycleException(LifecycleErrors.UNKNOWN_STAGE, s);
    }
}
