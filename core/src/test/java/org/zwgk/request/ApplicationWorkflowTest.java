package org.zwgk.request;

import org.zwgk.classify.ExemptionGround;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zwgk.request.Fixtures.d;
import static org.zwgk.request.Fixtures.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.spi.ZwgkException;

/** Every Art. 36 reply type and not-processed case through the 登记 → 归档 stages, and the illegal moves. */
class ApplicationWorkflowTest {

    private static final ApplicationId ID = ApplicationId.of("YSQ-2024-0001");

    static Stream<OutcomeCode> allOutcomes() {
        List<OutcomeCode> all = new ArrayList<>(List.of(ReplyType.values()));
        all.addAll(List.of(NotProcessedReason.values()));
        return all.stream();
    }

    static Decision decisionFor(OutcomeCode code) {
        if (code == ReplyType.NOT_DISCLOSED) {
            return Decision.withheld(ReplyType.NOT_DISCLOSED, "属于过程性信息", ExemptionGround.PROCESS_INFORMATION);
        }
        if (code == ReplyType.PARTIALLY_DISCLOSED) {
            return Decision.partial("涉及个人隐私的部分已删除", org.zwgk.classify.PublicVersion.of("申请公开的信息", "（删除个人信息后的文本）", java.util.List.of(new org.zwgk.classify.Redaction("姓名、身份证号码", org.zwgk.classify.ExemptionGround.THIRD_PARTY_RIGHTS, "个人隐私", org.zwgk.classify.RedactionCategory.PERSONAL_DATA, "第2页第3段"))), ExemptionGround.THIRD_PARTY_RIGHTS);
        }
        if (code == ReplyType.NOT_RESPONSIBLE) {
            return Decision.notResponsible("某县自然资源局");
        }
        return Decision.of(code);
    }

