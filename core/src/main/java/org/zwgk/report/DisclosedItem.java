package org.zwgk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.zwgk.spi.ZwgkException;

/**
 * One proactively disclosed item that section 二 counts (OGI Art. 20 (一), (五), (六), (八)), as the host's
 * publishing records know it. {@link ProactiveDisclosureFigures#countFrom} turns a list of them into the section.
 *
 * @param kind                  which row it counts in
 * @param effectiveOn           the day a rule or normative document was issued (制发), or a decision was taken, or a
 *                              fee was collected
 * @param repealedOn            for rules and normative documents: the day it was repealed (废止), else {@code null}
 * @param amountTenThousandYuan for {@link Kind#FEE_COLLECTION}: the amount in 万元; {@code null} otherwise
 */
public record DisclosedItem(Kind kind, LocalDate effectiveOn, LocalDate repealedOn, BigDecimal amountTenThousandYuan) {

    /** The rows of section 二. */
    public enum Kind {
        RULE("规章", true),
        NORMATIVE_DOCUMENT("行政规范性文件", true),
        LICENSING_DECISION("行政许可", false),
        PENALTY_DECISION("行政处罚", false),
        COERCION_DECISION("行政强制", false),
        FEE_COLLECTION("行政事业性收费", false);

        private final String labelZh;
        private final boolean document;

        Kind(String labelZh, boolean document) {
            this.labelZh = labelZh;
            this.document = document;
        }

        public String labelZh() {
            return labelZh;
        }

        /** Rules and normative documents have a life (issued, repealed, in force); the rest are yearly counts. */
        public boolean isDocument() {
            return document;
        }
    }

    public DisclosedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (repealedOn != null && (!kind.isDocument() || repealedOn.isBefore(effectiveOn))) {
            throw new ZwgkException(ReportErrors.INVALID_ITEM, kind, "repealedOn " + repealedOn);
        }
        if ((kind == Kind.FEE_COLLECTION) != (amountTenThousandYuan != null)) {
            throw new ZwgkException(ReportErrors.INVALID_ITEM, kind, "amountTenThousandYuan");
        }
        if (amountTenThousandYuan != null && amountTenThousandYuan.signum() < 0) {
            throw new ZwgkException(ReportErrors.NEGATIVE_FIGURE, "amountTenThousandYuan", amountTenThousandYuan);
        }
    }

    public static DisclosedItem document(Kind kind, LocalDate issuedOn, LocalDate repealedOn) {
        return new DisclosedItem(kind, issuedOn, repealedOn, null);
    }

    public static DisclosedItem decision(Kind kind, LocalDate decidedOn) {
        return new DisclosedItem(kind, decidedOn, null, null);
    }

    public static DisclosedItem fee(LocalDate collectedOn, BigDecimal tenThousandYuan) {
        return new DisclosedItem(Kind.FEE_COLLECTION, collectedOn, null, tenThousandYuan);
    }
}
