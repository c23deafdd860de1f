package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.zwgk.store.Dialect;

/** {@code zwgk_finding_acceptance}: screening findings a reviewer accepted, per item. */
public final class FindingRows {

    private final Dialect dialect;

    FindingRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The fingerprints accepted for the item. */
    public Set<String> accepted(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT fingerprint FROM zwgk_finding_acceptance WHERE item_id = ?")) {
            ps.setString(1, itemId);
            Set<String> out = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** Records an acceptance; false if the fingerprint was already accepted for the item. */
    public boolean accept(Connection c, String itemId, String fingerprint, String by, String reason,
                          OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent("INSERT INTO zwgk_finding_acceptance "
                + "(item_id, fingerprint, accepted_by, reason, accepted_at) VALUES (?, ?, ?, ?, ?)",
                "item_id, fingerprint"))) {
            ps.setString(1, itemId);
            ps.setString(2, fingerprint);
            ps.setString(3, by);
            ps.setString(4, ColumnLimits.clip(reason));
            ps.setObject(5, now);
            return dialect.executeInsertIfAbsent(ps);
        }
    }
}
