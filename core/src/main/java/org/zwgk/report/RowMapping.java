package org.zwgk.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.zwgk.request.Decision;
import org.zwgk.classify.ExemptionGround;
import org.zwgk.request.NotProcessedReason;
import org.zwgk.request.OutcomeCode;
import org.zwgk.request.ReplyType;

/**
 * Which section 三 row an outcome is counted in (reference §3.2, §3.3, §7). Refusals are counted by their primary
 * (first) {@link ExemptionGround}. Two rows are UNCONFIRMED and therefore configurable through {@link #with}:
 * {@code SPECIAL_ACCESS_LAW} (default （六）3.其他) and {@code NOT_RESPONSIBLE} (default （四）1.本机关不掌握相关政府信息,
 * the usual practice).
 */
public final class RowMapping {

    private final Map<OutcomeCode, Section3Row> rows;

    private RowMapping(Map<OutcomeCode, Section3Row> rows) {
        this.rows = Map.copyOf(rows);
    }

    /** The mapping of reference §7. */
    public static RowMapping defaults() {
        Map<OutcomeCode, Section3Row> m = new HashMap<>();
        m.put(ReplyType.ALREADY_PUBLIC, Section3Row.DISCLOSED);
        m.put(ReplyType.DISCLOSED, Section3Row.DISCLOSED);
        m.put(ReplyType.PARTIALLY_DISCLOSED, Section3Row.PARTIALLY_DISCLOSED);
        m.put(ReplyType.NOT_EXIST, Section3Row.UNABLE_NOT_HELD);
        m.put(ReplyType.NOT_RESPONSIBLE, Section3Row.UNABLE_NOT_HELD);
        m.put(ReplyType.REPEAT_REQUEST, Section3Row.NOT_PROCESSED_REPEAT);
        m.put(ReplyType.SPECIAL_ACCESS_LAW, Section3Row.OTHER_OTHER);
        m.put(NotProcessedReason.ABANDONED_NO_CORRECTION, Section3Row.OTHER_NO_CORRECTION);
        m.put(NotProcessedReason.STILL_UNCLEAR_AFTER_CORRECTION, Section3Row.UNABLE_STILL_UNCLEAR);
        m.put(NotProcessedReason.EXCESSIVE_REQUESTS, Section3Row.NOT_PROCESSED_EXCESSIVE);
        m.put(NotProcessedReason.REQUIRES_PROCESSING, Section3Row.UNABLE_REQUIRES_PROCESSING);
        m.put(NotProcessedReason.PETITION_OR_COMPLAINT, Section3Row.NOT_PROCESSED_PETITION);
        m.put(NotProcessedReason.PUBLIC_PUBLICATION, Section3Row.NOT_PROCESSED_PUBLICATION);
        m.put(NotProcessedReason.CONFIRM_OR_REISSUE, Section3Row.NOT_PROCESSED_CONFIRM_OR_REISSUE);
        m.put(NotProcessedReason.FEE_NOT_PAID, Section3Row.OTHER_FEE_NOT_PAID);
        return new RowMapping(m);
    }

    /** A copy counting {@code code} in {@code row}; {@code NOT_DISCLOSED} always follows its ground. */
    public RowMapping with(OutcomeCode code, Section3Row row) {
        Objects.requireNonNull(code, "code");
        if (code == ReplyType.NOT_DISCLOSED || row == null || !row.isOutcome()) {
            throw new IllegalArgumentException("cannot map " + code + " to " + row);
        }
        Map<OutcomeCode, Section3Row> m = new HashMap<>(rows);
        m.put(code, row);
        return new RowMapping(m);
    }

    /** The row a decision is counted in. */
    public Section3Row rowOf(Decision decision) {
        if (decision.code() == ReplyType.NOT_DISCLOSED) {
            return withheldRow(decision.grounds().get(0));
        }
        return rows.get(decision.code());
    }

    /** Rows （三）1–8, in the order of {@link ExemptionGround}. */
    public static Section3Row withheldRow(ExemptionGround ground) {
        return switch (ground) {
            case STATE_SECRET -> Section3Row.WITHHELD_STATE_SECRET;
            case LAW_PROHIBITS -> Section3Row.WITHHELD_LAW_PROHIBITS;
            case THREE_SECURITIES_ONE_STABILITY -> Section3Row.WITHHELD_THREE_SECURITIES_ONE_STABILITY;
            case THIRD_PARTY_RIGHTS -> Section3Row.WITHHELD_THIRD_PARTY_RIGHTS;
            case INTERNAL_AFFAIRS -> Section3Row.WITHHELD_INTERNAL_AFFAIRS;
            case PROCESS_INFORMATION -> Section3Row.WITHHELD_PROCESS_INFORMATION;
            case ENFORCEMENT_CASE_FILE -> Section3Row.WITHHELD_ENFORCEMENT_CASE_FILE;
            case ADMINISTRATIVE_QUERY -> Section3Row.WITHHELD_ADMINISTRATIVE_QUERY;
        };
    }
}
