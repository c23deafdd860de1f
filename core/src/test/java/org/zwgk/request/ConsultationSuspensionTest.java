package org.zwgk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.request.Fixtures.d;
import static org.zwgk.request.Fixtures.registration;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.timelimit.ClockEvent;
import org.zwgk.timelimit.Deadlines;
import org.zwgk.timelimit.TimeLimitRule;

/** An unanswered consultation (Arts. 32–34) suspends the reply clock: no guessed date, never an overdue reply. */
class ConsultationSuspensionTest {

    private static final ApplicationId A = ApplicationId.of("YSQ-A");
    private static final ApplicationId B = ApplicationId.of("YSQ-B");

    /** A (consulting a third party since 10-09) and B (no consultation), both received Fri 2024-09-27. */
    private static InMemoryApplicationRepository twoApplications() {
        InMemoryApplicationRepository repo = new InMemoryApplicationRepository();
        ApplicationDesk desk = desk("2024-10-09", repo);
        for (ApplicationId id : List.of(A, B)) {
            desk.register(registration(id.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
            desk.startReview(id, d("2024-09-27"));
            desk.startHandling(id, d("2024-09-30"));
        }
        desk.startConsultation(A, d("2024-10-09"), ConsultationParty.THIRD_PARTY);
        return repo;
    }

    private static ApplicationDesk desk(String today, ApplicationRepository repo) {
        return Fixtures.desk(today, RequestPolicy.defaults(), repo, PeriodLocks.inMemory());
    }

    @Test
    void theDeadlineIsAStateNotADate() {
        ReplyDeadline dl = desk("2024-10-20", twoApplications()).deadline(A);
        assertThat(dl.status()).isEqualTo(ReplyDeadline.Status.PAUSED_FOR_CONSULTATION);
        assertThat(dl.hasDue()).isFalse();
        // (09-27, 10-08]: Sun 09-29 (worked), 09-30, 10-08 → 3 used, 17 left
        assertThat(dl.suspension().since()).isEqualTo(d("2024-10-09"));
        assertThat(dl.suspension().consumed()).isEqualTo(3);
        assertThat(dl.suspension().remaining()).isEqualTo(17);
        assertThat(dl.suspension().reason()).contains("第三方").contains("条例第三十二条");
        // the same whatever day it is asked: the state does not drift with the clock
        assertThat(desk("2024-12-31", twoApplications()).deadline(A).suspension()).isEqualTo(dl.suspension());
    }

    @Test
    void listsShowTheSuspensionUntilTheAnswerIsLateThenAsOverdueConsultation() {
        InMemoryApplicationRepository repo = twoApplications();
        // 10-20: the third party's 15 WD run to 10-29; A is listed as suspended even with a 3-day horizon
        ApplicationDesk oct20 = desk("2024-10-20", repo);
        assertThat(oct20.dueSoon(3)).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(A);
            assertThat(i.kind()).isEqualTo(DueItem.Kind.SUSPENDED);
            assertThat(i.due()).isEqualTo(d("2024-10-29"));
            assertThat(i.suspension()).isEqualTo(new DueItem.Suspension(d("2024-10-09"), ConsultationParty.THIRD_PARTY,
                    d("2024-10-09"), 3, 17));
            assertThat(i.describeZh()).isEqualTo("申请 YSQ-A：自 2024-10-09 起暂停计时（征求第三方意见，条例第三十二条），"
                    + "已计 3 个工作日，剩余 17 个工作日；第三方答复期限 2024-10-29");
        });
        assertThat(oct20.overdue()).isEmpty();
        // 11-05: B's reply was due 10-30 → overdue reply; A's reply is not overdue, but its consultation answer is
        ApplicationDesk nov5 = desk("2024-11-05", repo);
        assertThat(nov5.overdue()).extracting(i -> i.id().value() + ":" + i.kind() + ":" + i.due())
                .containsExactly("YSQ-A:SUSPENDED:2024-10-29", "YSQ-B:REPLY:2024-10-30");
        assertThat(nov5.dueSoon(20)).isEmpty();
        // the answer arrives on 11-05: the exact date returns, 17 WD after 11-05
        nov5.endConsultation(A, d("2024-11-05"), ConsultationParty.THIRD_PARTY);
        ReplyDeadline dl = nov5.deadline(A);
        assertThat(dl.status()).isEqualTo(ReplyDeadline.Status.RUNNING);
        assertThat(dl.due()).isEqualTo(d("2024-11-28"))
                .isEqualTo(Deadlines.compute(d("2024-09-27"), new TimeLimitRule.WorkingDays(20,
                        TimeLimitRule.Anchor.APPLICATION_RECEIVED), List.of(new ClockEvent.Pause(d("2024-10-09"),
                        d("2024-11-05"), "")), WorkingCalendar.national()).due());
        assertThat(nov5.dueSoon(20)).extracting(i -> i.id().value() + ":" + i.kind() + ":" + i.due())
                .containsExactly("YSQ-A:REPLY:2024-11-28");
    }

    @Test
    void overlappingConsultationsStopTheClockUntilTheLastAnswer() {
        InMemoryApplicationRepository repo = twoApplications();
        ApplicationDesk desk = desk("2024-10-25", repo);
        desk.startConsultation(A, d("2024-10-16"), ConsultationParty.OTHER_ORGAN);
        desk.endConsultation(A, d("2024-10-18"), ConsultationParty.THIRD_PARTY);
        ReplyDeadline dl = desk.deadline(A);
        assertThat(dl.status()).isEqualTo(ReplyDeadline.Status.PAUSED_FOR_CONSULTATION);
        assertThat(dl.suspension().consumed()).isEqualTo(3);
        assertThat(dl.suspension().remaining()).isEqualTo(17);
        // the organ's letter of 10-16: 15 WD → 11-06
        assertThat(desk.dueSoon(1)).singleElement().extracting(DueItem::due, i -> i.suspension().party())
                .containsExactly(d("2024-11-06"), ConsultationParty.OTHER_ORGAN);
    }

    @Test
    void aLetterAfterThePeriodRanOutDoesNotHideTheOverdueReply() {
        InMemoryApplicationRepository repo = new InMemoryApplicationRepository();
        ApplicationDesk desk = desk("2024-11-04", repo);
        desk.register(registration(B.value(), ApplicantType.NATURAL_PERSON, "2024-09-27"));
        desk.startReview(B, d("2024-09-27"));
        desk.startHandling(B, d("2024-09-30"));
        desk.startConsultation(B, d("2024-10-31"), ConsultationParty.THIRD_PARTY);
        ReplyDeadline dl = desk.deadline(B);
        assertThat(dl.status()).isEqualTo(ReplyDeadline.Status.RUNNING);
        assertThat(dl.due()).isEqualTo(d("2024-10-30"));
        assertThat(desk.overdue()).extracting(DueItem::kind).containsExactly(DueItem.Kind.REPLY);
    }
}
