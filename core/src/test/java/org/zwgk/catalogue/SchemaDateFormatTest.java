package org.zwgk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.CalendarErrors;
import org.zwgk.schemas.Schemas;
import org.zwgk.spi.ZwgkException;
import org.zwgk.validation.Violation;

/**
 * The schemas mark dates with {@code format: date} besides the pattern, so that the schema alone — as an editor or
 * an independent validator with format assertion reads it — rejects a date that does not exist. In JSON Schema
 * 2020-12 "format" only annotates unless assertion is switched on; zwgk switches it on.
 */
class SchemaDateFormatTest {

    private static final String CATALOGUE = """
            zwgk: 1
            catalogue: {id: t, title: 目录, issuer: 镇政府, level: 乡级, version: "1", effective: "%s"}
            domains:
              - code: sa
                name: 社会救助
                items:
                  - {id: SA-1, path: [政策], content: 文件, basis: [条例], timeLimit: 实时公开, subject: 镇政府,
                     channels: [政府网站], audience: 全社会, method: 主动, levels: [乡级]}
            """;

    static List<com.networknt.schema.Error> schemaAlone(String schemaFile, JsonNode doc, boolean assertFormats) throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(assertFormats).build()));
        try (InputStream in = Schemas.open(schemaFile)) {
            Schema schema = registry.getSchema(in);
            return schema.validate(doc);
        }
    }

    @Test
    void theCatalogueSchemaAloneRejectsAnImpossibleDate() throws Exception {
        JsonNode bad = new YAMLMapper().readTree(CATALOGUE.formatted("2020-13-45"));
        JsonNode good = new YAMLMapper().readTree(CATALOGUE.formatted("2020-11-15"));
        assertThat(schemaAlone(Schemas.CATALOGUE, good, true)).isEmpty();
        assertThat(schemaAlone(Schemas.CATALOGUE, bad, true)).singleElement().satisfies(e -> {
            assertThat(e.getKeyword()).isEqualTo("format");
            assertThat(e.getInstanceLocation().toString()).contains("effective");
        });
        // what a validator with the 2020-12 default sees: the pattern passes, format is only an annotation
        assertThat(schemaAlone(Schemas.CATALOGUE, bad, false)).isEmpty();
    }

    @Test
    void zwgksValidatorReportsTheImpossibleDateOnce() {
        CatalogueResult r = CatalogueValidator.create().read("t.yaml",
                CATALOGUE.formatted("2020-13-45").getBytes(StandardCharsets.UTF_8));
        assertThat(r.report().violations()).extracting(Violation::code).containsExactly(CatalogueErrors.INVALID_DATE);
        assertThat(r.report().violations().get(0).pointer()).isEqualTo("/catalogue/effective");
        CatalogueResult shape = CatalogueValidator.create().read("t.yaml",
                CATALOGUE.formatted("2020/11/15").getBytes(StandardCharsets.UTF_8));
        assertThat(shape.report().violations()).extracting(Violation::code).containsExactly(CatalogueErrors.BAD_FORMAT);
    }

    @Test
    void theCalendarSchemaAloneRejectsAnImpossibleDate() throws Exception {
        String year = "year: 2020\nnotice: {title: 通知}\nfestivals:\n  - name: 春节\n    rest: {from: %s, to: 2020-01-30}\n";
        ObjectMapper yaml = new YAMLMapper();
        assertThat(schemaAlone(Schemas.CALENDAR, yaml.readTree(year.formatted("\"2020-02-30\"")), true))
                .extracting(com.networknt.schema.Error::getKeyword).containsExactly("format");
        assertThat(schemaAlone(Schemas.CALENDAR, yaml.readTree(year.formatted("\"2020-01-24\"")), true)).isEmpty();
        assertThatThrownBy(() -> CalendarData.builder().year("2020.yaml",
                year.formatted("\"2020-02-30\"").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ZwgkException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CalendarErrors.DATA_SCHEMA));
    }
}
