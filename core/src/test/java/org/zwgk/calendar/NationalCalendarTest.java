package org.zwgk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwgk.spi.calendar.DayKind;
import org.zwgk.spi.calendar.Provenance;

/**
 * Every day of 2019–2026 against the State Council notices. The expectations come from the literal table below,
 * transcribed from the notices (reference §12), not from the data files under test.
 */
class NationalCalendarTest {

    /** year | festival | rest from..to | 调休上班 days (comma separated, or -). */
    private static final String NOTICES = """
            2019|元旦|2018-12-30..2019-01-01|2018-12-29
            2019|春节|2019-02-04..2019-02-10|2019-02-02,2019-02-03
            2019|清明节|2019-04-05..2019-04-05|-
            2019|劳动节|2019-05-01..2019-05-04|2019-04-28,2019-05-05
            2019|端午节|2019-06-07..2019-06-07|-
            2019|中秋节|2019-09-13..2019-09-13|-
            2019|国庆节|2019-10-01..2019-10-07|2019-09-29,2019-10-12
            2020|元旦|2020-01-01..2020-01-01|-
            2020|春节|2020-01-24..2020-02-02|2020-01-19
            2020|清明节|2020-04-04..2020-04-06|-
            2020|劳动节|2020-05-01..2020-05-05|2020-04-26,2020-05-09
            2020|端午节|2020-06-25..2020-06-27|2020-06-28
            2020|国庆节、中秋节|2020-10-01..2020-10-08|2020-09-27,2020-10-10
            2021|元旦|2021-01-01..2021-01-03|-
            2021|春节|2021-02-11..2021-02-17|2021-02-07,2021-02-20
            2021|清明节|2021-04-03..2021-04-05|-
            2021|劳动节|2021-05-01..2021-05-05|2021-04-25,2021-05-08
            2021|端午节|2021-06-12..2021-06-14|-
            2021|中秋节|2021-09-19..2021-09-21|2021-09-18
            2021|国庆节|2021-10-01..2021-10-07|2021-09-26,2021-10-09
            2022|元旦|2022-01-01..2022-01-03|-
            2022|春节|2022-01-31..2022-02-06|2022-01-29,2022-01-30
            2022|清明节|2022-04-03..2022-04-05|2022-04-02
            2022|劳动节|2022-04-30..2022-05-04|2022-04-24,2022-05-07
            2022|端午节|2022-06-03..2022-06-05|-
            2022|中秋节|2022-09-10..2022-09-12|-
            2022|国庆节|2022-10-01..2022-10-07|2022-10-08,2022-10-09
            2023|元旦|2022-12-31..2023-01-02|-
            2023|春节|2023-01-21..2023-01-27|2023-01-28,2023-01-29
            2023|清明节|2023-04-05..2023-04-05|-
            2023|劳动节|2023-04-29..2023-05-03|2023-04-23,2023-05-06
            2023|端午节|2023-06-22..2023-06-24|2023-06-25
            2023|中秋节、国庆节|2023-09-29..2023-10-06|2023-10-07,2023-10-08
            2024|元旦|2024-01-01..2024-01-01|-
            2024|春节|2024-02-10..2024-02-17|2024-02-04,2024-02-18
            2024|清明节|2024-04-04..2024-04-06|2024-04-07
            2024|劳动节|2024-05-01..2024-05-05|2024-04-28,2024-05-11
            2024|端午节|2024-06-10..2024-06-10|-
            2024|中秋节|2024-09-15..2024-09-17|2024-09-14
            2024|国庆节|2024-10-01..2024-10-07|2024-09-29,2024-10-12
            2025|元旦|2025-01-01..2025-01-01|-
            2025|春节|2025-01-28..2025-02-04|2025-01-26,2025-02-08
            2025|清明节|2025-04-04..2025-04-06|-
            2025|劳动节|2025-05-01..2025-05-05|2025-04-27
            2025|端午节|2025-05-31..2025-06-02|-
            2025|国庆节、中秋节|2025-10-01..2025-10-08|2025-09-28,2025-10-11
            2026|元旦|2026-01-01..2026-01-03|2026-01-04
            2026|春节|2026-02-15..2026-02-23|2026-02-14,2026-02-28
            2026|清明节|2026-04-04..2026-04-06|-
            2026|劳动节|2026-05-01..2026-05-05|2026-05-09
            2026|端午节|2026-06-19..2026-06-21|-
            2026|中秋节|2026-09-25..2026-09-27|-
            2026|国庆节|2026-10-01..2026-10-07|2026-09-20,2026-10-10
            """;

