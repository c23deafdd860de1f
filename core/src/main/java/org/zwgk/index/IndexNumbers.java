package org.zwgk.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.zwgk.store.Dialect;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;

/**
 * Issues 索引号 from a template using a counter row per (body, period), incremented atomically in the caller's
 * transaction. Every number is also recorded in {@code zwgk_index_number} (primary key), so even a counter reset
 * by hand cannot make a number be issued twice: the insert fails instead.
 */
public final class IndexNumbers {

    private final IndexNumberTemplate template;
    private final Dialect dialect;
    private final Clock clock;

    public IndexNumbers(IndexNumberTemplate template, Dialect dialect, Clock clock) {
        this.template = Objects.requireNonNull(template, "template");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public IndexNumberTemplate template() {
        return template;
    }

    /** Issues the next number for {@code code} in the period of {@code date}, inside the caller's transaction. */
    public String issue(Connection c, String code, LocalDate date) {
        template.checkCode(code);
        String period = template.period(date);
        try {
            int serial = dialect.nextCounter(c, code, period);
            String number = template.format(code, date, serial);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_index_number "
                    + "(index_number, body_code, period, serial, issued_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, number);
                ps.setString(2, code);
                ps.setString(3, period);
                ps.setInt(4, serial);
                ps.setObject(5, OffsetDateTime.now(clock));
                ps.executeUpdate();
            }
            return number;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "index.issue", StoreException.describe(e));
        }
    }
}
