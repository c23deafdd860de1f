package org.zwgk.catalogue;

import java.util.Map;
import java.util.Optional;

/**
 * 公开层级: the administrative level that discloses an item, or that issues a catalogue. Common spellings in real
 * catalogues are read as the level they denote (区级 → 县级 since districts are county-level units; 镇级, 乡镇级,
 * 街道级 → 乡级; 社区级, 村(居)级 → 村级).
 */
public enum Level {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡级"),
    VILLAGE("村级");

    private static final Map<String, Level> ALIASES = Map.ofEntries(
            Map.entry("区级", COUNTY), Map.entry("县(区)级", COUNTY), Map.entry("县（区）级", COUNTY),
            Map.entry("镇级", TOWNSHIP), Map.entry("乡镇级", TOWNSHIP), Map.entry("乡(镇)级", TOWNSHIP),
            Map.entry("乡（镇）级", TOWNSHIP), Map.entry("街道级", TOWNSHIP), Map.entry("镇(街)级", TOWNSHIP),
            Map.entry("镇（街）级", TOWNSHIP), Map.entry("社区级", VILLAGE), Map.entry("居级", VILLAGE),
            Map.entry("村(居)级", VILLAGE), Map.entry("村（居）级", VILLAGE));

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The standard Chinese label, e.g. {@code 乡级}. */
    public String label() {
        return label;
    }

    /** Reads a label or one of its accepted variants. */
    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Level l : values()) {
            if (l.label.equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.ofNullable(ALIASES.get(t));
    }
}
