package org.zwgk.spi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpiTest {

    @Test
    void aSegmentNeverPrintsItsText() {
        TextSegment s = new TextSegment(TextSegment.Kind.CELL, "Sheet1!C12", "350524199001011234", "身份证号码");
        assertThat(s.toString()).isEqualTo("TextSegment[CELL Sheet1!C12, 18 chars]").doesNotContain("350524");
        assertThat(TextSegment.of(TextSegment.Kind.PAGE, "1", "x").label()).isEmpty();
        assertThatThrownBy(() -> new TextSegment(TextSegment.Kind.PAGE, "1", null, ""))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void limitsMustBePositiveAndTheRatioBelowOne() {
        assertThat(ExtractionLimits.DEFAULT.maxChars()).isEqualTo(20_000_000L);
        assertThatThrownBy(() -> new ExtractionLimits(0, 1, 1, 0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractionLimits(1, 1, 1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtractionLimits(1, 1, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExtractionExceptionCarriesItsProblem() {
        TextExtractionException e = new TextExtractionException(ReadProblem.ENCRYPTED, "needs a password");
        assertThat(e.problem()).isEqualTo(ReadProblem.ENCRYPTED);
        assertThat(e.getMessage()).isEqualTo("ENCRYPTED: needs a password");
    }
}
