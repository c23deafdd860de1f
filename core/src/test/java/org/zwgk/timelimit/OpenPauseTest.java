package org.zwgk.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
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
import org.zwgk.timelimit.ClockEvent.PauseClosed;
import org.zwgk.timelimit.ClockEvent.PauseOpened;
import org.zwgk.timelimit.ClockEvent.Restart;
import org.zwgk.timelimit.TimeLimitRule.Anchor;
import org.zwgk.timelimit.TimeLimitRule.CalendarDays;
import org.zwgk.timelimit.TimeLimitRule.WorkingDays;
import org.zwgk.timelimit.TraceDay.Status;

/** Open-ended pauses (consultation letter out, no answer yet; OGI Arts. 32–34, Art. 33 ¶3). */
class OpenPauseTest {

    private static final WorkingCalendar CAL = WorkingCalendar.builder().base(CalendarData.builtInOnly()).build();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static WorkingDays wd(int n) {
        return new WorkingDays(n, Anchor.APPLICATION_RECEIVED);
    }

    /**
     * Worked by hand against the 2024 notice (National Day 10-01..07; Sun 09-29 and Sat 10-12 worked).
     * start, working days, letter sent X, consumed, remaining, answer Y, due after closing.
     */
    @ParameterizedTest(name = "{0} +{1} WD, letter {2}: {3} used, {4} left; answer {5} → {6}")
    @CsvSource({
        // (09-27, 10-08] = 09-29, 09-30, 10-08 counted; 17 WD after 10-15 = 11-07
        "2024-09-27, 20, 2024-10-09, 3, 17, 2024-10-15, 2024-11-07",
        // letter on the start day: the pause covers the first days, nothing consumed; 20 WD after 09-30 = 11-01
        "2024-09-27, 20, 2024-09-27, 0, 20, 2024-09-30, 2024-11-01",
        // letter on a holiday: 09-29, 09-30 consumed; answer on 10-08 → 18 WD after 10-08 (Sat 10-12 worked) = 10-31
        "2024-09-27, 20, 2024-10-03, 2, 18, 2024-10-08, 2024-10-31",
        // letter the day after the start, answer the same day: only Sat 09-28 (a rest day) paused: as unpaused
        "2024-09-27, 20, 2024-09-28, 0, 20, 2024-09-28, 2024-10-30",
        // letter on the last day: 19 consumed, 1 left; answer on Fri 11-01 → Mon 11-04
        "2024-09-27, 20, 2024-10-30, 19, 1, 2024-11-01, 2024-11-04",
        // across the year boundary and New Year's Day 2025: (12-20, 12-31] = 7 WD; 13 WD after 01-06 = 01-23
        "2024-12-20, 20, 2025-01-01, 7, 13, 2025-01-06, 2025-01-23",
    })
    void workingDayExamples(LocalDate start, int n, LocalDate x, int consumed, int remaining, LocalDate y,
            LocalDate due) {
        DeadlineState open = Deadlines.evaluate(start, wd(n), List.of(new PauseOpened(x, "征求第三方意见")), CAL);
        assertThat(open).isInstanceOf(Suspended.class);
        Suspended s = (Suspended) open;
        assertThat(s.consumed()).isEqualTo(consumed);
        assertThat(s.remaining()).isEqualTo(remaining);
        assertThat(s.period()).isEqualTo(n);
        assertThat(s.unit()).isEqualTo(TimeLimitRule.Unit.WORKING_DAYS);
        assertThat(s.trace()).filteredOn(t -> t.status().counts()).hasSize(consumed);
        assertThat(s.trace().get(s.trace().size() - 1)).extracting(TraceDay::date, TraceDay::status)
                .containsExactly(s.since(), Status.SUSPENDED);
        Deadline closed = Deadlines.compute(start, wd(n), List.of(new PauseOpened(x, "征求第三方意见"),
                new PauseClosed(y)), CAL);
        assertThat(closed.due()).isEqualTo(due);
        assertThat(Deadlines.compute(start, wd(n), List.of(new Pause(x, y, "")), CAL).due()).isEqualTo(due);
    }

    @Test
    void documentedExample() {
        // docs/time.md: letter on 10-09, no answer yet → suspended; answer on 10-15 → 2024-11-07
        List<ClockEvent> events = new ArrayList<>(List.of(new PauseOpened(d("2024-10-09"), "征求第三方意见")));
        Suspended s = (Suspended) Deadlines.evaluate(d("2024-09-27"), wd(20), events, WorkingCalendar.national());
        assertThat(s.summary(Locale.CHINA))
                .isEqualTo("自 2024-10-09 起暂停计时(征求第三方意见),已计 3 个工作日,剩余 17 个工作日(共 20 个工作日);"
                        + "暂停结束前没有截止日期");
        assertThat(s.summary(Locale.ENGLISH)).startsWith("suspended since 2024-10-09 (征求第三方意见): 3 working days"
                + " counted, 17 working days remaining (of 20)");
        assertThat(s.explain(Locale.CHINA)).last().isEqualTo(s.summary(Locale.CHINA));
        assertThat(s.explain(Locale.CHINA)).anySatisfy(l -> assertThat(l).startsWith("2024-10-09").contains("暂停计时中"));
        events.add(new PauseClosed(d("2024-10-15")));
        assertThat(Deadlines.compute(d("2024-09-27"), wd(20), events, WorkingCalendar.national()).due())
                .isEqualTo(d("2024-11-07"));
    }

