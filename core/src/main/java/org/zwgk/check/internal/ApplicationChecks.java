package org.zwgk.check.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Severity;
import org.zwgk.check.Text;
import org.zwgk.request.Application;
import org.zwgk.request.ApplicationDesk;
import org.zwgk.request.ApplicationId;
import org.zwgk.request.ApplicationRepository;
import org.zwgk.request.ApplicationStage;
import org.zwgk.request.DueItem;
import org.zwgk.request.JdbcApplicationRepository;

/**
 * Applications for disclosure (Art. 33) as they stood on the check's day: every application received by then, with
 * the steps recorded by then, through the application desk's own due lists — so the check counts periods exactly as
 * the desk does (pauses, extension, restart after a supplement).
 */
final class ApplicationChecks {

    private ApplicationChecks() {
    }

    static List<Finding> run(CheckContext ctx) {
        List<Application> asOf = new ArrayList<>();
        for (Application a : new JdbcApplicationRepository(ctx.store.dataSource()).findAll()) {
            if (!a.receivedOn().isAfter(ctx.asOf)) {
                asOf.add(Application.restore(a.registration(),
                        a.events().stream().filter(e -> !e.on().isAfter(ctx.asOf)).toList(), a.version()));
            }
        }
        ApplicationDesk desk = ApplicationDesk.builder().repository(readOnly(asOf)).calendar(ctx.calendar)
                .clock(Clock.fixed(ctx.asOf.atTime(12, 0).atZone(ctx.zone).toInstant(), ctx.zone)).build();
        List<Finding> out = new ArrayList<>();
        for (DueItem d : desk.overdue()) {
            Finding f = Finding.of(Indicator.APPLICATION_OVERDUE, null, evidence(d), d.id().toString(), what(d),
                    d.due(), ctx.workingDays(d.due(), ctx.asOf), stage(d.stage()));
            // Only a reply period is the organ's own deadline; the others are things to follow up.
            out.add(d.kind() == DueItem.Kind.REPLY ? f : f.withSeverity(Severity.NOTICE));
        }
        for (DueItem d : desk.dueSoon(ctx.settings.applicationDueSoon())) {
            if (d.kind() == DueItem.Kind.SUSPENDED && d.due().isAfter(
                    ctx.calendar.plusWorkingDays(ctx.asOf, ctx.settings.applicationDueSoon()))) {
                continue; // a stopped clock far from its chase date is not due soon
            }
            out.add(Finding.of(Indicator.APPLICATION_DUE_SOON, null, evidence(d), d.id().toString(), what(d),
                    d.due(), ctx.workingDays(ctx.asOf, d.due()), stage(d.stage())));
        }
        return out;
    }

    private static Evidence evidence(DueItem d) {
        return Evidence.NONE.withItem(d.id().toString(), null, null).withDue(d.due());
    }

    private static Text what(DueItem d) {
        return switch (d.kind()) {
            case REPLY -> Text.of("答复期限", "the reply period");
            case SUPPLEMENT_PERIOD_ENDED -> Text.of("申请人补正期限", "the applicant's supplement period");
            case SUSPENDED -> Text.of("征求意见的答复期限（答复期限暂停计算）",
                    "the consulted party's answer period (the reply clock is stopped)");
        };
    }

    private static Text stage(ApplicationStage s) {
        return Text.of(s.labelZh(), s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private static ApplicationRepository readOnly(List<Application> all) {
        return new ApplicationRepository() {
            @Override
            public Application save(Application application) {
                throw new UnsupportedOperationException("the self-check only reads");
            }

            @Override
            public Optional<Application> find(ApplicationId id) {
                return all.stream().filter(a -> a.id().equals(id)).findFirst();
            }

            @Override
            public List<Application> findByBody(String body) {
                return all.stream().filter(a -> a.registration().body().equals(body)).toList();
            }

            @Override
            public List<Application> findAll() {
                return all;
            }
        };
    }
}
