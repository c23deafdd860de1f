package org.zwgk.check.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Text;
import org.zwgk.gate.ObligationKind;
import org.zwgk.gate.ObligationStatus;
import org.zwgk.store.internal.CheckRows;

/**
 * Publication and interpretation deadlines, as they stood on the check's day: an obligation that existed then and
 * whose information was not yet public is overdue once its due date has passed; one that became public after its due
 * date was late. Public means the first LIVE delivery on the column channel (the website) for items routed there,
 * else the first delivery any channel took — not the moment it was queued, which the public cannot see.
 */
final class DeadlineChecks {

    private DeadlineChecks() {
    }

    static List<Finding> publication(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (CheckRows.ObligationFact o : ctx.facts.obligations) {
            if (o.kind() != ObligationKind.PUBLISH || !existed(ctx, o) || endedWithoutPublication(ctx, o)) {
                continue;
            }
            CheckRows.ItemFact item = o.itemId() == null ? null : ctx.facts.itemsById.get(o.itemId());
            Instant pub = item == null ? null : ctx.facts.publicSince(item, ctx.settings.columnChannel(), ctx.cutoff);
            Evidence ev = (item == null ? Evidence.NONE : Evidence.item(item.itemId(), item.title(), item.indexNumber()))
                    .withDue(o.dueOn());
            if (pub != null) {
                LocalDate on = ctx.day(pub);
                if (on.isAfter(o.dueOn())) {
                    out.add(Finding.of(Indicator.PUBLISHED_LATE, ctx.column(o.catalogueItemId()), ev.withDate(on),
                            item.itemId(), item.title(), o.dueOn(), on, ctx.workingDays(o.dueOn(), on)));
                }
            } else if (o.dueOn().isBefore(ctx.asOf)) {
                if (item == null && o.itemId() == null) {
                    ev = ev.withItem(null, o.title(), null);
                }
                out.add(Finding.of(Indicator.OBLIGATION_OVERDUE, ctx.column(o.catalogueItemId()), ev, what(o),
                        item != null ? item.title() : o.title(), o.dueOn(), o.rule(), ctx.asOf,
                        ctx.workingDays(o.dueOn(), ctx.asOf)));
            }
        }
        return out;
    }

    static List<Finding> interpretation(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (CheckRows.ObligationFact o : ctx.facts.obligations) {
            if (o.kind() != ObligationKind.INTERPRET || !existed(ctx, o) || endedWithoutPublication(ctx, o)) {
                continue;
            }
            CheckRows.ItemFact item = ctx.facts.itemsById.get(o.itemId());
            if (item == null) {
                continue;
            }
            Instant published = ctx.facts.publicSince(item, ctx.settings.columnChannel(), ctx.cutoff);
            LocalDate publishedOn = published != null ? ctx.day(published) : o.startOn();
            Evidence ev = Evidence.item(item.itemId(), item.title(), item.indexNumber()).withDue(o.dueOn());
            boolean interpreted = o.status() == ObligationStatus.FULFILLED && o.closedAt() != null
                    && o.closedAt().isBefore(ctx.cutoff);
            if (interpreted) {
                LocalDate on = ctx.day(o.closedAt());
                if (on.isAfter(o.dueOn())) {
                    out.add(Finding.of(Indicator.INTERPRETATION_MISSING, ctx.column(item.catalogueItemId()),
                            ev.withDate(on), item.itemId(), item.title(), publishedOn, o.dueOn(),
                            Text.of("实际于 " + on + " 发布，晚了 " + ctx.workingDays(o.dueOn(), on) + " 个工作日",
                                    "it was published on " + on + ", " + ctx.workingDays(o.dueOn(), on)
                                            + " working days late")));
                }
            } else if (o.dueOn().isBefore(ctx.asOf)) {
                int late = ctx.workingDays(o.dueOn(), ctx.asOf);
                out.add(Finding.of(Indicator.INTERPRETATION_MISSING, ctx.column(item.catalogueItemId()), ev,
                        item.itemId(), item.title(), publishedOn, o.dueOn(),
                        Text.of("截至 " + ctx.asOf + " 仍未发布，已逾期 " + late + " 个工作日",
                                "it is still missing on " + ctx.asOf + ", " + late + " working days overdue")));
            }
        }
        return out;
    }

    /** The obligation existed on the check's day. */
    private static boolean existed(CheckContext ctx, CheckRows.ObligationFact o) {
        return o.createdAt() == null || o.createdAt().isBefore(ctx.cutoff);
    }

    /** Lawfully exempted, or ended by a withdrawal, before the check's day ended: nothing was left to do. */
    private static boolean endedWithoutPublication(CheckContext ctx, CheckRows.ObligationFact o) {
        return (o.status() == ObligationStatus.EXEMPTED || o.status() == ObligationStatus.WITHDRAWN)
                && o.closedAt() != null && o.closedAt().isBefore(ctx.cutoff);
    }

    /** The item, or for a 五公开 obligation still waiting for its information, the matter and catalogue item. */
    private static Object what(CheckRows.ObligationFact o) {
        if (o.itemId() != null) {
            return o.itemId();
        }
        return Text.of("事项 " + o.matterId() + " 的目录事项 " + o.catalogueItemId(),
                "matter " + o.matterId() + ", catalogue item " + o.catalogueItemId());
    }
}