    @Test
    void calendarDayPeriods() {
        // 20 days from 09-12: (09-12, 09-19] = 7 used, 13 left; answer 09-26 → nominal 10-09 (a Wednesday)
        Suspended s = (Suspended) Deadlines.evaluate(d("2024-09-12"), new CalendarDays(20, Anchor.APPROVAL),
                List.of(new PauseOpened(d("2024-09-20"), "")), CAL);
        assertThat(s.unit()).isEqualTo(TimeLimitRule.Unit.CALENDAR_DAYS);
        assertThat(s.consumed()).isEqualTo(7);
        assertThat(s.remaining()).isEqualTo(13);
        Deadline closed = Deadlines.compute(d("2024-09-12"), new CalendarDays(20, Anchor.APPROVAL),
                List.of(new PauseOpened(d("2024-09-20"), ""), new PauseClosed(d("2024-09-26"))), CAL);
        assertThat(closed.due()).isEqualTo(d("2024-10-09"));
    }

    @Test
    void extensionAndEarlierPausesCountInThePeriod() {
        // closed pause 10-09..10-15 (as in the docs), extension 20, then a second letter on 11-11
        List<ClockEvent> events = List.of(new Pause(d("2024-10-09"), d("2024-10-15"), "第三方"),
                new Extension(d("2024-10-28"), 20, "办公室主任"), new PauseOpened(d("2024-11-11"), "其他机关"));
        Suspended s = (Suspended) Deadlines.evaluate(d("2024-09-27"), wd(20), events, CAL);
        // counted: 3 before 10-09, then 10-16..11-08 = 18 → 21 of 40
        assertThat(s.period()).isEqualTo(40);
        assertThat(s.consumed()).isEqualTo(21);
        assertThat(s.remaining()).isEqualTo(19);
    }

    @Test
    void aPauseAfterThePeriodRanOutDoesNotSuspendIt() {
        DeadlineState st = Deadlines.evaluate(d("2024-09-27"), wd(20), List.of(new PauseOpened(d("2024-10-31"), "")),
                CAL);
        assertThat(st).isInstanceOf(Deadline.class);
        assertThat(((Deadline) st).due()).isEqualTo(d("2024-10-30"));
        assertThat(st.warnings()).anySatisfy(w -> assertThat(w).contains("2024-10-31").contains("不影响截止日期"));
        // a letter on the due date itself: that day is not counted, so one working day is left
        Suspended last = (Suspended) Deadlines.evaluate(d("2024-09-27"), wd(20),
                List.of(new PauseOpened(d("2024-10-30"), "")), CAL);
        assertThat(last.remaining()).isEqualTo(1);
    }

    @Test
    void computeRefusesToInventADate() {
        assertThatThrownBy(() -> Deadlines.compute(d("2024-09-27"), wd(20),
                List.of(new PauseOpened(d("2024-10-09"), "")), CAL))
                .isInstanceOf(ZwgkException.class).hasMessageStartingWith("ZWGK-2209")
                .hasMessageContaining("2024-10-09").hasMessageContaining("3 WD").hasMessageContaining("17 WD");
    }

    @Test
    void onlyTheCloseMayFollowAnOpenPause() {
        LocalDate s = d("2024-09-27");
        PauseOpened open = new PauseOpened(d("2024-10-09"), "");
        for (ClockEvent after : List.of(new PauseOpened(d("2024-10-10"), ""), new Extension(d("2024-10-10"), 5, "主任"),
                new Restart(d("2024-10-10"), ""), new Pause(d("2024-10-10"), d("2024-10-11"), ""))) {
            assertThatThrownBy(() -> Deadlines.evaluate(s, wd(20), List.of(open, after), CAL))
                    .as("%s", after).isInstanceOf(ZwgkException.class).hasMessageStartingWith("ZWGK-2207")
                    .hasMessageContaining("2024-10-09")
                    .satisfies(e -> assertThat(((ZwgkException) e).hint(Locale.CHINA)).contains("PauseClosed"));
        }
        // closed, the list may go on, and a new pause may open
        DeadlineState again = Deadlines.evaluate(s, wd(20), List.of(open, new PauseClosed(d("2024-10-15")),
                new Extension(d("2024-10-16"), 5, "主任"), new PauseOpened(d("2024-10-21"), "")), CAL);
        assertThat(again).isInstanceOf(Suspended.class);
        assertThat(((Suspended) again).period()).isEqualTo(25);
    }

