package org.zwgk.index;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.zwgk.store.Dialect;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.internal.IndexRows;

/**
 * Issues 索引号 from a template using a counter row per (body, period), incremented atomically in the caller's
 * transaction. Every number is also recorded in {@code zwgk_index_number} (primary key), so even a counter reset
 * by hand cannot make a number be issued twice: the insert fails instead.
 */
public final class IndexNumbers {

    private final IndexNumberTemplate template;
    private final IndexRows rows;
    private final Clock clock;

    public IndexNumbers(IndexNumberTemplate template, Dialect dialect, Clock clock) {
        this.template = Objects.requireNonNull(template, "template");
        this.rows = new IndexRows(Objects.requireNonNull(dialect, "dialect"));
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
            int serial = rows.nextSerial(c, code, period);
            String number = template.format(code, date, serial);
            rows.issued(c, number, code, period, serial, OffsetDateTime.now(clock));
            return number;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "index.issue", StoreException.describe(e));
        }
    }
}
