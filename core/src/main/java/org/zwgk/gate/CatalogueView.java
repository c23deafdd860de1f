package org.zwgk.gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zwgk.lifecycle.MatterStage;

/** The catalogue as the gate sees it: items by id and by 五公开 stage. */
public interface CatalogueView {

    Optional<CatalogueEntry> item(String id);

    List<CatalogueEntry> itemsForStage(MatterStage stage);

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

            @Override
            public List<CatalogueEntry> itemsForStage(MatterStage stage) {
                return all.stream().filter(e -> e.stage() == stage).toList();
            }
        };
    }
}
