package org.zwgk.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Function;
import javax.sql.DataSource;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleEvent;

/**
 * What someone with write access to the database but without the log key can do: rewrite an item's events and
 * recompute its whole chain with the unkeyed recipe of docs/redaction.md (SHA-256 over length-prefixed UTF-8
 * fields), head included. Written from the documented recipe, not by calling zwgk's own hash, so that a test using
 * it also pins the recipe.
 */
public final class ChainForgery {

    private ChainForgery() {
    }

    /** Replaces each event's details by {@code details.apply(event)} and re-chains the item with plain SHA-256. */
    public static void rewrite(DataSource ds, String item, Function<LifecycleEvent, String> details)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            String prev = EventLog.GENESIS;
            for (LifecycleEvent e : EventLog.events(c, item)) {
                String d = details.apply(e);
                String hash = sha256(prev, item, Integer.toString(e.position()), e.type(),
                        e.from() == null ? "" : e.from().name(), e.to().name(), e.actor(),
                        Long.toString(e.at().toEpochMilli()), d);
                try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_event SET details = ?, prev_hash = ?, "
                        + "hash = ?, mac_alg = 'sha256' WHERE item_id = ? AND position = ?")) {
                    ps.setString(1, d);
                    ps.setString(2, prev);
                    ps.setString(3, hash);
                    ps.setString(4, item);
                    ps.setInt(5, e.position());
                    ps.executeUpdate();
                }
                prev = hash;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET log_head = ? WHERE item_id = ?")) {
                ps.setString(1, prev);
                ps.setString(2, item);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    /** The unkeyed recipe: SHA-256 over {@code <byte length>:<UTF-8 bytes>} of each field in order. */
    public static String sha256(String... fields) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String f : fields) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
