package org.zwgk.catalogue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zwgk.catalogue.Audience;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.catalogue.CatalogueMetadata;
import org.zwgk.catalogue.Channel;
import org.zwgk.catalogue.ContentElement;
import org.zwgk.catalogue.Domain;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.Method;
import org.zwgk.catalogue.PilotDomain;
import org.zwgk.catalogue.Stage;
import org.zwgk.catalogue.StandardChannel;
import org.zwgk.catalogue.TimeLimit;
import org.zwgk.catalogue.TimeLimitPhraseCheck;

/**
 * The rules the schema cannot express, checked over the tree (so they also run when parts of the file are invalid),
 * followed by building the {@link Catalogue} when the file has no errors. Each rule is documented with its code in
 * {@code docs/catalogue.md}.
 */
public final class SemanticCheck {

    private static final List<String> DOMAIN_NAMES = domainNames();

    private static List<String> domainNames() {
        List<String> names = new ArrayList<>();
        for (PilotDomain d : PilotDomain.values()) {
            names.add(d.label());
            names.addAll(d.aliases());
        }
        return List.copyOf(names);
    }

    private final TimeLimitPhraseCheck timeLimitCheck;

    public SemanticCheck(TimeLimitPhraseCheck timeLimitCheck) {
        this.timeLimitCheck = timeLimitCheck;
    }

    /** Counts the items of a tree, whatever its validity. */
    public static int countItems(JsonNode root) {
        int n = 0;
        JsonNode domains = root == null ? null : root.get("domains");
        if (domains != null && domains.isArray()) {
            for (JsonNode d : domains) {
                JsonNode items = d.get("items");
                if (items != null && items.isArray()) {
                    n += items.size();
                }
            }
        }
        return n;
    }

    /** Checks the tree; returns the catalogue when no errors were found (in any phase), else {@code null}. */
    public Catalogue check(JsonNode root, Findings f) {
        JsonNode meta = root.path("catalogue");
        Level catalogueLevel = Level.parse(text(meta.get("level"))).orElse(null);
        LocalDate effective = null;
        String eff = text(meta.get("effective"));
        if (eff != null && eff.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                effective = LocalDate.parse(eff);
            } catch (DateTimeParseException e) {
                f.error(CatalogueErrors.INVALID_DATE, "/catalogue/effective", eff);
            }
        }

