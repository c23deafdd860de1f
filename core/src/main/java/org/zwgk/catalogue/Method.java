package org.zwgk.catalogue;

import java.util.Optional;

/** 公开方式: proactive disclosure (OGI Arts. 19–26) or disclosure on application (Arts. 27–45). */
public enum Method {
    PROACTIVE("主动"),
    ON_APPLICATION("依申请");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code 主动}/{@code 主动公开} and {@code 依申请}/{@code 依申请公开}. */
    public static Optional<Method> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip()) {
            case "主动", "主动公开" -> Optional.of(PROACTIVE);
            case "依申请", "依申请公开" -> Optional.of(ON_APPLICATION);
            default -> Optional.empty();
        };
    }
}
