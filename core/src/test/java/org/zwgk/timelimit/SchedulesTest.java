package org.zwgk.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import org.zwgk.timelimit.Schedules.HandOver;
import org.zwgk.timelimit.Schedules.Occurrence;
import org.zwgk.timelimit.Schedules.ReportIssuer;

class SchedulesTest {

    private static final WorkingCalendar CAL = WorkingCalendar.builder().base(CalendarData.builtInOnly()).build();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void handOverOnThe5thAnd20thPostponedOverRestDays() {
        List<Occurrence> oct = HandOver.defaults().occurrences(d("2024-10-01"), d("2024-10-31"), CAL);
        assertThat(oct).containsExactly(new Occurrence(d("2024-10-05"), d("2024-10-08")),
                new Occurrence(d("2024-10-20"), d("2024-10-21")));
        assertThat(oct.get(0).postponed()).isTrue();
        List<Occurrence> fixed = new HandOver(List.of(5, 20), false).occurrences(d("2024-10-01"), d("2024-10-31"), CAL);
        assertThat(fixed).extracting(Occurrence::due).containsExactly(d("2024-10-05"), d("2024-10-20"));
        assertThat(HandOver.defaults().next(d("2024-10-06"), CAL).due()).isEqualTo(d("2024-10-08"));
        assertThat(HandOver.defaults().next(d("2024-10-09"), CAL).due()).isEqualTo(d("2024-10-21"));
        assertThat(new HandOver(List.of(31), true).occurrences(d("2025-02-01"), d("2025-02-28"), CAL))
                .extracting(Occurrence::nominal).containsExactly(d("2025-02-28"));
        assertThatThrownBy(() -> new HandOver(List.of(0), true)).isInstanceOf(ZwgkException.class);
        assertThatThrownBy(() -> new HandOver(List.of(), true)).isInstanceOf(ZwgkException.class);
    }

    @Test
    void villageSchedule() {
        Schedules.Village v = Schedules.Village.seed003();
        assertThat(v.immediateDue(d("2024-09-30"), CAL)).isEqualTo(d("2024-10-10"));
        assertThat(v.displayUntil(d("2024-09-27"), CAL)).isEqualTo(d("2024-10-12")); // adjusted Saturday counts
        assertThat(v.nextQuarterly(d("2024-02-01"), CAL)).isEqualTo(new Occurrence(d("2024-04-20"), d("2024-04-22")));
        assertThat(v.nextMonthly(d("2024-10-09"), CAL).due()).isEqualTo(d("2024-10-21"));
        assertThat(v.yearly(2025, CAL)).isEqualTo(new Occurrence(d("2025-01-31"), d("2025-02-05")));
    }

    @Test
    void annualReportsKeepTheStatutoryDay() {
        Schedules.AnnualReportDue dept = Schedules.annualReport(2024, ReportIssuer.DEPARTMENT, CAL);
        assertThat(dept.due()).isEqualTo(d("2025-01-31"));
        assertThat(dept.dueIsRestDay()).isTrue(); // inside the 2025 Spring Festival
        assertThat(dept.lastWorkingDayBefore()).isEqualTo(d("2025-01-27"));
        Schedules.AnnualReportDue gov = Schedules.annualReport(2024, ReportIssuer.GOVERNMENT, CAL);
        assertThat(gov.due()).isEqualTo(d("2025-03-31"));
        assertThat(gov.dueIsRestDay()).isFalse();
        assertThat(gov.lastWorkingDayBefore()).isEqualTo(gov.due());
    }
}