        // Items are kept as (domain, item) index pairs packed in a long; pointer strings are made only for findings.
        Map<String, Long> itemIds = new HashMap<>();
        Map<String, String> domainCodes = new HashMap<>();
        Map<String, Positions> phrases = new LinkedHashMap<>(); // effective phrase -> items that write it
        // A catalogue spells its channels a handful of ways; read each spelling once (readings are immutable).
        Map<String, ChannelVocabulary.Reading> readings = new HashMap<>();
        String previous = null; // null after an unresolvable 同上: its error is reported once, at its root
        boolean anyAbove = false;
        List<ItemParts> parts = new ArrayList<>();
        JsonNode domains = root.path("domains");
        for (int di = 0; di < domains.size(); di++) {
            JsonNode d = domains.get(di);
            String dp = "/domains/" + di;
            String code = text(d.get("code"));
            if (code != null) {
                String first = domainCodes.putIfAbsent(code, dp + "/code");
                if (first != null) {
                    f.error(CatalogueErrors.DUPLICATE_DOMAIN_CODE, dp + "/code", code, f.locations().lineOf(first));
                }
            }
            String name = text(d.get("name"));
            // Village affairs (村务公开) are self-governance under the Organic Law of Villagers' Committees, not OGI:
            // their catalogues group items (村情概况, 财务公开 …) instead of following the 26 pilot domains.
            if (catalogueLevel != Level.VILLAGE && name != null && !name.isBlank()
                    && PilotDomain.byName(name).isEmpty()) {
                Optional<String> s = Suggestions.closest(name.strip(), DOMAIN_NAMES);
                f.warning(CatalogueErrors.UNKNOWN_DOMAIN, dp + "/name", name, Suggestions.zh(s), Suggestions.en(s));
            }
            JsonNode items = d.path("items");
            boolean anyStage = false;
            for (JsonNode it : items) {
                anyStage |= text(it.get("stage")) != null;
            }
            for (int ii = 0; ii < items.size(); ii++) {
                JsonNode it = items.get(ii);
                long pos = position(di, ii);
                String id = text(it.get("id"));
                if (id != null) {
                    Long first = itemIds.putIfAbsent(id, pos);
                    if (first != null) {
                        f.error(CatalogueErrors.DUPLICATE_ITEM_ID, ip(pos) + "/id", id,
                                f.locations().lineOf(ip(first) + "/id"));
                    }
                }
                // 公开时限: keep verbatim, resolve 同上 to the previous item's effective phrase.
                String raw = text(it.get("timeLimit"));
                String resolved = null;
                if (raw != null && !raw.isBlank()) {
                    if (raw.strip().equals(TimeLimit.SAME_AS_ABOVE)) {
                        if (!anyAbove) {
                            f.error(CatalogueErrors.SAME_AS_ABOVE_FIRST, ip(pos) + "/timeLimit");
                        } else if (previous != null) {
                            resolved = previous;
                            if (ii == 0) {
                                f.warning(CatalogueErrors.SAME_AS_ABOVE_ACROSS_DOMAIN, ip(pos) + "/timeLimit", previous);
                            }
                        }
                    } else {
                        resolved = raw;
                        phrases.computeIfAbsent(raw, k -> new Positions()).add(pos);
                    }
                    previous = resolved;
                    anyAbove = true;
                }
                List<Channel> channels = channels(it.path("channels"), pos, f, readings);
                Method method = Method.parse(text(it.get("method"))).orElse(null);
                Audience audience = Audience.parse(text(it.get("audience"))).orElse(null);
                List<Level> levels = new ArrayList<>();
                for (JsonNode l : it.path("levels")) {
                    Level.parse(text(l)).ifPresent(levels::add);
                }
                combinations(pos, method, audience, channels, catalogueLevel, f);
                if (catalogueLevel != null && (catalogueLevel == Level.TOWNSHIP || catalogueLevel == Level.VILLAGE)
                        && !levels.isEmpty() && !levels.contains(catalogueLevel)) {
                    f.warning(CatalogueErrors.ITEM_OUTSIDE_CATALOGUE_LEVEL, ip(pos) + "/levels",
                            levels.stream().map(Level::label).toList(), catalogueLevel.label());
                }
                if (anyStage && text(it.get("stage")) == null) {
                    f.warning(CatalogueErrors.STAGE_MISSING, ip(pos));
                }
                parts.add(new ItemParts(di, it, raw, resolved, channels, method, audience, levels));
            }
        }
        checkTimeLimits(phrases, f);
        if (f.hasErrors()) {
            return null;
        }
        return build(root, catalogueLevel, effective, parts);
    }

    private void checkTimeLimits(Map<String, Positions> phrases, Findings f) {
        if (phrases.isEmpty()) {
            return;
        }
        if (timeLimitCheck == null) {
            int count = phrases.values().stream().mapToInt(Positions::size).sum();
            f.warning(CatalogueErrors.TIME_LIMIT_NOT_CHECKED,
                    ip(phrases.values().iterator().next().get(0)) + "/timeLimit", count);
            return;
        }
        for (Map.Entry<String, Positions> e : phrases.entrySet()) {
            TimeLimitPhraseCheck.Result r = timeLimitCheck.check(e.getKey());
            if (r != null && !r.readable()) {
                Positions ps = e.getValue();
                for (int i = 0; i < ps.size(); i++) {
                    f.error(CatalogueErrors.TIME_LIMIT_UNREADABLE, ip(ps.get(i)) + "/timeLimit", e.getKey(),
                            r.detail(), r.detailEn(), r.hint(), r.hintEn());
                }
            }
        }
    }

    /** An item's (domain, item) indexes in one long. */
    private static long position(int domain, int item) {
        return ((long) domain << 32) | (item & 0xffffffffL);
    }

    /** The JSON Pointer of the item at a position. */
    private static String ip(long position) {
        return "/domains/" + (int) (position >>> 32) + "/items/" + (int) position;
    }

    /** A growable list of positions (the items that write one time-limit phrase), without boxing. */
    private static final class Positions {
        private long[] values = new long[4];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    private static List<Channel> channels(JsonNode list, long pos, Findings f,
                                          Map<String, ChannelVocabulary.Reading> readings) {
        List<Channel> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String raw = text(list.get(i));
            if (raw == null || raw.isBlank()) {
                continue;
            }
            ChannelVocabulary.Reading r = readings.computeIfAbsent(raw, ChannelVocabulary::read);
            if (!r.known()) {
                String p = ip(pos) + "/channels/" + i;
                f.error(CatalogueErrors.UNKNOWN_CHANNEL, p, raw, Suggestions.zh(r.suggestion()),
                        Suggestions.en(r.suggestion()));
                continue;
            }
            if (r.variant()) {
                f.warning(CatalogueErrors.CHANNEL_VARIANT, ip(pos) + "/channels/" + i, raw, r.channel().label());
            }
            if (!out.contains(r.channel())) {
                out.add(r.channel());
            }
        }
        return out;
    }

    /** Combinations of method, audience and channels that are legal to write but almost certainly wrong. */
    private static void combinations(long pos, Method method, Audience audience, List<Channel> channels,
                                     Level catalogueLevel, Findings f) {
        if (method == null || channels.isEmpty()) {
            return;
        }
        if (method == Method.PROACTIVE && audience == Audience.PUBLIC) {
            if (channels.stream().noneMatch(c -> c.kind().publicFacing())) {
                f.warning(CatalogueErrors.PROACTIVE_WITHOUT_PUBLIC_CHANNEL, ip(pos) + "/channels",
                        channels.stream().map(Channel::label).toList());
            } else if (catalogueLevel != null && catalogueLevel != Level.VILLAGE
                    && channels.stream().noneMatch(c -> c.kind() == StandardChannel.GOVERNMENT_WEBSITE)) {
                // Village affairs are self-governance, not OGI: notice boards are their first platform.
                f.warning(CatalogueErrors.PROACTIVE_WITHOUT_WEBSITE, ip(pos) + "/channels");
            }
        }
        if (method == Method.ON_APPLICATION) {
            List<String> broadcast = channels.stream().filter(c -> c.kind().broadcast()).map(Channel::label).toList();
            if (!broadcast.isEmpty()) {
                f.warning(CatalogueErrors.ON_APPLICATION_BROADCAST, ip(pos) + "/channels", broadcast);
            }
        }
    }

    private record ItemParts(int domain, JsonNode node, String raw, String resolved, List<Channel> channels,
                             Method method, Audience audience, List<Level> levels) {
    }

    private static Catalogue build(JsonNode root, Level level, LocalDate effective, List<ItemParts> parts) {
        JsonNode m = root.path("catalogue");
        CatalogueMetadata meta = new CatalogueMetadata(text(m.get("id")), text(m.get("title")), text(m.get("issuer")),
                level, text(m.get("region")), text(m.get("version")), effective, strings(m.get("guidelines")));
        JsonNode domains = root.path("domains");
        List<List<Item>> itemsPerDomain = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            itemsPerDomain.add(new ArrayList<>());
        }
        for (ItemParts p : parts) {
            JsonNode it = p.node();
            List<ContentElement> elements = new ArrayList<>();
            for (JsonNode e : it.path("elements")) {
                elements.add(new ContentElement(text(e.get("name")), e.path("required").asBoolean()));
            }
            itemsPerDomain.get(p.domain()).add(new Item(text(it.get("id")), strings(it.get("path")),
                    text(it.get("content")), elements, strings(it.get("basis")),
                    new TimeLimit(p.raw(), p.resolved()), text(it.get("subject")), p.channels(), p.audience(),
                    p.method(), p.levels(), Stage.parse(text(it.get("stage"))).orElse(null)));
        }
        List<Domain> ds = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            JsonNode d = domains.get(i);
            ds.add(new Domain(text(d.get("code")), text(d.get("name")), itemsPerDomain.get(i)));
        }
        return new Catalogue(root.path("zwgk").asInt(), meta, ds);
    }

    /** An immutable list, so that the records' {@code List.copyOf} keeps it instead of copying again. */
    private static List<String> strings(JsonNode n) {
        if (n == null || n.size() == 0) {
            return List.of();
        }
        String[] out = new String[n.size()];
        int i = 0;
        for (JsonNode x : n) {
            out[i++] = x.asText();
        }
        return List.of(out);
    }

    static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }
}
