package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.ErrorCode;
import org.zwgk.testing.ErrorCodeScanner;

/**
 * Every error code the command line declares (CliErrors, TimeCliErrors, DispatchErrors, DemoErrors, ScreenErrors) is
 * unique,
 * bilingual, inside the CLI's ranges and documented in docs/errors.md — as core's ErrorCodesDocumentedTest does for
 * core.
 */
class CliErrorCodesDocumentedTest {

    @Test
    void everyCliCodeIsUniqueBilingualInRangeAndDocumented() {
        List<ErrorCode> codes = ErrorCodeScanner.declaredAlongside(CliErrors.class);
        assertThat(codes).extracting(ErrorCode::code).contains("ZWGK-9001", "ZWGK-9004", "ZWGK-9050", "ZWGK-9150",
                "ZWGK-9200", "ZWGK-9400", "ZWGK-9500");
        String doc = ErrorCodeScanner.errorsDoc();
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : codes) {
            assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
            int n = Integer.parseInt(c.code().substring("ZWGK-".length()));
            assertThat(n).as("%s in 9000–9099, 9150–9249, 9300–9349, 9400–9449 or 9500–9549 (9100–9149 is the plugin's)",
                    c.code()).satisfiesAnyOf(x -> assertThat(x).isBetween(9000, 9099),
                    x -> assertThat(x).isBetween(9150, 9249), x -> assertThat(x).isBetween(9300, 9349),
                    x -> assertThat(x).isBetween(9400, 9449), x -> assertThat(x).isBetween(9500, 9549));
            assertThat(List.of(c.messageZh(), c.messageEn(), c.hintZh(), c.hintEn())).as(c.code())
                    .allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(doc).as("docs/errors.md documents %s", c.code()).contains("### " + c.code() + "\n");
        }
    }
}
