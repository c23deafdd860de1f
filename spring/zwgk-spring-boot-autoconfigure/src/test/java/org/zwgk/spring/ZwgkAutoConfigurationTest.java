package org.zwgk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.zwgk.catalogue.CatalogueException;
import org.zwgk.channel.ChannelConfigException;
import org.zwgk.channel.Channels;
import org.zwgk.gate.CatalogueView;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spring.autoconfigure.ZwgkActuatorAutoConfiguration;
import org.zwgk.spring.autoconfigure.ZwgkAutoConfiguration;
import org.zwgk.spring.autoconfigure.ZwgkFailureAnalyzer;

/**
 * The auto-configuration's decisions, each in a small context without a web server: what it builds, what it
 * backs off from, and every start-up refusal with its code and located message.
 */
class ZwgkAutoConfigurationTest {

    static final AtomicInteger DB = new AtomicInteger();
    static final String CATALOGUE = "zwgk.catalogue=classpath:org/zwgk/samples/catalogues/fengcheng-town.yaml";

    @TempDir
    Path tmp;

    static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:runner-" + DB.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ZwgkAutoConfiguration.class,
                        ZwgkActuatorAutoConfiguration.class))
                .withBean(DataSource.class, ZwgkAutoConfigurationTest::h2)
                .withPropertyValues(CATALOGUE, "zwgk.channel.archive.enabled=true",
                        "zwgk.channel.archive.out=" + tmp.resolve("archive"));
    }

    static ZwgkException startupFailure(AssertableApplicationContext c) {
        assertThat(c).hasFailed();
        Throwable t = c.getStartupFailure();
        while (t != null && !(t instanceof ZwgkException)) {
            t = t.getCause();
        }
        assertThat(t).as("a ZwgkException caused the failure: %s", c.getStartupFailure()).isNotNull();
        return (ZwgkException) t;
    }

    static String analysis(AssertableApplicationContext c) {
        FailureAnalysis a = new ZwgkFailureAnalyzer(new org.springframework.core.env.StandardEnvironment())
                .analyze(c.getStartupFailure());
        assertThat(a).isNotNull();
        return a.getDescription() + "\n" + a.getAction();
    }

    @Test
    void buildsTheEngineTheGateAndARunningDispatcherThatStopsWithTheContext() {
        runner().run(c -> {
            assertThat(c).hasNotFailed().hasSingleBean(Zwgk.class).hasSingleBean(SpringGate.class)
                    .hasSingleBean(ZwgkMonitor.class).hasSingleBean(CatalogueView.class);
            assertThat(c.getBean(Channels.class).adapters()).containsOnlyKeys("archive");
            ZwgkDispatcher dispatcher = c.getBean(ZwgkDispatcher.class);
            assertThat(dispatcher.isRunning()).isTrue();
            assertThat(dispatcher.channels()).containsExactly("archive");
            c.close();
            assertThat(dispatcher.isRunning()).isFalse();
        });
    }

    @Test
    void theDispatcherCanBeLeftToASeparateProcess() {
        runner().withPropertyValues("zwgk.dispatch.enabled=false").run(c -> {
            assertThat(c).hasNotFailed().hasSingleBean(Zwgk.class).doesNotHaveBean(ZwgkDispatcher.class);
        });
    }

    @Test
    void everyBeanBacksOffForTheApplicationsOwn() {
        Zwgk own = Zwgk.builder().dataSource(h2()).clock(Clock.systemUTC()).build();
        runner().withBean("myZwgk", Zwgk.class, () -> own)
                .withBean(CatalogueView.class, () -> CatalogueView.of(java.util.List.of()))
                .withPropertyValues("zwgk.catalogue=").run(c -> {
                    assertThat(c).hasNotFailed();
                    assertThat(c.getBean(Zwgk.class)).isSameAs(own);
                    assertThat(c.getBean(SpringGate.class).zwgk()).isSameAs(own);
                    assertThat(c).doesNotHaveBean(org.zwgk.catalogue.Catalogue.class);
                });
    }

    @Test
    void switchedOffEntirely() {
        runner().withPropertyValues("zwgk.enabled=false").run(c -> {
            assertThat(c).hasNotFailed().doesNotHaveBean(Zwgk.class).doesNotHaveBean(SpringGate.class);
        });
    }

    @Test
    void withoutACatalogueTheApplicationDoesNotStart() {
        runner().withPropertyValues("zwgk.catalogue=").run(c -> {
            assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7006");
            assertThat(analysis(c)).contains("zwgk.catalogue");
        });
    }

    @Test
    void aBrokenCatalogueStopsTheStartWithLocatedFindings() throws IOException {
        Path file = tmp.resolve("catalogue.yaml");
        Files.writeString(file, """
                zwgk: 1
                catalogue:
                  id: broken
                  title: 有错的目录
                  issuer: 某镇人民政府
                  level: 乡级
                  version: "1"
                domains:
                  - code: x
                    name: 测试
                    items:
                      - id: X-1
                        path: [测试]
                        content: 测试
                        basis: [条例]
                        timeLimit: 信息形成之日起20个工作日内
                        subject: 某镇
                        channels: [政府网站]
                        audience: 全社会
                        method: 主动公示
                        levels: [乡级]
                """, StandardCharsets.UTF_8);
        runner().withPropertyValues("zwgk.catalogue=" + file).run(c -> {
            ZwgkException e = startupFailure(c);
            assertThat(e).isInstanceOf(CatalogueException.class);
            // The same line the CLI prints: file:[line,col] ZWGK-nnnn /pointer message
            assertThat(analysis(c)).containsPattern(java.util.regex.Pattern.quote(file.toString())
                    + ":\\[20,\\d+] ZWGK-1\\d{3} /domains/0/items/0/method");
        });
        runner().withPropertyValues("zwgk.catalogue=classpath:zwgk/no-such-catalogue.yaml").run(c -> {
            assertThat(startupFailure(c)).isInstanceOf(CatalogueException.class);
            assertThat(analysis(c)).contains("classpath:zwgk/no-such-catalogue.yaml", "ZWGK-1011");
        });
    }

    @Test
    void channelKeysHaveTheChecksOfTheChannelFileAndSecretsAreNeverPrinted() {
        runner().withPropertyValues("zwgk.channel.archive.outt=/tmp/x", "zwgk.channel.website.enabled=true",
                "zwgk.channel.website.mode=http", "zwgk.channel.website.auth-token=TOKEN-s3cret-42",
                "zwgk.channel.website.endpoint=TOKEN-s3cret-42", "zwgk.channel.wechatt.enabled=true").run(c -> {
            ZwgkException e = startupFailure(c);
            assertThat(e).isInstanceOf(ChannelConfigException.class);
            String report = analysis(c);
            assertThat(report).contains("ZWGK-5011", "outt", "out", "ZWGK-5020", "wechatt", "ZWGK-5021", "endpoint")
                    .doesNotContain("TOKEN-s3cret-42");
            assertThat(e.getMessage()).doesNotContain("TOKEN-s3cret-42");
        });
    }

    @Test
    void unknownAndOutOfRangeSettingsAreRefused() {
        runner().withPropertyValues("zwgk.dispatch.thread=4").run(c -> {
            assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7004");
            assertThat(analysis(c)).contains("zwgk.dispatch.thread", "zwgk.dispatch.threads");
        });
        runner().withPropertyValues("zwgk.dispatch.threads=0").run(c -> {
            assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7005");
            assertThat(analysis(c)).contains("zwgk.dispatch.threads", "1–64");
        });
        // Settings of a zwgk module that is not on the class path: gating configured but absent must not pass.
        runner().withPropertyValues("zwgk.flowable.gated-tasks[0]=approval:issue").run(c ->
                assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7004"));
        runner().withPropertyValues("zwgk.zone=Beijing").run(c ->
                assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7005"));
        // Relaxed spellings of known keys are accepted, as Spring binds them.
        runner().withPropertyValues("zwgk.dispatch.maxAttempts=3", "zwgk.dispatch.enabled=false").run(c -> {
            assertThat(c).hasNotFailed();
            assertThat(c.getBean(ZwgkProperties.class).getDispatch().getMaxAttempts()).isEqualTo(3);
        });
    }

    @Test
    void aDispatcherWithoutChannelsIsRefused() {
        runner().withPropertyValues("zwgk.channel.archive.enabled=false").run(c ->
                assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7008"));
    }

    @Test
    void severalDataSourcesNeedOneMarked() {
        runner().withBean("second", DataSource.class, ZwgkAutoConfigurationTest::h2).run(c -> {
            assertThat(startupFailure(c).code()).isEqualTo("ZWGK-7007");
            assertThat(analysis(c)).contains("second");
        });
        runner().withUserConfiguration(MarkedDataSource.class).run(c -> {
                    assertThat(c).hasNotFailed();
                    assertThat(c.getBean(Zwgk.class).store().dataSource()).isSameAs(c.getBean("zwgkOwn"));
                });
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class MarkedDataSource {
        @org.springframework.context.annotation.Bean
        @ZwgkDataSource
        DataSource zwgkOwn() {
            return h2();
        }
    }

    @Test
    void customizersAndDecoratorsAreApplied() {
        AtomicInteger decorated = new AtomicInteger();
        runner().withBean(ZwgkBuilderCustomizer.class, () -> b -> b.clock(Clock.fixed(
                        java.time.Instant.parse("2025-03-03T02:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"))))
                .withBean(ChannelAdapterDecorator.class, () -> a -> {
                    decorated.incrementAndGet();
                    return a;
                }).run(c -> {
                    assertThat(c).hasNotFailed();
                    assertThat(c.getBean(Zwgk.class).clock().instant()).hasToString("2025-03-03T02:00:00Z");
                    assertThat(decorated).hasValue(1);
                });
    }

    @Test
    void channelSettingsComeFromEveryPropertySourceWithListsAndEnvironmentVariables() {
        runner().withSystemProperties("zwgk.channel.archive.receivers=档案馆")
                .withPropertyValues("zwgk.channel.archive.days[0]=5", "zwgk.channel.archive.days[1]=28").run(c -> {
                    assertThat(c).hasNotFailed();
                    var env = (ConfigurableEnvironment) c.getEnvironment();
                    env.getPropertySources().addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource(
                            "env", java.util.Map.of("ZWGK_CHANNEL_ARCHIVE_FONDS_UNIT", "凤城镇人民政府")));
                    var settings = org.zwgk.spring.internal.EnvironmentChannelSettings.read(env,
                            c.getBean(org.zwgk.channel.ChannelRegistry.class));
                    assertThat(settings.entry("zwgk.channel.archive.days")).get()
                            .extracting(org.zwgk.channel.ChannelSettings.Entry::value).isEqualTo("5,28");
                    assertThat(settings.entry("zwgk.channel.archive.receivers")).get()
                            .extracting(org.zwgk.channel.ChannelSettings.Entry::value).isEqualTo("档案馆");
                    assertThat(settings.entry("zwgk.channel.archive.fonds-unit")).get()
                            .extracting(org.zwgk.channel.ChannelSettings.Entry::value).isEqualTo("凤城镇人民政府");
                });
    }

    @Test
    void theFailureReportNamesTheFileAndLineOfEachChannelKey() throws IOException {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        var yaml = new org.springframework.core.io.ByteArrayResource("""
                zwgk:
                  channel:
                    archive:
                      enabled: true
                      outt: /srv/archive
                """.getBytes(StandardCharsets.UTF_8), "application.yml");
        for (var ps : new org.springframework.boot.env.YamlPropertySourceLoader().load("application.yml", yaml)) {
            env.getPropertySources().addFirst(ps);
        }
        var registry = org.zwgk.channel.ChannelRegistry.discovering();
        var settings = org.zwgk.spring.internal.EnvironmentChannelSettings.read(env, registry);
        ChannelConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(ChannelConfigException.class,
                () -> registry.create(settings, Clock.systemUTC()));
        String report = new ZwgkFailureAnalyzer(env).analyze(e).getDescription();
        // Spring's origin of the value: the file and the line and column where it was written.
        assertThat(report).contains("[application.yml] - 5:13 ZWGK-5011 /zwgk/channel/archive/outt");
    }

    @Test
    void theReadmesThreeLinesAreAValidConfiguration() throws IOException {
        String readme = Files.readString(ConfigurationMetadataTest.doc("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("```yaml", readme.indexOf("**In a Spring Boot application**"));
        String yaml = readme.substring(at + "```yaml".length(), readme.indexOf("```", at + 7)).strip();
        assertThat(yaml.lines()).hasSize(3);
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        for (var ps : new org.springframework.boot.env.YamlPropertySourceLoader().load("application.yml",
                new org.springframework.core.io.ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))) {
            env.getPropertySources().addFirst(ps);
        }
        env.getPropertySources().addLast(new org.springframework.core.env.MapPropertySource("env",
                java.util.Map.of("CMS_TOKEN", "token-from-the-environment")));
        assertThat(env.getProperty("zwgk.catalogue")).isEqualTo("classpath:zwgk/catalogue.yaml");
        var registry = org.zwgk.channel.ChannelRegistry.discovering();
        var settings = org.zwgk.spring.internal.EnvironmentChannelSettings.read(env, registry);
        assertThat(registry.validate(settings).errors()).isEmpty();
        assertThat(settings.entry("zwgk.channel.website.auth-token")).get()
                .extracting(org.zwgk.channel.ChannelSettings.Entry::value).isEqualTo("token-from-the-environment");
        assertThat(settings.entry("zwgk.channel.archive.out")).isPresent();
    }
}
