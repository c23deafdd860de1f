package org.zwgk.channel;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.channel.internal.PropertiesReader;
import org.zwgk.channel.internal.RawEntry;
import org.zwgk.channel.internal.YamlReader;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.validation.Severity;
import org.zwgk.validation.Utf8;
import org.zwgk.validation.Violation;

/**
 * The {@code zwgk.channel.*} keys of one configuration file, with the line of each key. Immutable.
 *
 * <p>Ownership rule: the channel loader owns {@code zwgk.channel.*} and nothing else. Other sections
 * ({@code zwgk.store.*}, {@code zwgk.dispatch.*}, keys outside {@code zwgk.}) belong to other components and are
 * dropped here unchecked — except a section whose name is within two edits of {@code channel}
 * ({@code zwgk.chanel.website.mode}, {@code zwgk.channels.…}, {@code channel.website.mode}), which is reported as a
 * misspelling ({@link ChannelErrors#MISSPELLED_SECTION}) rather than silently ignored.
 *
 * <p>File forms: {@code .properties} (UTF-8, the {@link java.util.Properties} syntax) and {@code .yaml}/{@code .yml}
 * (nested mappings flatten to dotted keys; a list of scalars becomes a comma-separated value, so
 * {@code days: [5, 20]} ≡ {@code days=5,20}). A key set twice is an error, never "last one wins".
 * {@link #toString()} names the keys, never a value.
 */
public final class ChannelSettings {

    /** Prefix of every key this loader owns. */
    public static final String PREFIX = "zwgk.channel.";

    private final String source;
    private final Map<String, Entry> entries;
    private final List<Violation> problems;

    /**
     * One key of the file.
     *
     * @param key    full key, e.g. {@code zwgk.channel.website.mode}
     * @param value  the value, trimmed (may be a secret: {@link #toString()} omits it)
     * @param line   1-based line of the key, 0 when not from a file
     * @param column 1-based column of the key, 0 when unknown
     */
    public record Entry(String key, String value, int line, int column) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return key + "@" + line;
        }
    }

    private ChannelSettings(String source, List<RawEntry> raw, List<Violation> parseProblems) {
        this.source = source;
        Map<String, Entry> map = new LinkedHashMap<>();
        List<Violation> found = new ArrayList<>(parseProblems);
        for (RawEntry r : raw) {
            String key = r.key();
            if (!key.startsWith(PREFIX)) {
                misspelledSection(key).ifPresent(s -> found.add(Violation.of(ChannelErrors.MISSPELLED_SECTION,
                        Severity.ERROR, source, r.line(), r.column(), pointer(key), key, s)));
                continue;
            }
            Entry previous = map.get(key);
            if (previous != null) {
                found.add(Violation.of(ChannelErrors.DUPLICATE_KEY, Severity.ERROR, source, r.line(), r.column(),
                        pointer(key), key, previous.line()));
                continue;
            }
            map.put(key, new Entry(key, r.value().trim(), r.line(), r.column()));
        }
        this.entries = java.util.Collections.unmodifiableMap(map);
        this.problems = List.copyOf(found);
    }

    /**
     * Reads a {@code .properties}, {@code .yaml} or {@code .yml} file.
     *
     * @throws ChannelConfigException when the file cannot be read or parsed at all (with line where known)
     */
    public static ChannelSettings load(Path file) {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        if (!yaml && !lower.endsWith(".properties")) {
            throw ChannelConfigException.of(Violation.of(ChannelErrors.FILE_TYPE, Severity.ERROR, name, 0, 0, "",
                    file.getFileName()));
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(name, "这是目录，不是文件", "is a directory");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw unreadable(name, "文件不存在", "no such file");
        } catch (AccessDeniedException e) {
            throw unreadable(name, "没有读取权限", "permission denied");
        } catch (IOException e) {
            throw unreadable(name, "读取出错（" + e.getMessage() + "）", "read error (" + e.getMessage() + ")");
        }
        String text = decodeUtf8(name, bytes);
        return yaml ? parseYaml(name, text) : parseProperties(name, text);
    }

    /** Parses {@code .properties} text; {@code source} names it in messages. */
    public static ChannelSettings parseProperties(String source, String text) {
        List<Violation> problems = new ArrayList<>();
        List<RawEntry> raw = PropertiesReader.read(stripBom(text), (line, detail) -> problems.add(
                Violation.of(ChannelErrors.FILE_SYNTAX, Severity.ERROR, source, line, 0, "", detail)));
        throwIfAny(problems);
        return new ChannelSettings(source, raw, List.of());
    }

    /** Parses YAML text; {@code source} names it in messages. */
    public static ChannelSettings parseYaml(String source, String text) {
        List<Violation> problems = new ArrayList<>();
        List<RawEntry> raw = YamlReader.read(stripBom(text), (line, column, detail) -> problems.add(
                Violation.of(ChannelErrors.FILE_SYNTAX, Severity.ERROR, source, line, column, "", detail)));
        throwIfAny(problems);
        return new ChannelSettings(source, raw, List.of());
    }

    /** Settings from a map of full keys (e.g. from system properties or a host's own configuration). */
    public static ChannelSettings of(String source, Map<String, String> keys) {
        List<RawEntry> raw = new ArrayList<>();
        new java.util.TreeMap<>(keys).forEach((k, v) -> raw.add(new RawEntry(k, v, 0, 0)));
        return new ChannelSettings(source, raw, List.of());
    }

    /** Where the settings came from, as shown in messages. */
    public String source() {
        return source;
    }

    /** The {@code zwgk.channel.*} entries in file order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Problems found while reading that do not stop the rest of the checks (duplicates, misspelled sections). */
    public List<Violation> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return "ChannelSettings[" + source + ", " + entries.keySet() + "]";
    }

    static String pointer(String key) {
        StringBuilder b = new StringBuilder();
        for (String seg : key.split("\\.", -1)) {
            b.append('/').append(seg.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    private static Optional<String> misspelledSection(String key) {
        boolean zwgk = key.startsWith("zwgk.");
        String rest = zwgk ? key.substring(5) : key;
        int dot = rest.indexOf('.');
        String section = dot < 0 ? rest : rest.substring(0, dot);
        boolean close = ChannelConfigs.suggestion(section, List.of("channel")).isPresent()
                && section.length() >= 5;
        if (!close || (zwgk && section.equals("channel"))) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + (dot < 0 ? "…" : rest.substring(dot + 1)));
    }

    private static ChannelConfigException unreadable(String name, String zh, String en) {
        return ChannelConfigException.of(Violation.of(ChannelErrors.FILE_UNREADABLE, Severity.ERROR, name, 0, 0, "",
                zh, en));
    }

    /**
     * Strict UTF-8 (a BOM is kept for {@link #stripBom}); a file saved in the ANSI code page of a Chinese Windows
     * desktop is reported as GBK at its first non-UTF-8 byte, never as a decoder exception.
     */
    private static String decodeUtf8(String name, byte[] bytes) {
        return Utf8.decode(bytes, 0, m -> ChannelConfigException.of(m.looksLikeGbk()
                ? Violation.of(ChannelErrors.GBK_ENCODING, Severity.ERROR, name, m.line(), m.column(), "")
                : Violation.of(ChannelErrors.INVALID_UTF8, Severity.ERROR, name, m.line(), m.column(), "",
                        m.byteOffset())));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void throwIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ChannelConfigException(new org.zwgk.validation.ValidationReport(1, 0, problems));
        }
    }
}
