package org.zwgk.channel.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens a YAML mapping into dotted keys with the line and column of each key (Jackson's token locations).
 * Lists of scalars become comma-separated values; anything else in a list is a syntax problem.
 */
public final class YamlReader {

    /** Receives a syntax problem. */
    public interface Problems {
        void add(int line, int column, String detail);
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    public static List<RawEntry> read(String text, Problems problems) {
        List<RawEntry> out = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return out; // empty file: no keys
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(l.getLineNr(), l.getColumnNr(), "the document must be a mapping of keys");
                return out;
            }
            mapping(p, "", out, problems);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(l.getLineNr(), l.getColumnNr(), "only one YAML document is allowed");
            }
        } catch (StreamReadException e) {
            JsonLocation l = e.getLocation();
            problems.add(l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    withoutSnippet(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(0, 0, e.getMessage());
        }
        return out;
    }

    private static void mapping(JsonParser p, String prefix, List<RawEntry> out, Problems problems)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            JsonLocation at = p.currentTokenLocation();
            JsonToken value = p.nextToken();
            switch (value) {
                case START_OBJECT -> mapping(p, key + ".", out, problems);
                case START_ARRAY -> {
                    List<String> items = new ArrayList<>();
                    JsonToken item;
                    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (item.isScalarValue()) {
                            items.add(item == JsonToken.VALUE_NULL ? "" : p.getText());
                        } else {
                            JsonLocation l = p.currentTokenLocation();
                            problems.add(l.getLineNr(), l.getColumnNr(), "the list under " + key
                                    + " may contain only scalar values");
                            p.skipChildren();
                        }
                    }
                    out.add(new RawEntry(key, String.join(",", items), at.getLineNr(), at.getColumnNr()));
                }
                case VALUE_NULL -> out.add(new RawEntry(key, "", at.getLineNr(), at.getColumnNr()));
                default -> out.add(new RawEntry(key, p.getText(), at.getLineNr(), at.getColumnNr()));
            }
        }
    }

    /**
     * A YAML parser's message without the copy of the offending line it quotes (indented lines: the snippet, its
     * caret, and "in 'reader', line …", which the location already gives): that line may hold a secret such as
     * {@code zwgk.log.key} or a channel password, and problems are printed.
     */
    public static String withoutSnippet(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                b.append(b.length() == 0 ? "" : "; ").append(line.strip());
            }
        }
        return b.toString();
    }
}
