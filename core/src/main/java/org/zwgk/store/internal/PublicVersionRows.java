package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** {@code zwgk_public_version}: the text of a partially disclosed item's public version and its redaction record. */
public final class PublicVersionRows {

    PublicVersionRows() {
    }

    /** A stored public version; {@code redactions} is the JSON redaction record. */
    public record Stored(String title, String content, String redactions, String preparedBy) {
    }

    /** Inserts or replaces the item's public version. */
    public void put(Connection c, String itemId, Stored v, OffsetDateTime now) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM zwgk_public_version WHERE item_id = ?")) {
            del.setString(1, itemId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_public_version (item_id, title, content, "
                + "redactions, prepared_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, itemId);
            ps.setString(2, v.title());
            ps.setString(3, v.content());
            ps.setString(4, v.redactions());
            ps.setString(5, v.preparedBy());
            ps.setObject(6, now);
            ps.executeUpdate();
        }
    }

    public Optional<Stored> find(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT title, content, redactions, prepared_by "
                + "FROM zwgk_public_version WHERE item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))) : Optional.empty();
            }
        }
    }
}
