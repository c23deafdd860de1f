package org.zwgk.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zwgk.calendar.internal.YearFiles;
import org.zwgk.calendar.internal.YearsProvider;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.CalendarProvider;

/**
 * Loads year files (one State Council notice each, format {@code schemas/calendar.schema.json}) into a
 * {@link CalendarProvider}. Every file is validated against the schema and checked for consistency when loaded.
 *
 * <p>A user adds or corrects a year without a new zwgk release in one of three ways:
 * <ol>
 *   <li>class path: put {@code zwgk/calendar/cn/2027.yaml} in your own jar or resources
 *       ({@link #USER_RESOURCE_PREFIX}); it is picked up by {@link #national()} and overrides a bundled year;</li>
 *   <li>file system: {@code CalendarData.builder().builtIn().file(path)} or {@code .directory(dir)};</li>
 *   <li>an explicit {@link CalendarProvider} passed to {@link WorkingCalendar.Builder#base}.</li>
 * </ol>
 * Later sources override earlier ones year by year: built-in, then class path, then files in the order given.
 */
public final class CalendarData {

    /** Where the bundled national notices live. */
    public static final String BUILTIN_RESOURCE_PREFIX = "org/zwgk/calendar/cn/";
    /** Where users put their own year files on the class path. */
    public static final String USER_RESOURCE_PREFIX = "zwgk/calendar/cn/";
    /** Years bundled with this release. */
    public static final int FIRST_BUNDLED_YEAR = 2019;
    public static final int LAST_BUNDLED_YEAR = 2026;

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.(ya?ml|json)");

    private CalendarData() {
    }

    /** Bundled years plus class-path additions (context class loader), as provider {@code cn-national}. */
    public static CalendarProvider national() {
        return builder().builtIn().classpath(Thread.currentThread().getContextClassLoader()).build();
    }

    /** Only the bundled years (no user additions), e.g. for tests and reproducible tools. */
    public static CalendarProvider builtInOnly() {
        return builder().builtIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects year files; later additions replace earlier ones for the same year. */
    public static final class Builder {
        private final Map<Integer, Source> years = new LinkedHashMap<>();
        private String id = "cn-national";

        private Builder() {
        }

        private record Source(String name, byte[] content) {
        }

        /** Provider id (default {@code cn-national}; use e.g. {@code cn-65} for a regional layer). */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /** The years bundled with zwgk ({@link #FIRST_BUNDLED_YEAR}..{@link #LAST_BUNDLED_YEAR}). */
        public Builder builtIn() {
            for (int y = FIRST_BUNDLED_YEAR; y <= LAST_BUNDLED_YEAR; y++) {
                String name = BUILTIN_RESOURCE_PREFIX + y + ".yaml";
                try (InputStream in = CalendarData.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, name, "missing from the jar");
                    }
                    put(y, name, in.readAllBytes());
                } catch (IOException e) {
                    throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, name, e.getMessage());
                }
            }
            return this;
        }

        /** Year files found on the class path under {@link #USER_RESOURCE_PREFIX} (years 1990–2100 are probed). */
        public Builder classpath(ClassLoader loader) {
            ClassLoader cl = loader != null ? loader : CalendarData.class.getClassLoader();
            for (int y = 1990; y <= 2100; y++) {
                for (String ext : new String[] {".yaml", ".yml", ".json"}) {
                    String name = USER_RESOURCE_PREFIX + y + ext;
                    URL url = cl.getResource(name);
                    if (url != null) {
                        try (InputStream in = url.openStream()) {
                            put(y, "classpath:" + name, in.readAllBytes());
                        } catch (IOException e) {
                            throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, name, e.getMessage());
                        }
                    }
                }
            }
            return this;
        }

        /** One year file; its name must be {@code YYYY.yaml}, {@code YYYY.yml} or {@code YYYY.json}. */
        public Builder file(Path file) {
            Objects.requireNonNull(file, "file");
            Matcher m = YEAR_FILE.matcher(String.valueOf(file.getFileName()));
            if (!m.matches()) {
                throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, file,
                        "file name must be YYYY.yaml, YYYY.yml or YYYY.json");
            }
            try {
                put(Integer.parseInt(m.group(1)), file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, file, e.getClass().getSimpleName());
            }
            return this;
        }

        /** Every {@code YYYY.yaml|yml|json} file directly in the directory, in year order. */
        public Builder directory(Path dir) {
            Objects.requireNonNull(dir, "dir");
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> YEAR_FILE.matcher(String.valueOf(p.getFileName())).matches()).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, dir, e.getClass().getSimpleName());
            }
            files.forEach(this::file);
            return this;
        }

        /** A year file held in memory; {@code name} is used in messages ({@code .json} selects JSON syntax). */
        public Builder year(String name, byte[] content) {
            YearFiles.YearData d = YearFiles.parse(name, content);
            years.put(d.year(), new Source(name, content.clone()));
            return this;
        }

        private void put(int year, String name, byte[] content) {
            YearFiles.YearData d = YearFiles.parse(name, content);
            if (d.year() != year) {
                throw new ZwgkException(CalendarErrors.DATA_SEMANTIC, name,
                        "file name says " + year + " but year is " + d.year());
            }
            years.put(year, new Source(name, content));
        }

        public CalendarProvider build() {
            TreeMap<Integer, YearFiles.YearData> parsed = new TreeMap<>();
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            TreeMap<Integer, Source> sorted = new TreeMap<>(years);
            for (Map.Entry<Integer, Source> e : sorted.entrySet()) {
                parsed.put(e.getKey(), YearFiles.parse(e.getValue().name(), e.getValue().content()));
                sha.update(String.valueOf(e.getKey()).getBytes(StandardCharsets.US_ASCII));
                sha.update(e.getValue().content());
            }
            String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 8);
            return new YearsProvider(id, parsed, hash);
        }
    }
}
