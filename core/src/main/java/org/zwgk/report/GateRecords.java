package org.zwgk.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.Dialect;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.ItemRows;
import org.zwgk.store.internal.Persistence;

/**
 * Section 二 of the annual report read from zwgk's own records: the {@link DisclosedItem}s of one body and year,
 * derived from the items the host registered with a report kind ({@code Disclosure.withReportKind}) and from
 * their event log, so that {@link ProactiveDisclosureFigures#countFrom} gives 规章/行政规范性文件 制发, 废止 and 现行有效
 * (Art. 20 (一)) and the 行政许可/行政处罚/行政强制 decisions (Art. 20 (五)(六)) without the host counting them again.
 *
 * <p>The rules (国办公开办函〔2021〕30号, section 二 is about 主动公开):
 * <ul>
 *   <li>Only information that was actually proactively disclosed counts: a publication was queued for its channels
 *       (item state 已发布, 已解读, 已归档 or 已撤回; attribute 主动公开 or 部分公开). Withheld and on-request items,
 *       items still waiting for their attribute or secrecy review, and registrations the host rolled back never
 *       count. An item formed in the year and published by the time the report is computed counts in that year.</li>
 *   <li>A rule or normative document is 制发 on its formation date (成文日期, {@code formedOn}) and 废止 on the day
 *       (in {@code zone}) of its withdrawal event ({@code Gate.withdraw}: 废止/撤回); it is 现行有效 when formed by
 *       31 December and not withdrawn by then. Documents formed in earlier years and still in force count in 现行有效.</li>
 *   <li>A decision counts in the year of its formation date (决定日期); a later withdrawal from the channels does not
 *       undo the decision, so it still counts (废止 applies to rules and normative documents only).</li>
 * </ul>
 * Fee amounts (Art. 20 (八)) are not information items: the host adds {@link DisclosedItem#fee} from its finance
 * records, and may merge items its other systems know (e.g. rules issued before it used zwgk).
 */
public final class GateRecords {

    private GateRecords() {
    }

    /**
     * The items of {@code bodyCode} (the {@code Disclosure.bodyCode} it registered with) that section 二 of
     * {@code year} counts, in item id order; items that cannot affect the year (documents repealed before it,
     * decisions of other years, anything formed after it) are left out.
     *
     * @param zone the body's time zone: the day of a withdrawal event is its 废止 date (Asia/Shanghai in China)
     */
    public static List<DisclosedItem> disclosedItems(DataSource dataSource, String bodyCode, int year, ZoneId zone) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            return disclosedItems(c, bodyCode, year, zone);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "disclosedItems", StoreException.describe(e));
        }
    }

    /** As {@link #disclosedItems(DataSource, String, int, ZoneId)}, on the caller's connection (left open). */
    public static List<DisclosedItem> disclosedItems(Connection c, String bodyCode, int year, ZoneId zone) {
        Objects.requireNonNull(c, "connection");
        Objects.requireNonNull(bodyCode, "bodyCode");
        Objects.requireNonNull(zone, "zone");
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<DisclosedItem> out = new ArrayList<>();
        try {
            for (ItemRows.ReportRow r : new Persistence(Dialect.of(c)).items().reportRows(c, bodyCode, last)) {
                DisclosedItem.Kind kind = kind(r.itemId(), r.reportKind());
                LocalDate formed = r.formedOn();
                if (!kind.isDocument()) {
                    if (formed.getYear() == year) {
                        out.add(DisclosedItem.decision(kind, formed));
                    }
                    continue;
                }
                LocalDate repealed = r.withdrawnAt() == null ? null : r.withdrawnAt().atZone(zone).toLocalDate();
                if (repealed != null && repealed.isBefore(formed)) {
                    // Withdrawn before it was formed: the registered 成文日期 is wrong; no count can be right.
                    throw new ZwgkException(ReportErrors.INVALID_ITEM, r.itemId() + " " + kind.labelZh(),
                            "repealedOn " + repealed + " < formedOn " + formed);
                }
                if (repealed != null && repealed.isBefore(first)) {
                    continue; // repealed before the year: in none of its counts
                }
                out.add(DisclosedItem.document(kind, formed, repealed));
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "disclosedItems", StoreException.describe(e));
        }
        return out;
    }

    private static DisclosedItem.Kind kind(String itemId, String name) {
        try {
            DisclosedItem.Kind k = DisclosedItem.Kind.valueOf(name);
            if (k != DisclosedItem.Kind.FEE_COLLECTION) {
                return k;
            }
        } catch (IllegalArgumentException e) {
            // fall through: written by something other than the gate
        }
        throw new ZwgkException(ReportErrors.INVALID_ITEM, itemId, "report_kind " + name);
    }
}
