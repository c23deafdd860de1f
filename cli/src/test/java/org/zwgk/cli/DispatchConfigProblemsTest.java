package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zwgk dispatch} with an unusable channel configuration: every problem reported, each exactly once. */
class DispatchConfigProblemsTest {

    @Test
    void eachProblemLineAppearsOnce(@TempDir Path dir) throws Exception {
        Path cfg = Files.writeString(dir.resolve("bad.properties"),
                "zwgk.channel.test-http.enabled=true\n"      // line 1: url missing
                + "zwgk.channel.nosuch.enabled=true\n");     // line 2: no such channel
        for (String lang : List.of("zh", "en")) {
            OutboxCommandTest.Result r = OutboxCommandTest.run("dispatch", "--store", "jdbc:h2:mem:unused", "--config",
                    cfg.toString(), "--once", "--lang", lang);
            assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
            List<String> problems = r.err().lines().filter(l -> l.contains("bad.properties:[")).toList();
            assertThat(problems).as("%s: %s", lang, r.err()).hasSize(2)
                    .anySatisfy(l -> assertThat(l).contains("bad.properties:[1,").contains("url"))
                    .anySatisfy(l -> assertThat(l).contains("bad.properties:[2,").contains("nosuch"));
            for (String p : problems) {
                String located = p.strip();
                assertThat(r.err().split(java.util.regex.Pattern.quote(located), -1)).as("%s once in %s", located, r.err())
                        .hasSize(2);
            }
            // One summary line with the count, one hint per problem and one overall hint: nothing else repeated.
            assertThat(r.err().lines().filter(l -> l.contains("ZWGK-5000"))).as(r.err()).hasSize(1);
            assertThat(r.err().lines().distinct().count()).as("no repeated line: %s", r.err())
                    .isEqualTo(r.err().lines().count());
        }
    }

    /** A GBK-encoded configuration gets the channel loader's coded error with its place, not a decoder's message. */
    @Test
    void aGbkConfigurationIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path cfg = Files.write(dir.resolve("gbk.properties"),
                "# 渠道配置\nzwgk.channel.test-http.enabled=true\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        OutboxCommandTest.Result r = OutboxCommandTest.run("dispatch", "--store", "jdbc:h2:mem:unused", "--config",
                cfg.toString(), "--once");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("ZWGK-5005").contains("gbk.properties:[1,").contains("iconv")
                .doesNotContain("Input length").doesNotContain("MalformedInput");
    }

    /** The dispatcher's own settings are read from a YAML configuration as from properties. */
    @Test
    void dispatcherSettingsComeFromYamlToo(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("c.yaml"), "zwgk:\n  zone: Asia/Urumqi\n  dispatch:\n    threads: 7\n"
                + "  channel:\n    test-http:\n      enabled: true\n");
        java.util.Properties p = DispatchCommand.load(yaml);
        assertThat(p.getProperty("zwgk.dispatch.threads")).isEqualTo("7");
        assertThat(p.getProperty("zwgk.zone")).isEqualTo("Asia/Urumqi");
        assertThat(DispatchCommand.intSetting(p, "zwgk.dispatch.threads", 2, 1, 64)).isEqualTo(7);
    }

    /**
     * A YAML syntax error is reported with its line and column but without the parser's copy of the line: that line
     * may be the log key or a channel password (found by a review: SnakeYAML quotes it).
     */
    @Test
    void aBrokenYamlLineIsNeverQuoted(@TempDir Path dir) throws Exception {
        Path cfg = Files.writeString(dir.resolve("bad.yaml"), "zwgk:\n  log:\n    key: Sup3rS3cret:LogKey: 0123456789abcdef\n");
        String url = org.zwgk.testing.TestDatabase.H2.freshUrl(); // check and log verify open the store first
        org.zwgk.gate.Zwgk.builder().dataSource(org.zwgk.testing.TestDatabase.dataSource(url))
                .clock(org.zwgk.testing.MutableClock.beijing()).build();
        for (String command : List.of("check", "dispatch", "log")) {
            List<String> args = new java.util.ArrayList<>(switch (command) {
                case "check" -> List.of("check", "--store", url);
                case "dispatch" -> List.of("dispatch", "--store", url, "--once");
                default -> List.of("log", "verify", "--store", url);
            });
            args.addAll(List.of("--config", cfg.toString()));
            OutboxCommandTest.Result r = OutboxCommandTest.run(args.toArray(String[]::new));
            assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(Main.USAGE);
            assertThat(r.err()).as(command).contains("ZWGK-5002").contains("bad.yaml:[3,")
                    .doesNotContain("Sup3rS3cret").doesNotContain("0123456789abcdef").doesNotContain("Exception");
            assertThat(r.out()).doesNotContain("Sup3rS3cret");
        }
    }

    /** A misspelt time zone is a coded setting error, not a ZoneRulesException stack trace. */
    @Test
    void aBadZoneIsACodedSettingError(@TempDir Path dir) throws Exception {
        Path cfg = Files.writeString(dir.resolve("z.properties"), "zwgk.zone=Asia/Peking\n"
                + "zwgk.channel.test-http.enabled=true\nzwgk.channel.test-http.url=http://127.0.0.1:9/\n");
        OutboxCommandTest.Result r = OutboxCommandTest.run("dispatch", "--store", "jdbc:h2:mem:unused", "--config",
                cfg.toString(), "--once");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("ZWGK-9153").contains("zwgk.zone").contains("Asia/Peking")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    /**
     * A misspelt dispatcher setting is not ignored (it would quietly keep the default): every unknown zwgk.* key is
     * named with the closest known one; keys outside zwgk. are the host's and pass.
     */
    @Test
    void unknownZwgkSettingsAreNamedWithASuggestion(@TempDir Path dir) throws Exception {
        Path cfg = Files.writeString(dir.resolve("t.properties"), "zwgk.channel.test-http.enabled=true\n"
                + "zwgk.channel.test-http.url=http://127.0.0.1:9/\n"
                + "zwgk.dispatch.thread=4\nzwgk.dispatch.max-attempts=3\nzwgk.frobnicate=1\nhost.own.key=x\n");
        OutboxCommandTest.Result zh = OutboxCommandTest.run("dispatch", "--store", "jdbc:h2:mem:unused", "--config",
                cfg.toString(), "--once");
        assertThat(zh.code()).as(zh.err()).isEqualTo(Main.USAGE);
        assertThat(zh.err()).contains("ZWGK-9004", "zwgk.dispatch.thread（是否应为 zwgk.dispatch.threads？）",
                "zwgk.frobnicate").doesNotContain("max-attempts（").doesNotContain("host.own.key")
                .doesNotContain("Exception");
        OutboxCommandTest.Result en = OutboxCommandTest.run("dispatch", "--store", "jdbc:h2:mem:unused", "--config",
                cfg.toString(), "--once", "--lang", "en");
        assertThat(en.err()).contains("ZWGK-9004", "zwgk.dispatch.thread (did you mean zwgk.dispatch.threads?)");
        String docs = Files.readString(Path.of("..", "docs", "gate.md")) + Files.readString(Path.of("..", "docs", "demo.md"));
        assertThat(CliSettings.KNOWN).allSatisfy(k -> assertThat(docs).as("documented: %s", k).contains(k));
    }
}