    @ParameterizedTest
    @MethodSource("allOutcomes")
    void everyOutcomeIsRepresentableFromRegistrationToArchive(OutcomeCode code) {
        ApplicationDesk desk = Fixtures.desk("2024-12-31", new RequestPolicy(true),
                new InMemoryApplicationRepository(), PeriodLocks.inMemory());
        desk.register(registration(ID.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
        desk.startReview(ID, d("2024-09-29"));
        if (code == NotProcessedReason.ABANDONED_NO_CORRECTION) {
            desk.requestSupplement(ID, d("2024-10-08"), d("2024-10-25"));
            assertThatThrownBy(() -> desk.closeAsAbandoned(ID, d("2024-10-25")))
                    .hasMessageStartingWith("ZWGK-6006");
            desk.closeAsAbandoned(ID, d("2024-10-28"));
            desk.archive(ID, d("2024-10-29"), "WS2024-Y-001");
        } else {
            if (code == NotProcessedReason.STILL_UNCLEAR_AFTER_CORRECTION) {
                desk.requestSupplement(ID, d("2024-10-08"), d("2024-10-25"));
                desk.receiveSupplement(ID, d("2024-10-10"));
            }
            desk.startHandling(ID, d("2024-10-10"));
            desk.decide(ID, d("2024-10-21"), decisionFor(code));
            desk.deliver(ID, d("2024-10-22"), DeliveryMethod.POST);
            desk.archive(ID, d("2024-10-29"), "WS2024-Y-001");
        }
        Application a = desk.get(ID);
        assertThat(a.stage()).isEqualTo(ApplicationStage.ARCHIVED);
        assertThat(a.decision().orElseThrow().code()).isEqualTo(code);
        assertThat(a.archived().orElseThrow().archiveReference()).isEqualTo("WS2024-Y-001");
        assertThat(desk.deadline(ID).status()).isEqualTo(ReplyDeadline.Status.DECIDED);
    }

    @Test
    void refusalsNeedGroundsAndReasonAndOthersTakeNone() {
        assertThatThrownBy(() -> new Decision(ReplyType.NOT_DISCLOSED, List.of(), "理由", ""))
                .hasMessageStartingWith("ZWGK-6012").hasMessageContaining("grounds");
        assertThatThrownBy(() -> new Decision(ReplyType.NOT_DISCLOSED, List.of(ExemptionGround.STATE_SECRET), " ", ""))
                .hasMessageStartingWith("ZWGK-6012").hasMessageContaining("reason");
        assertThatThrownBy(() -> new Decision(ReplyType.DISCLOSED, List.of(ExemptionGround.STATE_SECRET), "x", ""))
                .hasMessageStartingWith("ZWGK-6012");
        assertThatThrownBy(() -> new Decision(ReplyType.DISCLOSED, List.of(), "", "某局"))
                .hasMessageStartingWith("ZWGK-6012");
        Decision nr = Decision.notResponsible("");
        assertThat(nr.competentOrgan()).isEmpty();
        // 部分公开 is answered with a public version, as at the gate (Art. 37): no record, no decision.
        assertThatThrownBy(() -> Decision.withheld(ReplyType.PARTIALLY_DISCLOSED, "涉及个人隐私",
                ExemptionGround.THIRD_PARTY_RIGHTS)).hasMessageStartingWith("ZWGK-6012").hasMessageContaining("released");
        assertThatThrownBy(() -> org.zwgk.classify.PublicVersion.of("t", "x", List.of(new org.zwgk.classify.Redaction(
                "号码", ExemptionGround.THIRD_PARTY_RIGHTS, "隐私")))).hasMessageStartingWith("ZWGK-3352");
    }

    @Test
    void feeNotPaidIsOffUnlessConfigured() {
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        desk.register(registration(ID.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
        ZwgkException e = org.junit.jupiter.api.Assertions.assertThrows(ZwgkException.class,
                () -> desk.decide(ID, d("2024-10-08"), Decision.of(NotProcessedReason.FEE_NOT_PAID)));
        assertThat(e.code()).isEqualTo("ZWGK-6013");
        assertThat(e.hint(Locale.ENGLISH)).contains("feeNotPaidEnabled");
    }

    @Test
    void illegalMovesAreRefusedWithTheStage() {
        ApplicationDesk desk = Fixtures.desk("2024-12-31");
        desk.register(registration(ID.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
        assertThatThrownBy(() -> desk.deliver(ID, d("2024-10-08"), DeliveryMethod.POST))
                .hasMessageStartingWith("ZWGK-6001").hasMessageContaining("登记");
        assertThatThrownBy(() -> desk.startHandling(ID, d("2024-10-08"))).hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.archive(ID, d("2024-10-08"), "")).hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.startConsultation(ID, d("2024-10-08"), ConsultationParty.THIRD_PARTY))
                .hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.receiveSupplement(ID, d("2024-10-08"))).hasMessageStartingWith("ZWGK-6005");
        desk.startReview(ID, d("2024-09-30"));
        assertThatThrownBy(() -> desk.startReview(ID, d("2024-09-30"))).hasMessageStartingWith("ZWGK-6001");
        desk.requestSupplement(ID, d("2024-10-08"), d("2024-10-18"));
        assertThatThrownBy(() -> desk.startHandling(ID, d("2024-10-09"))).hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.decide(ID, d("2024-10-09"), Decision.of(ReplyType.DISCLOSED)))
                .hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.receiveSupplement(ID, d("2024-10-01"))).hasMessageStartingWith("ZWGK-6014");
        assertThatThrownBy(() -> desk.receiveSupplement(ID, d("2025-01-02"))).hasMessageStartingWith("ZWGK-6021");
        desk.receiveSupplement(ID, d("2024-10-09"));
        desk.startHandling(ID, d("2024-10-09"));
        desk.startConsultation(ID, d("2024-10-10"), ConsultationParty.THIRD_PARTY);
        assertThatThrownBy(() -> desk.decide(ID, d("2024-10-11"), Decision.of(ReplyType.DISCLOSED)))
                .hasMessageStartingWith("ZWGK-6011");
        desk.endConsultation(ID, d("2024-10-11"), ConsultationParty.THIRD_PARTY);
        desk.decide(ID, d("2024-10-11"), Decision.of(ReplyType.DISCLOSED));
        assertThatThrownBy(() -> desk.decide(ID, d("2024-10-11"), Decision.of(ReplyType.DISCLOSED)))
                .hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.archive(ID, d("2024-10-12"), "")).hasMessageStartingWith("ZWGK-6001");
        assertThatThrownBy(() -> desk.register(registration(ID.value(), ApplicantType.NATURAL_PERSON, "2024-09-27")))
                .hasMessageStartingWith("ZWGK-6016");
        assertThatThrownBy(() -> desk.get(ApplicationId.of("nope"))).hasMessageStartingWith("ZWGK-6015");
        assertThatThrownBy(() -> desk.register(registration("F-1", ApplicantType.NATURAL_PERSON, "2025-01-01")))
                .hasMessageStartingWith("ZWGK-6002");
        assertThatThrownBy(() -> ApplicationId.of("../etc/passwd")).hasMessageStartingWith("ZWGK-6018");
    }

