package org.zwgk.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.EventRows;

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

    /** Stateless: the SQL of the chain lives in the persistence layer. */
    private static final EventRows ROWS = new EventRows();

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
        EventRows.Head head = ROWS.head(c, itemId)
                .orElseThrow(() -> new LifecycleException(LifecycleErrors.UNKNOWN_ITEM, itemId));
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        int position = head.length() + 1;
        String d = details == null ? "" : details;
        String hash = hash(head.hash(), itemId, position, type, from, to, actor, when, d);
        LifecycleEvent event = new LifecycleEvent(itemId, position, type, from, to, actor, when, d, head.hash(), hash);
        ROWS.append(c, event);
        return event;
    }

    /**
     * The first event of a new item's chain. The caller inserts the item row with {@code log_head} set to the
     * returned event's hash and {@code log_length} 1, then the event (one statement fewer than {@link #append} on
     * the hot path of registration).
     */
    public static LifecycleEvent prepareFirst(String itemId, String type, LifecycleState to, String actor, Instant at,
                                              String details) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        String d = details == null ? "" : details;
        String hash = hash(GENESIS, itemId, 1, type, null, to, actor, when, d);
        return new LifecycleEvent(itemId, 1, type, null, to, actor, when, d, GENESIS, hash);
    }

    /** The events of one item, oldest first. */
    public static List<LifecycleEvent> events(Connection c, String itemId) {
        try {
            return ROWS.events(c, itemId);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "events", StoreException.describe(e));
        }
    }

    /** Recomputes every chain and compares it with the stored hashes and the heads kept on the item rows. */
    public static LogVerification verify(Connection c) {
        List<String> problems = new ArrayList<>();
        Map<String, EventRows.StoredHead> heads = new HashMap<>();
        Map<String, String[]> seen = new HashMap<>();
        int[] events = {0};
        try {
            ROWS.scan(c, h -> heads.put(h.itemId(), h), e -> {
                events[0]++;
                String[] state = seen.computeIfAbsent(e.itemId(), k -> new String[] {GENESIS, "0", ""});
                if (!state[2].isEmpty()) {
                    return; // already broken; report the first break only
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
            });
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "verify", StoreException.describe(e));
        }
        for (EventRows.StoredHead h : heads.values()) {
            String[] s = seen.getOrDefault(h.itemId(), new String[] {GENESIS, "0", ""});
            if (s[2].isEmpty() && (!s[0].equals(h.hash()) || !s[1].equals(String.valueOf(h.length())))) {
                problems.add(h.itemId() + " #" + h.length() + ": chain head does not match "
                        + "(events deleted or appended outside zwgk)");
            }
        }
        for (String item : seen.keySet()) {
            if (!heads.containsKey(item)) {
                problems.add(item + ": events without an item");
            }
        }
        return new LogVerification(heads.size(), events[0], problems);
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
