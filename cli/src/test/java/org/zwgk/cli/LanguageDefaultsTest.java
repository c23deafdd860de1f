package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.channel.ChannelErrors;
import org.zwgk.report.ReportErrors;
import org.zwgk.spi.ErrorCode;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.ZwgkStore;

/**
 * Every subcommand's error path prints Chinese by default and English with {@code --lang en}, whatever the JVM's
 * default locale: run here under {@code Locale.US}, as on a server with {@code LANG=C.UTF-8} or {@code en_US}.
 */
class LanguageDefaultsTest {

    private Locale saved;

    @BeforeEach
    void englishJvm() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    record Case(String name, ErrorCode code, String... args) {
    }

    static List<Case> cases(Path dir) throws Exception {
        Path badReport = Files.writeString(dir.resolve("report.json"), "{ not json");
        Path missing = dir.resolve("no-such.properties");
        Path badChannel = Files.writeString(dir.resolve("bad.properties"), "zwgk.channel.test-http.enabled=true\n");
        String store = "jdbc:h2:file:" + dir.resolve("zwgk").toAbsolutePath();
        ZwgkStore.open(store, Clock.systemUTC()); // an empty, current schema
        return List.of(
                new Case("outbox retry unknown id", StoreErrors.OUTBOX_ENTRY_NOT_FOUND, "outbox", "retry", "--store",
                        store, "999"),
                new Case("validate", CliErrors.PATH_NOT_FOUND, "validate", dir.resolve("nope.yaml").toString()),
                new Case("calendar", TimeCliErrors.BAD_DATE, "calendar", "--from", "2024-13-01", "--to", "2024-12-31"),
                new Case("deadline", TimeCliErrors.ONE_PERIOD, "deadline", "--start", "2024-09-27"),
                new Case("outbox list", DispatchErrors.UNKNOWN_STATUS, "outbox", "list", "--store", "jdbc:h2:mem:x",
                        "--status", "BOGUS"),
                new Case("outbox retry", StoreErrors.BAD_JDBC_URL, "outbox", "retry", "--store", "jdbc:nosuchdb:x", "1"),
                new Case("outbox release", StoreErrors.BAD_JDBC_URL, "outbox", "release", "--store", "jdbc:nosuchdb:x",
                        "1"),
                new Case("outbox resume", StoreErrors.BAD_JDBC_URL, "outbox", "resume", "--store", "jdbc:nosuchdb:x",
                        "wechat"),
                new Case("obligations recompute", StoreErrors.BAD_JDBC_URL, "obligations", "recompute", "--store",
                        "jdbc:nosuchdb:x"),
                new Case("dispatch config", ChannelErrors.FILE_UNREADABLE, "dispatch", "--store", "jdbc:h2:mem:x",
                        "--config", missing.toString()),
                new Case("dispatch channels", ChannelErrors.CONFIG_INVALID, "dispatch", "--store", "jdbc:h2:mem:x",
                        "--config", badChannel.toString(), "--once"),
                new Case("report", ReportErrors.INVALID_JSON, "report", "check", badReport.toString()),
                new Case("demo", DemoErrors.BAD_ITEMS, "demo", "--out", dir.resolve("demo").toString(), "--items", "5"),
                new Case("screen", ScreenErrors.NOTHING_TO_SCREEN, "screen",
                        Files.createDirectories(dir.resolve("empty")).toString()));
    }

    @Test
    void chineseByDefaultEnglishWithLangEnWhateverTheJvmLocale(@TempDir Path dir) throws Exception {
        for (Case c : cases(dir)) {
            OutboxCommandTest.Result zh = OutboxCommandTest.run(c.args());
            assertThat(zh.code()).as("%s exit: %s", c.name(), zh.err()).isNotZero();
            assertThat(zh.err()).as(c.name())
                    .contains(c.code().code())
                    .contains(fixedText(c.code().messageZh()))
                    .doesNotContain(fixedText(c.code().messageEn()))
                    .doesNotContain("hint:")
                    .doesNotContain("\tat ");

            String[] en = Arrays.copyOf(c.args(), c.args().length + 2);
            en[en.length - 2] = "--lang";
            en[en.length - 1] = "en";
            OutboxCommandTest.Result e = OutboxCommandTest.run(en);
            assertThat(e.code()).as("%s --lang en exit", c.name()).isEqualTo(zh.code());
            assertThat(e.err()).as(c.name() + " --lang en")
                    .contains(c.code().code())
                    .contains(fixedText(c.code().messageEn()))
                    .doesNotContain(fixedText(c.code().messageZh()))
                    .doesNotContain("提示")
                    .doesNotContain("\tat ");
            // The message line itself is English (a hint may quote a Chinese term such as 五公开).
            assertThat(e.err().lines().findFirst().orElseThrow()).as(c.name()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    /** The longest run of a message template without {n} placeholders: present whatever the arguments. */
    static String fixedText(String template) {
        List<String> parts = new ArrayList<>(Arrays.asList(template.split("\\{\\d+\\}")));
        return parts.stream().map(String::strip).max(Comparator.comparingInt(String::length)).orElseThrow();
    }
}