    @Test
    void periodLockRefusesLateEditsButNotNextYearSteps() {
        PeriodLocks locks = PeriodLocks.inMemory();
        InMemoryApplicationRepository repo = new InMemoryApplicationRepository();
        ApplicationDesk desk = Fixtures.desk("2025-02-10", RequestPolicy.defaults(), repo, locks);
        desk.register(registration(ID.value(), ApplicantType.NATURAL_PERSON, "2024-12-20"));
        desk.startReview(ID, d("2024-12-23"));
        locks.lock(Fixtures.BODY, 2024, d("2025-01-20"));
        assertThatThrownBy(() -> desk.startHandling(ID, d("2024-12-30")))
                .hasMessageStartingWith("ZWGK-6017").hasMessageContaining("2024").hasMessageContaining("2025-01-20");
        assertThatThrownBy(() -> desk.register(registration("YSQ-LATE", ApplicantType.NATURAL_PERSON, "2024-12-31")))
                .hasMessageStartingWith("ZWGK-6017");
        desk.startHandling(ID, d("2025-01-02"));
        desk.decide(ID, d("2025-01-15"), Decision.of(ReplyType.DISCLOSED));
        assertThat(desk.get(ID).stage()).isEqualTo(ApplicationStage.REPLIED);
    }

    @Test
    void dueSoonAndOverdueFollowTheInjectedClock() {
        InMemoryApplicationRepository repo = new InMemoryApplicationRepository();
        PeriodLocks locks = PeriodLocks.inMemory();
        ApplicationDesk early = Fixtures.desk("2024-10-25", RequestPolicy.defaults(), repo, locks);
        early.register(registration("A", ApplicantType.NATURAL_PERSON, "2024-09-27"));   // due 2024-10-30
        early.register(registration("B", ApplicantType.COMMERCIAL_ENTERPRISE, "2024-09-20")); // due earlier
        early.register(registration("C", ApplicantType.NATURAL_PERSON, "2024-10-21"));   // due later
        early.register(registration("D", ApplicantType.NATURAL_PERSON, "2024-10-14"));
        early.startReview(ApplicationId.of("D"), d("2024-10-15"));
        early.requestSupplement(ApplicationId.of("D"), d("2024-10-15"), d("2024-10-24"));
        assertThat(early.deadline(ApplicationId.of("B")).due()).isEqualTo(d("2024-10-23"));

        assertThat(early.overdue()).extracting(i -> i.id().value() + ":" + i.kind())
                .containsExactly("B:REPLY", "D:SUPPLEMENT_PERIOD_ENDED");
        assertThat(early.dueSoon(3)).extracting(i -> i.id().value()).containsExactly("A");
        assertThat(early.dueSoon(3).get(0).due()).isEqualTo(d("2024-10-30"));

        ApplicationDesk later = Fixtures.desk("2024-10-31", RequestPolicy.defaults(), repo, locks);
        later.startReview(ApplicationId.of("B"), d("2024-10-31"));
        later.decide(ApplicationId.of("B"), d("2024-10-31"), Decision.of(ReplyType.NOT_EXIST));
        assertThat(later.overdue()).extracting(i -> i.id().value()).containsExactly("D", "A");
        assertThat(later.dueSoon(30)).extracting(i -> i.id().value()).containsExactly("C");
    }

    @Test
    void receiptDateIsFixedByTheChannel() {
        Applicant who = Fixtures.person();
        java.time.LocalDate sent = d("2024-09-20");
        java.time.LocalDate signed = d("2024-09-24");
        java.time.LocalDate confirmed = d("2024-09-27");
        assertThat(Registration.of(ID, Fixtures.BODY, who, "x", new org.zwgk.timelimit.ReceiptRules.Submission(
                org.zwgk.timelimit.ReceiptRules.Channel.IN_PERSON, sent, null, null)).receivedOn()).isEqualTo(sent);
        assertThat(Registration.of(ID, Fixtures.BODY, who, "x", new org.zwgk.timelimit.ReceiptRules.Submission(
                org.zwgk.timelimit.ReceiptRules.Channel.SIGNED_POST, sent, signed, null)).receivedOn())
                .isEqualTo(signed);
        assertThat(Registration.of(ID, Fixtures.BODY, who, "x", new org.zwgk.timelimit.ReceiptRules.Submission(
                org.zwgk.timelimit.ReceiptRules.Channel.ONLINE, sent, null, confirmed)).receivedOn())
                .isEqualTo(confirmed);
        // online without a confirmed day has no receipt date yet
        assertThatThrownBy(() -> Registration.of(ID, Fixtures.BODY, who, "x",
                new org.zwgk.timelimit.ReceiptRules.Submission(org.zwgk.timelimit.ReceiptRules.Channel.ONLINE, sent,
                        null, null))).isInstanceOf(ZwgkException.class);
    }
}
