package org.zwgk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

class ChannelRegistryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-05T02:00:00Z"), ZoneOffset.UTC);
    static final String SECRET = "S3cr3t-Zq9-寒梅-unique";

    @TempDir
    Path dir;

    final TestProviders.Led led = new TestProviders.Led();
    final TestProviders.Screen screen = new TestProviders.Screen();
    final ChannelRegistry registry = ChannelRegistry.builder().provider(led).provider(screen).build();

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> codes(ValidationReport r) {
        return r.violations().stream().map(v -> v.code().code()).toList();
    }

    private static Violation only(ValidationReport r, String code) {
        List<Violation> v = r.violations().stream().filter(x -> x.code().code().equals(code)).toList();
        assertThat(v).as("violations %s in %s", code, codes(r)).hasSize(1);
        return v.get(0);
    }

    @Test
    void propertiesFileBuildsTheEnabledChannelsOnly() throws IOException {
        Path f = write("channels.properties", """
                # zwgk settings
                zwgk.store.url=jdbc:h2:./zwgk
                zwgk.dispatch.threads=4
                zwgk.channel.led.enabled=true
                zwgk.channel.led.endpoint = https://screen.example.gov.cn/api
                zwgk.channel.led.token=%s
                zwgk.channel.led.guide.office=\\u653F\\u52A1\\u516C\\u5F00\\u529E\\
                    公室
                zwgk.channel.screen.enabled=false
                """.formatted(SECRET));
        try (Channels channels = registry.load(f, CLOCK)) {
            assertThat(channels.adapters()).containsOnlyKeys("led");
            TestProviders.RecordingAdapter a = led.created.get(0);
            assertThat(a.config.get("endpoint")).contains("https://screen.example.gov.cn/api");
            assertThat(a.config.get("token")).contains(SECRET);
            assertThat(a.config.get("guide.office")).contains("政务公开办公室");
            assertThat(a.config.keys()).doesNotContain("enabled");
            assertThat(a.clock).isSameAs(CLOCK);
            assertThat(channels.report().violations()).isEmpty();
            assertThat(screen.created).isEmpty();
        }
        assertThat(led.created.get(0).closed).isTrue();
    }

    @Test
    void yamlNestedKeysAreTheSameAsDottedProperties() throws IOException {
        Path yaml = write("channels.yaml", """
                zwgk:
                  store: {url: "jdbc:h2:./zwgk"}
                  channel:
                    led:
                      enabled: true
                      endpoint: https://screen.example.gov.cn/api
                      token: "%s"
                      retries: 5
                      guide:
                        office: 政务公开办公室
                    screen.enabled: true
                    screen.out: [a, b]
                """.formatted(SECRET));
        ChannelSettings s = ChannelSettings.load(yaml);
        ChannelSettings p = ChannelSettings.parseProperties("p", """
                zwgk.channel.led.enabled=true
                zwgk.channel.led.endpoint=https://screen.example.gov.cn/api
                zwgk.channel.led.token=%s
                zwgk.channel.led.retries=5
                zwgk.channel.led.guide.office=政务公开办公室
                zwgk.channel.screen.enabled=true
                zwgk.channel.screen.out=a,b
                """.formatted(SECRET));
        assertThat(s.entries()).extracting(ChannelSettings.Entry::key, ChannelSettings.Entry::value)
                .containsExactlyInAnyOrderElementsOf(p.entries().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.key(), e.value())).toList());
        assertThat(s.entry("zwgk.channel.led.retries")).get().extracting(ChannelSettings.Entry::line).isEqualTo(8);
        assertThat(s.entry("zwgk.channel.led.guide.office")).get()
                .extracting(ChannelSettings.Entry::line, ChannelSettings.Entry::column).containsExactly(10, 9);
        try (Channels channels = registry.create(s, CLOCK)) {
            assertThat(channels.adapters()).containsOnlyKeys("led", "screen");
            assertThat(screen.created.get(0).config.get("out")).contains("a,b");
        }
    }

    @Test
    void everyProblemOfEveryChannelIsReportedAtOnceWithLinesAndSuggestions() throws IOException {
        Path f = write("channels.properties", """
                zwgk.channel.led.enabled=yes
                zwgk.channel.led.endpont=https://x.example
                zwgk.channel.led.retries=abc
                zwgk.channel.scren.enabled=false
                zwgk.chanel.led.enabled=true
                zwgk.channel.screen.enabled=true
                zwgk.channel.screen.out=/a
                zwgk.channel.screen.out=/b
                zwgk.channel.led
                """);
        ChannelConfigException e = catchThrowableOfType(() -> registry.load(f, CLOCK), ChannelConfigException.class);
        ValidationReport r = e.report();
        assertThat(codes(r)).containsExactlyInAnyOrder("ZWGK-5013", "ZWGK-5011", "ZWGK-5010", "ZWGK-5015",
                "ZWGK-5004", "ZWGK-5012");
        assertThat(only(r, "ZWGK-5013").line()).isEqualTo(1);
        Violation unknownKey = only(r, "ZWGK-5011");
        assertThat(unknownKey.line()).isEqualTo(2);
        assertThat(unknownKey.pointer()).isEqualTo("/zwgk/channel/led/endpont");
        assertThat(unknownKey.message(Locale.ENGLISH)).isEqualTo("channel led has no key endpont (did you mean endpoint?)");
        assertThat(unknownKey.message(Locale.CHINA)).isEqualTo("渠道 led 没有配置项 endpont，是否应为 endpoint？");
        assertThat(unknownKey.hint(Locale.ENGLISH)).contains("enabled, endpoint, token, retries, guide.office");
        Violation unknownChannel = only(r, "ZWGK-5010");
        assertThat(unknownChannel.line()).isEqualTo(4);
        assertThat(unknownChannel.message(Locale.ENGLISH)).isEqualTo("unknown channel scren (did you mean screen?)");
        assertThat(only(r, "ZWGK-5015").message(Locale.ENGLISH)).contains("did you mean zwgk.channel.led.enabled?");
        assertThat(only(r, "ZWGK-5004").line()).isEqualTo(8);
        assertThat(only(r, "ZWGK-5004").message(Locale.ENGLISH)).contains("first on line 7");
        assertThat(e.lines(Locale.ENGLISH)).hasSize(6).allMatch(l -> l.startsWith(f + ":["));
        assertThat(e.getMessage()).startsWith("ZWGK-5000 渠道配置有 6 个问题").contains("提示: ");
        assertThat(e.message(Locale.ENGLISH)).contains("channel configuration has 6 problem(s)")
                .contains(f + ":[2,1] ZWGK-5011 /zwgk/channel/led/endpont channel led has no key endpont");
        assertThat(led.created).isEmpty();
    }

    @Test
    void providerChecksAreReportedAtTheLineOfTheKeyTheyNameAndMissingKeysAtEnabled() {
        ChannelSettings s = ChannelSettings.parseProperties("c.properties", """
                zwgk.channel.led.enabled=true
                zwgk.channel.led.retries=abc

                zwgk.channel.led.endpoint=ftp://x
                zwgk.channel.screen.enabled=true
                """);
        ValidationReport r = registry.validate(s);
        assertThat(codes(r)).containsOnly("ZWGK-5021").hasSize(4);
        assertThat(r.violations()).extracting(Violation::line, v -> v.message(Locale.ENGLISH)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "channel led: missing required key token"),
                org.assertj.core.groups.Tuple.tuple(2, "channel led: retries must be a positive integer"),
                org.assertj.core.groups.Tuple.tuple(4, "channel led: endpoint must be an absolute http(s) URL"),
                org.assertj.core.groups.Tuple.tuple(5, "channel screen: missing required key out"));
        // Each language its part of the provider's "中文 / English" problem.
        assertThat(r.violations()).extracting(v -> v.message(Locale.CHINA)).first()
                .isEqualTo("渠道 led：缺少必填配置项 token（controller token）");
    }

    @Test
    void aProblemIsSplitIntoItsLanguagesOnlyAtASingleSeparator() {
        assertThat(ChannelRegistry.bilingual("中文 / English")).containsExactly("中文", "English");
        assertThat(ChannelRegistry.bilingual("no separator")).containsExactly("no separator", "no separator");
        assertThat(ChannelRegistry.bilingual("a / b / c")).containsExactly("a / b / c", "a / b / c");
        assertThat(ChannelRegistry.bilingual(" / x")).containsExactly(" / x", " / x");
        assertThat(ChannelRegistry.bilingual("x / ")).containsExactly("x / ", "x / ");
    }

    @Test
    void aChannelWithSettingsButNoEnabledKeyIsNeitherOnNorOff() {
        ValidationReport r = registry.validate(ChannelSettings.parseProperties("c", "zwgk.channel.screen.out=/x\n"));
        assertThat(only(r, "ZWGK-5014").message(Locale.ENGLISH))
                .isEqualTo("channel screen has settings but no zwgk.channel.screen.enabled");
    }

    @Test
    void noEnabledChannelIsAWarningNotAnError() {
        ChannelSettings s = ChannelSettings.parseProperties("c", "zwgk.channel.screen.enabled=false\n");
        try (Channels channels = registry.create(s, CLOCK)) {
            assertThat(channels.adapters()).isEmpty();
            assertThat(channels.report().warnings()).extracting(v -> v.code().code()).containsExactly("ZWGK-5016");
        }
    }

    @Test
    void secretsNeverAppearInAnyMessageOrToString() throws IOException {
        ChannelRegistry withLeaky = ChannelRegistry.builder().provider(led).provider(new TestProviders.Leaky()).build();
        // validation: the leaky provider echoes the password; the led token is set on an unknown-key typo too
        Path f = write("c.properties", """
                zwgk.channel.leaky.enabled=true
                zwgk.channel.leaky.password=bad-%1$s
                zwgk.channel.led.enabled=true
                zwgk.channel.led.endpoint=https://x.example
                zwgk.channel.led.token=%1$s
                zwgk.channel.led.tokn=%1$s
                """.formatted(SECRET));
        ChannelConfigException invalid = catchThrowableOfType(() -> withLeaky.load(f, CLOCK),
                ChannelConfigException.class);
        assertThat(codes(invalid.report())).containsExactlyInAnyOrder("ZWGK-5021", "ZWGK-5011");
        assertNoSecret(invalid);
        assertThat(only(invalid.report(), "ZWGK-5021").message(Locale.CHINA)).isEqualTo(
                "渠道 leaky：password ****** is too weak");

        // creation: the leaky provider's exception (and its cause) carry the password
        Path g = write("d.properties", """
                zwgk.channel.leaky.enabled=true
                zwgk.channel.leaky.password=%s
                zwgk.channel.led.enabled=true
                zwgk.channel.led.endpoint=https://x.example
                zwgk.channel.led.token=%s
                """.formatted(SECRET, SECRET));
        ChannelConfigException failed = catchThrowableOfType(() -> withLeaky.load(g, CLOCK),
                ChannelConfigException.class);
        Violation v = only(failed.report(), "ZWGK-5022");
        assertThat(v.message(Locale.ENGLISH)).contains("IllegalStateException: login refused for password ******")
                .contains("cause java.lang.RuntimeException: server said: wrong password ******");
        assertNoSecret(failed);
        assertThat(led.created).hasSize(1);
        assertThat(led.created.get(0).closed).as("adapters built before the failure are closed").isTrue();

        ChannelSettings s = ChannelSettings.load(g);
        assertThat(String.valueOf(s) + s.entries() + withLeaky).doesNotContain(SECRET).doesNotContain("S3cr3t");
        try (Channels ok = registry.create(ChannelSettings.parseProperties("e", """
                zwgk.channel.led.enabled=true
                zwgk.channel.led.endpoint=https://x.example
                zwgk.channel.led.token=%s
                """.formatted(SECRET)), CLOCK)) {
            assertThat(ok + " " + ok.adapters() + " " + led.created.get(1).config).doesNotContain("S3cr3t");
        }
    }

    private static void assertNoSecret(ChannelConfigException e) {
        StringBuilder all = new StringBuilder(e.getMessage()).append(e.message(Locale.ENGLISH))
                .append(e.hint(Locale.CHINA)).append(e.args()).append(e);
        for (Violation v : e.report().violations()) {
            all.append(v).append(v.hint(Locale.ENGLISH)).append(v.hint(Locale.CHINA));
        }
        assertThat(all.toString()).doesNotContain("S3cr3t").doesNotContain("Zq9");
    }

    @Test
    void anEnabledChannelWithoutProviderListsTheAvailableOnes() {
        ValidationReport r = registry.validate(ChannelSettings.parseProperties("c", """
                zwgk.channel.wechat.enabled=true
                zwgk.channel.wechat.app-id=wx123
                zwgk.channel.sreen.enabled=true
                """));
        assertThat(codes(r)).containsExactly("ZWGK-5020", "ZWGK-5020");
        Violation wechat = r.violations().stream().filter(v -> v.args().get(0).equals("wechat")).findFirst()
                .orElseThrow();
        assertThat(wechat.message(Locale.ENGLISH)).isEqualTo("channel wechat is enabled but has no ChannelProvider");
        assertThat(wechat.hint(Locale.ENGLISH)).startsWith("available channels: led, screen.");
        assertThat(r.violations().get(1).message(Locale.ENGLISH)).endsWith("(did you mean screen?)");
    }

    @Test
    void brokenProvidersAreReportedWithTheirCauseAndDoNotHideTheOthers() throws IOException {
        ChannelRegistry discovered = ChannelRegistry.builder().discover(loaderListing(
                TestProviders.BrokenConstructor.class.getName(),
                "org.zwgk.channel.NoSuchProvider",
                TestProviders.Screen.class.getName(),
                TestProviders.FutureSpi.class.getName(),
                TestProviders.BadId.class.getName(),
                TestProviders.Led.class.getName())).build();
        assertThat(discovered.providers()).containsOnlyKeys("led", "screen");
        assertThat(discovered.problems()).extracting(v -> v.code().code())
                .containsExactlyInAnyOrder("ZWGK-5030", "ZWGK-5030", "ZWGK-5031", "ZWGK-5033");
        String all = discovered.problems().stream().map(v -> v.message(Locale.ENGLISH)).toList().toString();
        assertThat(all).contains("boom: missing native library").contains("NoSuchProvider")
                .contains("provider " + TestProviders.FutureSpi.class.getName()
                        + " (channel future) was built for SPI 2.0, incompatible with SPI " + org.zwgk.spi.SpiVersion.CURRENT)
                .contains("invalid channel id \"Bad.Id\"");

        // The problems are errors of every validation: never skipped silently, even for a healthy file.
        ChannelSettings ok = ChannelSettings.parseProperties("c", """
                zwgk.channel.screen.enabled=true
                zwgk.channel.screen.out=/x
                zwgk.channel.future.enabled=true
                """);
        ValidationReport r = discovered.validate(ok);
        assertThat(codes(r)).containsExactlyInAnyOrder("ZWGK-5030", "ZWGK-5030", "ZWGK-5031", "ZWGK-5033");
        assertThatThrownBy(() -> discovered.create(ok, CLOCK)).isInstanceOf(ChannelConfigException.class);
    }

    @Test
    void twoDiscoveredProvidersWithOneIdRequireAnExplicitChoice() throws IOException {
        ClassLoader loader = loaderListing(TestProviders.DupA.class.getName(), TestProviders.DupB.class.getName(),
                TestProviders.Screen.class.getName());
        ChannelRegistry ambiguous = ChannelRegistry.builder().discover(loader).build();
        assertThat(ambiguous.providers()).containsOnlyKeys("screen");
        Violation dup = ambiguous.problems().get(0);
        assertThat(dup.code().code()).isEqualTo("ZWGK-5032");
        assertThat(dup.message(Locale.ENGLISH)).isEqualTo("channel dup has several providers: "
                + TestProviders.DupA.class.getName() + ", " + TestProviders.DupB.class.getName());
        ChannelSettings s = ChannelSettings.parseProperties("c", "zwgk.channel.dup.enabled=true\n"
                + "zwgk.channel.dup.out=/x\n");
        assertThat(codes(ambiguous.validate(s))).containsExactly("ZWGK-5032"); // no extra "no provider" noise

        TestProviders.DupB chosen = new TestProviders.DupB();
        ChannelRegistry explicit = ChannelRegistry.builder().provider(chosen).discover(loader).build();
        assertThat(explicit.problems()).isEmpty();
        assertThat(explicit.providers()).containsEntry("dup", chosen).containsKey("screen");
        try (Channels c = explicit.create(s, CLOCK)) {
            assertThat(c.adapters()).containsOnlyKeys("dup");
        }
        assertThatThrownBy(() -> ChannelRegistry.builder().provider(new TestProviders.DupA())
                .provider(new TestProviders.DupB())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two providers registered for channel dup");
    }

    @Test
    void discoveringFindsNothingInCoreAlone() {
        // core ships no channel provider; an enabled channel is an error, never a silent no-op
        ChannelRegistry r = ChannelRegistry.discovering();
        assertThat(r.providers()).isEmpty();
        ValidationReport report = r.validate(ChannelSettings.of("map", Map.of("zwgk.channel.website.enabled", "true")));
        assertThat(only(report, "ZWGK-5020").hint(Locale.ENGLISH)).startsWith("available channels: （无 / none）");
    }

    @Test
    void checkReportsUnreadableAndUnparsableFiles() throws IOException {
        Violation missing = registry.check(dir.resolve("missing.yaml")).violations().get(0);
        assertThat(missing.code().code()).isEqualTo("ZWGK-5001");
        assertThat(missing.toLine(Locale.CHINA)).startsWith(dir.resolve("missing.yaml") + ":").contains("文件不存在");
        assertThat(missing.toLine(Locale.ENGLISH)).contains("no such file").doesNotContain("Exception");
        Path folder = Files.createDirectories(dir.resolve("folder.properties"));
        Violation isDir = registry.check(folder).violations().get(0);
        assertThat(isDir.code().code()).isEqualTo("ZWGK-5001");
        assertThat(isDir.toLine(Locale.ENGLISH)).contains("is a directory").doesNotContain("Exception");
        assertThat(codes(registry.check(write("c.json", "{}")))).containsExactly("ZWGK-5003");
        Path bad = write("bad.yaml", "zwgk:\n  channel:\n    led: [a\n    screen: {\n");
        Violation v = registry.check(bad).violations().get(0);
        assertThat(v.code().code()).isEqualTo("ZWGK-5002");
        assertThat(v.line()).isGreaterThanOrEqualTo(3);
        Path gbk = dir.resolve("gbk.properties");
        Files.write(gbk, "zwgk.channel.screen.enabled=true\nzwgk.channel.screen.out=政务\n".getBytes("GBK"));
        Violation enc = registry.check(gbk).violations().get(0);
        assertThat(enc.code().code()).isEqualTo("ZWGK-5005");
        assertThat(enc.line()).isEqualTo(2);
        assertThat(enc.column()).isEqualTo(25); // the first byte of 政
        assertThat(enc.toLine(Locale.CHINA)).startsWith(gbk + ":[2,25] ZWGK-5005").contains("GBK");
        assertThat(enc.hint(Locale.CHINA)).contains("iconv -f GBK -t UTF-8");
        assertThat(enc.toLine(Locale.ENGLISH)).doesNotContain("Input length").doesNotContain("Malformed");
        ChannelConfigException thrown = catchThrowableOfType(() -> registry.load(gbk, CLOCK),
                ChannelConfigException.class);
        assertThat(thrown.message(Locale.ENGLISH)).contains("ZWGK-5005").contains("looks like GBK");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        Violation l1 = registry.check(latin1).violations().get(0);
        assertThat(l1.code().code()).isEqualTo("ZWGK-5006");
        assertThat(l1.toLine(Locale.ENGLISH)).startsWith(latin1 + ":[1,7] ZWGK-5006").contains("byte 6");
        assertThat(registry.check(write("bom.properties", "\uFEFFzwgk.channel.screen.enabled=false\n"))
                .errors()).isEmpty();
        assertThat(codes(registry.check(write("list.yaml", "zwgk.channel.screen.out: [{a: 1}]\n"))))
                .containsExactly("ZWGK-5002");
        assertThat(codes(registry.check(write("two.yaml", "a: 1\n---\nb: 2\n")))).containsExactly("ZWGK-5002");
        assertThat(codes(registry.check(write("scalar.yaml", "just text\n")))).containsExactly("ZWGK-5002");
    }

    @Test
    void yamlDuplicatesAcrossNestedAndDottedFormsAreErrors() {
        ChannelSettings s = ChannelSettings.parseYaml("c.yaml", """
                zwgk.channel.screen.out: /a
                zwgk:
                  channel:
                    screen:
                      out: /b
                """);
        Violation v = only(registry.validate(s), "ZWGK-5004");
        assertThat(v.line()).isEqualTo(5);
        assertThat(v.args()).containsExactly("zwgk.channel.screen.out", "1");
    }

    /** A class loader whose only services file lists the given provider classes (in this order). */
    private ClassLoader loaderListing(String... classes) throws IOException {
        Path root = Files.createTempDirectory(dir, "cp");
        Path services = root.resolve("META-INF/services/" + ChannelProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, String.join("\n", classes) + "\n");
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }
}
