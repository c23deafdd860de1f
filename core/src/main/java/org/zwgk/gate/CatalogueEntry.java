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
 */
public record CatalogueEntry(String id, String title, String timeLimit, DisclosureAttribute method,
                             Stage stage, List<String> channels) {
    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        timeLimit = timeLimit == null || timeLimit.isBlank() ? DueDateCalculator.DEFAULT_PUBLICATION_RULE : timeLimit;
        Objects.requireNonNull(method, "method");
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
