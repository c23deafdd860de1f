package org.zwgk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny migration runner: plain SQL files shipped in the jar under {@code org/zwgk/store/migrations/}, listed in
 * {@code index.txt}, applied in order inside one transaction each and recorded in {@code zwgk_schema_version}.
 * No Flyway: a host embedding zwgk should not inherit a migration framework.
 */
public final class Migrations {

    private static final String BASE = "/org/zwgk/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)}");

    private Migrations() {
    }

    /** The highest schema version this build knows. */
    public static int latestVersion() {
        List<String> files = index();
        Matcher m = NAME.matcher(files.get(files.size() - 1));
        if (!m.matches()) {
            throw new IllegalStateException(files.get(files.size() - 1));
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * Brings the schema up to date and returns the number of migrations applied. Safe to call on every start.
     * The connection's auto-commit mode is restored afterwards.
     */
    public static int migrate(Connection c, Dialect dialect, Clock clock) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ensureVersionTable(c);
                int current = currentVersion(c);
                if (current > latestVersion()) {
                    throw new StoreException(StoreErrors.SCHEMA_TOO_NEW, current, latestVersion(), location(c));
                }
                int applied = 0;
                for (String file : index()) {
                    Matcher m = NAME.matcher(file);
                    if (!m.matches()) {
                        throw new IllegalStateException("bad migration name " + file);
                    }
                    int v = Integer.parseInt(m.group(1));
                    if (v <= current) {
                        continue;
                    }
                    try (Statement st = c.createStatement()) {
                        for (String sql : statements(read(file), dialect)) {
                            st.execute(sql);
                        }
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO zwgk_schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                            ps.setInt(1, v);
                            ps.setString(2, m.group(2));
                            ps.setObject(3, OffsetDateTime.now(clock));
                            ps.executeUpdate();
                        }
                        c.commit();
                        applied++;
                    } catch (SQLException e) {
                        c.rollback();
                        throw new StoreException(StoreErrors.MIGRATION_FAILED, e, file, StoreException.describe(e));
                    }
                }
                return applied;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "migrate", StoreException.describe(e));
        }
    }

    /** The applied schema version, 0 for an empty database. */
    public static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM zwgk_schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The applied schema version without changing anything: -1 when the database has no zwgk schema (no version
     * table in the connection's current schema), 0 when the table is empty.
     */
    public static int installedVersion(Connection c) throws SQLException {
        return hasVersionTable(c) ? currentVersion(c) : -1;
    }

    /** The connection's URL with credentials removed, for error messages. */
    static String location(Connection c) {
        try {
            String url = c.getMetaData().getURL();
            return url == null ? "?" : ZwgkStore.redact(url);
        } catch (SQLException e) {
            return "?";
        }
    }

    private static boolean hasVersionTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if ("zwgk_schema_version".equalsIgnoreCase(rs.getString("TABLE_NAME"))
                        && sameSchema(c, rs.getString("TABLE_SCHEM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        if (hasVersionTable(c)) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE zwgk_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        c.commit();
    }

    private static boolean sameSchema(Connection c, String schema) throws SQLException {
        String current = c.getSchema();
        return current == null || schema == null || current.equalsIgnoreCase(schema);
    }

    static List<String> statements(String script, Dialect dialect) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        Matcher m = PLACEHOLDER.matcher(clean);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(type(dialect, m.group(1))));
        }
        m.appendTail(filled);
        List<String> out = new ArrayList<>();
        for (String s : filled.toString().split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String> index() {
        return List.of(read("index.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new));
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + BASE + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code longtext} (V11) is newer than the dialects written against the first four placeholders: one that does
     * not know it gets its {@code text} type, which is what the column was before.
     */
    private static String type(Dialect dialect, String placeholder) {
        if (placeholder.equals("longtext")) {
            try {
                return dialect.type(placeholder);
            } catch (IllegalArgumentException unknown) {
                return dialect.type("text");
            }
        }
        return dialect.type(placeholder);
    }
}
