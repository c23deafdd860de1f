package org.zwgk.report;

import java.math.BigDecimal;
import java.util.Objects;
import org.zwgk.spi.ZwgkException;

/**
 * Section 二 (主动公开政府信息情况) — figures for OGI Art. 20 (一), (五), (六), (八) that the host's own systems know
 * (legislation office, licensing, enforcement and finance systems); zwgk cannot count them from disclosures alone.
 *
 * @param rules                    第(一)项 规章
 * @param normativeDocuments       第(一)项 行政规范性文件
 * @param licensingDecisions       第(五)项 行政许可 本年处理决定数量
 * @param penaltyDecisions         第(六)项 行政处罚 本年处理决定数量
 * @param coercionDecisions        第(六)项 行政强制 本年处理决定数量
 * @param feesTenThousandYuan      第(八)项 行政事业性收费 本年收费金额 (单位：万元), as stated (scale kept)
 */
public record ProactiveDisclosureFigures(DocumentCounts rules, DocumentCounts normativeDocuments,
                                         int licensingDecisions, int penaltyDecisions, int coercionDecisions,
                                         BigDecimal feesTenThousandYuan) {

    /** 本年制发件数, 本年废止件数, 现行有效件数. */
    public record DocumentCounts(int issued, int repealed, int inForce) {
        public DocumentCounts {
            nonNegative("issued", issued);
            nonNegative("repealed", repealed);
            nonNegative("inForce", inForce);
        }
    }

    public static final ProactiveDisclosureFigures NONE = new ProactiveDisclosureFigures(
            new DocumentCounts(0, 0, 0), new DocumentCounts(0, 0, 0), 0, 0, 0, BigDecimal.ZERO);

    public ProactiveDisclosureFigures {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(normativeDocuments, "normativeDocuments");
        nonNegative("licensingDecisions", licensingDecisions);
        nonNegative("penaltyDecisions", penaltyDecisions);
        nonNegative("coercionDecisions", coercionDecisions);
        Objects.requireNonNull(feesTenThousandYuan, "feesTenThousandYuan");
        if (feesTenThousandYuan.signum() < 0) {
            throw new ZwgkException(ReportErrors.NEGATIVE_FIGURE, "feesTenThousandYuan", feesTenThousandYuan);
        }
    }

    static void nonNegative(String field, int value) {
        if (value < 0) {
            throw new ZwgkException(ReportErrors.NEGATIVE_FIGURE, field, value);
        }
    }
}
