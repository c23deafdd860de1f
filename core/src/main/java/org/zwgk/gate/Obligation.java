package org.zwgk.gate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A disclosure obligation with its deadline and the inputs to recompute it.
 *
 * @param itemId  the registered item, or {@code null} while a 五公开 obligation waits for its information
 */
public record Obligation(long id, String key, ObligationKind kind, ObligationStatus status, String title,
                         String stepId, String matterId, String itemId, String catalogueItemId, LocalDate startOn,
                         LocalDate dueOn, boolean provisional, String calendarVersion, String rule,
                         String exemption) {
    public Obligation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** One line for the unmet-obligations message: item, what is missing, due date. */
    public String describe() {
        String what = itemId != null ? itemId : "目录事项 " + catalogueItemId;
        return what + "「" + title + "」：" + kind.label() + "（" + status.label() + "），截止 " + dueOn
                + (provisional ? "（暂定）" : "");
    }
}
