package org.zwgk.publish.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.lifecycle.PublicationRules;
import org.zwgk.publish.ChannelPause;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.internal.ColumnLimits;
import org.zwgk.store.internal.DeliveryRows;
import org.zwgk.store.internal.DeliveryRows.Claimed;

/**
 * Writes what became of a claimed entry, always under the claim's fence: a result whose claim was taken over meanwhile
 * is recorded in {@code zwgk_outbox_late}, never as the entry's outcome. A delivery is recorded with the item row
 * locked first (the gate's lock order), together with what it implies: the DELIVERED event, the publication
 * obligation, the refresh time of an ACCEPTED publication, and the hand-over to the archives.
 */
final class Recorder {

    private final DispatchContext ctx;

    Recorder(DispatchContext ctx) {
        this.ctx = ctx;
    }

    /** Records an outcome in its own transaction on {@code c}. */
    void record(Connection c, Claimed cl, Outcome outcome, String worker) throws SQLException {
        if (outcome instanceof Outcome.Delivered d) {
            delivered(c, cl, d.receipt(), worker);
        } else {
            failed(c, cl, (Outcome.Failed) outcome, worker);
        }
    }

    private void delivered(Connection c, Claimed cl, Receipt r, String worker) throws SQLException {
        if (r.stale()) {
            // The channel already holds a newer intent (higher sequence) and dropped this message: superseded, not
            // delivered — no DELIVERED event, no obligation fulfilled by it.
            try {
                supersede(c, cl);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            return;
        }
        DeliveryStatus status = cl.action() == OutboxAction.WITHDRAW ? DeliveryStatus.WITHDRAWN
                : r.status() == DeliveryStatus.LIVE ? DeliveryStatus.LIVE : DeliveryStatus.ACCEPTED;
        Optional<ColumnLimits.Excess> tooLong = ColumnLimits.fields()
                .add("remoteId", r.remoteId(), ColumnLimits.REMOTE_ID)
                .add("publicUrl", r.url().map(Object::toString).orElse(null), ColumnLimits.PUBLIC_URL).firstExcess();
        if (tooLong.isPresent()) {
            unrecordable(c, cl, worker, r, tooLong.get().field() + " has " + tooLong.get().length()
                    + " characters (at most " + tooLong.get().max() + ")");
            return;
        }
        try {
            boolean recorded = write(c, cl, status, r, worker);
            c.commit();
            if (recorded) {
                ctx.delivered.incrementAndGet();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            // The channel has it; redelivering cannot help. Quarantine, visibly, instead of looping for ever.
            unrecordable(c, cl, worker, r, e instanceof SQLException s ? org.zwgk.store.StoreException.describe(s)
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** True when recorded as the entry's outcome, false when recorded as late. */
    private boolean write(Connection c, Claimed cl, DeliveryStatus status, Receipt r, String worker)
            throws SQLException {
        OffsetDateTime now = ctx.now();
        // Lock the item first (same order as the gate: item, then outbox) so the event chain stays linear.
        Optional<LifecycleState> state = ctx.db.items().lockState(c, cl.itemId());
        OffsetDateTime refreshAt = status == DeliveryStatus.ACCEPTED && ctx.refreshing.contains(cl.channel())
                && cl.action() == OutboxAction.PUBLISH ? nextRefresh(r, now, now) : null;
        String url = r.url().map(Object::toString).orElse(null);
        if (!ctx.rows.delivered(c, cl.id(), cl.fence(), status, r.remoteId(), url, refreshAt, now)) {
            late(c, cl, worker, status.name(), r.remoteId(), url, null);
            return false;
        }
        if (state.isEmpty()) {
            return true;
        }
        LifecycleState s = state.get();
        if (cl.action() == OutboxAction.PUBLISH) {
            ctx.db.obligations().fulfilWhenDelivered(c, cl.itemId(), now);
        }
        ctx.settings.eventLog().append(c, cl.itemId(), cl.action() == OutboxAction.PUBLISH ? "DELIVERED" : "WITHDRAWN_ON_CHANNEL",
                s, s, "dispatcher:" + worker, now.toInstant(), "channel=" + cl.channel() + "; version="
                        + cl.version() + "; key=" + cl.key() + "; status=" + status + "; remoteId=" + r.remoteId());
        if (status == DeliveryStatus.LIVE && cl.action() == OutboxAction.PUBLISH) {
            archive(c, cl.itemId(), cl.channel(), cl.version(), s, r.remoteId(), worker, now);
        }
        return true;
    }

    /**
     * The item becomes ARCHIVED when a live delivery on an archival channel hands over its current version
     * ({@link PublicationRules#archivesOnHandover}).
     */
    void archive(Connection c, String itemId, String channel, int version, LifecycleState state, String remoteId,
                 String worker, OffsetDateTime now) throws SQLException {
        if (!ctx.archival.contains(channel)) {
            return;
        }
        int current = ctx.db.items().find(c, itemId).map(i -> i.version()).orElse(-1);
        if (!PublicationRules.archivesOnHandover(state, current, version)) {
            return;
        }
        ctx.db.items().setState(c, itemId, LifecycleState.ARCHIVED, now);
        ctx.settings.eventLog().append(c, itemId, "ARCHIVED", state, LifecycleState.ARCHIVED, "dispatcher:" + worker,
                now.toInstant(), "channel=" + channel + "; version=" + version + "; remoteId=" + remoteId);
    }

    /** A success that cannot be written: quarantined with ZWGK-4027 (or late, if the claim is gone). */
    private void unrecordable(Connection c, Claimed cl, String worker, Receipt r, String why) throws SQLException {
        String message = new ZwgkException(StoreErrors.RECEIPT_UNRECORDABLE, cl.id(), cl.channel(), why).getMessage();
        if (!ctx.rows.failed(c, cl.id(), cl.fence(), DeliveryStatus.QUARANTINED, ChannelErrorKind.PERMANENT.name(),
                StoreErrors.RECEIPT_UNRECORDABLE.code(), message, ctx.now(), false, ctx.now())) {
            late(c, cl, worker, "UNRECORDABLE", r.remoteId(), null, message);
        }
        c.commit();
    }

    private void failed(Connection c, Claimed cl, Outcome.Failed f, String worker) throws SQLException {
        try {
            OffsetDateTime now = ctx.now();
            boolean recorded;
            // The item row first, as the gate locks it: a newer version or a withdrawal being queued right now is
            // either committed (and seen below: this entry is superseded) or queued after this record (and then
            // supersedes this entry itself) — never left waiting behind a quarantined older one.
            ctx.db.items().lockState(c, cl.itemId());
            long newest = ctx.db.outbox().newest(c, cl.itemId(), cl.channel()).orElse(cl.id());
            if (cl.action() == OutboxAction.PUBLISH && newest > cl.id()) {
                // A newer intent is waiting behind this entry: retrying the old one would only delay it.
                recorded = ctx.rows.superseded(c, cl.id(), cl.fence(), newest, now);
            } else if (f.pausesChannel()) {
                recorded = pause(c, cl, f, worker, now);
            } else {
                boolean quarantine = !f.kind().isRetryable() || cl.attempts() >= ctx.settings.maxAttempts();
                Duration delay = ctx.backoff(cl.attempts());
                if (f.retryAfter() != null && f.retryAfter().compareTo(delay) > 0) {
                    delay = f.retryAfter();
                }
                recorded = ctx.rows.failed(c, cl.id(), cl.fence(), quarantine ? DeliveryStatus.QUARANTINED
                        : DeliveryStatus.FAILED, f.kind().name(), null, f.message(), now.plus(delay), false, now);
            }
            if (!recorded) {
                late(c, cl, worker, f.kind().name(), null, null, f.message());
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * A rate limit with a reset time: the channel is paused until then for every dispatcher on the database, and
     * this entry waits for the same moment. The attempt is recorded (error, next try) but not counted: a quota
     * shortage lasting days must not quarantine entries that nothing is wrong with.
     */
    private boolean pause(Connection c, Claimed cl, Outcome.Failed f, String worker, OffsetDateTime now)
            throws SQLException {
        OffsetDateTime until = now.plus(f.retryAfter().compareTo(DispatchContext.MAX_PAUSE) > 0
                ? DispatchContext.MAX_PAUSE : f.retryAfter());
        if (!ctx.rows.failed(c, cl.id(), cl.fence(), DeliveryStatus.FAILED, f.kind().name(), null, f.message(),
                until, true, now)) {
            return false;
        }
        ctx.db.pauses().pause(c, new ChannelPause(cl.channel(), until.toInstant(), f.kind().name(), f.remoteCode(),
                f.message(), worker, now.toInstant()));
        return true;
    }

    /**
     * Refuses a claimed entry by policy (ZWGK-4013 and kin): QUARANTINED, adapter not called — or, for a publication
     * with a newer intent for the item and channel behind it (which must not wait behind this one), SUPERSEDED with
     * the refusal's code and reason kept on the row. No commit.
     */
    void refuse(Connection c, Claimed cl, String code, String why) throws SQLException {
        ctx.db.items().lockState(c, cl.itemId()); // the gate's lock order; see failed()
        long newest = ctx.db.outbox().newest(c, cl.itemId(), cl.channel()).orElse(cl.id());
        if (cl.action() == OutboxAction.PUBLISH && newest > cl.id()) {
            ctx.rows.superseded(c, cl.id(), cl.fence(), newest, code, why, ctx.now());
            return;
        }
        ctx.rows.failed(c, cl.id(), cl.fence(), DeliveryStatus.QUARANTINED, ChannelErrorKind.PERMANENT.name(), code,
                why, ctx.now(), false, ctx.now());
    }

    /** A claimed publication that a newer intent replaced: SUPERSEDED, adapter not called. No commit. */
    void supersede(Connection c, Claimed cl) throws SQLException {
        ctx.db.items().lockState(c, cl.itemId());
        long newest = ctx.db.outbox().newest(c, cl.itemId(), cl.channel()).orElse(cl.id());
        ctx.rows.superseded(c, cl.id(), cl.fence(), newest == cl.id() ? null : newest, ctx.now());
    }

    private void late(Connection c, Claimed cl, String worker, String outcome, String remoteId, String url,
                      String detail) throws SQLException {
        ctx.rows.late(c, new DeliveryRows.Late(cl.id(), cl.fence(), worker, outcome, remoteId, url, detail,
                ctx.now().toInstant()));
    }

    /** The receipt's refresh time if it is in the future, else a poll delay growing with the entry's age. */
    OffsetDateTime nextRefresh(Receipt r, OffsetDateTime now, OffsetDateTime createdAt) {
        Instant hint = r == null ? null : r.refreshAt();
        if (hint != null && hint.isAfter(now.toInstant())) {
            return hint.atOffset(now.getOffset());
        }
        long half = Math.max(0, Duration.between(createdAt, now).toMillis() / 2);
        long floor = Math.max(1000, ctx.settings.baseDelay().toMillis()); // > 0: drain() must see the entry leave "due"
        return now.plus(Duration.ofMillis(Math.max(floor, Math.min(half, ctx.settings.maxDelay().toMillis()))));
    }
}
