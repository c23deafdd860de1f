package org.zwgk.publish.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.ColumnLimits;
import org.zwgk.store.internal.DeliveryRows.Accepted;

/**
 * SPI 1.1: on channels with the REFRESH capability an ACCEPTED publication is not final. It is claimed again (same
 * lease and fence as a delivery, never concurrently) at its receipt's refresh time, and the adapter's
 * {@link ChannelAdapter#refresh} asked until it is LIVE; on an archival channel the live current version moves the
 * item to ARCHIVED in the same transaction as the outbox row.
 */
final class Refresher {

    private final DispatchContext ctx;
    private final Recorder recorder;

    Refresher(DispatchContext ctx, Recorder recorder) {
        this.ctx = ctx;
        this.recorder = recorder;
    }

    /** One round of refreshes (bounded by the batch size) on {@code c}; returns the entries handled. */
    int round(Connection c, String worker) {
        if (ctx.refreshing.isEmpty() || ctx.closing.get()) {
            return 0;
        }
        try {
            List<Accepted> claims = claim(c, worker);
            for (int i = 0; i < claims.size(); i++) {
                if (ctx.closing.get()) {
                    for (Accepted a : claims.subList(i, claims.size())) {
                        ctx.rows.stillAccepted(c, a.id(), a.fence(), ctx.now(), null, null, null, null, ctx.now());
                    }
                    c.commit();
                    return i;
                }
                refresh(c, claims.get(i), worker);
            }
            return claims.size();
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.refresh", StoreException.describe(e));
        }
    }

    private List<Accepted> claim(Connection c, String worker) throws SQLException {
        OffsetDateTime now = ctx.now();
        List<Accepted> out = new java.util.ArrayList<>();
        for (long id : ctx.rows.refreshable(c, ctx.refreshing, now)) {
            out.add(ctx.rows.claimAccepted(c, id, worker, now, ctx.settings.lease()));
        }
        c.commit();
        return out;
    }

    private void refresh(Connection c, Accepted a, String worker) throws SQLException {
        ChannelAdapter adapter = ctx.settings.adapters().get(a.channel());
        Receipt accepted = new Receipt(a.remoteId() == null ? "" : a.remoteId(),
                a.publicUrl() == null ? null : URI.create(a.publicUrl()), a.updatedAt().toInstant(),
                DeliveryStatus.ACCEPTED, Map.of());
        Optional<Receipt> r;
        try (LeaseKeeper.Hold hold = ctx.leases.hold(a.id(), a.fence())) {
            r = adapter.refresh(a.key(), accepted, ctx.settings.journal());
        } catch (ChannelException e) {
            failed(c, a, e.kind(), e.getMessage(), e.retryAfter().orElse(null));
            return;
        } catch (RuntimeException e) {
            failed(c, a, ChannelErrorKind.TRANSIENT, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
            return;
        }
        if (r.isPresent() && r.get().status() == DeliveryStatus.LIVE) {
            live(c, a, r.get(), worker);
        } else {
            stillAccepted(c, a, r.orElse(null), null, null, null);
        }
    }

    /**
     * A retryable failure is asked again later and never quarantines (the channel has the item; waiting loses
     * nothing); any other kind quarantines the entry for an operator, whose retry delivers it again.
     */
    private void failed(Connection c, Accepted a, ChannelErrorKind kind, String message, Duration retryAfter)
            throws SQLException {
        if (kind.isRetryable()) {
            stillAccepted(c, a, null, kind, message, retryAfter);
            return;
        }
        OffsetDateTime now = ctx.now();
        ctx.rows.failed(c, a.id(), a.fence(), DeliveryStatus.QUARANTINED, kind.name(), null, message, now, false, now);
        c.commit();
    }

    private void stillAccepted(Connection c, Accepted a, Receipt r, ChannelErrorKind kind, String message,
                               Duration retryAfter) throws SQLException {
        OffsetDateTime now = ctx.now();
        OffsetDateTime next = recorder.nextRefresh(r, now, a.createdAt());
        if (retryAfter != null && now.plus(retryAfter).isAfter(next)) {
            next = now.plus(retryAfter);
        }
        ctx.rows.stillAccepted(c, a.id(), a.fence(), next, r == null ? null : clip(r.remoteId()),
                r == null ? null : r.url().map(Object::toString).orElse(null), kind == null ? null : kind.name(),
                message, now);
        c.commit();
    }

    /** LIVE: the outbox row, the DELIVERED event and, on an archival channel, ARCHIVED — one transaction. */
    private void live(Connection c, Accepted a, Receipt r, String worker) throws SQLException {
        OffsetDateTime now = ctx.now();
        Optional<LifecycleState> state = ctx.db.items().lockState(c, a.itemId());
        boolean updated = ctx.rows.delivered(c, a.id(), a.fence(), DeliveryStatus.LIVE, clip(r.remoteId()),
                r.url().map(Object::toString).orElse(null), null, now);
        if (updated && state.isPresent()) {
            LifecycleState s = state.get();
            ctx.settings.eventLog().append(c, a.itemId(), "DELIVERED", s, s, "dispatcher:" + worker, now.toInstant(), "channel="
                    + a.channel() + "; version=" + a.version() + "; key=" + a.key() + "; status="
                    + DeliveryStatus.LIVE + "; remoteId=" + r.remoteId() + "; refreshed");
            recorder.archive(c, a.itemId(), a.channel(), a.version(), s, r.remoteId(), worker, now);
        }
        c.commit();
    }

    private static String clip(String remoteId) {
        return remoteId == null || remoteId.length() <= ColumnLimits.REMOTE_ID ? remoteId : remoteId.substring(0, ColumnLimits.REMOTE_ID);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the worker reconnects
        }
    }
}
