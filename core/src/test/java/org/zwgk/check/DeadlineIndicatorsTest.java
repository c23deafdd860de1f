package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.check.World.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.gate.Disclosure;
import org.zwgk.testing.TestDatabase;

/**
 * ZWGK-8001 (overdue), 8002 (published late) and 8008 (解读 missing or late), each with a store built for it. Dates on
 * the national calendar: formed Monday 2025-03-03, 20 working days → due 2025-03-31; 2025-04-04 is 清明.
 */
class DeadlineIndicatorsTest {

    static final LocalDate FORMED = LocalDate.of(2025, 3, 3);
    static final LocalDate DUE = LocalDate.of(2025, 3, 31);

    /** On H2 and on PostgreSQL: the check reads the same facts on both. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void overdueUntilPublishedThenLateAsOfEachDay(TestDatabase db) {
        World w = new World(db);
        w.at(FORMED).register("doc-1", "DOC-003", "关于春季防火的通知", "全镇各村：……");

        assertThat(of(w.run(DUE), Indicator.OBLIGATION_OVERDUE)).as("due today is not overdue").isEmpty();
        List<Finding> overdue = of(w.run(LocalDate.of(2025, 4, 10)), Indicator.OBLIGATION_OVERDUE);
        assertThat(overdue).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.DEDUCTION);
            assertThat(f.column().id()).isEqualTo("DOC-003");
            assertThat(f.evidence().itemId()).isEqualTo("doc-1");
            assertThat(f.evidence().due()).isEqualTo(DUE);
            // 04-01..04-10 without 清明 (04-04): 7 working days
            assertThat(f.message(Locale.CHINA)).contains("doc-1", "关于春季防火的通知", "2025-03-31", "已逾期 7 个工作日");
            assertThat(f.message(Locale.ENGLISH)).contains("7 working days overdue");
        });

        w.at(LocalDate.of(2025, 4, 15)).publish("doc-1").dispatch();
        // As of 04-10 it was still overdue; from 04-15 on it was public, 10 working days late.
        assertThat(of(w.run(LocalDate.of(2025, 4, 10)), Indicator.OBLIGATION_OVERDUE)).hasSize(1);
        var later = w.run(LocalDate.of(2025, 4, 20));
        assertThat(of(later, Indicator.OBLIGATION_OVERDUE)).isEmpty();
        assertThat(of(later, Indicator.PUBLISHED_LATE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().date()).isEqualTo(LocalDate.of(2025, 4, 15));
            assertThat(f.message(Locale.CHINA)).contains("实际于 2025-04-15 公开", "晚了 10 个工作日");
        });
    }

    @Test
    void publishedInTimeIsNeitherOverdueNorLate() {
        World w = new World(TestDatabase.H2);
        w.at(FORMED).issue("doc-1", "DOC-003", "关于春季防火的通知", "……");
        w.at(DUE.plusDays(1)).register("doc-2", "DOC-003", "关于清明祭扫的通知", "……");
        w.at(DUE.plusDays(3)).publish("doc-2").dispatch(); // formed 04-01, due 04-30: in time
        CheckReport r = w.run(LocalDate.of(2025, 6, 30));
        assertThat(of(r, Indicator.OBLIGATION_OVERDUE)).isEmpty();
        assertThat(of(r, Indicator.PUBLISHED_LATE)).isEmpty();
    }

    @Test
    void aWithheldItemIsNeverOverdue() {
        World w = new World(TestDatabase.H2);
        w.at(FORMED).register("doc-1", "DOC-003", "关于人事调整的请示", "……");
        w.tx(g -> g.classify("doc-1", org.zwgk.classify.Classification.withheld(
                java.util.Set.of(org.zwgk.classify.ExemptionGround.PROCESS_INFORMATION), "请示属过程性信息",
                "拟稿人", "办公室", "签发人", FORMED)));
        assertThat(of(w.run(LocalDate.of(2025, 6, 30)), Indicator.OBLIGATION_OVERDUE)).isEmpty();
    }

    @Test
    void aFiveStageObligationWithoutItsInformationIsOverdueUnderItsMatter() {
        World w = new World(TestDatabase.H2);
        w.at(FORMED).tx(g -> g.enterStage("SX-1", org.zwgk.catalogue.Stage.DECISION, "step-x", FORMED));
        // the test catalogue tags no item with a stage: nothing to be overdue
        assertThat(of(w.run(LocalDate.of(2025, 6, 30)), Indicator.OBLIGATION_OVERDUE)).isEmpty();
    }

    @Test
    void interpretationMissingLateOrInTime() {
        World w = new World(TestDatabase.H2);
        w.at(FORMED).register(policy("p-1", "关于农村宅基地管理的实施意见")).publish("p-1").dispatch();
        w.register(policy("p-2", "关于耕地保护的若干规定")).publish("p-2").dispatch();
        w.register(policy("p-3", "关于村庄规划的实施办法")).publish("p-3").dispatch();
        // 解读 due 3 working days after publication: 2025-03-06
        w.at(LocalDate.of(2025, 3, 4)).tx(g -> g.interpret("p-2", "办公室", "政策解读"));
        w.at(LocalDate.of(2025, 3, 12)).tx(g -> g.interpret("p-3", "办公室", "政策解读"));

        assertThat(of(w.run(LocalDate.of(2025, 3, 6)), Indicator.INTERPRETATION_MISSING)).isEmpty();
        var r = w.run(LocalDate.of(2025, 3, 20));
        List<Finding> found = of(r, Indicator.INTERPRETATION_MISSING);
        assertThat(found).extracting(f -> f.evidence().itemId()).containsExactlyInAnyOrder("p-1", "p-3");
        assertThat(found).filteredOn(f -> f.evidence().itemId().equals("p-1")).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("2025-03-06", "截至 2025-03-20 仍未发布"));
        // 03-07, 03-10, 03-11, 03-12: 4 working days late
        assertThat(found).filteredOn(f -> f.evidence().itemId().equals("p-3")).singleElement()
                .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("实际于 2025-03-12 发布，晚了 4 个工作日"));
        // As of 03-10 p-3 was still missing, not late.
        assertThat(of(w.run(LocalDate.of(2025, 3, 10)), Indicator.INTERPRETATION_MISSING))
                .extracting(f -> f.message(Locale.ENGLISH)).allMatch(m -> m.contains("still missing"));
    }

    static Disclosure policy(String id, String title) {
        return new Disclosure(id, World.BODY_CODE, "DOC-001", title, "正文……", "测试镇人民政府", "测政规〔2025〕1号",
                FORMED, true, List.of(), "step-" + id, null);
    }
}
