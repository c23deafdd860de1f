package org.zwgk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Section 二 counted from the host's disclosure records for {@code year}: documents issued and repealed in the
     * year and in force on 31 December; decisions taken in the year; fees collected in the year (summed exactly).
     */
    public static ProactiveDisclosureFigures countFrom(int year, List<DisclosedItem> items) {
        LocalDate last = LocalDate.of(year, 12, 31);
        int[][] docs = new int[2][3];
        int licensing = 0;
        int penalty = 0;
        int coercion = 0;
        BigDecimal fees = BigDecimal.ZERO;
        for (DisclosedItem i : items) {
            boolean inYear = i.effectiveOn().getYear() == year;
            switch (i.kind()) {
                case RULE, NORMATIVE_DOCUMENT -> {
                    int[] d = docs[i.kind() == DisclosedItem.Kind.RULE ? 0 : 1];
                    if (inYear) {
                        d[0]++;
                    }
                    if (i.repealedOn() != null && i.repealedOn().getYear() == year) {
                        d[1]++;
                    }
                    if (!i.effectiveOn().isAfter(last) && (i.repealedOn() == null || i.repealedOn().isAfter(last))) {
                        d[2]++;
                    }
                }
                case LICENSING_DECISION -> licensing += inYear ? 1 : 0;
                case PENALTY_DECISION -> penalty += inYear ? 1 : 0;
                case COERCION_DECISION -> coercion += inYear ? 1 : 0;
                case FEE_COLLECTION -> fees = inYear ? fees.add(i.amountTenThousandYuan()) : fees;
            }
        }
        return new ProactiveDisclosureFigures(new DocumentCounts(docs[0][0], docs[0][1], docs[0][2]),
                new DocumentCounts(docs[1][0], docs[1][1], docs[1][2]), licensing, penalty, coercion, fees);
    }

    static void nonNegative(String field, int value) {
        if (value < 0) {
            throw new ZwgkException(ReportErrors.NEGATIVE_FIGURE, field, value);
        }
    }
}
