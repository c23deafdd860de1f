package org.zwgk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zwgk.check.World.of;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.request.Applicant;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.ApplicationDesk;
import org.zwgk.request.ApplicationId;
import org.zwgk.request.Decision;
import org.zwgk.request.JdbcApplicationRepository;
import org.zwgk.request.Registration;
import org.zwgk.request.ReplyType;
import org.zwgk.timelimit.ReceiptRules;
import org.zwgk.testing.TestDatabase;

/** ZWGK-8016 (reply overdue) and 8017 (due within N working days), as each application stood on the check's day. */
class ApplicationIndicatorsTest {

    @Test
    void overdueDueSoonAndAnsweredApplications() {
        World w = new World(TestDatabase.H2);
        var repo = new JdbcApplicationRepository(w.ds);
        ApplicationDesk desk = ApplicationDesk.builder().repository(repo).periodLocks(repo.periodLocks())
                .calendar(WorkingCalendar.national())
                .clock(Clock.fixed(LocalDate.of(2025, 4, 20).atTime(10, 0).atZone(World.ZONE).toInstant(), World.ZONE))
                .build();
        register(desk, "A-1", LocalDate.of(2025, 3, 3));   // due 2025-03-31
        register(desk, "A-2", LocalDate.of(2025, 3, 24));  // due 2025-04-22 (清明 2025-04-04)
        register(desk, "A-3", LocalDate.of(2025, 3, 3));   // answered in time
        desk.startReview(ApplicationId.of("A-3"), LocalDate.of(2025, 3, 4));
        desk.startHandling(ApplicationId.of("A-3"), LocalDate.of(2025, 3, 5));
        desk.decide(ApplicationId.of("A-3"), LocalDate.of(2025, 3, 20), Decision.of(ReplyType.DISCLOSED));
        desk.startReview(ApplicationId.of("A-1"), LocalDate.of(2025, 3, 4));
        desk.startHandling(ApplicationId.of("A-1"), LocalDate.of(2025, 3, 5));
        desk.decide(ApplicationId.of("A-1"), LocalDate.of(2025, 4, 18), Decision.of(ReplyType.DISCLOSED));

        CheckReport r = w.run(LocalDate.of(2025, 4, 16));
        assertThat(of(r, Indicator.APPLICATION_OVERDUE)).singleElement().satisfies(f -> {
            assertThat(f.evidence().itemId()).isEqualTo("A-1");
            assertThat(f.evidence().due()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(f.severity()).isEqualTo(Severity.DEDUCTION);
            // 04-01..04-16 without 清明: 11 working days; it was answered only on 04-18
            assertThat(f.message(Locale.CHINA)).contains("申请 A-1", "答复期限已于 2025-03-31 届满", "逾期 11 个工作日", "办理");
        });
        assertThat(of(r, Indicator.APPLICATION_DUE_SOON)).singleElement().satisfies(f -> {
            assertThat(f.evidence().itemId()).isEqualTo("A-2");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.message(Locale.ENGLISH)).contains("ends on 2025-04-22, in 4 working days");
        });
        assertThat(r.findings()).noneMatch(f -> "A-3".equals(f.evidence().itemId()));

        CheckReport after = w.run(LocalDate.of(2025, 4, 21));
        assertThat(of(after, Indicator.APPLICATION_OVERDUE)).as("A-1 answered on 04-18").isEmpty();
        assertThat(of(after, Indicator.APPLICATION_DUE_SOON)).extracting(f -> f.evidence().itemId())
                .containsExactly("A-2");
        CheckReport quiet = w.check(LocalDate.of(2025, 4, 16))
                .settings(CheckSettings.DEFAULTS.withApplicationDueSoon(2)).build().run();
        assertThat(of(quiet, Indicator.APPLICATION_DUE_SOON)).as("04-22 is 4 working days away").isEmpty();
        assertThat(of(w.run(LocalDate.of(2025, 3, 2)), Indicator.APPLICATION_OVERDUE))
                .as("nothing received yet").isEmpty();
    }

    private static void register(ApplicationDesk desk, String id, LocalDate on) {
        desk.register(new Registration(ApplicationId.of(id), "测试镇人民政府",
                new Applicant(ApplicantType.NATURAL_PERSON, "申请人", "", ""), "某项信息", ReceiptRules.Channel.IN_PERSON, on));
    }
}
