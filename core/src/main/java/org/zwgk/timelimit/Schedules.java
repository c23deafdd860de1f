package org.zwgk.timelimit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;

/** Recurring disclosure schedules: the two-library hand-over, village periodic disclosure, annual reports. */
public final class Schedules {

    private Schedules() {
    }

    /** One occurrence: the nominal day and the day it falls due after any postponement. */
    public record Occurrence(LocalDate nominal, LocalDate due) {
        public Occurrence {
            Objects.requireNonNull(nominal, "nominal");
            Objects.requireNonNull(due, "due");
        }

        public boolean postponed() {
            return !due.equals(nominal);
        }
    }

    /**
     * Hand-over of proactively disclosed information to the state archives and the public library (两馆; Art. 25
     * ¶3 says only 及时). Seed 000 names the 5th and 20th of each month, which is the default; when such a day is a
     * rest day the hand-over moves to the next working day unless {@code postponeOnRestDays} is off.
     */
    public record HandOver(List<Integer> daysOfMonth, boolean postponeOnRestDays) {
        public HandOver {
            daysOfMonth = List.copyOf(new TreeSet<>(daysOfMonth));
            if (daysOfMonth.isEmpty() || daysOfMonth.get(0) < 1 || daysOfMonth.get(daysOfMonth.size() - 1) > 31) {
                throw new ZwgkException(TimeLimitErrors.SCHEDULE_INVALID, "daysOfMonth " + daysOfMonth);
            }
        }

        /** Seed 000: the 5th and the 20th, postponed over rest days. */
        public static HandOver defaults() {
            return new HandOver(List.of(5, 20), true);
        }

        /** Occurrences whose nominal day lies in {@code from..to} (inclusive). */
        public List<Occurrence> occurrences(LocalDate from, LocalDate to, WorkingCalendar cal) {
            List<Occurrence> out = new ArrayList<>();
            for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
                for (int d : daysOfMonth) {
                    LocalDate nominal = m.atDay(Math.min(d, m.lengthOfMonth()));
                    if (!nominal.isBefore(from) && !nominal.isAfter(to)
                            && (out.isEmpty() || !out.get(out.size() - 1).nominal().equals(nominal))) {
                        out.add(new Occurrence(nominal, postponeOnRestDays ? cal.workingDayOnOrAfter(nominal)
                                : nominal));
                    }
                }
            }
            return out;
        }

        /** The first occurrence whose due day is on or after {@code date}. */
        public Occurrence next(LocalDate date, WorkingCalendar cal) {
            for (Occurrence o : occurrences(date.minusDays(10), date.plusMonths(2), cal)) {
                if (!o.due().isBefore(date)) {
                    return o;
                }
            }
            throw new IllegalStateException("no occurrence within two months of " + date);
        }
    }

    /**
     * Village (居) affairs disclosure (seed 003; 村民委员会组织法 Art. 30). Village deadlines are configuration, not
     * OGI law; {@link #seed003()} is the preset of seed 003 plus the day a village catalogue used for quarters.
     *
     * @param immediateWorkingDays 即时公开: within this many working days of the event (seed 003: 3)
     * @param displayWorkingDays   every display stays up at least this many working days (seed 003: 7)
     * @param monthlyDay           day of month of monthly disclosure
     * @param quarterlyDay         day of the first month of each quarter (a village catalogue seen: 20)
     * @param yearlyBy             固定公开 "每年初": by this day of the year (configuration; seed 003 fixes no day)
     */
    public record Village(int immediateWorkingDays, int displayWorkingDays, int monthlyDay, int quarterlyDay,
            MonthDay yearlyBy) {
        public Village {
            if (immediateWorkingDays < 1 || displayWorkingDays < 1 || monthlyDay < 1 || monthlyDay > 31
                    || quarterlyDay < 1 || quarterlyDay > 31) {
                throw new ZwgkException(TimeLimitErrors.SCHEDULE_INVALID, "village schedule");
            }
            Objects.requireNonNull(yearlyBy, "yearlyBy");
        }

        /** Seed 003 (3 WD, display 7 WD); monthly on the 20th, quarterly on the 20th of the first month, yearly by 31 Jan. */
        public static Village seed003() {
            return new Village(3, 7, 20, 20, MonthDay.of(1, 31));
        }

        /** 即时公开: due within {@link #immediateWorkingDays} working days of the event. */
        public LocalDate immediateDue(LocalDate event, WorkingCalendar cal) {
            return cal.plusWorkingDays(event, immediateWorkingDays);
        }

        /** The last day a display published on {@code published} must stay up. */
        public LocalDate displayUntil(LocalDate published, WorkingCalendar cal) {
            return cal.plusWorkingDays(published, displayWorkingDays);
        }

        /** Next monthly disclosure day on or after {@code date}, moved to a working day. */
        public Occurrence nextMonthly(LocalDate date, WorkingCalendar cal) {
            return new HandOver(List.of(monthlyDay), true).next(date, cal);
        }

        /** Next quarterly disclosure day (first month of a quarter) on or after {@code date}. */
        public Occurrence nextQuarterly(LocalDate date, WorkingCalendar cal) {
            TimeLimitRule.Periodic p = new TimeLimitRule.Periodic(TimeLimitRule.Period.QUARTERLY, 1,
                    List.of(quarterlyDay), false, false);
            LocalDate nominal = Deadlines.nextOccurrence(p, date);
            LocalDate due = cal.workingDayOnOrAfter(nominal);
            if (due.isBefore(date)) { // cannot happen: due >= nominal >= date
                throw new IllegalStateException();
            }
            return new Occurrence(nominal, due);
        }

        /** The yearly (固定公开) disclosure of {@code year}. */
        public Occurrence yearly(int year, WorkingCalendar cal) {
            LocalDate nominal = yearlyBy.atYear(year);
            return new Occurrence(nominal, cal.workingDayOnOrAfter(nominal));
        }
    }

    /** Who publishes an annual report (Art. 49). */
    public enum ReportIssuer {
        /** County-level and higher departments: by 31 January (Art. 49 ¶1). */
        DEPARTMENT("政府部门", MonthDay.of(1, 31)),
        /** People's governments, published by the competent department: by 31 March (Art. 49 ¶2). */
        GOVERNMENT("人民政府", MonthDay.of(3, 31));

        private final String label;
        private final MonthDay by;

        ReportIssuer(String label, MonthDay by) {
            this.label = label;
            this.by = by;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The annual report's due date.
     *
     * @param due                  the statutory day (31 Jan or 31 Mar of the following year)
     * @param lastWorkingDayBefore the last working day on or before it — the safe day to publish
     * @param dueIsRestDay         whether the statutory day is a rest day
     */
    public record AnnualReportDue(int reportYear, ReportIssuer issuer, LocalDate due, LocalDate lastWorkingDayBefore,
            boolean dueIsRestDay) {
    }

    /**
     * The due date of the annual report on {@code reportYear}. Art. 49 fixes a calendar date rather than a period
     * counted from a start, so Civil Code Art. 203 (moving a period's last day off a rest day) is not applied: the
     * due date stays 31 January / 31 March and the last working day before it is given as the safe publication day.
     */
    public static AnnualReportDue annualReport(int reportYear, ReportIssuer issuer, WorkingCalendar cal) {
        LocalDate due = issuer.by.atYear(reportYear + 1);
        return new AnnualReportDue(reportYear, issuer, due, cal.workingDayOnOrBefore(due), !cal.isWorkingDay(due));
    }
}
