package org.zwgk.catalogue.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.validation.Severity;

/**
 * Reads the bytes of a catalogue file into a Jackson tree while recording the location of every value, reporting
 * encoding problems (GBK, UTF-16/32, BOMs), syntax errors and duplicate keys as violations. The tree is built from
 * the parser's tokens rather than by {@code readTree}, because that is the only place where both key locations and
 * duplicate keys are visible.
 */
public final class DocumentReader {

    /** Syntax of a file. */
    public enum Syntax { YAML, JSON }

    /** Largest YAML document read, in code points (256 Mi; a 100,000-item catalogue is about 60 Mi). */
    static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonFactory json;
    private final YAMLFactory yaml;

    public DocumentReader() {
        this.json = JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
        // SnakeYAML refuses documents over 3 MB of code points by default; generated catalogues of 100,000 items
        // are far larger. The alias limit (billion-laughs protection) stays at its default.
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        this.yaml = YAMLFactory.builder().loaderOptions(options).build();
    }

    /** Chooses the syntax by file extension, else by the first significant character. */
    public static Syntax syntaxOf(String fileName, String text) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Syntax.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Syntax.YAML;
        }
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[") ? Syntax.JSON : Syntax.YAML;
    }

    /**
     * Decodes and parses. Returns the root node, or {@code null} when nothing usable could be read (the reason is
     * in {@code findings}). A YAML document holding only comments yields {@code null} and an empty-file finding.
     */
    public JsonNode read(byte[] bytes, Locations locations, Findings findings) {
        String text = decode(bytes, findings);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            findings.at(CatalogueErrors.EMPTY_FILE, Severity.ERROR, 1, 1, "");
            return null;
        }
        Syntax syntax = syntaxOf(findings.file(), text);
        try (JsonParser p = syntax == Syntax.JSON ? json.createParser(text) : yaml.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                findings.at(CatalogueErrors.EMPTY_FILE, Severity.ERROR, 1, 1, "");
                return null;
            }
            // Keep the bytes (the caller holds them anyway), not the decoded text, for the location pass: they
            // decoded cleanly once, so decoding them again gives the same text.
            int start = utf8Bom(bytes) ? 3 : 0;
            locations.deferTo(l -> recordLocations(
                    new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), syntax, l));
            JsonNode root = new Builder(p, locations, findings).value(t);
            JsonToken next = p.nextToken();
            if (next != null) {
                JsonLocation l = p.currentTokenLocation();
                if (syntax == Syntax.YAML) {
                    findings.at(CatalogueErrors.MULTIPLE_DOCUMENTS, Severity.ERROR, l.getLineNr(), l.getColumnNr(), "");
                } else {
                    findings.at(CatalogueErrors.JSON_SYNTAX, Severity.ERROR, l.getLineNr(), l.getColumnNr(), "",
                            "unexpected content after the end of the document / 文档结束后还有内容");
                }
            }
            if (root.isNull() || root.isMissingNode()) {
                findings.at(CatalogueErrors.EMPTY_FILE, Severity.ERROR, 1, 1, "");
                return null;
            }
            return root;
        } catch (StreamReadException e) {
            JsonLocation l = e.getLocation();
            int line = l == null ? 0 : Math.max(l.getLineNr(), 0);
            int col = l == null ? 0 : Math.max(l.getColumnNr(), 0);
            if (syntax == Syntax.YAML) {
                SnakeMessage m = SnakeMessage.parse(String.valueOf(e.getOriginalMessage()));
                if (m != null) {
                    findings.at(CatalogueErrors.YAML_SYNTAX, Severity.ERROR, m.line(), m.column(), "", m.text());
                    return null;
                }
            }
            findings.at(syntax == Syntax.JSON ? CatalogueErrors.JSON_SYNTAX : CatalogueErrors.YAML_SYNTAX,
                    Severity.ERROR, line, col, "", describe(e));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML may throw unchecked exceptions for some malformed input; they are still syntax errors.
            findings.at(syntax == Syntax.JSON ? CatalogueErrors.JSON_SYNTAX : CatalogueErrors.YAML_SYNTAX,
                    Severity.ERROR, 0, 0, "", firstLine(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static String describe(StreamReadException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            m = e.getMessage();
        }
        return firstLine(m == null ? e.getClass().getSimpleName() : m);
    }

    private static String firstLine(String m) {
        String s = m.strip();
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl).strip();
        // SnakeYAML puts the problem on the first line and a context excerpt after it; keep the problem only.
        return first.endsWith(":") || first.isEmpty() ? s.replaceAll("\\s+", " ") : first;
    }

    /**
     * SnakeYAML messages: an optional context ("while scanning a quoted scalar") with its mark, then the problem
     * with its mark. The problem's mark is where the parser gave up; for an unexpected end of stream, the context's
     * mark (e.g. the opening quote) is where the fix is.
     */
    record SnakeMessage(String text, int line, int column) {
        private static final java.util.regex.Pattern MARK =
                java.util.regex.Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+):?\\s*$");

        static SnakeMessage parse(String message) {
            java.util.List<String> texts = new java.util.ArrayList<>();
            java.util.List<int[]> marks = new java.util.ArrayList<>();
            String[] lines = message.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                java.util.regex.Matcher m = MARK.matcher(lines[i]);
                if (m.matches()) {
                    marks.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), texts.size()});
                    i += 2; // skip the excerpt and the caret line
                } else if (!lines[i].isBlank() && !lines[i].startsWith(" ")) {
                    texts.add(lines[i].strip());
                }
            }
            if (marks.isEmpty() || texts.isEmpty()) {
                return null;
            }
            String problem = texts.get(texts.size() - 1);
            int[] mark = marks.get(marks.size() - 1);
            if (problem.contains("end of stream") && marks.size() > 1) {
                mark = marks.get(0);
            }
            String text = texts.size() > 1 ? String.join("; ", texts) : problem;
            return new SnakeMessage(text, mark[0], mark[1]);
        }
    }

    // ---- encodings -------------------------------------------------------------------------------------------

    private static String decode(byte[] b, Findings findings) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
            findings.at(CatalogueErrors.UTF16_OR_32, Severity.ERROR, 1, 1, "", "UTF-32BE");
            return null;
        }
        if (n >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
            findings.at(CatalogueErrors.UTF16_OR_32, Severity.ERROR, 1, 1, "", "UTF-32LE");
            return null;
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            findings.at(CatalogueErrors.UTF16_OR_32, Severity.ERROR, 1, 1, "", "UTF-16BE");
            return null;
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            findings.at(CatalogueErrors.UTF16_OR_32, Severity.ERROR, 1, 1, "", "UTF-16LE");
            return null;
        }
        int start = 0;
        if (utf8Bom(b)) {
            findings.at(CatalogueErrors.UTF8_BOM, Severity.WARNING, 1, 1, "");
            start = 3;
        }
        // UTF-16 without a BOM: text files never contain NUL bytes, UTF-16 text is full of them.
        for (int i = start; i < Math.min(n, start + 512); i++) {
            if (b[i] == 0) {
                findings.at(CatalogueErrors.UTF16_OR_32, Severity.ERROR, 1, 1, "",
                        (i - start) % 2 == 0 ? "UTF-16BE" : "UTF-16LE");
                return null;
            }
        }
        java.util.Optional<org.zwgk.validation.Utf8.Malformed> bad = org.zwgk.validation.Utf8.check(b, start);
        if (bad.isPresent()) {
            org.zwgk.validation.Utf8.Malformed m = bad.get();
            if (m.looksLikeGbk()) {
                findings.at(CatalogueErrors.GBK_ENCODING, Severity.ERROR, m.line(), m.column(), "");
            } else {
                findings.at(CatalogueErrors.INVALID_UTF8, Severity.ERROR, m.line(), m.column(), "", m.byteOffset());
            }
            return null;
        }
        return new String(b, start, n - start, StandardCharsets.UTF_8);
    }

    private static boolean utf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    // ---- locations ------------------------------------------------------------------------------------------

    /**
     * The location-only pass, run when the first finding needs a location: walks the same tokens as
     * {@link Builder} (skipping duplicate keys' values the same way) and records the location of every value. A
     * syntax error further on ends the pass; what precedes it stays recorded.
     */
    private void recordLocations(String text, Syntax syntax, Locations locations) {
        try (JsonParser p = syntax == Syntax.JSON ? json.createParser(text) : yaml.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != null) {
                JsonLocation l = p.currentTokenLocation();
                locations.put("", l.getLineNr(), l.getColumnNr());
                locate(p, t, "", locations);
            }
        } catch (IOException | RuntimeException e) {
            // Locations before the error are recorded; the findings about the error carry their own.
        }
    }

    private static void locate(JsonParser p, JsonToken t, String pointer, Locations locations) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String name = p.currentName();
                JsonLocation l = p.currentTokenLocation();
                JsonToken vt = p.nextToken();
                if (!seen.add(name)) {
                    p.skipChildren();
                    continue;
                }
                String child = pointer + "/" + Locations.escape(name);
                locations.put(child, l.getLineNr(), l.getColumnNr());
                locate(p, vt, child, locations);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            JsonToken et;
            while ((et = p.nextToken()) != JsonToken.END_ARRAY) {
                String child = pointer + "/" + i;
                JsonLocation l = p.currentTokenLocation();
                locations.put(child, l.getLineNr(), l.getColumnNr());
                locate(p, et, child, locations);
                i++;
            }
        }
    }

    // ---- tree building ---------------------------------------------------------------------------------------

    /**
     * Builds the tree from the parser's tokens, detecting duplicate keys. Records no locations: the pointer of the
     * current value is kept as a stack of tokens and only turned into a string for a finding.
     */
    private static final class Builder {
        private final JsonParser p;
        private final Locations locations;
        private final Findings findings;
        private String[] names = new String[16];
        private int[] indexes = new int[16];
        private int depth;

        Builder(JsonParser p, Locations locations, Findings findings) {
            this.p = p;
            this.locations = locations;
            this.findings = findings;
        }

        private void push(String name, int index) {
            if (depth == names.length) {
                names = java.util.Arrays.copyOf(names, depth * 2);
                indexes = java.util.Arrays.copyOf(indexes, depth * 2);
            }
            names[depth] = name;
            indexes[depth] = index;
            depth++;
        }

        private String pointer() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                sb.append('/').append(names[i] != null ? Locations.escape(names[i]) : Integer.toString(indexes[i]));
            }
            return sb.toString();
        }

        JsonNode value(JsonToken t) throws IOException {
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                        String name = p.currentName();
                        push(name, -1);
                        if (o.has(name)) {
                            JsonLocation l = p.currentTokenLocation(); // the duplicate key's, asked for only here
                            String child = pointer();
                            findings.at(CatalogueErrors.DUPLICATE_KEY, Severity.ERROR, l.getLineNr(), l.getColumnNr(),
                                    child, name, locations.lineOf(child));
                            // Skip the duplicate's value: the first occurrence stays, as its location is recorded.
                            p.nextToken();
                            p.skipChildren();
                        } else {
                            o.set(name, value(p.nextToken()));
                        }
                        depth--;
                    }
                    return o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    int i = 0;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        push(null, i);
                        a.add(value(t));
                        depth--;
                        i++;
                    }
                    return a;
                }
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT:
                    return NODES.textNode(String.valueOf(p.getEmbeddedObject()));
                default:
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
            }
        }
    }
}
