package org.zwgk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.ErrorCode;
import org.zwgk.testing.ErrorCodeScanner;

/** The plugin's codes stay in its range 9100–9149, are unique, bilingual and documented in docs/errors.md. */
class PluginErrorsDocumentedTest {

    @Test
    void everyCodeIsInRangeUniqueBilingualAndDocumented() {
        List<ErrorCode> codes = ErrorCodeScanner.declaredAlongside(PluginErrors.class);
        assertThat(codes).hasSizeGreaterThanOrEqualTo(7);
        String doc = ErrorCodeScanner.errorsDoc();
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : codes) {
            int n = Integer.parseInt(c.code().substring(5));
            assertThat(n).as(c.code()).isBetween(9100, 9149);
            assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
            assertThat(List.of(c.messageZh(), c.messageEn(), c.hintZh(), c.hintEn())).as(c.code())
                    .allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(doc).as("docs/errors.md documents %s", c.code()).contains("### " + c.code() + "\n");
        }
    }
}
