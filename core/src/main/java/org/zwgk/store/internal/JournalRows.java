package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zwgk.store.Dialect;

/** {@code zwgk_journal}: what adapters remember per idempotency key (remote ids of multi-step deliveries). */
public final class JournalRows {

    private final Dialect dialect;

    public JournalRows(Dialect dialect) {
        this.dialect = dialect;
    }

    public Map<String, String> load(Connection c, String idempotencyKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, entry_value FROM zwgk_journal "
                + "WHERE idempotency_key = ? ORDER BY recorded_at, name")) {
            ps.setString(1, idempotencyKey);
            Map<String, String> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        }
    }

    /** Inserts or replaces one row. */
    public void record(Connection c, String idempotencyKey, String name, String value, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.upsertJournal())) {
            ps.setString(1, idempotencyKey);
            ps.setString(2, name);
            ps.setString(3, value);
            ps.setObject(4, now);
            ps.executeUpdate();
        }
    }
}
