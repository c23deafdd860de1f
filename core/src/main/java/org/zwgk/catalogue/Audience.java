package org.zwgk.catalogue;

import java.util.Optional;

/** 公开对象: who an item is disclosed to. {@code 特定群众} (the wording of many catalogues) is read as 特定群体. */
public enum Audience {
    PUBLIC("全社会"),
    SPECIFIC_GROUP("特定群体");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Audience> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip()) {
            case "全社会" -> Optional.of(PUBLIC);
            case "特定群体", "特定群众" -> Optional.of(SPECIFIC_GROUP);
            default -> Optional.empty();
        };
    }
}
