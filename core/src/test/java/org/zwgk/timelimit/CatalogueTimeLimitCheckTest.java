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
        assertThat(v.toLine(java.util.Locale.CHINA)).contains("尽快公开", "ZWGK-2101");
        // The hint lists the recognised forms (issue: "a hint listing the recognised forms"), in each language.
        assertThat(v.hint(java.util.Locale.CHINA)).startsWith("可识别的写法").contains("每月5日和20日", "个工作日");
        assertThat(v.hint(java.util.Locale.ENGLISH)).startsWith("Recognised forms").contains("每月5日和20日");
        // The English message is English apart from the quoted phrase.
        assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("Unreadable time limit \"尽快公开\": ZWGK-2101");
    }

    @Test
    void aRecognisedButWrongPhraseSaysWhatIsWrongInEachLanguage() throws IOException {
        String bad = minimal().replace("制定或获取信息之日起10个工作日内", "制定或获取信息之日起0个工作日内");
        ValidationReport r = CatalogueValidator.create().validate("bad.yaml", bad.getBytes(StandardCharsets.UTF_8));
        Violation v = r.errors().stream().filter(x -> x.code().code().equals("ZWGK-1056")).findFirst().orElseThrow();
        assertThat(v.message(java.util.Locale.CHINA)).contains("ZWGK-2104", "超出范围");
        assertThat(v.message(java.util.Locale.ENGLISH)).contains("ZWGK-2104", "out of range").doesNotContain("超出范围");
        assertThat(v.hint(java.util.Locale.ENGLISH)).contains("1..3650");
    }
}
