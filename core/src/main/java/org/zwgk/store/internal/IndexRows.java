package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.zwgk.store.Dialect;

/** {@code zwgk_index_counter} (through the {@link Dialect}) and {@code zwgk_index_number}: issued 索引号. */
public final class IndexRows {

    private final Dialect dialect;

    public IndexRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The next serial of (body, period), in the caller's transaction (the counter row stays locked until commit). */
    public int nextSerial(Connection c, String bodyCode, String period) throws SQLException {
        return dialect.nextCounter(c, bodyCode, period);
    }

    /** Records an issued number; its primary key refuses a number issued twice, whatever the counter says. */
    public void issued(Connection c, String number, String bodyCode, String period, int serial, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_index_number "
                + "(index_number, body_code, period, serial, issued_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, number);
            ps.setString(2, bodyCode);
            ps.setString(3, period);
            ps.setInt(4, serial);
            ps.setObject(5, now);
            ps.executeUpdate();
        }
    }
}
