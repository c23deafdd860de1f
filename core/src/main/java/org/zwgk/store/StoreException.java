package org.zwgk.store;

import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** A store, outbox or index-number problem (codes 4000–4999). */
public class StoreException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    public StoreException(ErrorCode code, Object... args) {
        super(code, args);
    }

    public StoreException(ErrorCode code, Throwable cause, Object... args) {
        super(code, cause, args);
    }

    /**
     * The driver's message without the SQL it ran: H2 appends {@code ; SQL statement: …} and an error-code suffix,
     * PostgreSQL a {@code Position:} line. Messages reach operators and host logs; the statement text is noise
     * there and may quote data. The SQLSTATE stays, so the condition can still be looked up.
     */
    public static String describe(java.sql.SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int sql = m.indexOf("; SQL statement:");
        if (sql >= 0) {
            m = m.substring(0, sql);
        }
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = m.replaceAll("\\s*\\[\\d{5}-\\d+]$", "").strip();
        return e.getSQLState() == null ? m : m + " (SQLSTATE " + e.getSQLState() + ")";
    }
}
