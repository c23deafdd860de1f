package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.check.World.of;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.testing.TestDatabase;

/**
 * ZWGK-8003–8007: the columns of the test catalogue's website items — DOC-001 (normative documents), DOC-002
 * (monthly statistics, 按月进行公开), DOC-003 (notices), DOC-006 (yearly plan, 每年初). DOC-004 (on request) and
 * DOC-005 (notice boards only) are not website columns and are never reported.
 */
class ColumnIndicatorsTest {

    @Test
    void aMonthWithoutPublicationOfAMonthlyItemIsReportedAndOnlyThatMonth() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 1, 2)).issue("n-1", "DOC-003", "通知", "……");
        w.at(LocalDate.of(2025, 2, 10)).issue("s-2", "DOC-002", "2025年1月统计数据", "……");
        w.at(LocalDate.of(2025, 4, 10)).issue("s-4", "DOC-002", "2025年3月统计数据", "……");
        CheckReport r = w.run(LocalDate.of(2025, 5, 10));
        // January began before zwgk's first record (01-02); February and April were published; May has not ended.
        assertThat(of(r, Indicator.PERIOD_NOT_UPDATED)).singleElement().satisfies(f -> {
            assertThat(f.column().id()).isEqualTo("DOC-002");
            assertThat(f.evidence().period()).isEqualTo("2025-03");
            assertThat(f.evidence().due()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(f.message(Locale.CHINA)).contains("DOC-002", "统计信息/月度统计", "按月进行公开", "2025-03");
        });
        w.at(LocalDate.of(2025, 5, 12)).issue("s-5", "DOC-002", "2025年4月统计数据", "……");
        assertThat(of(w.run(LocalDate.of(2025, 6, 1)), Indicator.PERIOD_NOT_UPDATED))
                .as("May was published; March stays missed").extracting(f -> f.evidence().period())
                .containsExactly("2025-03");
    }

    @Test
    void aYearlyItemMissesItsYearStartAndIsNeverStale() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 1, 2)).issue("n-1", "DOC-003", "通知", "……");
        w.at(LocalDate.of(2025, 1, 10)).issue("y-1", "DOC-006", "2025年工作要点", "……");
        CheckReport summer = w.run(LocalDate.of(2025, 8, 20));
        assertThat(of(summer, Indicator.COLUMN_NOT_UPDATED)).extracting(f -> f.column().id()).containsExactly("DOC-003");
        assertThat(of(summer, Indicator.PERIOD_NOT_UPDATED)).as("the monthly DOC-002 never published")
                .isNotEmpty().allMatch(f -> f.column().id().equals("DOC-002"));
        // 2026 began without its 工作要点 (due by the end of January)
        assertThat(of(w.run(LocalDate.of(2026, 2, 2)), Indicator.PERIOD_NOT_UPDATED))
                .filteredOn(f -> f.column().id().equals("DOC-006")).singleElement()
                .satisfies(f -> assertThat(f.evidence().period()).isEqualTo("2026"));
    }

    @Test
    void blankColumnsEachADeductionAndAVetoOverTheThreshold() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 3, 3)).issue("n-1", "DOC-003", "通知", "……");
        w.issue("s-1", "DOC-002", "统计", "……");
        w.issue("d-1", "DOC-001", "规范性文件", "……");
        w.at(LocalDate.of(2025, 3, 10)).tx(g -> g.withdraw("d-1", "已废止", "签发人")).dispatch();
        CheckReport r = w.run(LocalDate.of(2025, 3, 20));
        // DOC-001's only item was withdrawn: the column shows nothing again. DOC-006 never had anything.
        assertThat(of(r, Indicator.COLUMN_BLANK)).extracting(f -> f.column().id())
                .containsExactlyInAnyOrder("DOC-001", "DOC-006");
        assertThat(of(r, Indicator.COLUMN_BLANK)).allMatch(f -> f.severity() == Severity.DEDUCTION);
        assertThat(of(r, Indicator.COLUMNS_BLANK_VETO)).as("2 blank columns: not more than 5").isEmpty();

        CheckReport strict = w.check(LocalDate.of(2025, 3, 20))
                .settings(CheckSettings.DEFAULTS.withBlankColumnsVeto(1)).build().run();
        assertThat(of(strict, Indicator.COLUMNS_BLANK_VETO)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VETO);
            assertThat(f.evidence().count()).isEqualTo(2);
            assertThat(f.message(Locale.CHINA)).contains("空白栏目 2 个", "超过 1 个即单项否决", "DOC-001", "DOC-006");
        });
        assertThat(strict.findings().get(0).indicator()).as("veto first").isEqualTo(Indicator.COLUMNS_BLANK_VETO);
    }

    @Test
    void columnsNotUpdatedForSixMonthsAreNoticesAndAVetoOverTheThreshold() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 1, 6)).issue("d-1", "DOC-001", "规范性文件", "……");
        w.issue("n-1", "DOC-003", "通知", "……");
        w.issue("y-1", "DOC-006", "工作要点", "……");
        w.at(LocalDate.of(2025, 6, 2)).issue("n-2", "DOC-003", "通知二", "……");
        CheckReport before = w.run(LocalDate.of(2025, 7, 5));
        assertThat(of(before, Indicator.COLUMN_NOT_UPDATED)).isEmpty();
        CheckReport r = w.run(LocalDate.of(2025, 7, 10));
        // DOC-001 last updated 01-06, more than 6 months before 07-10; DOC-003 updated in June; DOC-006 is yearly.
        assertThat(of(r, Indicator.COLUMN_NOT_UPDATED)).singleElement().satisfies(f -> {
            assertThat(f.column().id()).isEqualTo("DOC-001");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.evidence().date()).isEqualTo(LocalDate.of(2025, 1, 6));
        });
        assertThat(of(r, Indicator.COLUMNS_NOT_UPDATED_VETO)).isEmpty();
        CheckReport strict = w.check(LocalDate.of(2025, 7, 10))
                .settings(CheckSettings.DEFAULTS.withStaleColumnsVeto(0)).build().run();
        assertThat(of(strict, Indicator.COLUMNS_NOT_UPDATED_VETO)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VETO));
    }

    @Test
    void withoutACatalogueTheColumnIndicatorsAreSkippedAndSaidSo() {
        World w = new World(TestDatabase.H2);
        w.at(LocalDate.of(2025, 3, 3)).issue("n-1", "DOC-003", "通知", "……");
        CheckReport r = SelfCheck.builder().store(w.zwgk.store()).asOf(LocalDate.of(2025, 12, 1)).build().run();
        assertThat(r.findings()).noneMatch(f -> f.indicator().scope() == Indicator.Scope.CATALOGUE);
        assertThat(r.skipped()).extracting(CheckReport.Skipped::indicator).contains(Indicator.COLUMN_BLANK,
                Indicator.PERIOD_NOT_UPDATED, Indicator.COLUMNS_BLANK_VETO, Indicator.BROKEN_LINK);
        assertThat(r.checked()).doesNotContain(Indicator.COLUMN_BLANK).contains(Indicator.OBLIGATION_OVERDUE);
        assertThat(r.skipped()).filteredOn(s -> s.indicator() == Indicator.COLUMN_BLANK).singleElement()
                .satisfies(s -> assertThat(s.reason().zh()).contains("--catalogue"));
    }
}
