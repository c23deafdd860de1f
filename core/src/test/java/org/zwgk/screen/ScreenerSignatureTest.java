package org.zwgk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.spi.Secret;

/** What makes two screeners' findings comparable, and what a stored signature must not give away. */
class ScreenerSignatureTest {

    @Test
    void theSameConfigurationHasTheSameSignatureWhateverTheOrderOfWords() {
        String a = Screener.builder().sensitiveWords(List.of("内部资料", "张三")).build().signature();
        String b = Screener.builder().sensitiveWords(List.of("张三", "内部资料")).build().signature();
        assertThat(a).isEqualTo(b).matches("[0-9a-f]{64}");
        assertThat(Screener.standard().signature()).isEqualTo(Screener.builder().build().signature());
    }

    @Test
    void everythingThatChangesFindingsChangesTheSignature() {
        String standard = Screener.standard().signature();
        assertThat(List.of(
                Screener.builder().sensitiveWords(List.of("张三")).build().signature(),
                Screener.builder().detectors(EnumSet.of(Detector.ID_NUMBER)).build().signature(),
                Screener.builder().fingerprintKey(Secret.of("k-one-0123456789abcdef")).build().signature(),
                Screener.builder().fingerprintKey(Secret.of("k-two-0123456789abcdef")).build().signature(),
                Screener.builder().limits(new org.zwgk.spi.text.ExtractionLimits(1000, 1 << 20, 10, 0.01)).build()
                        .signature(),
                Screener.builder().discoverExtractors(false).extractor(new NoText()).build()
                        .signature()))
                .doesNotContain(standard).doesNotHaveDuplicates();
    }

    @Test
    void wordsWithoutTheirDetectorDoNotCount() {
        assertThat(Screener.builder().detectors(EnumSet.of(Detector.MOBILE)).sensitiveWords(List.of("张三")).build()
                .signature()).isEqualTo(Screener.builder().detectors(EnumSet.of(Detector.MOBILE)).build().signature());
    }

    @Test
    void theSignatureRevealsNeitherKeyNorWords() {
        String key = "secret-key-0123456789abcdef";
        String s = Screener.builder().fingerprintKey(Secret.of(key)).sensitiveWords(List.of("张三")).build()
                .signature();
        assertThat(s).doesNotContain(key).doesNotContain("张三").hasSize(64);
    }

    /** An extractor that reads nothing: only its presence matters here. */
    static final class NoText implements org.zwgk.spi.text.TextExtractor {
        @Override
        public String spiVersion() {
            return org.zwgk.spi.SpiVersion.CURRENT;
        }

        @Override
        public String id() {
            return "no-text";
        }

        @Override
        public boolean supports(String mediaType, String fileName) {
            return false;
        }

        @Override
        public void extract(byte[] content, org.zwgk.spi.text.ExtractionLimits limits,
                            org.zwgk.spi.text.TextSink sink) {
        }
    }
}
