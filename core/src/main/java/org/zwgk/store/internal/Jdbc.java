package org.zwgk.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;

/** Small JDBC helpers shared by the row classes. */
final class Jdbc {

    private Jdbc() {
    }

    static StoreException db(String op, SQLException e) {
        return new StoreException(StoreErrors.DATABASE_ERROR, e, op, StoreException.describe(e));
    }

    static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    static void setNullable(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    static OffsetDateTime utc(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    /** SQL string literal for a value that is not user input (channel ids from adapters, enum names). */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
