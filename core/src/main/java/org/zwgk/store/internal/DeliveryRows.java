package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.Dialect;

/**
 * {@code zwgk_outbox} as the dispatcher claims and records it, and {@code zwgk_outbox_late}.
 *
 * <p>Fencing: every claim increments the entry's {@code fence}, and every result is written only where the fence is
 * still the one the claim got. A delivery whose claim was taken over (its lease ran out and another dispatcher
 * claimed the entry, or an operator released or cancelled it) can therefore never write the entry's outcome; its
 * result goes to {@code zwgk_outbox_late} instead.
 */
public final class DeliveryRows {

    private final Dialect dialect;
    private final int batchSize;
    private final Map<Set<String>, List<String>> claimSql = new ConcurrentHashMap<>();
    private final Map<Set<String>, String> refreshSql = new ConcurrentHashMap<>();

    DeliveryRows(Dialect dialect, int batchSize) {
        this.dialect = dialect;
        this.batchSize = batchSize;
    }

    /** An entry in a dispatcher's hands, under fence {@code fence}, claimed at {@code claimedAt}. */
    public record Claimed(long id, long fence, String itemId, String channel, OutboxAction action, int version,
                          String key, String payload, String payloadMac, int attempts, OffsetDateTime claimedAt) {
    }

    /** An ACCEPTED publication claimed for a refresh. */
    public record Accepted(long id, long fence, String itemId, String channel, int version, String key,
                           String remoteId, String publicUrl, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A result that arrived after its claim had been taken over. */
    public record Late(long entryId, long fence, String worker, String outcome, String remoteId, String publicUrl,
                       String detail, Instant recordedAt) {
    }

    /**
     * Locks and returns the ids of up to a batch of entries of {@code channels} to deliver now: expired leases
     * first (a stopped dispatcher's entries; rare, so a busy queue cannot starve them), then due ones. An entry is
     * claimable only when every earlier entry of its item and channel is done ({@link OutboxRows#DONE}): a
     * withdrawal never overtakes its publication, version 2 never overtakes 1.
     */
    public List<Long> claimable(Connection c, Collection<String> channels, OffsetDateTime now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (String sql : claimSql.computeIfAbsent(Set.copyOf(channels), this::claimQueries)) {
            if (ids.size() >= batchSize) {
                break;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && ids.size() < batchSize) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private List<String> claimQueries(Set<String> channels) {
        String in = in(channels);
        // Two queries rather than one with OR: each can walk zwgk_outbox_ready (status, next_attempt_at) instead of
        // the whole table in id order — with the OR, H2 scans every delivered row on each claim, O(n) per claim.
        String head = "SELECT o.id FROM zwgk_outbox o WHERE o.channel IN (" + in + ") AND ";
        String tail = " AND NOT EXISTS (SELECT 1 FROM zwgk_outbox p WHERE p.item_id = o.item_id "
                + "AND p.channel = o.channel AND p.id < o.id AND p.status NOT IN " + OutboxRows.DONE + ") "
                + "ORDER BY o.id FETCH FIRST " + batchSize + " ROWS ONLY" + dialect.forUpdateSkipLocked();
        return List.of(head + "o.status = 'SENT' AND o.lease_until < ?" + tail,
                head + "o.status IN ('QUEUED', 'FAILED') AND o.next_attempt_at <= ?" + tail);
    }

    private static String in(Set<String> channels) {
        return channels.isEmpty() ? "''" : new TreeSet<>(channels).stream().map(Jdbc::literal)
                .collect(Collectors.joining(", "));
    }

    /** Claims a locked entry for {@code worker}: SENT, next fence, one more attempt, leased until now + lease. */
    public Claimed claim(Connection c, long id, String worker, OffsetDateTime now, Duration lease)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE zwgk_outbox SET status = 'SENT', claimed_by = ?, "
                + "fence = fence + 1, lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
            up.setString(1, worker);
            up.setObject(2, now.plus(lease));
            up.setObject(3, now);
            up.setLong(4, id);
            up.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT item_id, channel, action, version, idempotency_key, "
                + "payload, attempts, fence, payload_mac FROM zwgk_outbox WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Claimed(id, rs.getLong(8), rs.getString(1), rs.getString(2),
                        OutboxAction.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6),
                        rs.getString(9), rs.getInt(7), now);
            }
        }
    }

    /**
     * Extends the lease of a claim still held under {@code fence} (a delivery or refresh in progress); false when
     * the claim was taken over, released or finished.
     */
    public boolean renew(Connection c, long id, long fence, OffsetDateTime until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET lease_until = ?, next_attempt_at = "
                + "CASE WHEN status = 'ACCEPTED' THEN ? ELSE next_attempt_at END "
                + "WHERE id = ? AND fence = ? AND status IN ('SENT', 'ACCEPTED') AND claimed_by IS NOT NULL")) {
            ps.setObject(1, until);
            ps.setObject(2, until);
            ps.setLong(3, id);
            ps.setLong(4, fence);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Records a delivery (ACCEPTED, LIVE or WITHDRAWN) under the claim's fence; {@code nextAttempt} non-null for an
     * ACCEPTED publication to be refreshed then. False when the claim was taken over (then record it as late). The
     * first acceptance and the going live are kept with their time (V13): the DELIVERED event's, which the event log
     * keeps to the millisecond.
     */
    public boolean delivered(Connection c, long id, long fence, DeliveryStatus status, String remoteId,
                             String publicUrl, OffsetDateTime nextAttempt, OffsetDateTime now) throws SQLException {
        String time = switch (status) {
            case ACCEPTED -> "accepted_at = COALESCE(accepted_at, ?), ";
            case LIVE -> "live_at = COALESCE(live_at, ?), ";
            default -> "";
        };
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = ?, remote_id = ?, "
                + "public_url = ?, last_error_kind = NULL, last_error_code = NULL, last_error = NULL, "
                + "claimed_by = NULL, lease_until = NULL, next_attempt_at = COALESCE(?, next_attempt_at), " + time
                + "updated_at = ? WHERE id = ? AND fence = ? AND status IN ('SENT', 'ACCEPTED')")) {
            ps.setString(1, status.name());
            ps.setString(2, remoteId);
            Jdbc.setNullable(ps, 3, publicUrl);
            ps.setObject(4, nextAttempt);
            int p = 5;
            if (!time.isEmpty()) {
                ps.setObject(p++, now.truncatedTo(ChronoUnit.MILLIS));
            }
            ps.setObject(p++, now);
            ps.setLong(p++, id);
            ps.setLong(p, fence);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Records a failed attempt under the claim's fence: FAILED (retry at {@code next}) or QUARANTINED.
     *
     * @param uncounted true when the attempt must not count towards quarantine (a channel pause)
     */
    public boolean failed(Connection c, long id, long fence, DeliveryStatus status, String errorKind,
                          String errorCode, String message, OffsetDateTime next, boolean uncounted,
                          OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = ?, attempts = attempts - ?, "
                + "last_error_kind = ?, last_error_code = ?, last_error = ?, next_attempt_at = ?, claimed_by = NULL, "
                + "lease_until = NULL, updated_at = ? WHERE id = ? AND fence = ? AND status IN ('SENT', 'ACCEPTED')")) {
            ps.setString(1, status.name());
            ps.setInt(2, uncounted ? 1 : 0);
            Jdbc.setNullable(ps, 3, errorKind);
            Jdbc.setNullable(ps, 4, errorCode);
            Jdbc.setNullable(ps, 5, ColumnLimits.clip(message));
            ps.setObject(6, next);
            ps.setObject(7, now);
            ps.setLong(8, id);
            ps.setLong(9, fence);
            return ps.executeUpdate() == 1;
        }
    }

    /** A claimed entry that must not be delivered because {@code by} is a newer intent: SUPERSEDED. */
    public boolean superseded(Connection c, long id, long fence, Long by, OffsetDateTime now) throws SQLException {
        return superseded(c, id, fence, by, null, null, now);
    }

    /**
     * {@link #superseded(Connection, long, long, Long, OffsetDateTime)} for an entry the dispatcher refused (a
     * payload changed behind zwgk's back, a policy block): the refusal's code and reason stay on the row as evidence.
     */
    public boolean superseded(Connection c, long id, long fence, Long by, String refusalCode, String refusal,
                              OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'SUPERSEDED', "
                + "superseded_by = ?, last_error_code = COALESCE(?, last_error_code), "
                + "last_error = COALESCE(?, last_error), claimed_by = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE id = ? AND fence = ? AND status = 'SENT'")) {
            Jdbc.setNullable(ps, 1, by);
            Jdbc.setNullable(ps, 2, refusalCode);
            Jdbc.setNullable(ps, 3, ColumnLimits.clip(refusal));
            ps.setObject(4, now);
            ps.setLong(5, id);
            ps.setLong(6, fence);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Hands back a claimed entry that was not attempted: QUEUED, due at {@code next}, attempt count restored. The
     * fence stays (nothing was sent under it); the claim is simply gone.
     */
    public void unclaim(Connection c, long id, long fence, OffsetDateTime next, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'QUEUED', "
                + "attempts = attempts - 1, next_attempt_at = ?, claimed_by = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE id = ? AND fence = ? AND status = 'SENT'")) {
            ps.setObject(1, next);
            ps.setObject(2, now);
            ps.setLong(3, id);
            ps.setLong(4, fence);
            ps.executeUpdate();
        }
    }

    /** Records a result that arrived under a fence no longer current. */
    public void late(Connection c, Late r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_outbox_late (entry_id, fence, worker, "
                + "outcome, remote_id, public_url, detail, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, r.entryId());
            ps.setLong(2, r.fence());
            ps.setString(3, clip(r.worker(), ColumnLimits.ACTOR));
            ps.setString(4, r.outcome());
            Jdbc.setNullable(ps, 5, clip(r.remoteId(), ColumnLimits.REMOTE_ID));
            Jdbc.setNullable(ps, 6, clip(r.publicUrl(), ColumnLimits.PUBLIC_URL));
            Jdbc.setNullable(ps, 7, ColumnLimits.clip(r.detail()));
            ps.setObject(8, Jdbc.utc(r.recordedAt()));
            ps.executeUpdate();
        }
    }

    /** The late results recorded for an entry, oldest first. */
    public List<Late> late(Connection c, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, fence, worker, outcome, remote_id, "
                + "public_url, detail, recorded_at FROM zwgk_outbox_late WHERE entry_id = ? ORDER BY id")) {
            ps.setLong(1, entryId);
            List<Late> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Late(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Jdbc.instant(rs, 8)));
                }
            }
            return out;
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    // ---- ACCEPTED publications of refreshing channels (SPI 1.1)

    /** Locks and returns the ids of ACCEPTED publications of {@code channels} due for a refresh. */
    public List<Long> refreshable(Connection c, Collection<String> channels, OffsetDateTime now) throws SQLException {
        // Walks zwgk_outbox_ready too: while an entry is claimed its next_attempt_at is its lease end.
        String sql = refreshSql.computeIfAbsent(Set.copyOf(channels), ch -> "SELECT o.id FROM zwgk_outbox o "
                + "WHERE o.status = 'ACCEPTED' AND o.next_attempt_at <= ? AND o.action = 'PUBLISH' AND o.channel IN ("
                + in(ch) + ") ORDER BY o.id FETCH FIRST " + batchSize + " ROWS ONLY" + dialect.forUpdateSkipLocked());
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Claims a locked ACCEPTED entry for a refresh: the status stays ACCEPTED (operators see no change), the fence
     * moves on, and {@code next_attempt_at} moves to the lease end so that no other dispatcher claims it meanwhile.
     */
    public Accepted claimAccepted(Connection c, long id, String worker, OffsetDateTime now, Duration lease)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE zwgk_outbox SET claimed_by = ?, fence = fence + 1, "
                + "lease_until = ?, next_attempt_at = ? WHERE id = ?")) {
            up.setString(1, worker);
            up.setObject(2, now.plus(lease));
            up.setObject(3, now.plus(lease));
            up.setLong(4, id);
            up.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT item_id, channel, version, idempotency_key, "
                + "remote_id, public_url, created_at, updated_at, fence FROM zwgk_outbox WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                OffsetDateTime updated = rs.getObject(8, OffsetDateTime.class);
                return new Accepted(id, rs.getLong(9), rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        updated == null ? now : updated);
            }
        }
    }

    /**
     * Ends a refresh claim with the entry still ACCEPTED: asked again at {@code next}, with new remote facts and the
     * last retryable error if any.
     */
    public void stillAccepted(Connection c, long id, long fence, OffsetDateTime next, String remoteId,
                              String publicUrl, String errorKind, String message, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET next_attempt_at = ?, "
                + "remote_id = COALESCE(?, remote_id), public_url = COALESCE(?, public_url), last_error_kind = ?, "
                + "last_error_code = NULL, last_error = ?, claimed_by = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE id = ? AND fence = ? AND status = 'ACCEPTED'")) {
            ps.setObject(1, next);
            Jdbc.setNullable(ps, 2, remoteId);
            Jdbc.setNullable(ps, 3, publicUrl);
            Jdbc.setNullable(ps, 4, errorKind);
            Jdbc.setNullable(ps, 5, ColumnLimits.clip(message));
            ps.setObject(6, now);
            ps.setLong(7, id);
            ps.setLong(8, fence);
            ps.executeUpdate();
        }
    }
}
