package org.zwgk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.testing.PersonalData;
import org.zwgk.testing.PersonalData.Planted;

/**
 * Properties of the detectors over seeded random Chinese text (1,000 cases each; the seed and the text are in the
 * failure message): every valid identity, mobile and card number planted — in any of the forms documents write
 * them — is found exactly where it is with its masked form, and nothing else is; look-alikes (credit codes, mistyped
 * identity numbers, impossible birth dates, document and index numbers, dates, amounts, longer digit runs) are never
 * flagged; masking a text leaves nothing to find and keeps its length.
 */
class DetectorPropertyTest {

    static final Screener SCREENER = Screener.builder().discoverExtractors(false)
            .clock(Clock.fixed(PersonalData.TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                    ZoneId.of("Asia/Shanghai")))
            .build();

    static Stream<Long> seeds() {
        return LongStream.range(0, 1000).map(i -> 0x5c4e_0000L + i).boxed();
    }

    record Seen(Detector detector, int offset, int length, String masked) {
    }

    private static void plantedAreExactlyTheFindings(long seed, Detector first) {
        Random r = new Random(seed);
        List<Planted> planted = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        String text = PersonalData.document(r, first, 1 + r.nextInt(4), r.nextInt(4), planted, offsets);
        List<Seen> expected = new ArrayList<>();
        for (int i = 0; i < planted.size(); i++) {
            Planted p = planted.get(i);
            expected.add(new Seen(p.detector(), offsets.get(i), p.written().length(), p.masked()));
        }
        List<Seen> actual = SCREENER.screenText(Screener.BODY, text).findings().stream()
                .map(f -> new Seen(f.detector(), f.location().offset(), f.location().length(), f.maskedValue()))
                .toList();
        assertThat(actual).as("seed %d, text:%n%s", seed, text).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyValidIdentityNumberIsFound(long seed) {
        plantedAreExactlyTheFindings(seed, Detector.ID_NUMBER);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyValidMobileNumberIsFound(long seed) {
        plantedAreExactlyTheFindings(seed ^ 0x1000_0000L, Detector.MOBILE);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyValidCardNumberIsFound(long seed) {
        plantedAreExactlyTheFindings(seed ^ 0x2000_0000L, Detector.BANK_CARD);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void lookAlikesAreNeverFlagged(long seed) {
        Random r = new Random(seed ^ 0x3000_0000L);
        StringBuilder text = new StringBuilder(PersonalData.filler(r, 10));
        // one of each kind the issue names, then random look-alikes with the words around them
        text.append("身份证号码：").append(PersonalData.idWrongCheck(r)).append(PersonalData.gap(r));
        text.append("身份证号码：").append(PersonalData.idImpossibleDate(r)).append(PersonalData.gap(r));
        text.append("统一社会信用代码：").append(PersonalData.uscc(r)).append(PersonalData.gap(r));
        for (int i = 0, n = 3 + r.nextInt(5); i < n; i++) {
            text.append(PersonalData.decoy(r)).append(PersonalData.gap(r));
        }
        ScreeningReport report = SCREENER.screenText(Screener.BODY, text.toString());
        assertThat(report.findings()).as("seed %d, text:%n%s", seed, text).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void identityShapedNumbersWithAWrongCheckOrDateAreNotFlaggedBare(long seed) {
        // bare, without any words around: only the number itself decides
        Random r = new Random(seed ^ 0x4000_0000L);
        String wrongCheck = PersonalData.idWrongCheck(r);
        String wrongDate = PersonalData.idImpossibleDate(r);
        String text = "，" + wrongCheck + "，" + wrongDate + "，" + PersonalData.fullWidth(wrongCheck) + "。";
        assertThat(SCREENER.screenText(Screener.BODY, text).findings()).as("seed %d: %s", seed, text).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void maskingLeavesNothingToFindAndKeepsTheLength(long seed) {
        Random r = new Random(seed ^ 0x5000_0000L);
        List<Planted> planted = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        String text = PersonalData.document(r, 1 + r.nextInt(4), r.nextInt(3), planted, offsets);
        String masked = SCREENER.mask(text);
        assertThat(masked).as("seed %d", seed).hasSameSizeAs(text);
        assertThat(SCREENER.screenText(Screener.BODY, masked).findings()).as("seed %d:%n%s", seed, masked).isEmpty();
        for (int i = 0; i < planted.size(); i++) {
            Planted p = planted.get(i);
            String at = masked.substring(offsets.get(i), offsets.get(i) + p.written().length());
            String expected = switch (p.detector()) {
                case ID_NUMBER -> Masking.idNumber(p.written());
                case MOBILE -> Masking.mobile(p.written());
                default -> Masking.bankCard(p.written());
            };
            assertThat(at).as("seed %d: %s masked", seed, p.written()).isEqualTo(expected).contains("****");
            assertThat(masked).as("seed %d", seed).doesNotContain(p.written()).doesNotContain(p.normalized());
        }
    }
}
