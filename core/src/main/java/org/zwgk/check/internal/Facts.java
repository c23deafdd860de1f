package org.zwgk.check.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.internal.CheckRows;
import org.zwgk.store.internal.Persistence;

/**
 * What the store says, read once per check: items, obligations, the outbox entries per item and channel with what
 * reached which channel and when (the times the dispatcher kept on each entry, V13, so that a check as of an earlier
 * day sees that day's state), when withdrawn items were withdrawn, and the issued reports.
 */
public final class Facts {

    /** A publication reaching a channel: its first acceptance, or its going live (each entry's, as kept in V13). */
    public record Delivery(String channel, DeliveryStatus status, Instant at) {
    }

    /** The outbox entries of one item on one channel, oldest first. */
    public record ChannelEntries(String itemId, String channel, List<CheckRows.EntryFact> entries) {
        public CheckRows.EntryFact newest() {
            return entries.get(entries.size() - 1);
        }
    }

    public final List<CheckRows.ItemFact> items;
    public final Map<String, CheckRows.ItemFact> itemsById = new HashMap<>();
    public final Map<String, CheckRows.ItemFact> itemsByIndexNumber = new HashMap<>();
    public final List<CheckRows.ObligationFact> obligations;
    public final Map<String, List<Delivery>> deliveries = new HashMap<>();
    public final Map<String, Instant> withdrawnAt = new HashMap<>();
    /** Per item, per channel (in name order). */
    public final Map<String, Map<String, ChannelEntries>> entries = new HashMap<>();
    public final List<CheckRows.IssuedReport> issuedReports;
    public final List<String> applicationBodies;
    public final Instant firstRegistration;
    public final java.time.LocalDate firstApplication;

    /**
     * {@code titles} masks the personal data a title may hold (the report prints titles and is shared; "values are
     * shown masked only" holds for every finding, not only for 8013's value).
     */
    Facts(Connection c, Persistence db, java.util.function.UnaryOperator<String> titles) throws SQLException {
        CheckRows rows = db.checks();
        items = rows.items(c).stream().map(i -> i.withTitle(titles.apply(i.title()))).toList();
        for (CheckRows.ItemFact i : items) {
            itemsById.put(i.itemId(), i);
            if (i.indexNumber() != null) {
                itemsByIndexNumber.put(i.indexNumber(), i);
            }
        }
        obligations = rows.obligations(c).stream()
                .map(o -> o.title() == null ? o : o.withTitle(titles.apply(o.title()))).toList();
        withdrawnAt.putAll(rows.withdrawals(c));
        rows.entries(c, e -> {
            entries.computeIfAbsent(e.itemId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.channel(), k -> new ChannelEntries(e.itemId(), k, new ArrayList<>()))
                    .entries().add(e);
            if (e.action() == OutboxAction.PUBLISH && (e.acceptedAt() != null || e.liveAt() != null)) {
                List<Delivery> ds = deliveries.computeIfAbsent(e.itemId(), k -> new ArrayList<>(2));
                if (e.acceptedAt() != null) {
                    ds.add(new Delivery(e.channel(), DeliveryStatus.ACCEPTED, e.acceptedAt()));
                }
                if (e.liveAt() != null) {
                    ds.add(new Delivery(e.channel(), DeliveryStatus.LIVE, e.liveAt()));
                }
            }
        });
        issuedReports = rows.issuedReports(c);
        applicationBodies = rows.applicationBodies(c);
        firstRegistration = rows.firstRegistration(c);
        firstApplication = rows.firstApplication(c);
    }

    /**
     * When the item became public before {@code cutoff}: its first LIVE delivery on {@code columnChannel} when it was
     * routed there, otherwise its first LIVE or ACCEPTED delivery on any channel; null when not before the cutoff.
     */
    public Instant publicSince(CheckRows.ItemFact item, String columnChannel, Instant cutoff) {
        List<Delivery> ds = deliveries.get(item.itemId());
        if (ds == null) {
            return null;
        }
        boolean onColumn = item.channels().contains(columnChannel);
        Instant first = null;
        for (Delivery d : ds) {
            if (!d.at().isBefore(cutoff)) {
                continue;
            }
            boolean counts = onColumn ? d.channel().equals(columnChannel) && d.status() == DeliveryStatus.LIVE
                    : d.status() == DeliveryStatus.LIVE || d.status() == DeliveryStatus.ACCEPTED;
            if (counts && (first == null || d.at().isBefore(first))) {
                first = d.at();
            }
        }
        return first;
    }

    /** The newest LIVE delivery of the item on {@code channel} before {@code cutoff}, null when none. */
    public Instant lastLive(String itemId, String channel, Instant cutoff) {
        Instant last = null;
        for (Delivery d : deliveries.getOrDefault(itemId, List.of())) {
            if (d.channel().equals(channel) && d.status() == DeliveryStatus.LIVE && d.at().isBefore(cutoff)
                    && (last == null || d.at().isAfter(last))) {
                last = d.at();
            }
        }
        return last;
    }

    /** Whether the item was withdrawn before {@code cutoff}. */
    public boolean withdrawnBefore(String itemId, Instant cutoff) {
        Instant w = withdrawnAt.get(itemId);
        return w != null && w.isBefore(cutoff);
    }
}
