package org.zwgk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Every difference between the databases zwgk runs on, in one place: column types used by the migrations, the
 * claim clause of the dispatcher, upserts, and counters. H2 (embedded default) and PostgreSQL are built in;
 * 达梦 (Oracle-compatible) and 人大金仓 KingbaseES (PostgreSQL-compatible) can be added by implementing this
 * interface (KingbaseES in PostgreSQL mode can usually reuse {@link #POSTGRESQL}).
 */
public interface Dialect {

    /** SQLSTATE of a unique-constraint violation (SQL standard; H2 and PostgreSQL both report it). */
    String UNIQUE_VIOLATION = "23505";

    /** A short name, e.g. {@code h2}, {@code postgresql}. */
    String name();

    /**
     * The SQL type for a migration placeholder: {@code text}, {@code timestamp}, {@code identity}, {@code blob}, and
     * {@code longtext} (text that should stay in the row, up to 1,000,000 characters; a dialect that throws
     * {@link IllegalArgumentException} for it gets its {@code text} type).
     */
    String type(String placeholder);

    /**
     * The locking suffix of the dispatcher's claim query. Rows locked by another dispatcher are skipped, not
     * waited for, so several dispatchers never hand the same entry to two adapters at once.
     */
    default String forUpdateSkipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /** Insert or replace one journal row ({@code idempotency_key, name, entry_value, recorded_at}). */
    String upsertJournal();

    /**
     * The SQL for inserting one row unless a row with the same {@code keyColumns} exists; execute it with
     * {@link #executeInsertIfAbsent}. Saves the existence query on the hot path of registration. The transaction
     * stays usable when the row exists: PostgreSQL aborts a transaction on any error, so there the conflict is
     * resolved by the statement itself ({@code ON CONFLICT … DO NOTHING}); H2 rolls back only the failed
     * statement, so there the plain INSERT is run and its duplicate-key error caught.
     *
     * @param insert     {@code INSERT INTO t (…) VALUES (…)} of one row whose only unique constraint that can
     *                   conflict is {@code keyColumns}
     * @param keyColumns the conflicting key, e.g. {@code item_id}
     */
    default String insertIfAbsent(String insert, String keyColumns) {
        return insert + " ON CONFLICT (" + keyColumns + ") DO NOTHING";
    }

    /** Executes a statement prepared from {@link #insertIfAbsent}: true if it inserted, false if the key existed. */
    default boolean executeInsertIfAbsent(java.sql.PreparedStatement ps) throws SQLException {
        return ps.executeUpdate() == 1;
    }

    /**
     * Whether {@code WITH x AS (INSERT … RETURNING …) …} works (PostgreSQL, KingbaseES): several dependent inserts
     * in one statement, one round trip. False unless a dialect says so.
     */
    default boolean supportsDataModifyingCte() {
        return false;
    }

    /**
     * Atomically increments and returns the counter row of (body, period), creating it at 1. Runs in the caller's
     * transaction: the row stays locked until it commits, so concurrent issuers queue and never share a value,
     * and a rolled-back transaction leaves no gap and no number.
     */
    default int nextCounter(Connection c, String body, String period) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try (java.sql.PreparedStatement up = c.prepareStatement(
                    "UPDATE zwgk_index_counter SET last_value = last_value + 1 WHERE body_code = ? AND period = ?")) {
                up.setString(1, body);
                up.setString(2, period);
                if (up.executeUpdate() == 1) {
                    try (java.sql.PreparedStatement q = c.prepareStatement(
                            "SELECT last_value FROM zwgk_index_counter WHERE body_code = ? AND period = ?")) {
                        q.setString(1, body);
                        q.setString(2, period);
                        try (java.sql.ResultSet rs = q.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }
                }
            }
            try (java.sql.PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO zwgk_index_counter (body_code, period, last_value) VALUES (?, ?, 1)")) {
                ins.setString(1, body);
                ins.setString(2, period);
                ins.executeUpdate();
                return 1;
            } catch (SQLException duplicate) {
                // Another transaction created the row first (H2 rolls back only the statement): increment it.
                if (attempt > 2) {
                    throw duplicate;
                }
            }
        }
    }

    /** H2 2.x: MVStore row locks, {@code FOR UPDATE SKIP LOCKED} supported since 2.0. */
    Dialect H2 = new Dialect() {
        @Override
        public String name() {
            return "h2";
        }

        @Override
        public String type(String placeholder) {
            return switch (placeholder) {
                case "text" -> "CHARACTER LARGE OBJECT";
                // H2 stores a LOB of more than 256 bytes apart from its row, costing a LOB map write per insert;
                // short-to-medium texts written on every gate call (event details) stay in the row instead
                case "longtext" -> "CHARACTER VARYING(1000000)";
                case "timestamp" -> "TIMESTAMP WITH TIME ZONE";
                case "identity" -> "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
                case "blob" -> "BINARY LARGE OBJECT";
                default -> throw new IllegalArgumentException(placeholder);
            };
        }

        @Override
        public String insertIfAbsent(String insert, String keyColumns) {
            return insert; // H2 has no ON CONFLICT outside PostgreSQL mode; see executeInsertIfAbsent
        }

        @Override
        public boolean executeInsertIfAbsent(java.sql.PreparedStatement ps) throws SQLException {
            try {
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                // 23505 = unique violation. H2 undoes the failed statement only (Command.executeUpdate rolls back
                // to the statement's savepoint); the transaction and its earlier work stay intact.
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        public String upsertJournal() {
            return "MERGE INTO zwgk_journal (idempotency_key, name, entry_value, recorded_at) "
                    + "KEY (idempotency_key, name) VALUES (?, ?, ?, ?)";
        }

        @Override
        public String toString() {
            return name();
        }
    };

    /** PostgreSQL 10+ (and compatible servers). */
    Dialect POSTGRESQL = new Dialect() {
        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public String type(String placeholder) {
            return switch (placeholder) {
                case "text", "longtext" -> "TEXT";
                case "timestamp" -> "TIMESTAMP WITH TIME ZONE";
                case "identity" -> "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
                case "blob" -> "BYTEA";
                default -> throw new IllegalArgumentException(placeholder);
            };
        }

        @Override
        public String upsertJournal() {
            return "INSERT INTO zwgk_journal (idempotency_key, name, entry_value, recorded_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (idempotency_key, name) DO UPDATE SET entry_value = EXCLUDED.entry_value, "
                    + "recorded_at = EXCLUDED.recorded_at";
        }

        @Override
        public boolean supportsDataModifyingCte() {
            return true;
        }

        @Override
        public int nextCounter(Connection c, String body, String period) throws SQLException {
            // A failed INSERT would abort a PostgreSQL transaction, so use the atomic upsert.
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_index_counter "
                    + "(body_code, period, last_value) VALUES (?, ?, 1) ON CONFLICT (body_code, period) "
                    + "DO UPDATE SET last_value = zwgk_index_counter.last_value + 1 RETURNING last_value")) {
                ps.setString(1, body);
                ps.setString(2, period);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }

        @Override
        public String toString() {
            return name();
        }
    };

    /** Picks the dialect from the connection's product name; unknown databases are refused, never guessed. */
    public static Dialect of(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "getDatabaseProductName", StoreException.describe(e));
        }
        String p = product.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return H2;
        }
        if (p.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new StoreException(StoreErrors.UNSUPPORTED_DATABASE, product);
    }
}
