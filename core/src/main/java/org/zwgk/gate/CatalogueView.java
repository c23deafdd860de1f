package org.zwgk.gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zwgk.catalogue.Stage;

/** The catalogue as the gate sees it: items by id and by 五公开 stage. */
public interface CatalogueView {

    Optional<CatalogueEntry> item(String id);

    List<CatalogueEntry> itemsForStage(Stage stage);

    /** The codes of the catalogue's domains (领域); empty for views without placement. */
    default java.util.Set<String> domainCodes() {
        return java.util.Set.of();
    }

    /** The standard mapping of catalogue channels to channel ids: 政府网站 → website, 两微一端 → wechat. */
    Map<org.zwgk.catalogue.StandardChannel, String> STANDARD_CHANNEL_IDS = Map.of(
            org.zwgk.catalogue.StandardChannel.GOVERNMENT_WEBSITE, "website",
            org.zwgk.catalogue.StandardChannel.NEW_MEDIA, "wechat");

    /** A view over a loaded catalogue with the standard channel mapping. */
    static CatalogueView of(org.zwgk.catalogue.Catalogue catalogue) {
        return of(catalogue, STANDARD_CHANNEL_IDS);
    }

    /**
     * A view over a loaded catalogue. {@code channelIds} maps the catalogue's standard channels to the ids of the
     * channel adapters that serve them; channels without an adapter (notice boards, press conferences) are not
     * delivered by zwgk and are left to the host.
     */
    static CatalogueView of(org.zwgk.catalogue.Catalogue catalogue,
                            Map<org.zwgk.catalogue.StandardChannel, String> channelIds) {
        org.zwgk.catalogue.CatalogueMetadata meta = catalogue.metadata();
        List<CatalogueEntry> entries = new java.util.ArrayList<>();
        for (org.zwgk.catalogue.Domain d : catalogue.domains()) {
            for (org.zwgk.catalogue.Item i : d.items()) {
                entries.add(new CatalogueEntry(i.id(), i.name(), i.timeLimit().effective(),
                        i.method() == org.zwgk.catalogue.Method.PROACTIVE
                                ? org.zwgk.spi.channel.DisclosureAttribute.PROACTIVE
                                : org.zwgk.spi.channel.DisclosureAttribute.ON_REQUEST,
                        i.stage(),
                        i.channels().stream().map(ch -> channelIds.get(ch.kind())).filter(java.util.Objects::nonNull)
                                .distinct().toList(),
                        new CatalogueEntry.Placement(meta.id(), meta.title(), d.code(), d.name(), i.path())));
            }
        }
        return of(entries);
    }

    /** A view over a fixed list (tests, hosts that keep their own catalogue). */
    static CatalogueView of(List<CatalogueEntry> entries) {
        Map<String, CatalogueEntry> byId = entries.stream()
                .collect(Collectors.toUnmodifiableMap(CatalogueEntry::id, Function.identity()));
        List<CatalogueEntry> all = List.copyOf(entries);
        return new CatalogueView() {
            @Override
            public Optional<CatalogueEntry> item(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            private final java.util.Set<String> domains = all.stream().map(CatalogueEntry::placement)
                    .filter(java.util.Objects::nonNull).map(CatalogueEntry.Placement::domainCode)
                    .collect(Collectors.toUnmodifiableSet());

            @Override
            public List<CatalogueEntry> itemsForStage(Stage stage) {
                return all.stream().filter(e -> e.stage() == stage).toList();
            }

            @Override
            public java.util.Set<String> domainCodes() {
                return domains;
            }
        };
    }
}
