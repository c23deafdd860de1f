package org.zwgk.adapter.website.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body's 政务公开事项标准目录 as the website renders it (国办发〔2019〕54号 asks every body to publish its standard
 * catalogue on its website; OGI Art. 12 its 政府信息公开目录). Only what the page shows: the file format itself is
 * docs/catalogue.md, validated in full by {@code zwgk validate}.
 *
 * @param digest SHA-256 (hex) of the file's bytes: tells a new catalogue version from the one already rendered
 */
public record StandardCatalogue(String id, String title, String issuer, String level, String region, String version,
                                String effective, List<String> guidelines, List<Domain> domains, String digest) {

    public StandardCatalogue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(level, "level");
        region = region == null ? "" : region;
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effective, "effective");
        guidelines = List.copyOf(guidelines);
        domains = List.copyOf(domains);
        Objects.requireNonNull(digest, "digest");
    }

    /** A domain (公开领域) and its items, in file order. */
    public record Domain(String code, String name, List<Entry> items) {
        public Domain {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
        }
    }

    /** A content element (公开内容要素): ● required or 〇 optional. */
    public record Element(String name, boolean required) {
        public Element {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One catalogue item (事项).
     *
     * @param timeLimit the effective phrase: {@code 同上} already replaced by the previous item's (docs/catalogue.md)
     * @param method    主动公开 or 依申请公开 (the file's 主动/依申请 and their long forms, normalised)
     * @param stage     the 五公开 stage as 决策公开 … 结果公开, or empty
     */
    public record Entry(String id, List<String> path, String content, List<Element> elements, List<String> basis,
                        String timeLimit, String subject, List<String> channels, String audience, String method,
                        List<String> levels, String stage) {
        public Entry {
            Objects.requireNonNull(id, "id");
            path = List.copyOf(path);
            Objects.requireNonNull(content, "content");
            elements = List.copyOf(elements);
            basis = List.copyOf(basis);
            Objects.requireNonNull(timeLimit, "timeLimit");
            Objects.requireNonNull(subject, "subject");
            channels = List.copyOf(channels);
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(method, "method");
            levels = List.copyOf(levels);
            stage = stage == null ? "" : stage;
        }
    }

    /** The item with this id (the {@link org.zwgk.spi.channel.Publication#ITEM_ID} of a publication), if listed. */
    public Optional<Entry> entry(String itemId) {
        for (Domain d : domains) {
            for (Entry e : d.items()) {
                if (e.id().equals(itemId)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Number of items over all domains. */
    public int size() {
        return domains.stream().mapToInt(d -> d.items().size()).sum();
    }
}
