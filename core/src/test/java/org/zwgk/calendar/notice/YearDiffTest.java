package org.zwgk.calendar.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.DayKind;

/** What a new year file changes, day by day. */
class YearDiffTest {

    @Test
    void theImportedFileChangesNothingAgainstTheBundledOne() {
        YearDiff d = YearDiff.between("2026.yaml", HolidayNoticesTest.bundled(2026), "new/2026.yaml",
                HolidayNoticesTest.imported(2026).toYamlBytes());
        assertThat(d.changes()).isEmpty();
        assertThat(d.provisional()).isZero();
    }

    @Test
    void aSpecialNoticeShowsAsTheDaysItMoves() {
        byte[] before = HolidayNotices.read(NoticeText.of("2019.txt", HolidayNoticesTest.resource("2019.txt")))
                .toYamlBytes();
        YearDiff d = YearDiff.between("2019-before.yaml", before, "2019.yaml", HolidayNoticesTest.imported(2019).toYamlBytes());
        assertThat(d.changes()).extracting(YearDiff.DayChange::date).containsExactly(LocalDate.of(2019, 4, 28),
                LocalDate.of(2019, 5, 2), LocalDate.of(2019, 5, 3), LocalDate.of(2019, 5, 4), LocalDate.of(2019, 5, 5));
        YearDiff.DayChange may2 = d.changes().get(1);
        assertThat(may2.before().kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(may2.after().kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(may2.after().name()).isEqualTo("劳动节");
        assertThat(d.changes()).filteredOn(YearDiff.DayChange::workingChanged).hasSize(4);
        assertThat(d.workingDaysChange()).isZero(); // two weekdays off, two Sundays worked
    }

    @Test
    void aNewYearTurnsProvisionalWeekendOnlyDaysIntoTheNoticesDays() {
        // the bundled data without 2026, then with the 2026 notice: what a November import does to the next year
        CalendarData.Builder upTo2025 = CalendarData.builder();
        for (int y = 2019; y <= 2025; y++) {
            upTo2025.year(y + ".yaml", HolidayNoticesTest.bundled(y));
        }
        WorkingCalendar before = WorkingCalendar.builder().base(upTo2025.build()).build();
        CalendarData.Builder withNew = CalendarData.builder();
        for (int y = 2019; y <= 2025; y++) {
            withNew.year(y + ".yaml", HolidayNoticesTest.bundled(y));
        }
        withNew.year("2026.yaml", HolidayNoticesTest.imported(2026).toYamlBytes());
        WorkingCalendar after = WorkingCalendar.builder().base(withNew.build()).build();
        YearDiff d = YearDiff.between(before, after, 2026);
        assertThat(d.provisional()).isEqualTo(365);
        assertThat(d.changes()).hasSize(33 + 6); // the 33 rest days of 2026 and its 6 working Saturdays and Sundays
        assertThat(d.workingDaysChange()).isEqualTo(-19 + 6); // 19 of the rest days are Monday to Friday
    }

    @Test
    void filesOfDifferentYearsAreNotCompared() {
        assertThatThrownBy(() -> YearDiff.between("2025.yaml", HolidayNoticesTest.bundled(2025), "2026.yaml",
                HolidayNoticesTest.bundled(2026)))
                .isInstanceOfSatisfying(ZwgkException.class, e -> assertThat(e.errorCode()).isEqualTo(NoticeErrors.DIFF_YEARS));
    }
}
