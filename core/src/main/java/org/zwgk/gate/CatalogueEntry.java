package org.zwgk.gate;

import java.util.List;
import java.util.Objects;
import org.zwgk.catalogue.Stage;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * What the gate needs from one catalogue item (公开事项).
 *
 * @param timeLimit the 公开时限 phrase, e.g. {@code 自信息形成或者变更之日起20个工作日内}
 * @param method    主动公开 or 依申请公开 (the attribute's default)
 * @param stage     the 五公开 stage the item belongs to, or {@code null}
 * @param channels  channel ids the item is published to, e.g. {@code website}, {@code wechat}
 * @param placement where the item sits in its catalogue (catalogue, domain, path), or {@code null} for hosts that
 *                  keep their own list; channels use it to file the publication (the website's per-domain indexes)
 */
public record CatalogueEntry(String id, String title, String timeLimit, DisclosureAttribute method,
                             Stage stage, List<String> channels, Placement placement) {
    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        timeLimit = timeLimit == null || timeLimit.isBlank() ? DueDateCalculator.DEFAULT_PUBLICATION_RULE : timeLimit;
        Objects.requireNonNull(method, "method");
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** An entry without placement (hosts that keep their own catalogue list). */
    public CatalogueEntry(String id, String title, String timeLimit, DisclosureAttribute method, Stage stage,
                          List<String> channels) {
        this(id, title, timeLimit, method, stage, channels, null);
    }

    /**
     * The item's place in the standard catalogue (标准目录): the catalogue, its domain (领域) and the item's path
     * (一级事项 / 二级事项 …). Carried to every channel in {@code Publication.catalogue()}.
     */
    public record Placement(String catalogueId, String catalogueTitle, String domainCode, String domainName,
                            List<String> path) {
        public Placement {
            Objects.requireNonNull(catalogueId, "catalogueId");
            Objects.requireNonNull(catalogueTitle, "catalogueTitle");
            Objects.requireNonNull(domainCode, "domainCode");
            Objects.requireNonNull(domainName, "domainName");
            path = List.copyOf(Objects.requireNonNull(path, "path"));
        }
    }
}
