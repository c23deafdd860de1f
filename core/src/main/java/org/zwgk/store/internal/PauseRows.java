package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zwgk.publish.ChannelPause;
import org.zwgk.store.Dialect;

/** {@code zwgk_channel_pause}: channels paused by a rate limit, shared by every dispatcher on the database. */
public final class PauseRows {

    private static final String COLUMNS = "channel, paused_until, error_kind, remote_code, reason, paused_by, "
            + "paused_at";

    private final Dialect dialect;

    PauseRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The pauses in force at {@code now}, by channel id. */
    public List<ChannelPause> active(Connection c, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM zwgk_channel_pause WHERE paused_until > ? ORDER BY channel")) {
            ps.setObject(1, now);
            List<ChannelPause> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    /** The pause of {@code channel} in force at {@code now}, its row locked. */
    public Optional<ChannelPause> lockActive(Connection c, String channel, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM zwgk_channel_pause WHERE channel = ? AND paused_until > ? FOR UPDATE")) {
            ps.setString(1, channel);
            ps.setObject(2, now);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Records a pause, or extends the current one if it ends earlier (never shortens: operators resume). */
    public void pause(Connection c, ChannelPause p) throws SQLException {
        boolean inserted;
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent("INSERT INTO zwgk_channel_pause "
                + "(paused_until, error_kind, remote_code, reason, paused_by, paused_at, channel) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", "channel"))) {
            bind(ps, p);
            inserted = dialect.executeInsertIfAbsent(ps);
        }
        if (!inserted) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_channel_pause SET paused_until = ?, "
                    + "error_kind = ?, remote_code = ?, reason = ?, paused_by = ?, paused_at = ? "
                    + "WHERE channel = ? AND paused_until < ?")) {
                bind(ps, p);
                ps.setObject(8, Jdbc.utc(p.pausedUntil()));
                ps.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement ps, ChannelPause p) throws SQLException {
        ps.setObject(1, Jdbc.utc(p.pausedUntil()));
        ps.setString(2, p.errorKind());
        String code = p.remoteCode();
        Jdbc.setNullable(ps, 3, code != null && code.length() > 64 ? code.substring(0, 64) : code);
        Jdbc.setNullable(ps, 4, ColumnLimits.clip(p.reason()));
        ps.setString(5, p.pausedBy());
        ps.setObject(6, Jdbc.utc(p.pausedAt()));
        ps.setString(7, p.channel());
    }

    /**
     * Ends the pause of {@code channel} now, and makes the entries postponed to its end due at once (later retries
     * of their own are kept).
     */
    public void end(Connection c, ChannelPause p, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_channel_pause SET paused_until = ? WHERE channel = ?")) {
            ps.setObject(1, now);
            ps.setString(2, p.channel());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET next_attempt_at = ?, "
                + "updated_at = ? WHERE channel = ? AND status IN ('QUEUED', 'FAILED') AND next_attempt_at > ? "
                + "AND next_attempt_at <= ?")) {
            ps.setObject(1, now);
            ps.setObject(2, now);
            ps.setString(3, p.channel());
            ps.setObject(4, now);
            ps.setObject(5, Jdbc.utc(p.pausedUntil()));
            ps.executeUpdate();
        }
    }

    private static ChannelPause read(ResultSet rs) throws SQLException {
        return new ChannelPause(rs.getString(1), Jdbc.instant(rs, 2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), Jdbc.instant(rs, 7));
    }
}
