package org.zwgk.catalogue.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON Pointer → (line, column) of a parsed document. For an object member the location is that of its key (where a
 * reader looks for it); for an array element, that of the element. Line and column are 1-based and packed into one
 * {@code long}.
 *
 * <p>The map is filled lazily: the first look-up runs the {@linkplain #deferTo loader} (a second, location-only
 * pass over the document). Clean files — the common case — never look a location up, so they pay for no pointer
 * string and no map entry per value; for a 100,000-item catalogue that was about 2.5 million of each, a quarter of
 * the validation time and most of its live memory.
 */
public final class Locations {

    private final Map<String, Long> byPointer = new HashMap<>();
    private Consumer<Locations> loader;

    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    public static int line(long packed) {
        return (int) (packed >>> 32);
    }

    public static int column(long packed) {
        return (int) packed;
    }

    /** Sets how to fill the map on the first look-up; it calls {@link #put} for every value of the document. */
    void deferTo(Consumer<Locations> loader) {
        this.loader = loader;
    }

    void put(String pointer, int line, int column) {
        byPointer.putIfAbsent(pointer, pack(line, column));
    }

    /** The location of the pointer, or of its nearest ancestor that has one; (0,0) if none. */
    public long find(String pointer) {
        if (loader != null) {
            Consumer<Locations> l = loader;
            loader = null;
            l.accept(this);
        }
        String p = pointer;
        while (true) {
            Long l = byPointer.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return 0L;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** The 1-based line of a pointer's location, 0 if unknown. */
    public int lineOf(String pointer) {
        return line(find(pointer));
    }

    /** Escapes one reference token (RFC 6901). */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
