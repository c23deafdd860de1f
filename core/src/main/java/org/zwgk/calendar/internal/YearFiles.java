package org.zwgk.calendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zwgk.calendar.CalendarErrors;
import org.zwgk.schemas.Schemas;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.spi.calendar.Provenance;
import org.zwgk.spi.calendar.SpecialDay;

/** Reads and checks one year file ({@code schemas/calendar.schema.json}): schema first, then semantics. */
public final class YearFiles {

    private YearFiles() {
    }

    /** One parsed year. */
    public record YearData(int year, String source, Provenance provenance, List<SpecialDay> specialDays) {
        public YearData {
            specialDays = List.copyOf(specialDays);
        }
    }

    private static final class SchemaHolder {
        static final Schema SCHEMA;

        static {
            try (InputStream in = Schemas.open(Schemas.CALENDAR)) {
                // 2020-12 treats "format" as an annotation unless asked: assert it, so 2020-02-30 fails the schema
                SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                        .getSchema(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a year file; {@code source} names it in messages and decides the syntax ({@code .json} or YAML). */
    public static YearData parse(String source, byte[] content) {
        JsonNode root;
        try {
            root = (source.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML).readTree(content);
        } catch (IOException e) {
            throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, source, firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ZwgkException(CalendarErrors.DATA_UNREADABLE, source, "empty");
        }
        List<com.networknt.schema.Error> errors = SchemaHolder.SCHEMA.validate(root);
        if (!errors.isEmpty()) {
            com.networknt.schema.Error e = errors.get(0);
            throw new ZwgkException(CalendarErrors.DATA_SCHEMA, source, e.getInstanceLocation(), e.getMessage());
        }
        int year = root.get("year").asInt();
        Provenance prov = new Provenance(year, root.at("/notice/title").asText(), uri(root.get("notice")),
                revisions(root));
        LocalDate min = LocalDate.of(year, 1, 1).minusMonths(1);
        LocalDate max = LocalDate.of(year, 12, 31).plusMonths(1);
        Map<LocalDate, SpecialDay> days = new HashMap<>();
        List<SpecialDay> out = new ArrayList<>();
        for (JsonNode f : root.get("festivals")) {
            String name = f.get("name").asText();
            LocalDate from = date(source, f.at("/rest/from").asText());
            LocalDate to = date(source, f.at("/rest/to").asText());
            if (from.isAfter(to)) {
                throw semantic(source, name + ": rest.from " + from + " > rest.to " + to);
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                add(source, days, out, new SpecialDay(d, DayKind.HOLIDAY, name), min, max);
            }
            for (JsonNode w : f.path("work")) {
                LocalDate d = date(source, w.asText());
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    throw semantic(source, name + ": 调休上班 " + d + " is a " + d.getDayOfWeek()
                            + ", not a weekend day");
                }
                add(source, days, out, new SpecialDay(d, DayKind.ADJUSTED_WORKDAY, name), min, max);
            }
        }
        out.sort((a, b) -> a.date().compareTo(b.date()));
        return new YearData(year, source, prov, out);
    }

    private static List<URI> revisions(JsonNode root) {
        List<URI> r = new ArrayList<>();
        for (JsonNode n : root.path("revisions")) {
            r.add(uri(n));
        }
        return r;
    }

    /** A notice's address; the empty URI when the file gives its title and 文号 but no address. */
    private static URI uri(JsonNode document) {
        JsonNode url = document.get("url");
        return url == null ? URI.create("") : URI.create(url.asText());
    }

    private static void add(String source, Map<LocalDate, SpecialDay> days, List<SpecialDay> out, SpecialDay d,
            LocalDate min, LocalDate max) {
        if (d.date().isBefore(min) || d.date().isAfter(max)) {
            throw semantic(source, d.name() + ": " + d.date() + " is not within " + min + ".." + max);
        }
        SpecialDay prev = days.putIfAbsent(d.date(), d);
        if (prev != null) {
            throw semantic(source, d.date() + " listed twice (" + prev.name() + " " + prev.kind().label() + ", "
                    + d.name() + " " + d.kind().label() + ")");
        }
        out.add(d);
    }

    private static LocalDate date(String source, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw semantic(source, "not a calendar date: " + text);
        }
    }

    private static ZwgkException semantic(String source, String detail) {
        return new ZwgkException(CalendarErrors.DATA_SEMANTIC, source, detail);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
