package org.zwgk.catalogue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.schemas.Schemas;

/**
 * Validates a tree against {@code catalogue.schema.json} (loaded from the class path, never from the network) and
 * maps each {@link com.networknt.schema.Error} into a catalogue violation with its own code and bilingual message.
 * The format version ({@code /zwgk}) is checked before, by the validator itself.
 */
public final class SchemaCheck {

    private final Schema schema;
    private final JsonNode schemaTree;

    public SchemaCheck() {
        // In 2020-12 "format" only annotates unless assertions are switched on: switch them on, so that the schema
        // alone rejects an impossible effective date (2020-13-45), as editors and other validators configured so do.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = Schemas.open(Schemas.CATALOGUE); InputStream in2 = Schemas.open(Schemas.CATALOGUE)) {
            this.schema = registry.getSchema(SchemaLocation.of(Schemas.id(Schemas.CATALOGUE)), in, InputFormat.JSON);
            this.schemaTree = new ObjectMapper().readTree(in2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The networknt schema, e.g. for schema-only comparisons in benchmarks. */
    public Schema schema() {
        return schema;
    }

    public void check(JsonNode root, Findings findings) {
        for (com.networknt.schema.Error e : schema.validate(root)) {
            map(e, root, findings);
        }
    }

    private void map(com.networknt.schema.Error e, JsonNode root, Findings f) {
        String ptr = pointer(e.getInstanceLocation());
        String kw = String.valueOf(e.getKeyword());
        if (ptr.equals("/zwgk") || (ptr.isEmpty() && kw.equals("required") && "zwgk".equals(e.getProperty()))) {
            return; // reported by the version check
        }
        JsonNode instance = root.at(ptr);
        JsonNode keywordSchema = schemaAt(e.getSchemaLocation());
        JsonNode parentSchema = schemaParent(e.getSchemaLocation());
        switch (kw) {
            case "additionalProperties" -> {
                String key = e.getProperty();
                List<String> allowed = new ArrayList<>();
                if (parentSchema != null && parentSchema.has("properties")) {
                    parentSchema.get("properties").fieldNames().forEachRemaining(allowed::add);
                }
                Optional<String> s = Suggestions.closest(key, allowed);
                f.error(CatalogueErrors.UNKNOWN_KEY, ptr + "/" + Locations.escape(key), key, Suggestions.zh(s),
                        Suggestions.en(s), String.join(", ", allowed));
            }
            case "required" -> f.error(CatalogueErrors.MISSING_KEY, ptr, e.getProperty());
            case "type" -> {
                if (instance.isNull()) {
                    f.error(CatalogueErrors.EMPTY_VALUE, ptr);
                } else {
                    String expected = keywordSchema == null ? "?" : keywordSchema.asText();
                    f.error(CatalogueErrors.WRONG_TYPE, ptr, typeZh(expected), typeZh(kindOf(instance)), expected,
                            kindOf(instance));
                }
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                if (keywordSchema != null) {
                    keywordSchema.forEach(v -> allowed.add(v.asText()));
                }
                Optional<String> s = Suggestions.closest(instance.asText(), allowed);
                f.error(CatalogueErrors.NOT_ALLOWED_VALUE, ptr, instance.asText(), Suggestions.zh(s), Suggestions.en(s),
                        String.join("、", allowed));
            }
            case "minLength" -> f.error(CatalogueErrors.EMPTY_VALUE, ptr);
            case "pattern" -> {
                String pattern = keywordSchema == null ? "" : keywordSchema.asText();
                if (pattern.equals("\\S")) {
                    f.error(CatalogueErrors.EMPTY_VALUE, ptr);
                } else if (!f.has(ptr, CatalogueErrors.EMPTY_VALUE)) {
                    String[] d = describePattern(ptr);
                    f.error(CatalogueErrors.BAD_FORMAT, ptr, instance.asText(), d[0], d[1]);
                }
            }
            case "minItems" -> f.error(CatalogueErrors.TOO_FEW, ptr, keywordSchema == null ? "1" : keywordSchema.asText());
            case "maxItems" -> f.error(CatalogueErrors.TOO_MANY, ptr, keywordSchema == null ? "?" : keywordSchema.asText());
            case "uniqueItems" -> f.error(CatalogueErrors.DUPLICATE_ENTRY, ptr);
            case "format" -> {
                // a date of the right shape that does not exist; one of the wrong shape is the pattern's finding
                if (instance.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    f.error(CatalogueErrors.INVALID_DATE, ptr, instance.asText());
                }
            }
            default -> f.error(CatalogueErrors.SCHEMA_OTHER, ptr, e.getMessage());
        }
    }

    /** What a pattern-checked value must look like, by the key it belongs to. */
    private static String[] describePattern(String ptr) {
        String key = ptr.substring(ptr.lastIndexOf('/') + 1);
        boolean itemId = ptr.matches("/domains/\\d+/items/\\d+/id");
        return switch (key) {
            case "region" -> new String[] {"应为 6 位数字的行政区划代码（须加引号）", "expected a 6-digit division code (quoted)"};
            case "effective" -> new String[] {"应为 YYYY-MM-DD 格式的日期", "expected a date YYYY-MM-DD"};
            case "id", "code" -> itemId
                    ? new String[] {"应以字母或数字开头，只含字母、数字、点、下划线和连字符，最长 64 个字符",
                        "expected letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64"}
                    : new String[] {"应为小写字母、数字和连字符，以字母或数字开头，最长 64 个字符",
                        "expected lower-case letters, digits and hyphens, starting with a letter or digit, at most 64"};
            default -> new String[] {"格式不符", "wrong format"};
        };
    }

    private static String kindOf(JsonNode n) {
        if (n.isTextual()) {
            return "string";
        } else if (n.isIntegralNumber()) {
            return "integer";
        } else if (n.isNumber()) {
            return "number";
        } else if (n.isBoolean()) {
            return "boolean";
        } else if (n.isArray()) {
            return "array";
        } else if (n.isObject()) {
            return "object";
        }
        return "null";
    }

    private static String typeZh(String type) {
        return switch (type) {
            case "string" -> "文本";
            case "integer" -> "整数";
            case "number" -> "数字";
            case "boolean" -> "布尔值（true/false）";
            case "array" -> "列表";
            case "object" -> "键值对（对象）";
            case "null" -> "空值";
            default -> type;
        };
    }

    private JsonNode schemaAt(SchemaLocation loc) {
        if (loc == null || loc.getFragment() == null) {
            return null;
        }
        JsonNode n = schemaTree.at(pointer(loc.getFragment()));
        return n.isMissingNode() ? null : n;
    }

    private JsonNode schemaParent(SchemaLocation loc) {
        if (loc == null || loc.getFragment() == null || loc.getFragment().getNameCount() == 0) {
            return null;
        }
        NodePath parent = loc.getFragment().getParent();
        JsonNode n = schemaTree.at(pointer(parent));
        return n.isMissingNode() ? null : n;
    }

    /** A networknt node path as an RFC 6901 JSON Pointer. */
    static String pointer(NodePath path) {
        if (path == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append('/').append(Locations.escape(String.valueOf(el)));
        }
        return sb.toString();
    }

}
