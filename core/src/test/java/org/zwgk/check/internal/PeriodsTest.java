package org.zwgk.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.timelimit.TimeLimitParser;
import org.zwgk.timelimit.TimeLimitRule;

/** The publication slots of periodic catalogue phrases (reference §5 D), as an example table. */
class PeriodsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            按月进行公开                  | 2025-01-01 | 2025-04-15 | 2025-01:2025-01-01..2025-01-31 2025-02:2025-02-01..2025-02-28 2025-03:2025-03-01..2025-03-31
            按季度进行公开                | 2025-01-01 | 2025-10-01 | 2025-Q1:2025-01-01..2025-03-31 2025-Q2:2025-04-01..2025-06-30 2025-Q3:2025-07-01..2025-09-30
            每季度的首个月20日            | 2025-01-01 | 2025-07-25 | 2025-Q2:2025-01-21..2025-04-20 2025-Q3:2025-04-21..2025-07-20
            每月5日和20日                 | 2025-02-21 | 2025-04-10 | 2025-03-05:2025-02-21..2025-03-05 2025-03-20:2025-03-06..2025-03-20 2025-04-05:2025-03-21..2025-04-05
            每月5日和20日                 | 2025-03-01 | 2025-04-10 | 2025-03-20:2025-03-06..2025-03-20 2025-04-05:2025-03-21..2025-04-05
            按年度进行公开，每年初公开一次 | 2025-01-01 | 2026-02-01 | 2025:2025-01-01..2025-01-31 2026:2026-01-01..2026-01-31
            每年1月31日前                 | 2024-02-01 | 2026-02-01 | 2025:2024-02-01..2025-01-31 2026:2025-02-01..2026-01-31
            按月进行公开                  | 2025-01-02 | 2025-02-28 | 
            """)
    void slots(String phrase, LocalDate from, LocalDate asOf, String expected) {
        TimeLimitRule.Periodic rule = (TimeLimitRule.Periodic) new TimeLimitParser().parseRule(phrase);
        String got = String.join(" ", Periods.slots(rule, from, asOf).stream()
                .map(s -> s.label() + ":" + s.start() + ".." + s.due()).toList());
        assertThat(got).isEqualTo(expected == null ? "" : expected);
    }

    /**
     * As the column check asks: slots that fell due in the year before the day ({@code dueFrom} = a year back) and
     * began after zwgk knew the store ({@code knownSince}). A year-long slot is judged all the following year — found
     * by a review: with one bound, a yearly slot was judged only on the day its start was exactly a year back.
     */
    @ParameterizedTest(name = "{0} as of {3}")
    @CsvSource(delimiter = '|', textBlock = """
            按年度进行公开 | 2024-01-01 | 2024-12-31 | 2025-12-31 | 2024:2024-01-01..2024-12-31
            按年度进行公开 | 2024-01-01 | 2025-03-31 | 2026-03-31 | 2025:2025-01-01..2025-12-31
            按年度进行公开 | 2024-03-01 | 2024-12-31 | 2025-12-31 |
            每年1月31日前  | 2024-01-01 | 2025-03-31 | 2026-03-31 | 2026:2025-02-01..2026-01-31
            每年1月31日前  | 2024-01-01 | 2024-12-31 | 2025-12-31 | 2025:2024-02-01..2025-01-31
            按月进行公开   | 2025-01-01 | 2025-03-15 | 2026-03-15 | 2025-03:2025-03-01..2025-03-31 2025-04:2025-04-01..2025-04-30 2025-05:2025-05-01..2025-05-31 2025-06:2025-06-01..2025-06-30 2025-07:2025-07-01..2025-07-31 2025-08:2025-08-01..2025-08-31 2025-09:2025-09-01..2025-09-30 2025-10:2025-10-01..2025-10-31 2025-11:2025-11-01..2025-11-30 2025-12:2025-12-01..2025-12-31 2026-01:2026-01-01..2026-01-31 2026-02:2026-02-01..2026-02-28
            """)
    void slotsAsTheColumnCheckAsks(String phrase, LocalDate knownSince, LocalDate dueFrom, LocalDate asOf,
                                   String expected) {
        TimeLimitRule.Periodic rule = (TimeLimitRule.Periodic) new TimeLimitParser().parseRule(phrase);
        String got = String.join(" ", Periods.slots(rule, knownSince, dueFrom, asOf).stream()
                .map(s -> s.label() + ":" + s.start() + ".." + s.due()).toList());
        assertThat(got).isEqualTo(expected == null ? "" : expected);
    }
}
