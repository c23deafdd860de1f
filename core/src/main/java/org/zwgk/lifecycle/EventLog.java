package org.zwgk.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;

/**
 * The append-only, tamper-evident event log of disclosure items.
 *
 * <p>Design: one hash chain <em>per item</em>, not one global chain. A global chain would serialise every host
 * transaction on one head row; per-item chains only serialise work on the same item, which the gate already does
 * by locking the item row. The chain head (last hash and length) is also kept on the item row, so truncating a
 * chain (deleting its last events) is detected too, not only edits and insertions.
 */
public final class EventLog {

    /** The hash that precedes the first event of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** Never updated, only cloned: see {@link #sha256()}. */
    private static final MessageDigest SHA256_PROTOTYPE = newSha256();

    private EventLog() {
    }

    /**
     * Appends one event. The caller must hold the item row lock ({@code SELECT … FOR UPDATE}) in the same
     * transaction, which makes reading the head and writing the next event atomic.
     */
    public static LifecycleEvent append(Connection c, String itemId, String type, LifecycleState from,
                                        LifecycleState to, String actor, Instant at, String details)
            throws SQLException {
        String head;
        int length;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT log_head, log_length FROM zwgk_item WHERE item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LifecycleException(LifecycleErrors.UNKNOWN_ITEM, itemId);
                }
                head = rs.getString(1);
                length = rs.getInt(2);
            }
        }
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        int position = length + 1;
        String d = details == null ? "" : details;
        String hash = hash(head, itemId, position, type, from, to, actor, when, d);
        LifecycleEvent event = new LifecycleEvent(itemId, position, type, from, to, actor, when, d, head, hash);
        insert(c, event);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_item SET log_head = ?, log_length = ? WHERE item_id = ?")) {
            ps.setString(1, hash);
            ps.setInt(2, position);
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
        return event;
    }

    /**
     * Writes the first event of a new item's chain. The caller inserts the item row with {@code log_head} set to
     * the returned event's hash and {@code log_length} 1 (one statement fewer than {@link #append} on the hot path
     * of registration).
     */
    public static LifecycleEvent prepareFirst(String itemId, String type, LifecycleState to, String actor, Instant at,
                                              String details) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        String d = details == null ? "" : details;
        String hash = hash(GENESIS, itemId, 1, type, null, to, actor, when, d);
        return new LifecycleEvent(itemId, 1, type, null, to, actor, when, d, GENESIS, hash);
    }

    /** Inserts an event built by {@link #prepareFirst} (after the item row exists). */
    public static void insertFirst(Connection c, LifecycleEvent e) throws SQLException {
        insert(c, e);
    }

    private static void insert(Connection c, LifecycleEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, 1, e);
            ps.executeUpdate();
        }
    }

    /** The columns of an event row, in the order {@link #bind} sets them (10 parameters). */
    public static final String COLUMNS = "item_id, position, event_type, from_state, to_state, actor, at, details, "
            + "prev_hash, hash";

    /**
     * Binds {@code e} to the 10 parameters of {@link #COLUMNS} starting at {@code first}; returns the next index.
     * For statements that write the first event together with other rows (e.g. in one PostgreSQL statement).
     */
    public static int bind(PreparedStatement ps, int first, LifecycleEvent e) throws SQLException {
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
        return i;
    }

    /** The events of one item, oldest first. */
    public static List<LifecycleEvent> events(Connection c, String itemId) {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE item_id = ? ORDER BY position")) {
            ps.setString(1, itemId);
            List<LifecycleEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "events", StoreException.describe(e));
        }
    }

    /** Recomputes every chain and compares it with the stored hashes and the heads kept on the item rows. */
    public static LogVerification verify(Connection c) {
        List<String> problems = new ArrayList<>();
        Map<String, String[]> heads = new HashMap<>();
        int events = 0;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT item_id, log_head, log_length FROM zwgk_item")) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new String[] {rs.getString(2), String.valueOf(rs.getInt(3))});
                }
            }
            Map<String, String[]> seen = new HashMap<>();
            try (ResultSet rs = st.executeQuery(SELECT + " ORDER BY item_id, position")) {
                while (rs.next()) {
                    events++;
                    LifecycleEvent e = read(rs);
                    String[] state = seen.computeIfAbsent(e.itemId(), k -> new String[] {GENESIS, "0", ""});
                    if (!state[2].isEmpty()) {
                        continue; // already broken; report the first break only
                    }
                    int expectedPosition = Integer.parseInt(state[1]) + 1;
                    String problem = null;
                    if (e.position() != expectedPosition) {
                        problem = "position " + e.position() + " (expected " + expectedPosition + ")";
                    } else if (!e.prevHash().equals(state[0])) {
                        problem = "prev_hash does not match the previous event";
                    } else if (!e.hash().equals(hash(e.prevHash(), e.itemId(), e.position(), e.type(), e.from(),
                            e.to(), e.actor(), e.at(), e.details()))) {
                        problem = "content does not match its hash";
                    }
                    if (problem != null) {
                        state[2] = problem;
                        problems.add(e.itemId() + " #" + e.position() + ": " + problem);
                    }
                    state[0] = e.hash();
                    state[1] = String.valueOf(e.position());
                }
            }
            for (Map.Entry<String, String[]> h : heads.entrySet()) {
                String[] s = seen.getOrDefault(h.getKey(), new String[] {GENESIS, "0", ""});
                if (s[2].isEmpty() && (!s[0].equals(h.getValue()[0]) || !s[1].equals(h.getValue()[1]))) {
                    problems.add(h.getKey() + " #" + h.getValue()[1] + ": chain head does not match "
                            + "(events deleted or appended outside zwgk)");
                }
            }
            for (String item : seen.keySet()) {
                if (!heads.containsKey(item)) {
                    problems.add(item + ": events without an item");
                }
            }
            return new LogVerification(heads.size(), events, problems);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "verify", StoreException.describe(e));
        }
    }

    private static final String SELECT = "SELECT item_id, position, event_type, from_state, to_state, actor, at, "
            + "details, prev_hash, hash FROM zwgk_event";

    private static LifecycleEvent read(ResultSet rs) throws SQLException {
        String from = rs.getString(4);
        return new LifecycleEvent(rs.getString(1), rs.getInt(2), rs.getString(3),
                from == null ? null : LifecycleState.valueOf(from), LifecycleState.valueOf(rs.getString(5)),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8),
                rs.getString(9), rs.getString(10));
    }

    static String hash(String prev, String itemId, int position, String type, LifecycleState from,
                       LifecycleState to, String actor, Instant at, String details) {
        MessageDigest md = sha256();
        field(md, prev);
        field(md, itemId);
        field(md, Integer.toString(position));
        field(md, type);
        field(md, from == null ? "" : from.name());
        field(md, to.name());
        field(md, actor);
        field(md, Long.toString(at.toEpochMilli()));
        field(md, details);
        return HexFormat.of().formatHex(md.digest());
    }

    /** Length-prefixed field ({@code <utf-8 length>:<utf-8 bytes>}): no two different events hash the same bytes. */
    private static void field(MessageDigest md, String f) {
        byte[] b = f.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    /**
     * A fresh SHA-256 digest, cloned from a pristine prototype: {@code MessageDigest.getInstance} looks the
     * provider up and instantiates reflectively on every call (a third of the hashing cost on registration's hot
     * path). The prototype is never updated, only cloned, so sharing it between threads is safe.
     */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
