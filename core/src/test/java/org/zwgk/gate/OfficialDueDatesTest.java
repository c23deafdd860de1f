package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.calendar.WorkingCalendar;

/** The due-date cache of the official calculator answers exactly what an uncached computation answers. */
class OfficialDueDatesTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.national();

    static final List<String> PHRASES = List.of(DueDateCalculator.DEFAULT_PUBLICATION_RULE,
            DueDateCalculator.INTERPRETATION_RULE, "公开事项发生之日起5个工作日内", "制定或获取信息之日起10个工作日内",
            "信息形成或变更之日起3个工作日内", "本级人民代表大会或其常务委员会批准后20日内", "及时公开",
            "信息形成(变更) 20 个工作日内", "尽快看情况", "");

    static LongStream seeds() {
        return LongStream.of(20240927L, 7L, System.nanoTime());
    }

    /** ≥ 1,000 random (start, phrase) pairs per seed, each asked twice, against a fresh uncached computation. */
    @ParameterizedTest
    @MethodSource("seeds")
    void cachedEqualsUncached(long seed) {
        Random rnd = new Random(seed);
        OfficialDueDates cached = new OfficialDueDates(CALENDAR);
        OfficialDueDates reference = new OfficialDueDates(CALENDAR);
        for (int i = 0; i < 1500; i++) {
            // 2018..2031: inside and outside the calendar's coverage (provisional results are cached too).
            LocalDate start = LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(14 * 365));
            String phrase = PHRASES.get(rnd.nextInt(PHRASES.size()));
            for (int ask = 0; ask < 2; ask++) {
                Object expected = outcome(() -> reference.computeUncached(start, phrase));
                Object actual = outcome(() -> cached.compute(start, phrase));
                assertThat(actual).as("seed %d: %s %s (ask %d)", seed, start, phrase, ask).isEqualTo(expected);
            }
        }
        assertThat(cached.cachedEntries()).as("seed %d", seed).isPositive().isLessThanOrEqualTo(OfficialDueDates.MAX_ENTRIES);
    }

    @Test
    void errorsAreNotCachedAndTheCacheIsBounded() {
        OfficialDueDates calc = new OfficialDueDates(CALENDAR);
        Object first = outcome(() -> calc.compute(LocalDate.of(2024, 9, 27), "尽快看情况"));
        Object second = outcome(() -> calc.compute(LocalDate.of(2024, 9, 27), "尽快看情况"));
        assertThat(first).isEqualTo(second).asString().startsWith("error ").contains("ZWGK-21");
        assertThat(calc.cachedEntries()).isZero();
        LocalDate day = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < OfficialDueDates.MAX_ENTRIES + 100; i++) {
            calc.compute(day.plusDays(i), DueDateCalculator.DEFAULT_PUBLICATION_RULE);
            assertThat(calc.cachedEntries()).isLessThanOrEqualTo(OfficialDueDates.MAX_ENTRIES);
        }
        // After starting over it still answers correctly.
        assertThat(calc.compute(LocalDate.of(2024, 9, 27), DueDateCalculator.DEFAULT_PUBLICATION_RULE).due())
                .isEqualTo(LocalDate.of(2024, 10, 30));
    }

    private static Object outcome(java.util.function.Supplier<DueDate> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return "error " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
