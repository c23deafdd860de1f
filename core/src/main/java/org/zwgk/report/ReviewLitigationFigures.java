package org.zwgk.report;

import java.util.Objects;
import org.zwgk.spi.ZwgkException;

/**
 * Section 四 (政府信息公开行政复议、行政诉讼情况), supplied by the host from its reconsideration and litigation records.
 *
 * @param reconsideration                   行政复议
 * @param litigationWithoutReconsideration  行政诉讼 — 未经复议直接起诉
 * @param litigationAfterReconsideration    行政诉讼 — 复议后起诉
 */
public record ReviewLitigationFigures(Results reconsideration, Results litigationWithoutReconsideration,
                                      Results litigationAfterReconsideration) {

    /** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (total = sum of the four; UNCONFIRMED sub-columns, reference §7). */
    public record Results(int upheld, int corrected, int other, int pending, int total) {
        public Results {
            ProactiveDisclosureFigures.nonNegative("upheld", upheld);
            ProactiveDisclosureFigures.nonNegative("corrected", corrected);
            ProactiveDisclosureFigures.nonNegative("other", other);
            ProactiveDisclosureFigures.nonNegative("pending", pending);
            int sum = upheld + corrected + other + pending;
            if (total != sum) {
                throw new ZwgkException(ReportErrors.TOTAL_MISMATCH, "total", total, sum);
            }
        }

        public static Results of(int upheld, int corrected, int other, int pending) {
            return new Results(upheld, corrected, other, pending, upheld + corrected + other + pending);
        }

        public static final Results NONE = of(0, 0, 0, 0);
    }

    public static final ReviewLitigationFigures NONE = new ReviewLitigationFigures(Results.NONE, Results.NONE,
            Results.NONE);

    public ReviewLitigationFigures {
        Objects.requireNonNull(reconsideration, "reconsideration");
        Objects.requireNonNull(litigationWithoutReconsideration, "litigationWithoutReconsideration");
        Objects.requireNonNull(litigationAfterReconsideration, "litigationAfterReconsideration");
    }
}
