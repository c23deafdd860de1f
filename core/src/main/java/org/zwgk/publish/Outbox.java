package org.zwgk.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;

/**
 * The operator API of the outbox: list entries with their per-channel state, retry failed or quarantined ones,
 * release a claim held by a dispatcher that died (instead of waiting for its lease to expire), and see or end the
 * pauses rate limits put on whole channels ({@link ChannelPause}).
 */
public final class Outbox {

    static final String COLUMNS = "id, item_id, channel, action, version, idempotency_key, status, attempts, "
            + "next_attempt_at, claimed_by, lease_until, last_error_kind, last_error_code, last_error, remote_id, "
            + "public_url, created_at, updated_at";

    private final ZwgkStore store;

    public Outbox(ZwgkStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Entries, oldest first; {@code status} null for all. */
    public List<OutboxEntry> list(DeliveryStatus status, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM zwgk_outbox" + (status == null ? "" : " WHERE status = ?")
                + " ORDER BY id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY";
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (status != null) {
                ps.setString(1, status.name());
            }
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.list", StoreException.describe(e));
        }
    }

    /**
     * How many entries are in each status, in one grouped query (for health checks and metrics, which must not list
     * the rows). Every {@link DeliveryStatus} is present, with 0 when no entry has it; a status written by a newer
     * zwgk that this build does not know is counted in {@link StatusCounts#unrecognised()} rather than failing.
     */
    public StatusCounts counts() {
        java.util.EnumMap<DeliveryStatus, Long> byStatus = new java.util.EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            byStatus.put(s, 0L);
        }
        long unrecognised = 0;
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT status, COUNT(*) FROM zwgk_outbox GROUP BY status"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DeliveryStatus s = status(rs.getString(1));
                if (s == null) {
                    unrecognised += rs.getLong(2);
                } else {
                    byStatus.put(s, rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.counts", StoreException.describe(e));
        }
        return new StatusCounts(byStatus, unrecognised);
    }

    private static DeliveryStatus status(String name) {
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Entries per status ({@link Outbox#counts()}).
     *
     * @param byStatus     every {@link DeliveryStatus}, in declaration order, with its count (0 when none)
     * @param unrecognised entries whose stored status this build does not know (written by a newer zwgk)
     */
    public record StatusCounts(java.util.Map<DeliveryStatus, Long> byStatus, long unrecognised) {
        public StatusCounts {
            byStatus = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byStatus));
        }

        /** The count of one status (0 when none). */
        public long of(DeliveryStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /** The entries of one item, in order. */
    public List<OutboxEntry> forItem(String itemId) {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM zwgk_outbox WHERE item_id = ? ORDER BY id")) {
            ps.setString(1, itemId);
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.forItem", StoreException.describe(e));
        }
    }

    public OutboxEntry get(long id) {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM zwgk_outbox WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(StoreErrors.OUTBOX_ENTRY_NOT_FOUND, id);
                }
                return read(rs);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.get", StoreException.describe(e));
        }
    }

    /** Puts a QUARANTINED or FAILED entry back in the queue now, with its attempt counter reset. */
    public OutboxEntry retry(long id) {
        OutboxEntry e = get(id);
        if (e.status() != DeliveryStatus.QUARANTINED && e.status() != DeliveryStatus.FAILED) {
            throw new StoreException(StoreErrors.OUTBOX_NOT_RETRYABLE, id, e.status().label());
        }
        update(id, "UPDATE zwgk_outbox SET status = 'QUEUED', attempts = 0, next_attempt_at = ?, claimed_by = NULL, "
                + "claim_token = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND status IN ('QUARANTINED', 'FAILED')");
        return get(id);
    }

    /**
     * Releases the claim on an entry (a dispatcher was killed holding it): it becomes claimable at once. The
     * entry keeps its attempt count; a late answer from the old claimant is ignored (its claim token is gone).
     */
    public OutboxEntry release(long id) {
        get(id);
        update(id, "UPDATE zwgk_outbox SET status = CASE WHEN status = 'SENT' THEN 'QUEUED' ELSE status END, "
                + "next_attempt_at = ?, claimed_by = NULL, claim_token = NULL, lease_until = NULL, updated_at = ? "
                + "WHERE id = ?");
        return get(id);
    }

    /** The channels paused now by a rate limit, by channel id. */
    public List<ChannelPause> pauses() {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement("SELECT " + PAUSE_COLUMNS
                + " FROM zwgk_channel_pause WHERE paused_until > ? ORDER BY channel")) {
            ps.setObject(1, OffsetDateTime.now(store.clock()));
            List<ChannelPause> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(readPause(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.pauses", StoreException.describe(e));
        }
    }

    /**
     * Ends the pause of {@code channel} now (e.g. the WeChat quota was reset in the MP console): dispatchers claim
     * its entries again at their next round, and entries postponed to the pause's end are due at once (later
     * retries of their own are kept). Returns the pause that was ended, empty if the channel was not paused.
     */
    public Optional<ChannelPause> resume(String channel) {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                OffsetDateTime now = OffsetDateTime.now(store.clock());
                ChannelPause pause = null;
                try (PreparedStatement ps = c.prepareStatement("SELECT " + PAUSE_COLUMNS
                        + " FROM zwgk_channel_pause WHERE channel = ? AND paused_until > ? FOR UPDATE")) {
                    ps.setString(1, channel);
                    ps.setObject(2, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            pause = readPause(rs);
                        }
                    }
                }
                if (pause == null) {
                    c.rollback();
                    return Optional.empty();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE zwgk_channel_pause SET paused_until = ? WHERE channel = ?")) {
                    ps.setObject(1, now);
                    ps.setString(2, channel);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET next_attempt_at = ?, "
                        + "updated_at = ? WHERE channel = ? AND status IN ('QUEUED', 'FAILED') AND next_attempt_at > ? "
                        + "AND next_attempt_at <= ?")) {
                    ps.setObject(1, now);
                    ps.setObject(2, now);
                    ps.setString(3, channel);
                    ps.setObject(4, now);
                    ps.setObject(5, OffsetDateTime.ofInstant(pause.pausedUntil(), java.time.ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                c.commit();
                return Optional.of(pause);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.resume", StoreException.describe(e));
        }
    }

    private static final String PAUSE_COLUMNS = "channel, paused_until, error_kind, remote_code, reason, paused_by, "
            + "paused_at";

    private static ChannelPause readPause(ResultSet rs) throws SQLException {
        return new ChannelPause(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), instant(rs, 7));
    }

    private void update(long id, String sql) {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            OffsetDateTime now = OffsetDateTime.now(store.clock());
            ps.setObject(1, now);
            ps.setObject(2, now);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "outbox.update", StoreException.describe(e));
        }
    }

    static OutboxEntry read(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), OutboxAction.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getString(6), DeliveryStatus.valueOf(rs.getString(7)), rs.getInt(8), instant(rs, 9),
                rs.getString(10), instant(rs, 11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), instant(rs, 17), instant(rs, 18));
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
