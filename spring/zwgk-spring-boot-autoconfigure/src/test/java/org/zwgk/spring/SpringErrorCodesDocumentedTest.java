package org.zwgk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.ErrorCode;
import org.zwgk.testing.ErrorCodeScanner;

/** Every code of the Spring Boot integration is unique, bilingual, in 7000–7049 and documented in docs/errors.md. */
class SpringErrorCodesDocumentedTest {

    @Test
    void everyCodeIsUniqueBilingualInRangeAndDocumented() throws IllegalAccessException {
        // Every class of the module's output directory; from a jar (the Boot 4 module runs these tests against the
        // installed jar) the scanner sees nothing, so read SpringErrors itself.
        List<ErrorCode> codes = ErrorCodeScanner.declaredAlongside(SpringErrors.class);
        if (codes.isEmpty()) {
            codes = new java.util.ArrayList<>();
            for (java.lang.reflect.Field f : SpringErrors.class.getDeclaredFields()) {
                if (f.getType() == ErrorCode.class) {
                    codes.add((ErrorCode) f.get(null));
                }
            }
        }
        assertThat(codes).extracting(ErrorCode::code).contains("ZWGK-7001", "ZWGK-7004", "ZWGK-7008");
        String doc = ErrorCodeScanner.errorsDoc();
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : codes) {
            assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
            assertThat(Integer.parseInt(c.code().substring(5))).as(c.code()).isBetween(7000, 7049);
            assertThat(List.of(c.messageZh(), c.messageEn(), c.hintZh(), c.hintEn())).as(c.code())
                    .allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(doc).as("docs/errors.md documents %s", c.code()).contains("### " + c.code() + "\n");
        }
    }
}
