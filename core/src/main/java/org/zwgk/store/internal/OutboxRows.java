package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zwgk.publish.IdempotencyKeys;
import org.zwgk.publish.OutboxAction;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.spi.channel.DeliveryStatus;

/**
 * {@code zwgk_outbox} as the gate writes it and operators see and change it. The dispatcher's claims and results
 * are {@link DeliveryRows}.
 */
public final class OutboxRows {

    /**
     * Statuses in which an entry no longer holds back the later entries of its item and channel: delivered
     * (accepted, live, withdrawn), or never to be delivered (superseded by a newer intent, cancelled).
     */
    public static final String DONE = "('ACCEPTED', 'LIVE', 'WITHDRAWN', 'SUPERSEDED', 'CANCELLED')";

    /** Statuses of entries not yet delivered and not in anyone's hands: a newer intent replaces them. */
    static final String WAITING = "('QUEUED', 'FAILED', 'QUARANTINED')";

    static final String COLUMNS = "id, item_id, channel, action, version, idempotency_key, status, attempts, "
            + "next_attempt_at, claimed_by, lease_until, last_error_kind, last_error_code, last_error, remote_id, "
            + "public_url, created_at, updated_at, superseded_by, cancelled_by";

    OutboxRows() {
    }

    /**
     * Queues one entry (status QUEUED, due now) with its encoded payload and the payload's digest (the dispatcher
     * refuses a payload that no longer matches it); returns its id, which is also its sequence for the channel.
     */
    public long insert(Connection c, String itemId, String channel, OutboxAction action, int version,
                       String encodedPayload, String payloadMac, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_outbox (item_id, channel, action, version, "
                + "idempotency_key, payload, status, attempts, next_attempt_at, created_at, updated_at, payload_mac) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, itemId);
            ps.setString(2, channel);
            ps.setString(3, action.name());
            ps.setInt(4, version);
            ps.setString(5, IdempotencyKeys.of(itemId, channel, version, action));
            ps.setString(6, encodedPayload);
            ps.setString(7, DeliveryStatus.QUEUED.name());
            ps.setObject(8, now);
            ps.setObject(9, now);
            ps.setObject(10, now);
            Jdbc.setNullable(ps, 11, payloadMac);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The newest intent wins: every entry of the item that waits for delivery (QUEUED, FAILED, QUARANTINED) and has
     * a newer entry on the same channel becomes SUPERSEDED by the newest one. Called by the gate right after it
     * queued a withdrawal or a new version, under the item lock, in the same transaction. Entries in a dispatcher's
     * hands (SENT) are left to it: the dispatcher re-checks the item before it calls the channel, and the newer
     * entry waits for them.
     *
     * @return the number of entries superseded
     */
    public int supersedeOlder(Connection c, String itemId, OffsetDateTime now) throws SQLException {
        String newest = "(SELECT MAX(p.id) FROM zwgk_outbox p WHERE p.item_id = o.item_id AND p.channel = o.channel)";
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox o SET status = 'SUPERSEDED', "
                + "superseded_by = " + newest + ", claimed_by = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE o.item_id = ? AND o.status IN " + WAITING + " AND o.id < " + newest)) {
            ps.setObject(1, now);
            ps.setString(2, itemId);
            return ps.executeUpdate();
        }
    }

    /** The channels an item was ever queued for publication on, in name order. */
    public List<String> publicationChannels(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT channel FROM zwgk_outbox WHERE item_id = ? "
                + "AND action = ? ORDER BY channel")) {
            ps.setString(1, itemId);
            ps.setString(2, OutboxAction.PUBLISH.name());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Entries, oldest first; {@code status} null for all. */
    public List<OutboxEntry> list(Connection c, DeliveryStatus status, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM zwgk_outbox" + (status == null ? "" : " WHERE status = ?")
                + " ORDER BY id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (status != null) {
                ps.setString(1, status.name());
            }
            return readAll(ps);
        }
    }

    /** The entries of one item, in order. */
    public List<OutboxEntry> forItem(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM zwgk_outbox WHERE item_id = ? ORDER BY id")) {
            ps.setString(1, itemId);
            return readAll(ps);
        }
    }

    public Optional<OutboxEntry> get(Connection c, long id) throws SQLException {
        return get(c, id, false);
    }

    /** The entry, its row locked for the rest of the transaction (an operator's change). */
    public Optional<OutboxEntry> lock(Connection c, long id) throws SQLException {
        return get(c, id, true);
    }

    private Optional<OutboxEntry> get(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM zwgk_outbox WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            List<OutboxEntry> r = readAll(ps);
            return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
        }
    }

    /** The newest entry of (item, channel): the intent a channel must end up with. */
    public Optional<Long> newest(Connection c, String itemId, String channel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(id) FROM zwgk_outbox WHERE item_id = ? AND channel = ?")) {
            ps.setString(1, itemId);
            ps.setString(2, channel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(Jdbc.nullableLong(rs, 1)) : Optional.empty();
            }
        }
    }

    /** A QUARANTINED or FAILED entry back in the queue now, attempts reset; false if it is in neither state. */
    public boolean retry(Connection c, long id, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'QUEUED', attempts = 0, "
                + "next_attempt_at = ?, claimed_by = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE id = ? AND status IN ('QUARANTINED', 'FAILED')")) {
            ps.setObject(1, now);
            ps.setObject(2, now);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Ends the claim on an entry now: claimable at once, attempts kept; the fence moves on, so a late answer of the
     * old claimant is recorded as late, never as the entry's outcome.
     */
    public boolean release(Connection c, long id, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = CASE WHEN status = 'SENT' "
                + "THEN 'QUEUED' ELSE status END, fence = fence + 1, next_attempt_at = ?, claimed_by = NULL, "
                + "lease_until = NULL, updated_at = ? WHERE id = ?")) {
            ps.setObject(1, now);
            ps.setObject(2, now);
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** An operator cancels a waiting entry: CANCELLED, never delivered; false if it was no longer waiting. */
    public boolean cancel(Connection c, long id, String actor, String reason, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'CANCELLED', "
                + "cancelled_by = ?, last_error_kind = NULL, last_error_code = NULL, last_error = ?, fence = fence + 1, "
                + "claimed_by = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND status IN " + WAITING)) {
            ps.setString(1, actor);
            ps.setString(2, ColumnLimits.clip(reason));
            ps.setObject(3, now);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Entries by channel and status (statuses without entries are absent). */
    public Map<String, Map<DeliveryStatus, Integer>> counts(Connection c) throws SQLException {
        Map<String, Map<DeliveryStatus, Integer>> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT channel, status, COUNT(*) FROM zwgk_outbox GROUP BY channel, status");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(DeliveryStatus.class))
                        .put(DeliveryStatus.valueOf(rs.getString(2)), rs.getInt(3));
            }
        }
        return out;
    }

    /**
     * Entries by stored status name, in one grouped query (health checks); names this build does not know are
     * returned as they are, for the caller to count apart.
     */
    public Map<String, Long> countsByStatusName(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM zwgk_outbox GROUP BY status");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static List<OutboxEntry> readAll(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        OutboxAction.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6),
                        DeliveryStatus.valueOf(rs.getString(7)), rs.getInt(8), Jdbc.instant(rs, 9), rs.getString(10),
                        Jdbc.instant(rs, 11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                        rs.getString(16), Jdbc.instant(rs, 17), Jdbc.instant(rs, 18), Jdbc.nullableLong(rs, 19),
                        rs.getString(20)));
            }
        }
        return out;
    }
}
