package org.zwgk.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.AnnualReports;
import org.zwgk.report.ProactiveDisclosureFigures;
import org.zwgk.report.ReportHtml;
import org.zwgk.report.ReportJson;
import org.zwgk.report.ReviewLitigationFigures;
import org.zwgk.request.Applicant;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Application;
import org.zwgk.request.ApplicationDesk;
import org.zwgk.request.ApplicationEvent;
import org.zwgk.request.ApplicationId;
import org.zwgk.request.Decision;
import org.zwgk.request.InMemoryApplicationRepository;
import org.zwgk.request.ReplyType;
import org.zwgk.request.Registration;
import org.zwgk.timelimit.ReceiptRules;

/**
 * Annual report over 10,000 application records against a baseline in the same run: one pass that only tallies
 * (applicant type × outcome) into an int array — the least work any report needs. And the reply deadline of one
 * application (with a pause and an extension) against the bare calendar step {@code plusWorkingDays(receipt, 20)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RequestsAndReportBenchmark {

    private static final String BODY = "某县人民政府办公室";
    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    private static final ReplyType[] OUTCOMES = {ReplyType.DISCLOSED, ReplyType.ALREADY_PUBLIC, ReplyType.NOT_EXIST,
        ReplyType.REPEAT_REQUEST, ReplyType.SPECIAL_ACCESS_LAW};

    private List<Application> applications;
    private AnnualReports.Input input;
    private AnnualReport report;
    private Clock clock;
    private ApplicationDesk desk;
    private Application handled;
    private WorkingCalendar calendar;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        applications = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            LocalDate received = LocalDate.of(2023, 10, 1).plusDays(r.nextInt(450));
            Registration reg = new Registration(ApplicationId.of("B-" + i), BODY,
                    new Applicant(ApplicantType.values()[r.nextInt(6)], "申请人", "", ""), "信息",
                    ReceiptRules.Channel.ONLINE, received);
            List<ApplicationEvent> ev = new ArrayList<>();
            if (r.nextInt(10) > 0) {
                ev.add(new ApplicationEvent.Decided(received.plusDays(1 + r.nextInt(40)),
                        Decision.of(OUTCOMES[r.nextInt(OUTCOMES.length)])));
            }
            applications.add(Application.restore(reg, ev, 1));
        }
        input = new AnnualReports.Input(BODY, 2024, applications, ProactiveDisclosureFigures.NONE,
                ReviewLitigationFigures.NONE, null);
        clock = Clock.fixed(LocalDate.of(2025, 1, 10).atStartOfDay(CST).toInstant(), CST);
        report = AnnualReports.compute(input, clock);

        calendar = WorkingCalendar.national();
        desk = ApplicationDesk.builder().repository(new InMemoryApplicationRepository()).calendar(calendar)
                .clock(clock).build();
        ApplicationId id = ApplicationId.of("D-1");
        desk.register(new Registration(id, BODY, new Applicant(ApplicantType.NATURAL_PERSON, "x", "", ""), "信息",
                ReceiptRules.Channel.IN_PERSON, LocalDate.of(2024, 9, 27)));
        desk.startReview(id, LocalDate.of(2024, 9, 27));
        desk.startHandling(id, LocalDate.of(2024, 9, 30));
        desk.startConsultation(id, LocalDate.of(2024, 10, 9), org.zwgk.request.ConsultationParty.THIRD_PARTY);
        desk.endConsultation(id, LocalDate.of(2024, 10, 18), org.zwgk.request.ConsultationParty.THIRD_PARTY);
        desk.extend(id, LocalDate.of(2024, 10, 21), 20, "王主任", "理由");
        handled = desk.get(id);
    }

    @Benchmark
    public AnnualReport computeReport() {
        return AnnualReports.compute(input, clock);
    }

    @Benchmark
    public int[] baselineTally() {
        int[] cells = new int[6 * 32];
        LocalDate first = LocalDate.of(2024, 1, 1);
        LocalDate last = LocalDate.of(2024, 12, 31);
        for (Application a : applications) {
            int col = a.registration().applicant().type().ordinal();
            LocalDate rec = a.receivedOn();
            if (!rec.isAfter(last) && a.decidedOn().map(d -> !d.isBefore(first)).orElse(true)) {
                int row = a.decision().map(d -> ((Enum<?>) d.code()).ordinal()).orElse(31);
                cells[col * 32 + row]++;
            }
        }
        return cells;
    }

    @Benchmark
    public String renderHtml() {
        return ReportHtml.render(report);
    }

    @Benchmark
    public String writeJson() {
        return ReportJson.write(report);
    }

    @Benchmark
    public LocalDate replyDeadline() {
        return desk.deadline(handled).due();
    }

    @Benchmark
    public LocalDate baselinePlusWorkingDays() {
        return calendar.plusWorkingDays(LocalDate.of(2024, 9, 27), 20);
    }
}
