package org.zwgk.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.zwgk.request.ApplicantType;
import org.zwgk.spi.ZwgkException;

/**
 * Section 三 (收到和处理政府信息公开申请情况): every row of {@link Section3Row}, in order, each with its {@link Counts}.
 * The constructor enforces the table's own arithmetic, so no inconsistent table can exist: （七）总计 is the sum of the
 * outcome rows, and in every column 一 + 二 = 三（七） + 四 ({@link ReportErrors#RECONCILIATION_FAILED} names the
 * column and the numbers otherwise).
 */
public record ApplicationFigures(List<Row> rows) {

    /** One row; {@code label} is written to JSON for readers and ignored when reading. */
    @JsonIgnoreProperties(value = "label", allowGetters = true)
    public record Row(Section3Row row, Counts counts) {
        public Row {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(counts, "counts");
        }

        @JsonProperty("label")
        public String label() {
            return row.labelZh();
        }
    }

    public ApplicationFigures {
        rows = List.copyOf(rows);
        Section3Row[] all = Section3Row.values();
        if (rows.size() != all.length) {
            throw new ZwgkException(ReportErrors.ROWS_INCOMPLETE, all.length, rows.size());
        }
        for (int i = 0; i < all.length; i++) {
            if (rows.get(i).row() != all[i]) {
                throw new ZwgkException(ReportErrors.ROWS_INCOMPLETE, all.length, i + ":" + rows.get(i).row());
            }
        }
        Counts outcomes = Counts.ZERO;
        for (Row r : rows) {
            if (r.row().isOutcome()) {
                outcomes = outcomes.plus(r.counts());
            }
        }
        Counts total = rows.get(Section3Row.RESULT_TOTAL.ordinal()).counts();
        if (!outcomes.equals(total)) {
            throw new ZwgkException(ReportErrors.TOTAL_MISMATCH, Section3Row.RESULT_TOTAL.labelZh(), total.total(),
                    outcomes.total());
        }
        Counts in1 = rows.get(Section3Row.NEW_THIS_YEAR.ordinal()).counts();
        Counts in2 = rows.get(Section3Row.CARRIED_FROM_LAST_YEAR.ordinal()).counts();
        Counts out4 = rows.get(Section3Row.CARRIED_TO_NEXT_YEAR.ordinal()).counts();
        for (ApplicantType c : ApplicantType.values()) {
            check(c.labelZh() + "/" + c.jsonKey(), in1.get(c), in2.get(c), total.get(c), out4.get(c));
        }
        check("总计/total", in1.total(), in2.total(), total.total(), out4.total());
    }

    private static void check(String column, int one, int two, int three, int four) {
        if (one + two != three + four) {
            throw new ZwgkException(ReportErrors.RECONCILIATION_FAILED, column, one, two, one + two, three, four,
                    three + four);
        }
    }

    /** The counts of one row. */
    public Counts get(Section3Row row) {
        return rows.get(row.ordinal()).counts();
    }
}
