package org.zwgk.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a table import needs besides the table: which sheets, the codes of domains that are not pilot domains, and
 * the catalogue metadata a table does not hold (or holds only partly: its title row). Immutable; each {@code with}
 * returns a copy. Options win over the metadata file, which wins over what a table exported by zwgk carries in its
 * document properties, which wins over the table's title row.
 */
public final class ImportOptions {

    /** A metadata ("sidecar") file: YAML with the keys id, title, issuer, level, region, version, effective,
     *  guidelines, domains (name: code). */
    public record MetadataFile(String name, byte[] content) {
        public MetadataFile {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private List<String> sheets = List.of();
    private Map<String, String> domainCodes = Map.of();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private List<String> guidelines;
    private List<String> itemLevels = List.of();
    private MetadataFile metadataFile;

    private ImportOptions() {
    }

    public static ImportOptions defaults() {
        return new ImportOptions();
    }

    private ImportOptions copy() {
        ImportOptions o = new ImportOptions();
        o.sheets = sheets;
        o.domainCodes = domainCodes;
        o.metadata.putAll(metadata);
        o.guidelines = guidelines;
        o.itemLevels = itemLevels;
        o.metadataFile = metadataFile;
        return o;
    }

    /** Only these sheets (Excel), in this order; by default every sheet holding a catalogue table. */
    public ImportOptions withSheets(List<String> names) {
        ImportOptions o = copy();
        o.sheets = List.copyOf(names);
        return o;
    }

    /** Domain name → code, for domains that are not pilot domains (or to override a pilot domain's default code). */
    public ImportOptions withDomainCodes(Map<String, String> nameToCode) {
        ImportOptions o = copy();
        o.domainCodes = Map.copyOf(nameToCode);
        return o;
    }

    /**
     * One catalogue metadata value as written in a file: {@code id}, {@code title}, {@code issuer}, {@code level},
     * {@code region}, {@code version}, {@code effective} (YYYY-MM-DD). Checked like the file's value would be.
     */
    public ImportOptions with(String key, String value) {
        if (!List.of("id", "title", "issuer", "level", "region", "version", "effective").contains(key)) {
            throw new IllegalArgumentException("not a catalogue metadata key: " + key);
        }
        ImportOptions o = copy();
        if (value == null) {
            o.metadata.remove(key);
        } else {
            o.metadata.put(key, value);
        }
        return o;
    }

    public ImportOptions withGuidelines(List<String> list) {
        ImportOptions o = copy();
        o.guidelines = list == null ? null : List.copyOf(list);
        return o;
    }

    /** 公开层级 of every item, for tables without a 公开层级 column (e.g. 乡级). */
    public ImportOptions withItemLevels(List<String> levels) {
        ImportOptions o = copy();
        o.itemLevels = List.copyOf(levels);
        return o;
    }

    public ImportOptions withMetadataFile(MetadataFile file) {
        ImportOptions o = copy();
        o.metadataFile = file;
        return o;
    }

    public List<String> sheets() {
        return sheets;
    }

    public Map<String, String> domainCodes() {
        return domainCodes;
    }

    /** Metadata given as options (key → value as written). */
    public Map<String, String> metadata() {
        return Map.copyOf(metadata);
    }

    /** Guidelines given as options, or {@code null} when not given. */
    public List<String> guidelines() {
        return guidelines == null ? null : new ArrayList<>(guidelines);
    }

    public List<String> itemLevels() {
        return itemLevels;
    }

    public MetadataFile metadataFile() {
        return metadataFile;
    }
}
