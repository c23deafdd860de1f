package org.zwgk.office.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zwgk.office.ImportOptions;
import org.zwgk.office.OfficeErrors;
import org.zwgk.office.PilotDomainCodes;
import org.zwgk.office.TableLocation;
import org.zwgk.validation.Severity;

/**
 * The catalogue metadata a table does not hold, from (first wins) options, the metadata file, the document
 * properties zwgk's export writes ({@code zwgk.id} …), and for the title the table's title row. A required value
 * found nowhere is an error naming the option and the metadata-file key that would give it.
 */
final class Metadata {

    /** Document property prefix of zwgk's export. */
    static final String PREFIX = "zwgk.";
    static final String DOMAINS = PREFIX + "domains";
    static final String GUIDELINES = PREFIX + "guidelines";
    private static final Set<String> FILE_KEYS = Set.of("id", "title", "issuer", "level", "region", "version",
            "effective", "guidelines", "domains");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceDocument doc;
    private final ImportOptions options;
    private final List<TableReader.Found> problems;
    private final Map<String, String> fileValues = new HashMap<>();
    private List<String> fileGuidelines;
    private final Map<String, String> domainCodes = new HashMap<>();
    private final String fileName;

    Metadata(SourceDocument doc, ImportOptions options, List<TableReader.Found> problems) {
        this.doc = doc;
        this.options = options;
        this.problems = problems;
        ImportOptions.MetadataFile f = options.metadataFile();
        this.fileName = f == null ? "" : f.name();
        // lowest precedence first: document properties, then the metadata file, then options
        String domainsJson = doc.properties().get(DOMAINS);
        if (domainsJson != null) {
            try {
                for (JsonNode d : JSON.readTree(domainsJson)) {
                    domainCodes.put(d.path("name").asText(), d.path("code").asText());
                }
            } catch (IOException e) {
                // a property edited by hand: the domains then need codes like any table's
            }
        }
        if (f != null) {
            readFile(f);
        }
        domainCodes.putAll(options.domainCodes());
    }

    private void readFile(ImportOptions.MetadataFile f) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(f.content());
        } catch (IOException e) {
            problem(OfficeErrors.SIDECAR_UNREADABLE, TableLocation.metadataFile(f.name(), ""), f.name(),
                    e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            problem(OfficeErrors.SIDECAR_UNREADABLE, TableLocation.metadataFile(f.name(), ""), f.name(), "not a map");
            return;
        }
        root.fieldNames().forEachRemaining(k -> {
            if (!FILE_KEYS.contains(k)) {
                problem(OfficeErrors.SIDECAR_UNKNOWN_KEY, TableLocation.metadataFile(f.name(), k), f.name(), k);
            }
        });
        for (String k : TableReader.METADATA) {
            JsonNode v = root.get(k);
            if (v != null && v.isValueNode() && !v.isNull()) {
                fileValues.put(k, v.asText());
            }
        }
        JsonNode g = root.get("guidelines");
        if (g != null && g.isArray()) {
            fileGuidelines = new ArrayList<>();
            g.forEach(x -> fileGuidelines.add(x.asText()));
        }
        JsonNode d = root.get("domains");
        if (d != null && d.isObject()) {
            d.fields().forEachRemaining(e -> domainCodes.put(e.getKey(), e.getValue().asText()));
        }
    }

    /** The code of a domain: given, from the metadata file or properties, or a pilot domain's default. */
    String domainCode(String name) {
        String c = domainCodes.get(name);
        return c != null ? c : PilotDomainCodes.forName(name).orElse(null);
    }

    /** The catalogue block, recording where each value came from. */
    Map<String, Object> resolve(String title, TableLocation titleAt, SourceMap sources, Set<String> explained) {
        Map<String, Object> meta = new LinkedHashMap<>();
        for (String key : TableReader.METADATA) {
            String v = options.metadata().get(key);
            TableLocation at = TableLocation.option(OptionNames.of(key));
            if (v == null && fileValues.containsKey(key)) {
                v = fileValues.get(key);
                at = TableLocation.metadataFile(fileName, key);
            }
            if (v == null && doc.properties().containsKey(PREFIX + key)) {
                v = doc.properties().get(PREFIX + key);
                at = TableLocation.property(PREFIX + key);
            }
            if (v == null && key.equals("title") && title != null && !title.isEmpty()) {
                v = title;
                at = titleAt != null ? titleAt : TableLocation.file();
            }
            sources.metadata(key, at);
            if (v != null) {
                meta.put(key, v);
            } else if (!key.equals("region")) {
                problem(OfficeErrors.MISSING_METADATA, TableLocation.option(OptionNames.of(key)), zh(key), en(key),
                        OptionNames.of(key).substring(2), key);
                explained.add("/catalogue#" + key);
            }
        }
        List<String> guidelines = options.guidelines();
        TableLocation gAt = TableLocation.option("--guideline");
        if (guidelines == null && fileGuidelines != null) {
            guidelines = fileGuidelines;
            gAt = TableLocation.metadataFile(fileName, "guidelines");
        }
        if (guidelines == null && doc.properties().containsKey(GUIDELINES)) {
            guidelines = Cells.lines(doc.properties().get(GUIDELINES));
            gAt = TableLocation.property(GUIDELINES);
        }
        sources.metadata("guidelines", gAt);
        if (guidelines != null && !guidelines.isEmpty()) {
            meta.put("guidelines", guidelines);
        }
        return meta;
    }

    private void problem(org.zwgk.spi.ErrorCode code, TableLocation where, Object... args) {
        List<String> a = new ArrayList<>();
        for (Object o : args) {
            a.add(String.valueOf(o));
        }
        problems.add(new TableReader.Found(code, Severity.ERROR, where, "", a));
    }

    static String zh(String key) {
        return switch (key) {
            case "id" -> "目录标识（id）";
            case "title" -> "目录名称（title）";
            case "issuer" -> "发布机关（issuer）";
            case "level" -> "发布机关层级（level）";
            case "version" -> "目录版本（version）";
            case "effective" -> "生效日期（effective）";
            default -> key;
        };
    }

    static String en(String key) {
        return switch (key) {
            case "id" -> "id";
            case "title" -> "title";
            case "issuer" -> "issuer";
            case "level" -> "level";
            case "version" -> "version";
            case "effective" -> "effective date";
            default -> key;
        };
    }
}
