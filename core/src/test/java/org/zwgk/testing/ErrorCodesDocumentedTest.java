package org.zwgk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.ErrorCode;
import org.zwgk.validation.Violation;

/** Every error code core declares is unique, bilingual and documented in docs/errors.md under its own heading. */
class ErrorCodesDocumentedTest {

    @Test
    void everyCodeIsUniqueBilingualAndDocumented() {
        List<ErrorCode> codes = ErrorCodeScanner.declaredAlongside(Violation.class);
        String doc = ErrorCodeScanner.errorsDoc();
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : codes) {
            assertThat(seen.add(c.code())).as("duplicate code %s", c.code()).isTrue();
            assertThat(c.messageZh()).as(c.code()).isNotBlank();
            assertThat(c.messageEn()).as(c.code()).isNotBlank();
            assertThat(c.hintZh()).as(c.code()).isNotBlank();
            assertThat(c.hintEn()).as(c.code()).isNotBlank();
            assertThat(doc).as("docs/errors.md documents %s", c.code()).contains("### " + c.code());
        }
    }
}
