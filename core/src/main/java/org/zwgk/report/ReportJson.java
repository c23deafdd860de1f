package org.zwgk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zwgk.spi.ZwgkException;
import org.zwgk.validation.Utf8;

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

    /**
     * Reads and re-checks a report. Every problem is a {@link ZwgkException} whose message names the place as
     * {@code [line,col] /json/pointer} in plain words (ZWGK-6104 for the shape, 6101–6108 for the figures).
     */
    public static AnnualReport read(String json) {
        return read(null, json);
    }

    /**
     * Reads a report file: as {@link #read(String)}, with the file in every location, plus ZWGK-6109 (missing,
     * directory, unreadable), ZWGK-6110 (GBK/GB18030 rather than UTF-8) and ZWGK-6111 (other non-UTF-8 bytes). A
     * UTF-8 byte order mark is accepted.
     */
    public static AnnualReport read(Path file) {
        return read(file.toString(), text(file));
    }

    /** The file's text: ZWGK-6109 (missing, directory, unreadable), 6110 (GBK), 6111 (not UTF-8); a BOM is dropped. */
    static String text(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ZwgkException(ReportErrors.FILE_UNREADABLE, name, "这是目录，不是文件", "is a directory");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ZwgkException(ReportErrors.FILE_UNREADABLE, e, name, "文件不存在", "no such file");
        } catch (AccessDeniedException e) {
            throw new ZwgkException(ReportErrors.FILE_UNREADABLE, e, name, "没有读取权限", "permission denied");
        } catch (IOException e) {
            throw new ZwgkException(ReportErrors.FILE_UNREADABLE, e, name, "读取出错（" + e.getMessage() + "）",
                    "read error (" + e.getMessage() + ")");
        }
        int start = Utf8.hasBom(bytes) ? 3 : 0;
        return Utf8.decode(bytes, start, m -> m.looksLikeGbk()
                ? new ZwgkException(ReportErrors.GBK_ENCODING, name, m.line(), m.column())
                : new ZwgkException(ReportErrors.INVALID_UTF8, name, m.line(), m.column(), m.byteOffset()));
    }

    private static AnnualReport read(String source, String json) {
        try {
            return MAPPER.readValue(json, AnnualReport.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.translate(source, json, e);
        }
    }
}
