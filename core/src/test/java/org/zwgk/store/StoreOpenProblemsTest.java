package org.zwgk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.TestDatabase;

/**
 * What an embedding host sees when the database is not what zwgk expects: a coded {@link StoreException} with the
 * redacted location and no SQL text in its message, never a raw {@link java.sql.SQLException}. On H2 file mode and
 * a real PostgreSQL.
 */
class StoreOpenProblemsTest {

    static void sql(DataSource ds, String... statements) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    static StoreException fails(Runnable r) {
        Throwable t = catchThrowable(r::run);
        assertThat(t).isInstanceOf(StoreException.class);
        StoreException e = (StoreException) t;
        for (Locale l : new Locale[] {Locale.CHINA, Locale.ENGLISH}) {
            assertThat(e.message(l) + e.hint(l)).as("no SQL text in %s", e.message(l))
                    .doesNotContainIgnoringCase("CREATE TABLE")
                    .doesNotContainIgnoringCase("SELECT ")
                    .doesNotContainIgnoringCase("INSERT ")
                    .doesNotContain("SQL statement")
                    .doesNotContain("Position:");
        }
        return e;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void schemaNewerThanThisBuildIsCodedForHosts(TestDatabase db) throws Exception {
        String url = db.freshUrl();
        DataSource ds = TestDatabase.dataSource(url);
        Zwgk.builder().dataSource(ds).clock(Clock.systemUTC()).build();
        sql(ds, "INSERT INTO zwgk_schema_version VALUES (" + (Migrations.latestVersion() + 1)
                + ", 'future', CURRENT_TIMESTAMP)");
        StoreException e = fails(() -> Zwgk.builder().dataSource(ds).clock(Clock.systemUTC()).build());
        assertThat(e.code()).isEqualTo("ZWGK-4004");
        assertThat(e.message(Locale.ENGLISH)).contains(db == TestDatabase.H2 ? "jdbc:h2:file:" : "jdbc:postgresql:");
        assertThat(fails(() -> ZwgkStore.openExisting(url, Clock.systemUTC())).code()).isEqualTo("ZWGK-4004");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failedMigrationIsCodedWithoutSqlText(TestDatabase db) throws Exception {
        DataSource ds = db.fresh();
        // A host table that happens to use zwgk's name: the first migration cannot create its own.
        sql(ds, "CREATE TABLE zwgk_item (legacy INTEGER)");
        StoreException e = fails(() -> Zwgk.builder().dataSource(ds).clock(Clock.systemUTC()).build());
        assertThat(e.code()).isEqualTo("ZWGK-4003");
        assertThat(e.message(Locale.ENGLISH)).contains("V1__core_schema.sql", "SQLSTATE");
        try (Connection c = ds.getConnection()) {
            assertThat(Migrations.installedVersion(c)).as("the failed migration left nothing half done").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void openExistingRefusesAnEmptyDatabaseAndCreatesNothing(TestDatabase db) throws Exception {
        String url = db.freshUrl();
        DataSource ds = TestDatabase.dataSource(url);
        sql(ds, "CREATE TABLE host_table (id INTEGER)");
        StoreException e = fails(() -> ZwgkStore.openExisting(url, Clock.systemUTC()));
        assertThat(e.code()).isEqualTo("ZWGK-4006");
        try (Connection c = ds.getConnection()) {
            assertThat(Migrations.installedVersion(c)).isEqualTo(-1);
        }
        ZwgkStore.open(url, Clock.systemUTC());
        assertThat(ZwgkStore.openExisting(url, Clock.systemUTC()).dialect().name())
                .isEqualTo(db == TestDatabase.H2 ? "h2" : "postgresql");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void missingDatabaseIsCoded(TestDatabase db) {
        String url = db.freshUrl();
        String missing = db == TestDatabase.H2 ? url.replace("/zwgk;", "/nosuch;")
                : url.replaceFirst("/postgres\\?", "/nosuchdb?") + "&password=s3cr3t";
        StoreException e = fails(() -> ZwgkStore.openExisting(missing, Clock.systemUTC()));
        assertThat(e.code()).isEqualTo("ZWGK-4008");
        assertThat(e.message(Locale.ENGLISH)).doesNotContain("s3cr3t");
    }

    @org.junit.jupiter.api.Test
    void describeDropsTheStatementText() {
        var h2 = new java.sql.SQLException("Table \"ZWGK_OUTBOX\" not found; SQL statement:\nSELECT * FROM zwgk_outbox "
                + "[42102-224]", "42S02", 42102);
        assertThat(StoreException.describe(h2)).isEqualTo("Table \"ZWGK_OUTBOX\" not found (SQLSTATE 42S02)");
        var pg = new java.sql.SQLException("ERROR: permission denied for schema public\n  Position: 14", "42501");
        assertThat(StoreException.describe(pg)).isEqualTo("ERROR: permission denied for schema public (SQLSTATE 42501)");
    }
}
