package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.lifecycle.LifecycleState;

/**
 * {@code zwgk_event}, the per-item hash chains, and the chain head kept on {@code zwgk_item} ({@code log_head},
 * {@code log_length}). Hashing is {@code org.zwgk.lifecycle.EventLog}'s; this class only stores.
 */
public final class EventRows {

    /** The columns of an event row, in the order {@link #bind} sets them (11 parameters). */
    static final String COLUMNS = "item_id, position, event_type, from_state, to_state, actor, at, details, "
            + "prev_hash, hash, mac_alg";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM zwgk_event";

    public EventRows() {
    }

    /** The head of an item's chain: the last hash and the number of events. */
    public record Head(String hash, int length) {
    }

    /** The chain head of an item; the caller holds the item row lock when it is about to append. */
    public Optional<Head> head(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT log_head, log_length FROM zwgk_item WHERE item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getString(1), rs.getInt(2))) : Optional.empty();
            }
        }
    }

    /** Appends {@code e} and moves the item's chain head to it. */
    public void append(Connection c, LifecycleEvent e) throws SQLException {
        insert(c, e);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_item SET log_head = ?, log_length = ? WHERE item_id = ?")) {
            ps.setString(1, e.hash());
            ps.setInt(2, e.position());
            ps.setString(3, e.itemId());
            ps.executeUpdate();
        }
    }

    /** Inserts an event row without touching the head (the first event: the item row was inserted with it). */
    public void insert(Connection c, LifecycleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, 1, e);
            ps.executeUpdate();
        }
    }

    /** Binds {@code e} to the 11 parameters of {@link #COLUMNS} starting at {@code first}; returns the next index. */
    static int bind(PreparedStatement ps, int first, LifecycleEvent e) throws SQLException {
        int i = first;
        ps.setString(i++, e.itemId());
        ps.setInt(i++, e.position());
        ps.setString(i++, e.type());
        ps.setString(i++, e.from() == null ? null : e.from().name());
        ps.setString(i++, e.to().name());
        ps.setString(i++, e.actor());
        ps.setObject(i++, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
        ps.setString(i++, e.details());
        ps.setString(i++, e.prevHash());
        ps.setString(i++, e.hash());
        ps.setString(i++, e.macAlg());
        return i;
    }

    /** The events of one item, oldest first. */
    public List<LifecycleEvent> events(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE item_id = ? ORDER BY position")) {
            ps.setString(1, itemId);
            List<LifecycleEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    /** An item's stored chain head, for verification. */
    public record StoredHead(String itemId, String hash, int length) {
    }

    /** Streams every stored head, then every event in (item, position) order: the input of a verification. */
    public void scan(Connection c, Consumer<StoredHead> heads, Consumer<LifecycleEvent> events) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT item_id, log_head, log_length FROM zwgk_item")) {
                while (rs.next()) {
                    heads.accept(new StoredHead(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            try (ResultSet rs = st.executeQuery(SELECT + " ORDER BY item_id, position")) {
                while (rs.next()) {
                    events.accept(read(rs));
                }
            }
        }
    }

    private static LifecycleEvent read(ResultSet rs) throws SQLException {
        String from = rs.getString(4);
        return new LifecycleEvent(rs.getString(1), rs.getInt(2), rs.getString(3),
                from == null ? null : LifecycleState.valueOf(from), LifecycleState.valueOf(rs.getString(5)),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
