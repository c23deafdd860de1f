package org.zwgk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.report.ReportFixtures.app;
import static org.zwgk.report.ReportFixtures.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Application;
import org.zwgk.request.Decision;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.request.NotProcessedReason;
import org.zwgk.request.PeriodLocks;
import org.zwgk.request.ReplyType;
import org.zwgk.spi.ZwgkException;

class AnnualReportTest {

    static Stream<Arguments> outcomeRows() {
        return Stream.of(
                Arguments.of(Decision.of(ReplyType.ALREADY_PUBLIC), Section3Row.DISCLOSED),
                Arguments.of(Decision.of(ReplyType.DISCLOSED), Section3Row.DISCLOSED),
                Arguments.of(Decision.partial("r", org.zwgk.classify.PublicVersion.of("申请公开的信息", "（删除个人信息后的文本）", java.util.List.of(new org.zwgk.classify.Redaction("姓名、身份证号码", org.zwgk.classify.ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私", org.zwgk.classify.RedactionCategory.PERSONAL_DATA, "第2页第3段"))), ExemptionGround.STATE_SECRET),
                        Section3Row.PARTIALLY_DISCLOSED),
                Arguments.of(Decision.of(ReplyType.NOT_EXIST), Section3Row.UNABLE_NOT_HELD),
                Arguments.of(Decision.notResponsible("某局"), Section3Row.UNABLE_NOT_HELD),
                Arguments.of(Decision.of(ReplyType.REPEAT_REQUEST), Section3Row.NOT_PROCESSED_REPEAT),
                Arguments.of(Decision.of(ReplyType.SPECIAL_ACCESS_LAW), Section3Row.OTHER_OTHER),
                Arguments.of(Decision.of(NotProcessedReason.ABANDONED_NO_CORRECTION), Section3Row.OTHER_NO_CORRECTION),
                Arguments.of(Decision.of(NotProcessedReason.STILL_UNCLEAR_AFTER_CORRECTION),
                        Section3Row.UNABLE_STILL_UNCLEAR),
                Arguments.of(Decision.of(NotProcessedReason.EXCESSIVE_REQUESTS), Section3Row.NOT_PROCESSED_EXCESSIVE),
                Arguments.of(Decision.of(NotProcessedReason.REQUIRES_PROCESSING),
                        Section3Row.UNABLE_REQUIRES_PROCESSING),
                Arguments.of(Decision.of(NotProcessedReason.PETITION_OR_COMPLAINT), Section3Row.NOT_PROCESSED_PETITION),
                Arguments.of(Decision.of(NotProcessedReason.PUBLIC_PUBLICATION), Section3Row.NOT_PROCESSED_PUBLICATION),
                Arguments.of(Decision.of(NotProcessedReason.CONFIRM_OR_REISSUE),
                        Section3Row.NOT_PROCESSED_CONFIRM_OR_REISSUE),
                Arguments.of(Decision.of(NotProcessedReason.FEE_NOT_PAID), Section3Row.OTHER_FEE_NOT_PAID),
                // refusals follow the primary ground, rows （三）1–8 in order
                Arguments.of(refusal(ExemptionGround.STATE_SECRET), Section3Row.WITHHELD_STATE_SECRET),
                Arguments.of(refusal(ExemptionGround.LAW_PROHIBITS), Section3Row.WITHHELD_LAW_PROHIBITS),
                Arguments.of(refusal(ExemptionGround.THREE_SECURITIES_ONE_STABILITY),
                        Section3Row.WITHHELD_THREE_SECURITIES_ONE_STABILITY),
                Arguments.of(refusal(ExemptionGround.THIRD_PARTY_RIGHTS), Section3Row.WITHHELD_THIRD_PARTY_RIGHTS),
                Arguments.of(refusal(ExemptionGround.INTERNAL_AFFAIRS), Section3Row.WITHHELD_INTERNAL_AFFAIRS),
                Arguments.of(refusal(ExemptionGround.PROCESS_INFORMATION), Section3Row.WITHHELD_PROCESS_INFORMATION),
                Arguments.of(refusal(ExemptionGround.ENFORCEMENT_CASE_FILE),
                        Section3Row.WITHHELD_ENFORCEMENT_CASE_FILE),
                Arguments.of(refusal(ExemptionGround.ADMINISTRATIVE_QUERY),
                        Section3Row.WITHHELD_ADMINISTRATIVE_QUERY),
                Arguments.of(Decision.withheld(ReplyType.NOT_DISCLOSED, "r", ExemptionGround.INTERNAL_AFFAIRS,
                        ExemptionGround.STATE_SECRET), Section3Row.WITHHELD_INTERNAL_AFFAIRS));
    }

    private static Decision refusal(ExemptionGround g) {
        return Decision.withheld(ReplyType.NOT_DISCLOSED, "依法不予公开", g);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("outcomeRows")
    void everyOutcomeLandsInItsRow(Decision decision, Section3Row expected) {
        Application a = app(ApplicantType.LEGAL_SERVICE_ORGANISATION, "2024-03-01", "2024-03-20", decision);
        ApplicationFigures f = AnnualReports.compute(input(2024, List.of(a), null), ReportFixtures.CLOCK)
                .applications();
        for (Section3Row r : Section3Row.values()) {
            int expectedCount = r == expected || r == Section3Row.NEW_THIS_YEAR || r == Section3Row.RESULT_TOTAL ? 1 : 0;
            assertThat(f.get(r).legalServiceOrganisation()).as("%s in row %s", decision.code(), r)
                    .isEqualTo(expectedCount);
            assertThat(f.get(r).total()).as("total of %s", r).isEqualTo(expectedCount);
        }
    }

    @Test
    void everyOutcomeCodeHasARow() {
        for (ReplyType t : ReplyType.values()) {
            if (!t.requiresGrounds()) {
                assertThat(RowMapping.defaults().rowOf(t == ReplyType.NOT_RESPONSIBLE
                        ? Decision.notResponsible("") : Decision.of(t))).as(t.name()).isNotNull();
            }
        }
        for (NotProcessedReason n : NotProcessedReason.values()) {
            assertThat(RowMapping.defaults().rowOf(Decision.of(n))).as(n.name()).isNotNull();
        }
    }

    @Test
    void countsByColumnAndCarriesOverAcrossYears() {
        List<Application> apps = List.of(
                // received 2023, decided 2024 → 二 and 三 in 2024
                app(ApplicantType.NATURAL_PERSON, "2023-12-20", "2024-01-15", Decision.of(ReplyType.DISCLOSED)),
                // received 2023, decided 2023 → not in 2024 at all
                app(ApplicantType.NATURAL_PERSON, "2023-11-01", "2023-11-20", Decision.of(ReplyType.DISCLOSED)),
                // received 2023, still open → 二 and 四
                app(ApplicantType.RESEARCH_INSTITUTION, "2023-12-28", null, null),
                // received 2024, decided 2025 → 一 and 四
                app(ApplicantType.COMMERCIAL_ENTERPRISE, "2024-12-16", "2025-01-08", Decision.of(ReplyType.NOT_EXIST)),
                app(ApplicantType.COMMERCIAL_ENTERPRISE, "2024-05-06", "2024-05-20",
                        refusal(ExemptionGround.PROCESS_INFORMATION)),
                app(ApplicantType.PUBLIC_INTEREST_ORGANISATION, "2024-07-01", "2024-07-02",
                        Decision.of(ReplyType.ALREADY_PUBLIC)),
                app(ApplicantType.OTHER_ORGANISATION, "2024-08-01", "2024-08-09",
                        Decision.of(NotProcessedReason.PETITION_OR_COMPLAINT)),
                // another body's application is ignored
                app("另一机关", ApplicantType.NATURAL_PERSON, "2024-02-01", "2024-02-02",
                        Decision.of(ReplyType.DISCLOSED)));
        AnnualReport r = AnnualReports.compute(input(2024, apps, null), ReportFixtures.CLOCK);
        ApplicationFigures f = r.applications();
        assertThat(f.get(Section3Row.NEW_THIS_YEAR)).isEqualTo(Counts.of(0, 2, 0, 1, 0, 1));
        assertThat(f.get(Section3Row.CARRIED_FROM_LAST_YEAR)).isEqualTo(Counts.of(1, 0, 1, 0, 0, 0));
        assertThat(f.get(Section3Row.DISCLOSED)).isEqualTo(Counts.of(1, 0, 0, 1, 0, 0));
        assertThat(f.get(Section3Row.WITHHELD_PROCESS_INFORMATION)).isEqualTo(Counts.of(0, 1, 0, 0, 0, 0));
        assertThat(f.get(Section3Row.NOT_PROCESSED_PETITION)).isEqualTo(Counts.of(0, 0, 0, 0, 0, 1));
        assertThat(f.get(Section3Row.RESULT_TOTAL)).isEqualTo(Counts.of(1, 1, 0, 1, 0, 1));
        assertThat(f.get(Section3Row.CARRIED_TO_NEXT_YEAR)).isEqualTo(Counts.of(0, 1, 1, 0, 0, 0));
        assertThat(f.get(Section3Row.RESULT_TOTAL).total()).isEqualTo(4);

        // the 2025 report carries over exactly what 2024 handed on
        AnnualReport next = AnnualReports.compute(input(2025, apps, f.get(Section3Row.CARRIED_TO_NEXT_YEAR)),
                ReportFixtures.CLOCK);
        assertThat(next.applications().get(Section3Row.CARRIED_FROM_LAST_YEAR))
                .isEqualTo(f.get(Section3Row.CARRIED_TO_NEXT_YEAR));
        assertThat(next.applications().get(Section3Row.UNABLE_NOT_HELD)).isEqualTo(Counts.of(0, 1, 0, 0, 0, 0));
    }

    @Test
    void reconciliationFailsLoudlyNamingColumnAndNumbers() {
        List<Application> apps = List.of(
                app(ApplicantType.RESEARCH_INSTITUTION, "2023-12-28", "2024-01-05", Decision.of(ReplyType.DISCLOSED)));
        // last year's issued report said two research-institution applications were carried over; records show one
        Counts lastYear = Counts.of(0, 0, 2, 0, 0, 0);
        assertThatThrownBy(() -> AnnualReports.compute(input(2024, apps, lastYear), ReportFixtures.CLOCK))
                .isInstanceOf(ZwgkException.class)
                .hasMessageStartingWith("ZWGK-6101")
                .hasMessageContaining("科研机构")
                .hasMessageContaining("一（0）+ 二（2）= 2")
                .hasMessageContaining("三（七）总计（1）+ 四（0）= 1");
        // and it passes with the right figure
        assertThat(AnnualReports.compute(input(2024, apps, Counts.of(0, 0, 1, 0, 0, 0)), ReportFixtures.CLOCK)
                .applications().get(Section3Row.RESULT_TOTAL).researchInstitution()).isEqualTo(1);
    }

    @Test
    void tablesThatDoNotAddUpCannotBeBuilt() {
        List<ApplicationFigures.Row> rows = new ArrayList<>();
        for (Section3Row r : Section3Row.values()) {
            Counts c = switch (r) {
                case NEW_THIS_YEAR -> Counts.of(3, 0, 0, 0, 0, 0);
                case DISCLOSED, RESULT_TOTAL -> Counts.of(2, 0, 0, 0, 0, 0);
                default -> Counts.ZERO;
            };
            rows.add(new ApplicationFigures.Row(r, c));
        }
        assertThatThrownBy(() -> new ApplicationFigures(rows)).hasMessageStartingWith("ZWGK-6101")
                .hasMessageContaining("自然人");
        rows.set(Section3Row.RESULT_TOTAL.ordinal(),
                new ApplicationFigures.Row(Section3Row.RESULT_TOTAL, Counts.of(3, 0, 0, 0, 0, 0)));
        assertThatThrownBy(() -> new ApplicationFigures(rows)).hasMessageStartingWith("ZWGK-6105");
        assertThatThrownBy(() -> new ApplicationFigures(rows.subList(0, 5))).hasMessageStartingWith("ZWGK-6107");
        assertThatThrownBy(() -> new Counts(1, 0, 0, 0, 0, 0, 2)).hasMessageStartingWith("ZWGK-6105");
        assertThatThrownBy(() -> Counts.of(-1, 0, 0, 0, 0, 0)).hasMessageStartingWith("ZWGK-6102");
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 1000).mapToObj(i -> 0xA11_0000L + i);
    }

    /** Property: any set of records yields a report that reconciles, and next year's 二 equals this year's 四. */
    @ParameterizedTest
    @MethodSource("seeds")
    void anyRecordsReconcile(long seed) {
        Random rnd = new Random(seed);
        List<Decision> decisions = outcomeRows().map(a -> (Decision) a.get()[0]).toList();
        List<Application> apps = new ArrayList<>();
        int n = rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            LocalDate received = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(3 * 365));
            boolean decided = rnd.nextInt(5) > 0;
            String decidedOn = decided ? received.plusDays(1 + rnd.nextInt(60)).toString() : null;
            apps.add(app(ApplicantType.values()[rnd.nextInt(6)], received.toString(), decidedOn,
                    decided ? decisions.get(rnd.nextInt(decisions.size())) : null));
        }
        AnnualReport y2024 = AnnualReports.compute(input(2024, apps, null), ReportFixtures.CLOCK);
        AnnualReport y2025 = AnnualReports.compute(
                input(2025, apps, y2024.applications().get(Section3Row.CARRIED_TO_NEXT_YEAR)), ReportFixtures.CLOCK);
        long received2024 = apps.stream().filter(a -> a.receivedOn().getYear() == 2024).count();
        assertThat(y2024.applications().get(Section3Row.NEW_THIS_YEAR).total()).as("seed %d", seed)
                .isEqualTo((int) received2024);
        assertThat(y2025.applications().get(Section3Row.CARRIED_FROM_LAST_YEAR)).as("seed %d", seed)
                .isEqualTo(y2024.applications().get(Section3Row.CARRIED_TO_NEXT_YEAR));
    }

    @Test
    void issuingLocksTheYearOnce() {
        PeriodLocks locks = PeriodLocks.inMemory();
        AnnualReport r = AnnualReports.compute(input(2024, List.of(), null), ReportFixtures.CLOCK);
        assertThatThrownBy(() -> AnnualReports.issue(r, locks, LocalDate.of(2024, 12, 31)))
                .hasMessageStartingWith("ZWGK-6106");
        AnnualReports.issue(r, locks, LocalDate.of(2025, 1, 20));
        assertThat(locks.isLocked(ReportFixtures.BODY, 2024)).isTrue();
        assertThat(locks.isLocked(ReportFixtures.BODY, 2025)).isFalse();
        assertThatThrownBy(() -> AnnualReports.issue(r, locks, LocalDate.of(2025, 1, 21)))
                .hasMessageStartingWith("ZWGK-6103").hasMessageContaining("2025-01-20");
    }

    @Test
    void hostFiguresAreValidated() {
        assertThatThrownBy(() -> new ProactiveDisclosureFigures.DocumentCounts(-1, 0, 0))
                .hasMessageStartingWith("ZWGK-6102");
        assertThatThrownBy(() -> new ProactiveDisclosureFigures(ProactiveDisclosureFigures.NONE.rules(),
                ProactiveDisclosureFigures.NONE.rules(), 0, 0, 0, new BigDecimal("-0.5")))
                .hasMessageStartingWith("ZWGK-6102");
        assertThatThrownBy(() -> new ReviewLitigationFigures.Results(1, 1, 0, 0, 3))
                .hasMessageStartingWith("ZWGK-6105");
    }

    @Test
    void sectionTwoIsCountedFromDisclosureRecords() {
        LocalDate y2023 = LocalDate.of(2023, 6, 1);
        List<DisclosedItem> items = List.of(
                DisclosedItem.document(DisclosedItem.Kind.RULE, y2023, null),                         // in force
                DisclosedItem.document(DisclosedItem.Kind.RULE, LocalDate.of(2024, 3, 1), null),      // issued
                DisclosedItem.document(DisclosedItem.Kind.NORMATIVE_DOCUMENT, y2023,
                        LocalDate.of(2024, 7, 1)),                                                     // repealed
                DisclosedItem.document(DisclosedItem.Kind.NORMATIVE_DOCUMENT, LocalDate.of(2024, 2, 1),
                        LocalDate.of(2025, 2, 1)),                                                     // issued, in force
                DisclosedItem.document(DisclosedItem.Kind.NORMATIVE_DOCUMENT, LocalDate.of(2025, 1, 5), null),
                DisclosedItem.decision(DisclosedItem.Kind.LICENSING_DECISION, LocalDate.of(2024, 5, 5)),
                DisclosedItem.decision(DisclosedItem.Kind.LICENSING_DECISION, LocalDate.of(2023, 12, 31)),
                DisclosedItem.decision(DisclosedItem.Kind.PENALTY_DECISION, LocalDate.of(2024, 12, 31)),
                DisclosedItem.decision(DisclosedItem.Kind.COERCION_DECISION, LocalDate.of(2024, 1, 1)),
                DisclosedItem.fee(LocalDate.of(2024, 4, 1), new BigDecimal("1.10")),
                DisclosedItem.fee(LocalDate.of(2024, 9, 1), new BigDecimal("0.25")),
                DisclosedItem.fee(LocalDate.of(2025, 1, 2), new BigDecimal("9")));
        ProactiveDisclosureFigures f = ProactiveDisclosureFigures.countFrom(2024, items);
        assertThat(f.rules()).isEqualTo(new ProactiveDisclosureFigures.DocumentCounts(1, 0, 2));
        assertThat(f.normativeDocuments()).isEqualTo(new ProactiveDisclosureFigures.DocumentCounts(1, 1, 1));
        assertThat(f.licensingDecisions()).isEqualTo(1);
        assertThat(f.penaltyDecisions()).isEqualTo(1);
        assertThat(f.coercionDecisions()).isEqualTo(1);
        assertThat(f.feesTenThousandYuan()).isEqualByComparingTo("1.35");
        assertThatThrownBy(() -> DisclosedItem.document(DisclosedItem.Kind.RULE, LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 2, 1))).hasMessageStartingWith("ZWGK-6108");
        assertThatThrownBy(() -> new DisclosedItem(DisclosedItem.Kind.PENALTY_DECISION, y2023, null, BigDecimal.ONE))
                .hasMessageStartingWith("ZWGK-6108");
    }
}
