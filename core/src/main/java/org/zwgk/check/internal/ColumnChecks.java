package org.zwgk.check.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Method;
import org.zwgk.catalogue.StandardChannel;
import org.zwgk.check.Column;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.internal.CheckRows;
import org.zwgk.timelimit.TimeLimitParser;
import org.zwgk.timelimit.TimeLimitRule;

/**
 * The columns of the disclosure column (one per proactive catalogue item published on the government website, seed
 * 002): periods of periodic items without a publication (栏目不更新), columns without an update for months, blank
 * columns, and the veto thresholds of 国办秘函〔2019〕19号 over both.
 */
final class ColumnChecks {

    private ColumnChecks() {
    }

    /** The items of one column that were on the column channel before the cutoff, with their dates. */
    private record Content(List<Instant> firstPublic, Instant lastUpdate) {
    }

    static List<Finding> run(CheckContext ctx) {
        Map<String, List<CheckRows.ItemFact>> byColumn = new HashMap<>();
        for (CheckRows.ItemFact i : ctx.facts.items) {
            if (i.catalogueItemId() != null && i.channels().contains(ctx.settings.columnChannel())) {
                byColumn.computeIfAbsent(i.catalogueItemId(), k -> new ArrayList<>()).add(i);
            }
        }
        LocalDate knownSince = knownSince(ctx);
        LocalDate staleBefore = ctx.asOf.minusMonths(ctx.settings.staleMonths());
        TimeLimitParser parser = new TimeLimitParser();
        List<Finding> out = new ArrayList<>();
        List<Column> stale = new ArrayList<>();
        List<Column> blank = new ArrayList<>();
        for (Item item : ctx.catalogueItems()) {
            if (item.method() != Method.PROACTIVE || !item.hasChannel(StandardChannel.GOVERNMENT_WEBSITE)) {
                continue;
            }
            Column column = ctx.column(item.id());
            Content content = content(ctx, byColumn.getOrDefault(item.id(), List.of()));
            TimeLimitRule rule = rule(parser, item.timeLimit().effective());
            if (rule instanceof TimeLimitRule.Periodic p && knownSince != null) {
                for (Periods.Slot s : Periods.slots(p, knownSince, ctx.asOf.minusYears(1), ctx.asOf)) {
                    boolean met = content.firstPublic().stream().map(ctx::day)
                            .anyMatch(d -> !d.isBefore(s.start()) && !d.isAfter(s.due()));
                    if (!met) {
                        out.add(Finding.of(Indicator.PERIOD_NOT_UPDATED, column,
                                Evidence.NONE.withPeriod(s.label()).withDue(s.due()), item.id(), item.name(),
                                item.timeLimit().effective(), s.label(), s.due()));
                    }
                }
            }
            if (content.lastUpdate() == null) {
                blank.add(column);
                out.add(Finding.of(Indicator.COLUMN_BLANK, column, Evidence.NONE, item.id(), item.name(),
                        ctx.asOf));
            } else {
                LocalDate last = ctx.day(content.lastUpdate());
                boolean yearly = rule instanceof TimeLimitRule.Periodic p
                        && p.period() == TimeLimitRule.Period.YEARLY; // updated once a year by design
                if (!yearly && last.isBefore(staleBefore)) {
                    stale.add(column);
                    out.add(Finding.of(Indicator.COLUMN_NOT_UPDATED, column, Evidence.NONE.withDate(last), item.id(),
                            item.name(), last, ctx.settings.staleMonths()));
                }
            }
        }
        if (stale.size() > ctx.settings.staleColumnsVeto()) {
            out.add(Finding.of(Indicator.COLUMNS_NOT_UPDATED_VETO, null, Evidence.NONE.withCount(stale.size()),
                    stale.size(), ctx.settings.staleMonths(), ctx.settings.staleColumnsVeto(), ids(stale)));
        }
        if (blank.size() > ctx.settings.blankColumnsVeto()) {
            out.add(Finding.of(Indicator.COLUMNS_BLANK_VETO, null, Evidence.NONE.withCount(blank.size()),
                    blank.size(), ctx.settings.blankColumnsVeto(), ids(blank)));
        }
        return out;
    }

    /** First public times of the column's items, and its newest update; withdrawn items no longer show. */
    private static Content content(CheckContext ctx, List<CheckRows.ItemFact> items) {
        List<Instant> first = new ArrayList<>();
        Instant last = null;
        String channel = ctx.settings.columnChannel();
        for (CheckRows.ItemFact i : items) {
            Instant f = ctx.facts.publicSince(i, channel, ctx.cutoff);
            if (f == null) {
                continue;
            }
            first.add(f);
            if (ctx.facts.withdrawnBefore(i.itemId(), ctx.cutoff)) {
                continue;
            }
            Instant l = ctx.facts.lastLive(i.itemId(), channel, ctx.cutoff);
            if (l != null && (last == null || l.isAfter(last))) {
                last = l;
            }
        }
        return new Content(first, last);
    }

    /**
     * Periods that fell due in the year before the check's day are judged, and only those that began after zwgk held
     * its first record and the catalogue took effect: periods before that are not zwgk's to know.
     */
    private static LocalDate knownSince(CheckContext ctx) {
        if (ctx.facts.firstRegistration == null) {
            return null;
        }
        LocalDate first = ctx.day(ctx.facts.firstRegistration);
        LocalDate effective = ctx.catalogue.metadata().effective();
        return effective.isAfter(first) ? effective : first;
    }

    private static TimeLimitRule rule(TimeLimitParser parser, String phrase) {
        try {
            return parser.parseRule(phrase);
        } catch (ZwgkException | IllegalArgumentException e) {
            return null; // zwgk validate reports phrases it cannot read; here they only fix no period
        }
    }

    private static String ids(List<Column> columns) {
        return columns.stream().map(c -> c.id() + "「" + c.name() + "」").collect(Collectors.joining("、"));
    }
}
