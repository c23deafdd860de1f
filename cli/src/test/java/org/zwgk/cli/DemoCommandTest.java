package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.adapter.wechat.FakeWeChat;
import org.zwgk.cli.OutboxCommandTest.Result;
import org.zwgk.samples.approval.DemoRun;

class DemoCommandTest {

    @Test
    void runsTheYearAndPrintsTheSummaryThenResumes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("zwgk-demo");
        Result r = OutboxCommandTest.run("demo", "--out", out.toString(), "--items", "40");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("登记：40 条文件（本次新建 40 条")
                .contains("不予公开/依申请公开（从未进入任何公开渠道）")
                .contains("ZWGK-3201 环节 SX-2025-001:DECISION")
                .contains("依申请公开：8").contains("即将到期").contains("已逾期")
                .contains("网站：" + out.resolve("site").resolve("index.html"))
                .contains("（勾稽关系核对通过）")
                // the year-end self-check in the reader's language, the two deliberate gaps among its findings (40
                // documents leave columns stale too; DemoRunTest checks a year with exactly the two)
                .contains("自查（zwgk check，截至 2025-12-31）：", "ZWGK-8001 [扣分]", "ZWGK-8008 [扣分]")
                .doesNotContain("DEDUCTION");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.resolve("site/index.html")).exists();
        assertThat(out.resolve("report/annual-report-2025.html")).exists();
        assertThat(Files.readString(out.resolve("channels.properties"), StandardCharsets.UTF_8))
                .contains("zwgk.channel.website.enabled=true").contains("zwgk.channel.archive.enabled=true")
                .contains("# zwgk.channel.wechat.cover=" + out.resolve(DemoRun.COVER_FILE));
        assertThat(Files.readAllBytes(out.resolve(DemoRun.COVER_FILE))).startsWith(0x89, 'P', 'N', 'G');
        // The fifth stage: items handed over to the archives are 已归档, and `outbox list` says where each went.
        assertThat(r.out()).containsPattern("生命周期（已归档 = 已移交档案馆、图书馆）：\\{[^}]*已归档=\\d+");
        Result handedOver = OutboxCommandTest.run("outbox", "list", "--store", "jdbc:h2:file:" + out.resolve("db/zwgk"),
                "--status", "LIVE");
        assertThat(handedOver.code()).as(handedOver.err()).isEqualTo(Main.OK);
        assertThat(handedOver.out().lines().filter(l -> l.contains(" archive ")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(l)
                        .containsPattern(" LIVE +1 +zwgk-\\w+ batches/20\\d{6}/[^ ]+\\.eep\\.xml$"));

        Result again = OutboxCommandTest.run("demo", "--out", out.toString(), "--items", "40", "--lang", "en");
        assertThat(again.code()).as(again.err()).isEqualTo(Main.OK);
        assertThat(again.out()).contains("Registered: 40 documents (0 new this run, 40 already there — resumed)")
                .contains("(reconciles)")
                .contains("Self-check (zwgk check, as of 2025-12-31): ", "ZWGK-8001 [deduction]");
    }

    /** docs/demo.md: {@code zwgk demo --config F} with WeChat on, against a local server speaking its API. */
    @Test
    void runsWithWeChatFromAConfigFile(@TempDir Path tmp) throws Exception {
        try (FakeWeChat wx = new FakeWeChat()) {
            Path out = tmp.resolve("zwgk-demo");
            Path etc = Files.createDirectories(tmp.resolve("etc"));
            Path cover = DemoRun.writeSampleCover(etc);
            Path config = etc.resolve("zwgk.properties");
            Files.writeString(config, DemoRun.defaultChannelConfig(out).replace("zwgk.channel.wechat.enabled=false",
                    String.join("\n", "zwgk.channel.wechat.enabled=true",
                            "zwgk.channel.wechat.api-base-url=" + wx.baseUrl(),
                            "zwgk.channel.wechat.app-id=" + FakeWeChat.APP_ID,
                            "zwgk.channel.wechat.app-secret=" + FakeWeChat.APP_SECRET,
                            "zwgk.channel.wechat.cover=" + cover.toString().replace("\\", "\\\\"))),
                    StandardCharsets.UTF_8);
            Files.createDirectories(out);
            DemoRun.writeSampleCatalogue(out);
            Result r = OutboxCommandTest.run("demo", "--out", out.toString(), "--config", config.toString(),
                    "--items", "20");
            assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
            assertThat(wx.submits()).isPositive();
            assertThat(r.out()).contains("渠道 [archive, website, wechat]")
                    .contains("wechat {LIVE=" + wx.submits() + "}").doesNotContain("已隔离").doesNotContain("待投递")
                    .doesNotContain(FakeWeChat.APP_SECRET);
            assertThat(r.err()).doesNotContain(FakeWeChat.APP_SECRET).doesNotContain("\tat ");

            // Without the cover WeChat cannot take the articles: the summary lists them for a person.
            Path bare = etc.resolve("no-cover.properties");
            Files.writeString(bare, Files.readString(config, StandardCharsets.UTF_8)
                    .replaceAll("(?m)^zwgk\\.channel\\.wechat\\.cover=.*$", ""), StandardCharsets.UTF_8);
            Result noCover = OutboxCommandTest.run("demo", "--out", tmp.resolve("no-cover").toString(), "--config",
                    bare.toString(), "--items", "20", "--lang", "en");
            assertThat(noCover.code()).as(noCover.err()).isEqualTo(Main.OK);
            assertThat(noCover.out()).contains("wechat {QUARANTINED=", "Quarantined (refused by the channel, needs a "
                    + "person): ", "zwgk outbox list --store … --status QUARANTINED").containsPattern(
                    "\n  wechat FW-2025-\\d+ REJECTED_CONTENT: .*cover");
        }
    }

    @Test
    void userErrorsGetCodesNotStackTraces(@TempDir Path tmp) throws Exception {
        Result few = OutboxCommandTest.run("demo", "--out", tmp.toString(), "--items", "5");
        assertThat(few.code()).isEqualTo(Main.USAGE);
        assertThat(few.err()).contains("ZWGK-9201").contains("提示").doesNotContain("\tat ");

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Result notDir = OutboxCommandTest.run("demo", "--out", file.toString(), "--items", "20");
        assertThat(notDir.code()).isEqualTo(Main.USAGE);
        assertThat(notDir.err()).contains("ZWGK-9200");

        Result lang = OutboxCommandTest.run("demo", "--out", tmp.resolve("d").toString(), "--lang", "fr");
        assertThat(lang.err()).contains("ZWGK-9206");

        Path cfg = tmp.resolve("none.properties");
        Files.writeString(cfg, "zwgk.channel.website.enabled=false\nzwgk.channel.archive.enabled=false\n");
        Result none = OutboxCommandTest.run("demo", "--out", tmp.resolve("e").toString(), "--config", cfg.toString());
        assertThat(none.code()).isEqualTo(Main.USAGE);
        assertThat(none.err()).contains("ZWGK-9207");
        assertThat(tmp.resolve("e").resolve("db")).doesNotExist();

        Result badStore = OutboxCommandTest.run("demo", "--out", tmp.resolve("f").toString(), "--store",
                "jdbc:postgresql://127.0.0.1:1/nodb?user=u&password=secret-pw");
        assertThat(badStore.code()).isEqualTo(Main.USAGE);
        // The store reports its own code (ZWGK-4005) with the URL redacted.
        assertThat(badStore.err()).containsPattern("ZWGK-(4005|9202)").doesNotContain("secret-pw").doesNotContain("\tat ");
    }

    @Test
    void anInvalidConfigurationIsReportedWithItsCodeAndLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path gbk = tmp.resolve("gbk.properties");
        Files.write(gbk, "# 渠道配置\nzwgk.channel.website.enabled=true\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Path out = tmp.resolve("out");
        Result r = OutboxCommandTest.run("demo", "--out", out.toString(), "--config", gbk.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("ZWGK-5005").contains(gbk + ":[1,3]").contains("GBK")
                .contains("iconv -f GBK -t UTF-8").doesNotContain("Input length").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();

        Path typo = tmp.resolve("typo.properties");
        Files.writeString(typo, "zwgk.channel.webiste.enabled=true\n");
        Result t = OutboxCommandTest.run("demo", "--out", out.toString(), "--config", typo.toString(), "--lang", "en");
        assertThat(t.code()).isEqualTo(Main.USAGE);
        assertThat(t.err()).contains("ZWGK-5020").contains(typo + ":[1,").contains("website");
        assertThat(out).doesNotExist();

        Result missing = OutboxCommandTest.run("demo", "--out", out.toString(), "--config",
                tmp.resolve("nope.properties").toString());
        assertThat(missing.err()).contains("ZWGK-5001").contains("文件不存在").doesNotContain("Exception");
        assertThat(out).doesNotExist();

        // Valid but enabling no channel, or naming a store that cannot be reached: refused before anything is made.
        Path none = Files.writeString(tmp.resolve("none.properties"), "zwgk.channel.website.enabled=false\n");
        Result n = OutboxCommandTest.run("demo", "--out", out.toString(), "--config", none.toString());
        assertThat(n.err()).contains("ZWGK-9207");
        assertThat(out).doesNotExist();
        Result unreachable = OutboxCommandTest.run("demo", "--out", out.toString(), "--store",
                "jdbc:postgresql://127.0.0.1:9/zwgk?user=u&password=s3cret&connectTimeout=1");
        assertThat(unreachable.err()).containsAnyOf("ZWGK-4005", "ZWGK-9202").doesNotContain("s3cret")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();

        // A misspelt store key would otherwise run the demo quietly on H2.
        Files.createDirectories(tmp.resolve("elsewhere"));
        org.zwgk.samples.approval.DemoRun.writeSampleCatalogue(tmp.resolve("elsewhere"));
        Path ulr = Files.writeString(tmp.resolve("ulr.properties"),
                org.zwgk.samples.approval.DemoRun.defaultChannelConfig(tmp.resolve("elsewhere"))
                        + "\nzwgk.store.ulr=jdbc:postgresql://db/zwgk\n");
        Result u = OutboxCommandTest.run("demo", "--out", out.toString(), "--config", ulr.toString(), "--lang", "en");
        assertThat(u.code()).isEqualTo(Main.USAGE);
        assertThat(u.err()).contains("ZWGK-9004", "zwgk.store.ulr", "did you mean zwgk.store.url?")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
