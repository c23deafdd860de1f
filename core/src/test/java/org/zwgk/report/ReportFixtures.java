package org.zwgk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.request.Applicant;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Application;
import org.zwgk.request.ApplicationEvent;
import org.zwgk.request.ApplicationId;
import org.zwgk.request.Decision;
import org.zwgk.request.NotProcessedReason;
import org.zwgk.timelimit.ReceiptRules;
import org.zwgk.request.Registration;

/** Application records built directly (the report is a pure function of them). */
final class ReportFixtures {

    static final String BODY = "某县人民政府办公室";
    static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 1, 10).atStartOfDay(CST).toInstant(), CST);

    private ReportFixtures() {
    }

    private static int seq;

    static Application app(ApplicantType type, String received, String decidedOn, Decision decision) {
        return app(BODY, type, received, decidedOn, decision);
    }

    static synchronized Application app(String body, ApplicantType type, String received, String decidedOn,
                                        Decision decision) {
        Registration r = new Registration(ApplicationId.of("T-" + (++seq)), body,
                new Applicant(type, "申请人" + seq, "", ""), "某项信息", ReceiptRules.Channel.ONLINE,
                LocalDate.parse(received));
        List<ApplicationEvent> ev = new ArrayList<>();
        if (decidedOn != null) {
            LocalDate rec = LocalDate.parse(received);
            if (decision.code() == NotProcessedReason.ABANDONED_NO_CORRECTION) {
                ev.add(new ApplicationEvent.SupplementRequested(rec, rec));
            } else if (decision.code() == NotProcessedReason.STILL_UNCLEAR_AFTER_CORRECTION) {
                ev.add(new ApplicationEvent.SupplementRequested(rec, rec));
                ev.add(new ApplicationEvent.SupplementReceived(rec));
            }
            ev.add(new ApplicationEvent.Decided(LocalDate.parse(decidedOn), decision));
        }
        return Application.restore(r, ev, 1);
    }

    static AnnualReports.Input input(int year, List<Application> apps, Counts carried) {
        return new AnnualReports.Input(BODY, year, apps, ProactiveDisclosureFigures.NONE,
                ReviewLitigationFigures.NONE, carried);
    }
}
