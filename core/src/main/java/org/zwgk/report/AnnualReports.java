package org.zwgk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.request.ApplicantType;
import org.zwgk.request.Application;
import org.zwgk.request.PeriodLocks;
import org.zwgk.spi.ZwgkException;

/**
 * Computes and issues annual reports.
 *
 * <p>Section 三 is counted from the application records of the body (a pure function of them):
 * <ul>
 *   <li>一 new: applications whose Art. 31 receipt date is in the year;</li>
 *   <li>二 carried from last year: received before the year and not decided before it — or, when the host passes
 *       last year's issued 结转下年度 figures, those figures (then a gap between last year's report and the records
 *       shows up as a reconciliation failure, naming the column);</li>
 *   <li>三 outcomes: decisions dated in the year, by {@link RowMapping};</li>
 *   <li>四 carried to next year: applications of 一 + 二 not decided by 31 December.</li>
 * </ul>
 */
public final class AnnualReports {

    private AnnualReports() {
    }

    /**
     * What a report is computed from.
     *
     * @param body                     the reporting organ; applications of other bodies are ignored
     * @param year                     the year
     * @param applications             the application records (any years; all are considered)
     * @param proactiveDisclosure      section 二 figures from the host
     * @param reviewAndLitigation      section 四 figures from the host
     * @param carriedFromLastReport    last year's issued 四、结转下年度继续办理 row, if any; {@code null} to count it
     *                                 from the records
     */
    public record Input(String body, int year, List<Application> applications,
                        ProactiveDisclosureFigures proactiveDisclosure, ReviewLitigationFigures reviewAndLitigation,
                        Counts carriedFromLastReport) {
        public Input {
            Objects.requireNonNull(body, "body");
            applications = List.copyOf(applications);
            Objects.requireNonNull(proactiveDisclosure, "proactiveDisclosure");
            Objects.requireNonNull(reviewAndLitigation, "reviewAndLitigation");
        }

        public Optional<Counts> carriedFromLastReportIfKnown() {
            return Optional.ofNullable(carriedFromLastReport);
        }
    }

    /** Computes the report with the default {@link RowMapping}. */
    public static AnnualReport compute(Input in, Clock clock) {
        return compute(in, RowMapping.defaults(), clock);
    }

    /** Computes the report; fails with {@link ReportErrors#RECONCILIATION_FAILED} if the figures do not add up. */
    public static AnnualReport compute(Input in, RowMapping mapping, Clock clock) {
        LocalDate first = LocalDate.of(in.year(), 1, 1);
        LocalDate last = LocalDate.of(in.year(), 12, 31);
        Map<Section3Row, Map<ApplicantType, Integer>> cells = new EnumMap<>(Section3Row.class);
        for (Section3Row r : Section3Row.values()) {
            cells.put(r, new EnumMap<>(ApplicantType.class));
        }
        for (Application a : in.applications()) {
            if (!a.registration().body().equals(in.body())) {
                continue;
            }
            ApplicantType col = a.registration().applicant().type();
            LocalDate received = a.receivedOn();
            Optional<LocalDate> decided = a.decidedOn();
            boolean isNew = !received.isBefore(first) && !received.isAfter(last);
            boolean carried = received.isBefore(first) && decided.map(d -> !d.isBefore(first)).orElse(true);
            if (!isNew && !carried) {
                continue;
            }
            add(cells, isNew ? Section3Row.NEW_THIS_YEAR : Section3Row.CARRIED_FROM_LAST_YEAR, col);
            if (decided.isPresent() && !decided.get().isAfter(last)) {
                add(cells, mapping.rowOf(a.decision().orElseThrow()), col);
                add(cells, Section3Row.RESULT_TOTAL, col);
            } else {
                add(cells, Section3Row.CARRIED_TO_NEXT_YEAR, col);
            }
        }
        List<ApplicationFigures.Row> rows = new ArrayList<>();
        for (Section3Row r : Section3Row.values()) {
            Counts c = Counts.of(cells.get(r));
            if (r == Section3Row.CARRIED_FROM_LAST_YEAR && in.carriedFromLastReport() != null) {
                c = in.carriedFromLastReport();
            }
            rows.add(new ApplicationFigures.Row(r, c));
        }
        return new AnnualReport(AnnualReport.FORMAT, in.body(), in.year(), LocalDate.now(clock), "",
                in.proactiveDisclosure(), new ApplicationFigures(rows), in.reviewAndLitigation(), "", "");
    }

    private static void add(Map<Section3Row, Map<ApplicantType, Integer>> cells, Section3Row row, ApplicantType col) {
        cells.get(row).merge(col, 1, Integer::sum);
    }

    /**
     * Issues the report: locks the year's records ({@link PeriodLocks}) so that no later change can make the issued
     * figures disagree with the records. Refused before the year is over and when already issued.
     */
    public static AnnualReport issue(AnnualReport report, PeriodLocks locks, LocalDate issuedOn) {
        if (issuedOn.getYear() <= report.year()) {
            throw new ZwgkException(ReportErrors.YEAR_NOT_OVER, report.year(), issuedOn);
        }
        Optional<LocalDate> already = locks.issuedOn(report.body(), report.year());
        if (already.isPresent()) {
            throw new ZwgkException(ReportErrors.ALREADY_ISSUED, report.body(), report.year(), already.get());
        }
        locks.lock(report.body(), report.year(), issuedOn);
        return report;
    }
}
