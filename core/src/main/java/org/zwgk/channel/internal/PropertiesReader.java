package org.zwgk.channel.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads {@code .properties} text keeping the line of every key, which {@link Properties} does not. The text is cut
 * into logical lines (comments, blank lines and backslash continuations as in {@link Properties#load}) and each
 * logical line is handed to {@link Properties#load(java.io.Reader)} itself, so escapes and separators have exactly
 * the JDK semantics.
 */
public final class PropertiesReader {

    /** Receives a syntax problem: 1-based line and a detail. */
    public interface Problems {
        void add(int line, String detail);
    }

    private PropertiesReader() {
    }

    public static List<RawEntry> read(String text, Problems problems) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<RawEntry> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String first = lines[i];
            int start = i;
            int indent = 0;
            while (indent < first.length() && isBlank(first.charAt(indent))) {
                indent++;
            }
            i++;
            if (indent == first.length() || first.charAt(indent) == '#' || first.charAt(indent) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(first);
            String last = first;
            while (endsWithContinuation(last) && i < lines.length) {
                last = lines[i++];
                logical.append('\n').append(last);
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(logical.toString()));
            } catch (IllegalArgumentException e) {
                problems.add(start + 1, "malformed \\uXXXX escape");
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen with a StringReader
            }
            for (String key : p.stringPropertyNames()) {
                out.add(new RawEntry(key, p.getProperty(key), start + 1, indent + 1));
            }
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean endsWithContinuation(String line) {
        int n = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }
}
