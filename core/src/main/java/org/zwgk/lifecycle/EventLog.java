package org.zwgk.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
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
 *
 * <p>With a {@link LogKey} ({@code zwgk.log.key}) each hash is an HMAC-SHA256: whoever can write the database but
 * does not hold the key cannot rewrite an event and recompute the chain. Without a key the hash is SHA-256 and the log
 * is tamper-evident only against edits that do not recompute it. The engine holds one instance; the gate, the
 * dispatcher and the deadline monitor append through it.
 */
public final class EventLog {

    /** The hash that precedes the first event of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** The {@code macAlg} of events hashed without a key. */
    public static final String UNKEYED = "sha256";

    /** Stateless: the SQL of the chain lives in the persistence layer. */
    private static final EventRows ROWS = new EventRows();

    /** Never updated, only cloned: see {@link #sha256()}. */
    private static final MessageDigest SHA256_PROTOTYPE = newSha256();

    private final LogKey key;

    private EventLog(LogKey key) {
        this.key = key;
    }

    /** A log whose events are hashed with SHA-256 (no key configured). */
    public static EventLog unkeyed() {
        return new EventLog(null);
    }

    /** A log whose events are HMAC-SHA256 with {@code key}; {@code null} for {@link #unkeyed()}. */
    public static EventLog of(LogKey key) {
        return new EventLog(key);
    }

    public Optional<LogKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Appends one event. The caller must hold the item row lock ({@code SELECT … FOR UPDATE}) in the same
     * transaction, which makes reading the head and writing the next event atomic.
     */
    public LifecycleEvent append(Connection c, String itemId, String type, LifecycleState from, LifecycleState to,
                                 String actor, Instant at, String details) throws SQLException {
        EventRows.Head head = ROWS.head(c, itemId)
                .orElseThrow(() -> new LifecycleException(LifecycleErrors.UNKNOWN_ITEM, itemId));
        LifecycleEvent event = make(itemId, head.length() + 1, type, from, to, actor, at, details, head.hash());
        ROWS.append(c, event);
        return event;
    }

    /**
     * The first event of a new item's chain. The caller inserts the item row with {@code log_head} set to the
     * returned event's hash and {@code log_length} 1, then the event (one statement fewer than {@link #append} on
     * the hot path of registration).
     */
    public LifecycleEvent first(String itemId, String type, LifecycleState to, String actor, Instant at,
                                String details) {
        return make(itemId, 1, type, null, to, actor, at, details, GENESIS);
    }

    private LifecycleEvent make(String itemId, int position, String type, LifecycleState from, LifecycleState to,
                                String actor, Instant at, String details, String prev) {
        Instant when = at.truncatedTo(ChronoUnit.MILLIS);
        String d = details == null ? "" : details;
        String hash = key == null ? hash(prev, itemId, position, type, from, to, actor, when, d)
                : keyedHash(key, prev, itemId, position, type, from, to, actor, when, d);
        return new LifecycleEvent(itemId, position, type, from, to, actor, when, d, prev, hash,
                key == null ? UNKEYED : key.algorithm());
    }

    /**
     * The digest of a queued payload (or any content) as this log signs it: HMAC-SHA256 with the key, else SHA-256.
     * Stored with the outbox entry; the dispatcher refuses a payload whose digest no longer matches.
     */
    public String digest(String content) {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        return key == null ? "sha256:" + LogKey.sha256Hex(b) : key.algorithm() + ":" + key.mac(b);
    }

    /** Whether {@code digest} (from {@link #digest}) is this log's digest of {@code content}. */
    public boolean matches(String content, String digest) {
        return MessageDigest.isEqual(digest(content).getBytes(StandardCharsets.UTF_8),
                digest.getBytes(StandardCharsets.UTF_8));
    }

    /** The events of one item, oldest first. */
    public static List<LifecycleEvent> events(Connection c, String itemId) {
        try {
            return ROWS.events(c, itemId);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "events", StoreException.describe(e));
        }
    }

    /** Verifies every chain without a key (unkeyed events only); see {@link LogVerifier} for the full check. */
    public static LogVerification verify(Connection c) {
        return LogVerifier.chainsOnly(null).verify(c);
    }

    /** The SHA-256 hash of an unkeyed event. */
    static String hash(String prev, String itemId, int position, String type, LifecycleState from,
                       LifecycleState to, String actor, Instant at, String details) {
        MessageDigest md = sha256();
        for (String f : fields(prev, itemId, position, type, from, to, actor, at, details)) {
            field(md, f);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The HMAC-SHA256 hash of a keyed event: the same length-prefixed fields, keyed. */
    static String keyedHash(LogKey key, String prev, String itemId, int position, String type, LifecycleState from,
                            LifecycleState to, String actor, Instant at, String details) {
        Mac mac = key.newMac();
        for (String f : fields(prev, itemId, position, type, from, to, actor, at, details)) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            mac.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            mac.update(b);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static String[] fields(String prev, String itemId, int position, String type, LifecycleState from,
                                   LifecycleState to, String actor, Instant at, String details) {
        return new String[] {prev, itemId, Integer.toString(position), type, from == null ? "" : from.name(),
            to.name(), actor, Long.toString(at.toEpochMilli()), details};
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

    @Override
    public String toString() {
        return "EventLog[" + (key == null ? "unkeyed" : key) + "]";
    }
}
