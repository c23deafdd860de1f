package org.zwgk.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import org.zwgk.timelimit.ClockEvent.Extension;
import org.zwgk.timelimit.ClockEvent.Pause;
import org.zwgk.timelimit.ClockEvent.Restart;
import org.zwgk.timelimit.TimeLimitRule.Anchor;
import org.zwgk.timelimit.TimeLimitRule.CalendarDays;
import org.zwgk.timelimit.TimeLimitRule.WorkingDays;
import org.zwgk.timelimit.TraceDay.Status;

class DeadlinesTest {

    private static final WorkingCalendar CAL = WorkingCalendar.builder().base(CalendarData.builtInOnly()).build();
    private static final TimeLimitParser PARSER = new TimeLimitParser();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static WorkingDays wd(int n) {
        return new WorkingDays(n, Anchor.APPLICATION_RECEIVED);
    }

    private static String code(Throwable t) {
        return ((ZwgkException) t).code();
    }

    @Test
    void referenceExamples() {
        Deadline reply = Deadlines.compute(d("2024-09-27"), wd(20), CAL);
        assertThat(reply.due()).isEqualTo(d("2024-10-30"));
        assertThat(reply.provisional()).isFalse();
        assertThat(reply.calendarVersion()).isEqualTo(CAL.version());
        Deadline extended = Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Extension(d("2024-10-25"), 20, "办公室主任")), CAL);
        assertThat(extended.due()).isEqualTo(d("2024-11-27"));
        Deadline budget = Deadlines.compute(d("2024-09-12"), PARSER.parse("20日内").rule(), CAL);
        assertThat(budget.due()).isEqualTo(d("2024-10-08"));
        assertThat(budget.trace().get(budget.trace().size() - 1).status()).isEqualTo(Status.ROLLED_OVER);
        assertThat(budget.trace()).filteredOn(t -> t.date().equals(d("2024-10-02")))
                .extracting(TraceDay::status, TraceDay::count).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        Status.COUNTED, 20));
    }

    /** The embedding example of docs/time.md. */
    @Test
    void documentedExample() {
        LocalDate receipt = ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.SIGNED_POST,
                null, d("2024-09-27"), null));
        TimeLimitRule rule = new TimeLimitParser().parseRule("自收到申请之日起20个工作日内");
        List<ClockEvent> events = List.of(new Pause(d("2024-10-09"), d("2024-10-15"), "征求第三方意见"),
                new Extension(d("2024-10-28"), 20, "办公室主任"));
        Deadline dl = Deadlines.compute(receipt, rule, events, WorkingCalendar.national());
        assertThat(dl.due()).isEqualTo(d("2024-12-05"));
        assertThat(dl.provisional()).isFalse();
        assertThat(dl.warnings()).isEmpty();
    }

    @Test
    void theTraceExplainsEveryDay() {
        Deadline dl = Deadlines.compute(d("2024-09-27"), wd(20), CAL);
        List<TraceDay> t = dl.trace();
        assertThat(t.get(0)).extracting(TraceDay::date, TraceDay::status).containsExactly(d("2024-09-27"), Status.START);
        assertThat(t).filteredOn(x -> x.date().equals(d("2024-09-28"))).singleElement()
                .extracting(TraceDay::status).isEqualTo(Status.WEEKEND);
        assertThat(t).filteredOn(x -> x.date().equals(d("2024-09-29"))).singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(Status.COUNTED);
                    assertThat(x.count()).isEqualTo(1);
                    assertThat(x.name()).isEqualTo("国庆节");
                });
        assertThat(t).filteredOn(x -> x.status() == Status.HOLIDAY).extracting(TraceDay::date)
                .containsExactly(d("2024-10-01"), d("2024-10-02"), d("2024-10-03"), d("2024-10-04"),
                        d("2024-10-05"), d("2024-10-06"), d("2024-10-07"));
        assertThat(t).filteredOn(x -> x.status().counts()).hasSize(20);
        assertThat(t.get(t.size() - 1)).extracting(TraceDay::date, TraceDay::count)
                .containsExactly(d("2024-10-30"), 20);
        assertThat(dl.explain(Locale.CHINA).get(0)).contains("2024-09-27", "起算日");
        assertThat(dl.explain(Locale.ENGLISH).get(5)).contains("2024-10-02", "holiday 国庆节", "holiday, not counted");
    }

    @ParameterizedTest(name = "{0} + {1} WD = {2}")
    @CsvSource({
        "2024-09-27, 20, 2024-10-30",
        "2024-02-08, 5, 2024-02-21",   // Spring Festival 02-10..17 off, Sunday 02-18 works
        "2024-02-10, 1, 2024-02-18",   // start on a holiday
        "2024-10-05, 1, 2024-10-08",   // start on a holiday Saturday
        "2024-10-12, 1, 2024-10-14",   // start on an adjusted Saturday
        "2020-01-20, 7, 2020-02-06",   // across the 2020 extension
        "2024-12-27, 5, 2025-01-06",   // year boundary with 元旦
        "2025-12-26, 5, 2026-01-05",   // 2026-01-04 (Sunday) works
        "2019-04-26, 3, 2019-04-30",   // 2019 Labour Day revision: Sunday 04-28 works
        "2019-04-29, 2, 2019-05-05",   // 05-01..04 off, Sunday 05-05 works
    })
    void workingDayPeriods(LocalDate start, int n, LocalDate due) {
        assertThat(Deadlines.compute(start, wd(n), CAL).due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} days = {2}")
    @CsvSource({
        "2024-09-12, 20, 2024-10-08",  // ends on a holiday
        "2024-09-06, 15, 2024-09-23",  // 09-21 is a Saturday: next working day Monday
        "2024-09-07, 7, 2024-09-14",   // 09-14 is an adjusted Saturday: a working day, no move
        "2024-12-01, 31, 2025-01-02",  // 2025-01-01 holiday
        "2020-01-10, 20, 2020-02-03",  // 01-30 inside the extended Spring Festival
    })
    void calendarDayPeriodsMoveOffRestDays(LocalDate start, int n, LocalDate due) {
        assertThat(Deadlines.compute(start, new CalendarDays(n, Anchor.APPROVAL), CAL).due()).isEqualTo(due);
    }

    @Test
    void pauseRestartAndExtension() {
        // third-party consultation 10-09..10-15 holds 6 working days (with the adjusted Saturday 10-12)
        Deadline paused = Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Pause(d("2024-10-09"), d("2024-10-15"), "征求第三方意见")), CAL);
        assertThat(paused.due()).isEqualTo(d("2024-11-07"));
        assertThat(paused.trace()).filteredOn(t -> t.status() == Status.PAUSED).hasSize(7);
        // supplement received 10-10: counting restarts, the restart day not counted
        Deadline restarted = Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Restart(d("2024-10-10"), "补正材料收到")), CAL);
        assertThat(restarted.due()).isEqualTo(CAL.plusWorkingDays(d("2024-10-10"), 20));
        assertThat(restarted.trace()).filteredOn(t -> t.status() == Status.BEFORE_RESTART).isNotEmpty();
        // extension days are marked as such
        Deadline ext = Deadlines.compute(d("2024-09-27"), wd(20), List.of(new Extension(d("2024-10-20"), 5, "主任")),
                CAL);
        assertThat(ext.trace()).filteredOn(t -> t.status() == Status.COUNTED_EXTENSION).hasSize(5);
    }

    @Test
    void invalidEvents() {
        Extension e1 = new Extension(d("2024-10-20"), 10, "主任");
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(e1, new Extension(d("2024-10-21"), 5, "主任")), CAL))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2202"));
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Extension(d("2024-10-20"), 21, "主任")), CAL))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2203"));
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Extension(d("2024-10-20"), 5, " ")), CAL))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2204"));
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Pause(d("2024-10-09"), d("2024-10-01"), "")), CAL))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2204"));
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new Restart(d("2024-09-01"), "")), CAL))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2204"));
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-12"), new CalendarDays(20, Anchor.APPROVAL),
                List.of(new Extension(d("2024-09-20"), 5, "主任")), CAL))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2204"));
        Deadline late = Deadlines.compute(d("2024-09-27"), wd(20), List.of(new Extension(d("2024-11-01"), 5, "主任")),
                CAL);
        assertThat(late.warnings()).anyMatch(w -> w.contains("2024-10-30"));
    }

    @Test
    void rulesWithoutADueDate() {
        for (String p : List.of("及时公开", "长期公开", "阶段性工作逐步公开", "按月进行公开", "公告期限为30个…")) {
            assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), PARSER.parse(p).rule(), CAL)).as(p)
                    .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2201"));
        }
        assertThat(Deadlines.compute(d("2024-10-03"), PARSER.parse("实时公开").rule(), CAL).due())
                .isEqualTo(d("2024-10-03"));
    }

    @Test
    void periodicRulesFallOnTheNextScheduledWorkingDay() {
        TimeLimitRule handover = PARSER.parse("每月5日和20日").rule();
        assertThat(Deadlines.compute(d("2024-10-01"), handover, CAL).due()).isEqualTo(d("2024-10-08")); // 10-05 holiday
        assertThat(Deadlines.compute(d("2024-10-09"), handover, CAL).due()).isEqualTo(d("2024-10-21")); // 10-20 Sunday
        assertThat(Deadlines.compute(d("2024-12-21"), handover, CAL).due()).isEqualTo(d("2025-01-06")); // 01-05 Sunday
        TimeLimitRule quarterly = PARSER.parse("每季度的首个月20日").rule();
        assertThat(Deadlines.compute(d("2024-02-01"), quarterly, CAL).due()).isEqualTo(d("2024-04-22"));
        TimeLimitRule report = PARSER.parse("每年1月31日前").rule();
        assertThat(Deadlines.compute(d("2024-03-01"), report, CAL).due()).isEqualTo(d("2025-02-05")); // 01-31 in 春节
    }

    @Test
    void provisionalPastTheDataAndErrorInStrictMode() {
        Deadline dl = Deadlines.compute(d("2026-12-15"), wd(20), CAL);
        assertThat(dl.provisional()).isTrue();
        assertThat(dl.due()).isEqualTo(d("2027-01-12")); // weekends only beyond 2026
        assertThat(dl.warnings()).anyMatch(w -> w.contains("provisional"));
        assertThat(dl.trace()).filteredOn(t -> !t.covered()).isNotEmpty();
        assertThat(Deadlines.compute(d("2026-11-02"), wd(20), CAL).provisional()).isFalse();
        // the start day is not counted, so it need not be covered even in strict mode
        assertThat(Deadlines.compute(d("2018-12-31"), wd(1), CAL.strict(true)).due()).isEqualTo(d("2019-01-02"));
        assertThatThrownBy(() -> Deadlines.compute(d("2026-12-15"), wd(20), CAL.strict(true)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2005"));
    }

    @Test
    void receiptDateByChannel() {
        LocalDate sub = d("2024-09-20");
        LocalDate signed = d("2024-09-23");
        LocalDate confirmed = d("2024-09-24");
        assertThat(ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.IN_PERSON, sub, null,
                null))).isEqualTo(sub);
        assertThat(ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.SIGNED_POST, sub, signed,
                null))).isEqualTo(signed);
        assertThat(ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.ORDINARY_MAIL, sub,
                signed, confirmed))).isEqualTo(confirmed);
        assertThat(ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.ONLINE, sub, null,
                confirmed))).isEqualTo(confirmed);
        assertThat(ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.FAX, sub, null,
                confirmed))).isEqualTo(confirmed);
        assertThatThrownBy(() -> ReceiptRules.receiptDate(new ReceiptRules.Submission(ReceiptRules.Channel.ONLINE, sub,
                null, null))).satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2205"))
                .hasMessageContaining("互联网渠道");
    }

    // ------------------------------------------------------------------ properties

    static Stream<Object[]> cases() {
        long seed = 33L;
        Random r = new Random(seed);
        long lo = d("2019-01-01").toEpochDay();
        return Stream.generate(() -> {
            LocalDate start = LocalDate.ofEpochDay(lo + r.nextInt(2800));
            int n = 1 + r.nextInt(60);
            LocalDate pFrom = start.plusDays(r.nextInt(90) - 10);
            LocalDate pTo = pFrom.plusDays(r.nextInt(30));
            int k = 1 + r.nextInt(20);
            return new Object[] {seed, start, n, pFrom, pTo, k};
        }).limit(1200);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void properties(long seed, LocalDate start, int n, LocalDate pFrom, LocalDate pTo, int k) {
        Deadline plain = Deadlines.compute(start, wd(n), CAL);
        assertThat(CAL.isWorkingDay(plain.due())).as("seed %d: due is a working day", seed).isTrue();
        assertThat(Deadlines.compute(start, wd(n + 1), CAL).due()).as("seed %d: monotone in n", seed)
                .isAfter(plain.due());
        List<ClockEvent> pause = new ArrayList<>();
        if (!pTo.isBefore(start)) {
            pause.add(new Pause(pFrom, pTo, ""));
        }
        Deadline paused = Deadlines.compute(start, wd(n), pause, CAL);
        assertThat(paused.due()).as("seed %d: a pause never makes it earlier", seed).isAfterOrEqualTo(plain.due());
        assertThat(CAL.isWorkingDay(paused.due())).as("seed %d", seed).isTrue();
        // the trace counts exactly n days, none of them paused, and ends on the due date
        assertThat(paused.trace()).filteredOn(t -> t.status().counts()).as("seed %d", seed).hasSize(n)
                .allSatisfy(t -> assertThat(t.date().isBefore(pFrom) || t.date().isAfter(pTo)).isTrue());
        assertThat(paused.trace().get(paused.trace().size() - 1).date()).isEqualTo(paused.due());
        Deadline ext = Deadlines.compute(start, wd(n), List.of(new Extension(start, k, "主任")), CAL);
        assertThat(CAL.workingDaysBetween(plain.due(), ext.due())).as("seed %d: extension by k", seed).isEqualTo(k);
        Deadline cal = Deadlines.compute(start, new CalendarDays(n, Anchor.APPROVAL), CAL);
        assertThat(cal.due()).as("seed %d: Art. 203", seed).isEqualTo(CAL.workingDayOnOrAfter(start.plusDays(n)));
    }

    static Stream<Object[]> eventCases() {
        long seed = 4711L;
        Random r = new Random(seed);
        long lo = d("2019-01-01").toEpochDay();
        return Stream.generate(() -> {
            LocalDate start = LocalDate.ofEpochDay(lo + r.nextInt(2700));
            List<ClockEvent> events = new ArrayList<>();
            int pauses = r.nextInt(4);
            for (int i = 0; i < pauses; i++) {
                LocalDate from = start.plusDays(r.nextInt(60));
                events.add(new Pause(from, from.plusDays(r.nextInt(15)), "p" + i));
            }
            if (r.nextInt(3) == 0) {
                events.add(new Restart(start.plusDays(r.nextInt(20)), "补正"));
            }
            if (r.nextBoolean()) {
                events.add(new Extension(start.plusDays(r.nextInt(10)), 1 + r.nextInt(20), "主任"));
            }
            java.util.Collections.shuffle(events, r); // order of the list must not matter
            return new Object[] {seed, start, 1 + r.nextInt(40), events};
        }).limit(1000);
    }

    /** An independent day-by-day reading of the conventions. */
    private static LocalDate simulate(LocalDate start, int n, List<ClockEvent> events) {
        LocalDate eff = start;
        int total = n;
        for (ClockEvent e : events) {
            if (e instanceof Restart r && r.date().isAfter(eff)) {
                eff = r.date();
            } else if (e instanceof Extension x) {
                total += x.workingDays();
            }
        }
        LocalDate d = eff;
        int count = 0;
        while (count < total) {
            d = d.plusDays(1);
            LocalDate day = d;
            boolean paused = events.stream().anyMatch(e -> e instanceof Pause p && !day.isBefore(p.from())
                    && !day.isAfter(p.to()));
            if (!paused && CAL.isWorkingDay(d)) {
                count++;
            }
        }
        return d;
    }

    @ParameterizedTest
    @MethodSource("eventCases")
    void eventsAgreeWithADayByDaySimulation(long seed, LocalDate start, int n, List<ClockEvent> events) {
        Deadline dl = Deadlines.compute(start, wd(n), events, CAL);
        assertThat(dl.due()).as("seed %d: %s + %d with %s", seed, start, n, events)
                .isEqualTo(simulate(start, n, events));
        assertThat(dl.trace()).as("seed %d", seed).filteredOn(t -> t.status().counts())
                .hasSize(n + events.stream().filter(e -> e instanceof Extension).mapToInt(e -> ((Extension) e)
                        .workingDays()).sum());
    }
}
