package org.zwgk.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.check.PersonalDataDetector;

/** The built-in detector: identity numbers (GB 11643) and mobile numbers, by example and over seeded random data. */
class BuiltInDetectorTest {

    final PersonalDataDetector d = new BuiltInDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            张三 350524196803120029 低保                 | 350524********0029
            身份证号：11010519491231002X。               | 110105********002X
            联系电话 13859001234                         | 138****1234
            电话：138-5900-1234                          | 138-****-1234
            +86 138 5900 1234                            | 138 **** 1234
            """)
    void finds(String text, String masked) {
        assertThat(d.find(text)).extracting(PersonalDataDetector.Match::masked).containsExactly(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            masked id 350524********0029
            masked phone 138****1234
            wrong check character 350524196803120027
            no such date 350524196802300027
            credit code 91350524MA0000000X
            19 digits 3505241968031200291
            index number 01432281X/2025-00001
            landline 0595-23000000
            twelve digits 138590012345
            date 20250131 and amount 13900000000.00元
            """)
    void ignores(String text) {
        assertThat(d.find(text)).isEmpty();
    }

    /** 1,000 seeded random identity numbers with real dates and check characters are found, masked. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyValidIdentityNumberIsFoundAndOnlyMasked(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 50; k++) {
            String id = randomId(r);
            String text = "名单：" + id + "，" + (r.nextBoolean() ? "男" : "女");
            List<PersonalDataDetector.Match> m = d.find(text);
            assertThat(m).as("seed %d: %s", seed, id).singleElement().satisfies(x -> {
                assertThat(x.masked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
                assertThat(x.toString()).doesNotContain(id);
            });
            // one wrong check character: never taken for a number
            char wrong = "0123456789X".charAt((("0123456789X".indexOf(id.charAt(17))) + 1 + r.nextInt(10)) % 11);
            assertThat(d.find(id.substring(0, 17) + wrong)).as("seed %d", seed).isEmpty();
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 20).map(i -> 0x5EED_0000L + i).boxed();
    }

    static String randomId(Random r) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(30_000));
        String s = (100000 + r.nextInt(800000)) + birth.toString().replace("-", "")
                + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * w[i];
        }
        return s + "10X98765432".charAt(sum % 11);
    }

    @Test
    void findsSeveralInOrder() {
        assertThat(d.find("甲 13859001234；乙 350524196803120029"))
                .extracting(PersonalDataDetector.Match::offset).isSorted().hasSize(2);
    }
}
