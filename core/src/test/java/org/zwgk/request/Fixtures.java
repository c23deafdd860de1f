package org.zwgk.request;

import org.zwgk.timelimit.ReceiptRules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.zwgk.calendar.WorkingCalendar;

/** Shared builders for request tests. */
final class Fixtures {

    static final String BODY = "某县人民政府办公室";
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");

    private Fixtures() {
    }

    static Clock clockAt(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(CST).toInstant(), CST);
    }

    static ApplicationDesk desk(String today) {
        return desk(today, RequestPolicy.defaults(), new InMemoryApplicationRepository(), PeriodLocks.inMemory());
    }

    static ApplicationDesk desk(String today, RequestPolicy policy, ApplicationRepository repo, PeriodLocks locks) {
        return ApplicationDesk.builder().repository(repo).calendar(WorkingCalendar.national())
                .clock(clockAt(today)).policy(policy).periodLocks(locks).build();
    }

    static Applicant person() {
        return new Applicant(ApplicantType.NATURAL_PERSON, "张三丰", "110101199003077777", "13800138000");
    }

    static Registration registration(String id, ApplicantType type, String receivedOn) {
        Applicant a = type == ApplicantType.NATURAL_PERSON ? person()
                : new Applicant(type, "某某科技有限公司", "91350000MA2XXXXX1X", "0598-1234567");
        return new Registration(ApplicationId.of(id), BODY, a, "2023年某道路改造项目的环评批复",
                ReceiptRules.Channel.IN_PERSON, LocalDate.parse(receivedOn));
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
