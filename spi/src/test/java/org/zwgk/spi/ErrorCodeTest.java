package org.zwgk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    private static final ErrorCode SAMPLE = ErrorCode.of("ZWGK-0001", "第{0}行有{1}", "line {0} has {1}",
            "修改{1}", "fix {1}");

    @Test
    void rendersEitherLanguageWithLiteralArguments() {
        assertThat(SAMPLE.message(Locale.CHINA, 3, "x")).isEqualTo("第3行有x");
        assertThat(SAMPLE.message(Locale.ENGLISH, 3, "it's {9}")).isEqualTo("line 3 has it's {9}");
        assertThat(SAMPLE.hint(Locale.forLanguageTag("en-GB"), 1, "y")).isEqualTo("fix y");
        assertThat(SAMPLE.message(null, 1, 2)).isEqualTo("第1行有2");
        assertThat(SAMPLE.docsAnchor()).isEqualTo("docs/errors.md#zwgk-0001");
    }

    @Test
    void rejectsMalformedCodes() {
        assertThatThrownBy(() -> ErrorCode.of("ZWGK-12", "a", "b", "c", "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exceptionCarriesCodeAndBothLanguages() {
        ZwgkException e = new ZwgkException(SAMPLE, 7, "错");
        assertThat(e.code()).isEqualTo("ZWGK-0001");
        assertThat(e.getMessage()).isEqualTo("ZWGK-0001 第7行有错");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("ZWGK-0001 line 7 has 错");
        assertThat(e.hint(Locale.ENGLISH)).isEqualTo("fix 错");
    }

    @Test
    void secretNeverPrints() {
        Secret s = Secret.of("wx-app-secret-123");
        assertThat(s.toString()).isEqualTo("******");
        assertThat("config: " + s).doesNotContain("wx-app");
        assertThat(s.reveal()).isEqualTo("wx-app-secret-123");
        assertThat(s).isEqualTo(Secret.of("wx-app-secret-123")).isNotEqualTo(Secret.of("other"));
    }

    @Test
    void spiVersionCompatibility() {
        assertThat(SpiVersion.isCompatible(SpiVersion.CURRENT)).isTrue();
        assertThat(SpiVersion.isCompatible("1")).isTrue();
        assertThat(SpiVersion.isCompatible("1.0")).as("a provider built for 1.0 runs on 1.2").isTrue();
        assertThat(SpiVersion.isCompatible("1.1")).as("a provider built for 1.1 runs on 1.2").isTrue();
        assertThat(SpiVersion.CURRENT).isEqualTo("1.2");
        assertThat(SpiVersion.isCompatible("2.0")).isFalse();
        assertThat(SpiVersion.isCompatible("1." + (SpiVersion.MINOR + 1))).isFalse();
        assertThat(SpiVersion.isCompatible("x")).isFalse();
        assertThat(SpiVersion.isCompatible(null)).isFalse();
    }
}
