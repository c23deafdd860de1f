package org.zwgk.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded standard catalogue: metadata, domains, items, and the look-ups the gate needs (item by id, items by
 * stage and by domain).
 *
 * <p>Immutable. It is a class rather than a record only so that it can hold its look-up indexes; equality is that
 * of its three components, like a record.
 */
public final class Catalogue {

    /** The file-format version this build reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private final int formatVersion;
    @NotNull
    @Valid
    private final CatalogueMetadata metadata;
    @NotEmpty
    private final List<@NotNull @Valid Domain> domains;

    private final Map<String, Item> itemsById;
    private final Map<String, Domain> domainsByCode;
    private final Map<String, Domain> domainOfItem;
    private final Map<Stage, List<Item>> itemsByStage;
    private final List<Item> items;

    public Catalogue(int formatVersion, CatalogueMetadata metadata, List<Domain> domains) {
        this.formatVersion = formatVersion;
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.domains = List.copyOf(Objects.requireNonNull(domains, "domains"));
        Map<String, Item> byId = new LinkedHashMap<>();
        Map<String, Domain> byCode = new LinkedHashMap<>();
        Map<String, Domain> domainOf = new HashMap<>();
        Map<Stage, List<Item>> byStage = new EnumMap<>(Stage.class);
        List<Item> all = new ArrayList<>();
        for (Domain d : this.domains) {
            if (byCode.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate domain code " + d.code());
            }
            for (Item i : d.items()) {
                if (byId.putIfAbsent(i.id(), i) != null) {
                    throw new IllegalArgumentException("duplicate item id " + i.id());
                }
                domainOf.put(i.id(), d);
                all.add(i);
                if (i.stage() != null) {
                    byStage.computeIfAbsent(i.stage(), s -> new ArrayList<>()).add(i);
                }
            }
        }
        byStage.replaceAll((s, l) -> List.copyOf(l));
        this.itemsById = Collections.unmodifiableMap(byId);
        this.domainsByCode = Collections.unmodifiableMap(byCode);
        this.domainOfItem = Collections.unmodifiableMap(domainOf);
        this.itemsByStage = Collections.unmodifiableMap(byStage);
        this.items = List.copyOf(all);
    }

    public int formatVersion() {
        return formatVersion;
    }

    public CatalogueMetadata metadata() {
        return metadata;
    }

    public List<Domain> domains() {
        return domains;
    }

    /** Every item in file order. */
    public List<Item> items() {
        return items;
    }

    /** The item with this id. */
    public Optional<Item> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    /** The domain with this code. */
    public Optional<Domain> domain(String code) {
        return Optional.ofNullable(domainsByCode.get(code));
    }

    /** The domain an item of this catalogue belongs to. */
    public Optional<Domain> domainOf(Item item) {
        Domain d = domainOfItem.get(item.id());
        return d != null && d.items().contains(item) ? Optional.of(d) : Optional.empty();
    }

    /** The items of the domain with this code, empty if there is none. */
    public List<Item> itemsOfDomain(String code) {
        Domain d = domainsByCode.get(code);
        return d == null ? List.of() : d.items();
    }

    /** The items of every domain that is this pilot domain (by name or alias). */
    public List<Item> itemsOf(PilotDomain pilot) {
        List<Item> out = new ArrayList<>();
        for (Domain d : domains) {
            if (d.pilotDomain().filter(pilot::equals).isPresent()) {
                out.addAll(d.items());
            }
        }
        return List.copyOf(out);
    }

    /** The items marked with this 五公开 stage. */
    public List<Item> itemsByStage(Stage stage) {
        return itemsByStage.getOrDefault(stage, List.of());
    }

    /** Items disclosed at this level. */
    public List<Item> itemsAt(Level level) {
        return items.stream().filter(i -> i.disclosedAt(level)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue c && c.formatVersion == formatVersion && c.metadata.equals(metadata)
                && c.domains.equals(domains);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formatVersion, metadata, domains);
    }

    @Override
    public String toString() {
        return "Catalogue[" + metadata.id() + " " + metadata.version() + ", " + domains.size() + " domains, "
                + items.size() + " items]";
    }
}
