package org.zwgk.check;

import java.util.Objects;

/**
 * The column (栏目) a finding belongs to: one item of the standard catalogue, which the disclosure column shows as
 * its own column (every proactive catalogue item has a column, seed 002), or one of the column's fixed parts.
 *
 * @param id     the catalogue item id ({@code SA-001}), or for a fixed part its name ({@code guide})
 * @param name   the item's name as catalogue tables show it ({@code 最低生活保障/低保对象名单})
 * @param domain the domain (领域) name, empty for fixed parts
 */
public record Column(String id, String name, String domain) {
    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        domain = domain == null ? "" : domain;
    }

    /**
     * How the report heads the column: {@code 社会救助 · 最低生活保障/低保对象名单（SA-004）}; without a catalogue to
     * name it, its id alone.
     */
    public String heading() {
        return name.equals(id) ? id : (domain.isEmpty() ? "" : domain + " · ") + name + "（" + id + "）";
    }
}
