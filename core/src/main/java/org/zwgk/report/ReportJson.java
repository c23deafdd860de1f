package org.zwgk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.zwgk.spi.ZwgkException;

/**
 * The report as JSON for supervisors' systems. Field names are the record component names and are stable
 * (documented in docs/requests-and-report.md); dates are ISO-8601 strings; amounts are JSON numbers as entered.
 * Reading re-checks every total and the reconciliation, so a tampered or hand-edited document is rejected.
 */
public final class ReportJson {

    /** The JSON Schema of the document, in the zwgk-schemas jar ({@code https://zwgk.org/schemas/annual-report.schema.json}). */
    public static final String SCHEMA_FILE = "annual-report.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private ReportJson() {
    }

    public static String write(AnnualReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }

    public static AnnualReport read(String json) {
        try {
            return MAPPER.readValue(json, AnnualReport.class);
        } catch (JsonMappingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ZwgkException z) {
                    throw z;
                }
            }
            throw new ZwgkException(ReportErrors.INVALID_JSON, e, e.getOriginalMessage() + " at "
                    + e.getPathReference());
        } catch (JsonProcessingException e) {
            throw new ZwgkException(ReportErrors.INVALID_JSON, e, e.getOriginalMessage());
        }
    }
}
