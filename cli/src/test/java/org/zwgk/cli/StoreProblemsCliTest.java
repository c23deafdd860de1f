package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.cli.OutboxCommandTest.Result;
import org.zwgk.gate.Zwgk;
import org.zwgk.store.Migrations;
import org.zwgk.testing.TestDatabase;

/**
 * Every user-causable database problem of {@code zwgk outbox …} and {@code zwgk dispatch}: a coded error with the
 * redacted URL and a hint, exit code 2, no SQL text, no stack trace, no password — and no database created by
 * accident.
 */
class StoreProblemsCliTest {

    static final String SECRET = "s3cr3t-Pw";

    /** The store-using commands, each against {@code url}. */
    static List<String[]> commands(String url, Path config) {
        return List.of(
                new String[] {"outbox", "list", "--store", url},
                new String[] {"outbox", "retry", "--store", url, "1"},
                new String[] {"outbox", "release", "--store", url, "1"},
                new String[] {"outbox", "resume", "--store", url, "wechat"},
                new String[] {"obligations", "recompute", "--store", url},
                new String[] {"dispatch", "--store", url, "--config", config.toString(), "--once"});
    }

    static Path config(Path dir) throws Exception {
        Path cfg = dir.resolve("dispatch.properties");
        Files.writeString(cfg, "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=http://127.0.0.1:1/\n");
        return cfg;
    }

    /** Runs every command and checks the output is a clean coded error. */
    static void assertCleanError(String url, Path dir, String code, String... mustShow) throws Exception {
        for (String[] args : commands(url, config(dir))) {
            Result r = OutboxCommandTest.run(args);
            String all = r.out() + r.err();
            assertThat(r.code()).as("%s: %s", args[1], all).isEqualTo(Main.USAGE);
            assertThat(r.err()).as(args[1]).contains(code).contains(mustShow).containsPattern("(提示：|hint: )\\S");
            assertThat(all).as("%s leaks SQL, a stack trace or the password: %s", args[1], all)
                    .doesNotContainIgnoringCase("SELECT ")
                    .doesNotContainIgnoringCase("INSERT ")
                    .doesNotContainIgnoringCase("CREATE TABLE")
                    .doesNotContainIgnoringCase("zwgk_outbox")
                    .doesNotContainIgnoringCase("SQL statement")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("at org.")
                    .doesNotContain(SECRET);
        }
    }

    static String h2(Path dir, String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    static void sql(String url, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void missingH2FileIsReportedAndNotCreated(@TempDir Path dir) throws Exception {
        String url = h2(dir, "typo");
        assertCleanError(url, dir, "ZWGK-4008", dir.resolve("typo").toAbsolutePath().toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no stray database file")
                    .noneMatch(n -> n.startsWith("typo"));
        }
    }

    @Test
    void databaseWithoutZwgkSchema(@TempDir Path dir) throws Exception {
        String url = h2(dir, "other");
        sql(url, "CREATE TABLE host_table (id INT PRIMARY KEY)");
        assertCleanError(url, dir, "ZWGK-4006", "other", "--migrate");
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(Migrations.installedVersion(c)).as("operator commands created no schema").isEqualTo(-1);
        }
    }

    @Test
    void schemaNewerThanThisBuild(@TempDir Path dir) throws Exception {
        String url = h2(dir, "newer");
        Zwgk.builder().dataSource(TestDatabase.dataSource(url)).clock(Clock.systemUTC()).build();
        int future = Migrations.latestVersion() + 5;
        sql(url, "INSERT INTO zwgk_schema_version VALUES (" + future + ", 'future', CURRENT_TIMESTAMP)");
        assertCleanError(url, dir, "ZWGK-4004", String.valueOf(future));
        // --migrate does not "fix" a newer schema either.
        Result r = OutboxCommandTest.run("dispatch", "--store", url, "--config", config(dir).toString(), "--once",
                "--migrate");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("ZWGK-4004").doesNotContain("Exception");
    }

    @Test
    void schemaOlderThanThisBuildAndMigrateFlag(@TempDir Path dir) throws Exception {
        String url = h2(dir, "older");
        Zwgk.builder().dataSource(TestDatabase.dataSource(url)).clock(Clock.systemUTC()).build();
        sql(url, "DELETE FROM zwgk_schema_version WHERE version > 1");
        assertCleanError(url, dir, "ZWGK-4007", "1", String.valueOf(Migrations.latestVersion()));
        // The documented fix works: --migrate brings it up to date, then the operator commands run.
        sql(url, "DROP ALL OBJECTS");
        Result m = OutboxCommandTest.run("dispatch", "--store", url, "--config", config(dir).toString(), "--once",
                "--migrate");
        assertThat(m.code()).as(m.err()).isZero();
        Result list = OutboxCommandTest.run("outbox", "list", "--store", url, "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().strip()).isEqualTo("[]");
    }

    @Test
    void wrongH2PasswordIsRedacted(@TempDir Path dir) throws Exception {
        String url = h2(dir, "locked") + ";USER=sa;PASSWORD=right";
        sql(url, "CREATE TABLE t (id INT)");
        assertCleanError(h2(dir, "locked") + ";USER=sa;PASSWORD=" + SECRET, dir, "ZWGK-4005", "PASSWORD=******");
    }

    @Test
    void unreachableServerAndBadUrlsNeverPrintThePassword(@TempDir Path dir) throws Exception {
        assertCleanError("jdbc:postgresql://127.0.0.1:1/zwgk?user=ops&password=" + SECRET, dir, "ZWGK-4005",
                "jdbc:postgresql://127.0.0.1:1/zwgk");
        // No driver for the scheme: DriverManager quotes the whole URL in its message.
        assertCleanError("jdbc:postgres://127.0.0.1:1/zwgk?password=" + SECRET, dir, "ZWGK-4005", "jdbc:postgres:");
        assertCleanError("jdbc:nosuchdb:zwgk;password=" + SECRET, dir, "ZWGK-4005", "jdbc:nosuchdb:");
        assertCleanError("postgresql://ops:" + SECRET + "@127.0.0.1/zwgk", dir, "ZWGK-4005", "******@");
    }
}
