package org.zwgk.catalogue;

import java.util.Optional;

/** 五公开: the stage of administrative work an item discloses — decision, execution, management, service, result. */
public enum Stage {
    DECISION("决策"),
    EXECUTION("执行"),
    MANAGEMENT("管理"),
    SERVICE("服务"),
    RESULT("结果");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code 决策} or {@code 决策公开} etc. */
    public static Optional<Stage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("公开") && t.length() > 2) {
            t = t.substring(0, t.length() - 2);
        }
        for (Stage s : values()) {
            if (s.label.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