    private record Expected(DayKind kind, String name) {
    }

    private static Map<LocalDate, Expected> table() {
        Map<LocalDate, Expected> m = new HashMap<>();
        for (String line : NOTICES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            String[] range = f[2].split("\\.\\.");
            for (LocalDate d = LocalDate.parse(range[0]); !d.isAfter(LocalDate.parse(range[1])); d = d.plusDays(1)) {
                m.put(d, new Expected(DayKind.HOLIDAY, f[1]));
            }
            if (!f[3].equals("-")) {
                for (String w : f[3].split(",")) {
                    m.put(LocalDate.parse(w), new Expected(DayKind.ADJUSTED_WORKDAY, f[1]));
                }
            }
        }
        return m;
    }

    private static final WorkingCalendar CAL = WorkingCalendar.builder().base(CalendarData.builtInOnly()).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyDayOfTheYearHasTheKindTheNoticeGivesIt(int year) {
        Map<LocalDate, Expected> table = table();
        int days = 0;
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            Expected e = table.get(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            DayKind kind = e != null ? e.kind() : weekend ? DayKind.WEEKEND : DayKind.WORKDAY;
            CalendarDay day = CAL.day(d);
            assertThat(day.kind()).as("%s", d).isEqualTo(kind);
            assertThat(day.name()).as("%s", d).isEqualTo(e == null ? "" : e.name());
            assertThat(day.covered()).as("%s", d).isTrue();
            assertThat(CAL.isWorkingDay(d)).as("%s", d).isEqualTo(kind.isWorking());
            days++;
            if (kind.isWorking()) {
                working++;
            }
        }
        assertThat(days).isEqualTo(LocalDate.of(year, 12, 31).getDayOfYear());
        // the O(1) count agrees with the day-by-day enumeration
        assertThat(CAL.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
                .isEqualTo(working);
    }

    @Test
    void knownWorkingDayTotals() {
        // Counted by hand from the notices: 2024 = 262 weekdays - 19 weekday rest days + 8 调休上班 = 251;
        // 2025 = 261 - 18 + 5 = 248.
        assertThat(CAL.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31))).isEqualTo(251);
        assertThat(CAL.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
    }

    @Test
    void springFestivalExtension2020CancelledTheSaturdayMakeUpDay() {
        assertThat(CAL.dayKind(LocalDate.of(2020, 2, 1))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CAL.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.of(2020, 2, 2))).isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(CAL.nextWorkingDay(LocalDate.of(2020, 1, 23))).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @Test
    void labourDay2019Revision() {
        assertThat(CAL.dayKind(LocalDate.of(2019, 5, 2))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CAL.dayKind(LocalDate.of(2019, 5, 5))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(CAL.dayKind(LocalDate.of(2019, 4, 28))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    }

    @Test
    void decemberDaysOfTheNextNoticeAreKnownButNotCovered() {
        CalendarDay d = CAL.day(LocalDate.of(2018, 12, 29));
        assertThat(d.kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(d.name()).isEqualTo("元旦");
        assertThat(d.covered()).isFalse();
        assertThat(CAL.dayKind(LocalDate.of(2018, 12, 31))).isEqualTo(DayKind.HOLIDAY);
        assertThat(CAL.coverageStart()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(CAL.coverageEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void provenanceNamesEveryNoticeAndRevision() {
        assertThat(CAL.provenance()).extracting(Provenance::year)
                .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(CAL.provenance()).allSatisfy(p -> {
            assertThat(p.title()).startsWith("国务院办公厅关于" + p.year() + "年部分节假日安排的通知");
            assertThat(p.notice().getHost()).isEqualTo("www.gov.cn");
        });
        assertThat(CAL.provenance().get(0).revisions()).extracting(Object::toString)
                .containsExactly("http://www.gov.cn/zhengce/zhengceku/2019-03/22/content_5375877.htm");
        assertThat(CAL.provenance().get(1).revisions()).extracting(Object::toString)
                .containsExactly("http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm");
        assertThat(CAL.version()).matches("cn-national@2019\\.\\.2026#[0-9a-f]{8}");
    }

    @Test
    void nationalIsSharedAndEqualToBuiltInWithoutUserFiles() {
        assertThat(WorkingCalendar.national()).isSameAs(WorkingCalendar.national());
        assertThat(WorkingCalendar.national().version()).isEqualTo(CAL.version());
    }
}
