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
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "open", StoreException.describe(e));
        }
    }

    /** Opens a store from a JDBC URL (CLI, standalone dispatcher). Credentials go in the URL or the driver's own way. */
    public static ZwgkStore open(String jdbcUrl, Clock clock) {
        return open(dataSource(jdbcUrl), clock);
    }

    /**
     * Opens a store whose schema must already exist and be exactly this build's version; never creates or
     * migrates anything. For operator tools and standalone dispatchers: a mistyped URL must fail with ZWGK-4006
     * (or 4008), not silently create an empty database that then looks healthy and delivers nothing.
     *
     * @throws StoreException ZWGK-4006 no zwgk schema, 4007 schema older than this build, 4004 newer
     */
    public static ZwgkStore openExisting(DataSource dataSource, Clock clock) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(clock, "clock");
        try (Connection c = dataSource.getConnection()) {
            Dialect d = Dialect.of(c);
            int installed = Migrations.installedVersion(c);
            int latest = Migrations.latestVersion();
            if (installed <= 0) {
                throw new StoreException(StoreErrors.SCHEMA_MISSING, Migrations.location(c));
            }
            if (installed < latest) {
                throw new StoreException(StoreErrors.SCHEMA_OUTDATED, Migrations.location(c), installed, latest);
            }
            if (installed > latest) {
                throw new StoreException(StoreErrors.SCHEMA_TOO_NEW, installed, latest, Migrations.location(c));
            }
            return new ZwgkStore(dataSource, d, clock);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "open", StoreException.describe(e));
        }
    }

    /**
     * {@link #openExisting(DataSource, Clock)} from a JDBC URL. An embedded H2 URL gets {@code IFEXISTS=TRUE}
     * (unless it sets IFEXISTS itself), so a wrong path reports ZWGK-4008 and leaves no stray empty file behind.
     */
    public static ZwgkStore openExisting(String jdbcUrl, Clock clock) {
        return openExisting(dataSource(existingOnly(jdbcUrl)), clock);
    }

    /** Adds {@code ;IFEXISTS=TRUE} to an H2 file or server URL that does not say otherwise. */
    static String existingOnly(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.contains(";ifexists=")) {
            return jdbcUrl + ";IFEXISTS=TRUE";
        }
        return jdbcUrl;
    }

    /** A minimal {@link DataSource} over {@link DriverManager}; hosts should pass their pooled one instead. */
    public static DataSource dataSource(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new StoreException(StoreErrors.BAD_JDBC_URL, redact(jdbcUrl), "not a JDBC URL");
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
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "getConnection", StoreException.describe(e));
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
                // The URL may carry a password: report it redacted. 90146 = H2 "database not found" (IFEXISTS),
                // 3D000 = PostgreSQL "database does not exist".
                if (e.getErrorCode() == 90146 || "3D000".equals(e.getSQLState())) {
                    throw new StoreException(StoreErrors.DATABASE_MISSING, e, redact(url));
                }
                // DriverManager quotes the whole URL ("No suitable driver found for …"), password included.
                throw new StoreException(StoreErrors.BAD_JDBC_URL, e, redact(url),
                        StoreException.describe(e).replace(url, redact(url)));
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
