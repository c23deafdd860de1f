package org.zwgk.flowable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.ErrorCode;
import org.zwgk.testing.ErrorCodeScanner;

/** Every code of the Flowable integration is unique, bilingual, in 7050–7099 and documented in docs/errors.md. */
class FlowableErrorCodesDocumentedTest {

    @Test
    void everyCodeIsUniqueBilingualInRangeAndDocumented() {
        List<ErrorCode> codes = ErrorCodeScanner.declaredAlongside(FlowableErrors.class);
        assertThat(codes).extracting(ErrorCode::code).contains("ZWGK-7050", "ZWGK-7054");
        String doc = ErrorCodeScanner.errorsDoc();
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : codes) {
            assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
            assertThat(Integer.parseInt(c.code().substring(5))).as(c.code()).isBetween(7050, 7099);
            assertThat(List.of(c.messageZh(), c.messageEn(), c.hintZh(), c.hintEn())).as(c.code())
                    .allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(doc).as("docs/errors.md documents %s", c.code()).contains("### " + c.code() + "\n");
        }
    }
}