    @Test
    void aCloseNeedsAnOpenPauseBeforeIt() {
        LocalDate s = d("2024-09-27");
        assertThatThrownBy(() -> Deadlines.evaluate(s, wd(20), List.of(new PauseClosed(d("2024-10-15"))), CAL))
                .hasMessageStartingWith("ZWGK-2208");
        assertThatThrownBy(() -> Deadlines.evaluate(s, wd(20), List.of(new PauseOpened(d("2024-10-09"), ""),
                new PauseClosed(d("2024-10-08"))), CAL)).hasMessageStartingWith("ZWGK-2208");
        assertThatThrownBy(() -> Deadlines.evaluate(s, wd(20), List.of(new PauseOpened(d("2024-10-09"), ""),
                new PauseClosed(d("2024-10-15")), new PauseClosed(d("2024-10-16"))), CAL))
                .hasMessageStartingWith("ZWGK-2208");
    }

    // ---- property: closing at Y is exactly the closed pause [X, Y] --------------------------------------------

    static Stream<Long> seeds() {
        return IntStream.range(0, 1500).mapToObj(i -> 0x0BE2_0000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void closingAnOpenPauseEqualsRecordingTheClosedPause(long seed) {
        Random r = new Random(seed);
        LocalDate start = LocalDate.ofEpochDay(d("2019-01-01").toEpochDay() + r.nextInt(2800));
        int n = 1 + r.nextInt(40);
        boolean working = r.nextInt(4) != 0;
        TimeLimitRule rule = working ? wd(n) : new CalendarDays(n, Anchor.APPROVAL);
        List<ClockEvent> before = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            LocalDate from = start.plusDays(r.nextInt(50));
            before.add(new Pause(from, from.plusDays(r.nextInt(12)), "p" + i));
        }
        if (r.nextInt(4) == 0) {
            before.add(new Restart(start.plusDays(r.nextInt(15)), "补正"));
        }
        int ext = 0;
        if (working && r.nextBoolean()) {
            ext = 1 + r.nextInt(20);
            before.add(new Extension(start.plusDays(r.nextInt(10)), ext, "主任"));
        }
        LocalDate x = start.plusDays(r.nextInt(70) - 3);
        LocalDate answer = x.plusDays(r.nextInt(30));
        LocalDate y = answer.isBefore(start) ? start : answer;
        List<ClockEvent> open = new ArrayList<>(before);
        open.add(new PauseOpened(x, "征求意见"));
        List<ClockEvent> viaClose = new ArrayList<>(open);
        viaClose.add(new PauseClosed(y));
        List<ClockEvent> direct = new ArrayList<>(before);
        direct.add(new Pause(x, y, "征求意见"));

        Deadline a = Deadlines.compute(start, rule, viaClose, CAL);
        Deadline b = Deadlines.compute(start, rule, direct, CAL);
        assertThat(a.due()).as("seed %d: close at %s vs Pause[%s, %s] with %s", seed, y, x, y, before)
                .isEqualTo(b.due());
        assertThat(a.trace()).as("seed %d: same trace", seed).isEqualTo(b.trace());

        DeadlineState st = Deadlines.evaluate(start, rule, open, CAL);
        int period = n + ext;
        if (st instanceof Suspended s) {
            assertThat(s.consumed() + s.remaining()).as("seed %d: consumed + remaining = period", seed)
                    .isEqualTo(period);
            assertThat(s.remaining()).as("seed %d", seed).isPositive();
            assertThat(s.trace()).as("seed %d: consumed = days counted in the suspended trace", seed)
                    .filteredOn(t -> t.status().counts()).hasSize(s.consumed());
            // the closed computation counts the same days before `since`, and the remaining ones after the pause
            assertThat(b.trace()).as("seed %d: consumed = closed trace's count before %s", seed, s.since())
                    .filteredOn(t -> t.status().counts() && t.date().isBefore(s.since())).hasSize(s.consumed());
            assertThat(b.trace()).as("seed %d: remaining = closed trace's count after the answer", seed)
                    .filteredOn(t -> t.status().counts() && !t.date().isBefore(s.since())).hasSize(s.remaining())
                    .allSatisfy(t -> assertThat(t.date()).as("seed %d", seed).isAfter(y));
            assertThat(b.due()).as("seed %d: due after the answer", seed).isAfter(y);
        } else {
            Deadline fixed = (Deadline) st;
            assertThat(fixed.due()).as("seed %d: period ran out before the letter: fixed", seed).isEqualTo(b.due());
            assertThat(b.trace()).as("seed %d: every counted day precedes the letter", seed)
                    .filteredOn(t -> t.status().counts()).hasSize(period)
                    .allSatisfy(t -> assertThat(t.date()).as("seed %d", seed).isBefore(x));
        }
    }
}
