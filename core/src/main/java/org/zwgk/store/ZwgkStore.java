package org.zwgk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The zwgk database: a {@link DataSource}, its {@link Dialect}, and the schema migrations. The gate writes
 * through the host's own connection; the dispatcher and the operator API use this data source.
 */
public final class ZwgkStore {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;

    private ZwgkStore(DataSource dataSource, Dialect dialect, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens the store, detecting the dialect, and migrates the schema. */
    public static ZwgkStore open(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        try (Connection c = dataSource.getConnection()) {
            Dialect d = Dialect.of(c);
            Migrations.migrate(c, d, clock);
            return new ZwgkStore(dataSource, d, clock);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "open", e.getMessage());
        }
    }

    /** Opens a store from a JDBC URL (CLI, standalone dispatcher). Credentials go in the URL or the driver's own way. */
    public static ZwgkStore open(String jdbcUrl, Clock clock) {
        return open(dataSource(jdbcUrl), clock);
    }

    /** A minimal {@link DataSource} over {@link DriverManager}; hosts should pass their pooled one instead. */
    public static DataSource dataSource(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new StoreException(StoreErrors.BAD_JDBC_URL, jdbcUrl, "not a JDBC URL");
        }
        return new UrlDataSource(jdbcUrl);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Clock clock() {
        return clock;
    }

    /** A fresh connection from the data source. */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "getConnection", e.getMessage());
        }
    }

    private static final class UrlDataSource implements DataSource {
        private final String url;

        UrlDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return DriverManager.getConnection(url);
            } catch (SQLException e) {
                // The URL may carry a password: report only its scheme and host part.
                throw new StoreException(StoreErrors.BAD_JDBC_URL, e, redact(url), e.getMessage());
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }

        @Override
        public String toString() {
            return "UrlDataSource[" + redact(url) + "]";
        }
    }

    /** Drops query parameters and user info, which may hold credentials. */
    public static String redact(String url) {
        String u = url;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q) + "?…";
        }
        u = u.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=******");
        return u.replaceAll("//[^/@]*@", "//******@");
    }
}
