package org.zwgk.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/** The built-in parser is the default time-limit check of catalogue validation. */
class CatalogueTimeLimitCheckTest {

    private static String minimal() throws IOException {
        try (InputStream in = CatalogueTimeLimitCheckTest.class.getResourceAsStream("/catalogue/valid/minimal.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readablePhrasesPassWithoutTheNotCheckedWarning() throws IOException {
        ValidationReport r = CatalogueValidator.create().validate("minimal.yaml",
                minimal().getBytes(StandardCharsets.UTF_8));
        assertThat(r.violations()).extracting(v -> v.code().code()).doesNotContain("ZWGK-1055", "ZWGK-1056");
    }

    @Test
    void anUnreadablePhraseIsAnErrorWithTheRecognisedForms() throws IOException {
        String bad = minimal().replace("制定或获取信息之日起10个工作日内", "尽快公开");
        ValidationReport r = CatalogueValidator.create().validate("bad.yaml", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.errors()).extracting(v -> v.code().code()).contains("ZWGK-1056");
        Violation v = r.errors().stream().filter(x -> x.code().code().equals("ZWGK-1056")).findFirst().orElseThrow();
        assertThat(v.toLine(java.util.Locale.CHINA)).contains("尽快公开", "ZWGK-2101", "每月5日和20日");
    }
}
