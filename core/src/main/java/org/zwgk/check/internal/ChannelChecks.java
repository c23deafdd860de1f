package org.zwgk.check.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zwgk.check.Evidence;
import org.zwgk.check.Finding;
import org.zwgk.check.Indicator;
import org.zwgk.check.Text;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.internal.CheckRows;

/**
 * Channels out of step, now: an item public on one channel and not (or in an older version) on another it was
 * routed to, and a withdrawn item not yet taken down everywhere it was published. An entry younger than the grace
 * period is still on its way and not counted. These look at the outbox as it is when the check runs, whatever the
 * check's day: the outbox keeps the current state of each (item, channel), not its history.
 */
final class ChannelChecks {

    private ChannelChecks() {
    }

    static List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        Instant graceStart = ctx.now.minus(ctx.settings.channelGrace());
        for (CheckRows.ItemFact item : ctx.facts.items) {
            Map<String, Facts.ChannelEntries> byChannel = ctx.facts.entries.get(item.itemId());
            if (byChannel == null) {
                continue;
            }
            if (item.state() == LifecycleState.WITHDRAWN) {
                withdrawal(ctx, item, byChannel, graceStart, out);
            } else {
                publication(ctx, item, byChannel, graceStart, out);
            }
        }
        return out;
    }

    private static void publication(CheckContext ctx, CheckRows.ItemFact item,
                                    Map<String, Facts.ChannelEntries> byChannel, Instant graceStart,
                                    List<Finding> out) {
        List<String> current = new ArrayList<>();
        for (String ch : item.channels()) {
            CheckRows.EntryFact p = newestPublication(byChannel.get(ch));
            if (p != null && p.version() == item.version() && delivered(p.status())) {
                current.add(ch);
            }
        }
        if (current.isEmpty()) {
            return; // public nowhere: the deadline indicators speak for it
        }
        for (String ch : item.channels()) {
            if (current.contains(ch)) {
                continue;
            }
            CheckRows.EntryFact p = newestPublication(byChannel.get(ch));
            if (p == null || (p.createdAt() != null && p.createdAt().isAfter(graceStart) && inProgress(p.status()))) {
                continue;
            }
            out.add(Finding.of(Indicator.CHANNELS_OUT_OF_STEP, ctx.column(item.catalogueItemId()),
                    Evidence.item(item.itemId(), item.title(), item.indexNumber()).withChannel(ch).withAt(p.createdAt())
                            .withValue(String.valueOf(p.id())),
                    item.itemId(), item.title(), String.join(", ", current), item.version(), ch, state(p, item)));
        }
    }

    private static void withdrawal(CheckContext ctx, CheckRows.ItemFact item,
                                   Map<String, Facts.ChannelEntries> byChannel, Instant graceStart,
                                   List<Finding> out) {
        Instant withdrawnAt = ctx.facts.withdrawnAt.get(item.itemId());
        for (Facts.ChannelEntries ce : byChannel.values()) {
            boolean wasPublic = ce.entries().stream().anyMatch(e -> e.action() == OutboxAction.PUBLISH
                    && delivered(e.status()));
            if (!wasPublic) {
                continue;
            }
            CheckRows.EntryFact last = ce.newest();
            if (last.action() == OutboxAction.WITHDRAW && last.status() == DeliveryStatus.WITHDRAWN) {
                continue;
            }
            if (last.createdAt() != null && last.createdAt().isAfter(graceStart) && inProgress(last.status())) {
                continue;
            }
            out.add(Finding.of(Indicator.WITHDRAWAL_INCOMPLETE, ctx.column(item.catalogueItemId()),
                    Evidence.item(item.itemId(), item.title(), item.indexNumber()).withChannel(ce.channel())
                            .withAt(last.createdAt()).withValue(String.valueOf(last.id()))
                            .withDate(withdrawnAt == null ? null : ctx.day(withdrawnAt)),
                    item.itemId(), item.title(), withdrawnAt == null ? "?" : ctx.day(withdrawnAt), ce.channel(),
                    state(last, item)));
        }
    }

    private static CheckRows.EntryFact newestPublication(Facts.ChannelEntries ce) {
        if (ce == null) {
            return null;
        }
        List<CheckRows.EntryFact> es = ce.entries();
        for (int i = es.size() - 1; i >= 0; i--) {
            if (es.get(i).action() == OutboxAction.PUBLISH) {
                return es.get(i);
            }
        }
        return null;
    }

    private static boolean delivered(DeliveryStatus s) {
        return s == DeliveryStatus.LIVE || s == DeliveryStatus.ACCEPTED;
    }

    private static boolean inProgress(DeliveryStatus s) {
        return s == DeliveryStatus.QUEUED || s == DeliveryStatus.SENT || s == DeliveryStatus.FAILED;
    }

    /** What the channel shows instead, for the message. */
    private static Text state(CheckRows.EntryFact e, CheckRows.ItemFact item) {
        String error = e.lastError() == null ? "" : e.lastError();
        String clipped = error.length() > 120 ? error.substring(0, 120) + "…" : error;
        String entry = "条目 " + e.id();
        String entryEn = "entry " + e.id();
        return switch (e.status()) {
            case LIVE, ACCEPTED -> Text.of("仍是第 " + e.version() + " 版（" + entry + "）",
                    "still shows version " + e.version() + " (" + entryEn + ")");
            case QUARANTINED -> Text.of("已隔离（" + entry + (clipped.isEmpty() ? "" : "：" + clipped) + "）",
                    "is quarantined (" + entryEn + (clipped.isEmpty() ? "" : ": " + clipped) + ")");
            case FAILED -> Text.of("投递失败待重试（" + entry + (clipped.isEmpty() ? "" : "：" + clipped) + "）",
                    "failed and waits for a retry (" + entryEn + (clipped.isEmpty() ? "" : ": " + clipped) + ")");
            case CANCELLED -> Text.of("已被运维取消（" + entry + "）", "was cancelled by an operator (" + entryEn + ")");
            case QUEUED, SENT -> Text.of("仍在排队（" + entry + "，自 " + e.createdAt() + "）",
                    "is still queued (" + entryEn + ", since " + e.createdAt() + ")");
            case WITHDRAWN -> Text.of("已撤下（" + entry + "）", "was taken down (" + entryEn + ")");
            case SUPERSEDED -> Text.of("已被取代（" + entry + "）", "was superseded (" + entryEn + ")");
        };
    }

}
