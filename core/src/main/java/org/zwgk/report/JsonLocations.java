package org.zwgk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where every value of a JSON document starts, by JSON Pointer (one streaming pass; the tree keeps no locations). */
final class JsonLocations {

    private final Map<String, int[]> at = new HashMap<>();

    private JsonLocations() {
    }

    static JsonLocations of(String json) throws IOException {
        JsonLocations l = new JsonLocations();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation loc = p.currentTokenLocation();
                l.at.putIfAbsent(pointer(p.getParsingContext(), t), new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        }
        return l;
    }

    /** The pointer of the value the parser is on: the container's path for a START token. */
    private static String pointer(JsonStreamContext ctx, JsonToken t) {
        JsonStreamContext c = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY ? ctx.getParent() : ctx;
        StringBuilder b = new StringBuilder();
        build(c, b);
        return b.toString();
    }

    private static void build(JsonStreamContext c, StringBuilder b) {
        if (c == null || c.inRoot()) {
            return;
        }
        build(c.getParent(), b);
        if (c.inObject()) {
            b.append('/').append(c.getCurrentName() == null ? "" : c.getCurrentName().replace("~", "~0").replace("/", "~1"));
        } else if (c.inArray()) {
            b.append('/').append(Math.max(0, c.getCurrentIndex()));
        }
    }

    /** Line and column of the value at {@code pointer}, or of its nearest enclosing value; [1,1] for the root. */
    int[] at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            int[] lc = at.get(p);
            if (lc != null) {
                return lc;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
        }
    }
}
