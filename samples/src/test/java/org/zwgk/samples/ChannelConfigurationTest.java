package org.zwgk.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zwgk.adapter.archive.ArchiveAdapter;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.calendar.CalendarData;
import org.zwgk.channel.ChannelConfigException;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.Channels;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;

/**
 * The real adapters configured from one file through the registry, discovered by ServiceLoader exactly as the CLI
 * does it. The archive channel's default {@code calendar} key must resolve to core's national calendar (no test
 * calendar is on this class path), so hand-over days move over 国庆 and onto the 清明 调休 Sunday.
 */
class ChannelConfigurationTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String APP_SECRET = "wx-S3cr3t-7f3a9c-寒梅";

    @TempDir
    Path dir;

    private Path config(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private String channelsYaml() {
        return """
                zwgk:
                  store: {url: "jdbc:h2:./zwgk"}      # another component's section: not checked here
                  channel:
                    website:
                      enabled: true
                      mode: static
                      out: %1$s/site
                      base-url: https://www.example.gov.cn/zwgk/
                      body-name: 示例市人民政府办公室
                      guide:
                        office: 示例市人民政府办公室政务公开科
                        address: 示例市人民路1号
                        phone: 0000-12345678
                        hours: 工作日 9:00-17:00
                    archive:
                      enabled: true
                      out: %1$s/archive
                    wechat:
                      enabled: false
                """.formatted(dir.toString().replace('\\', '/'));
    }

    private static Clock at(String day) {
        return Clock.fixed(java.time.LocalDate.parse(day).atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
    }

    @ParameterizedTest(name = "published {0} → hand-over {1}")
    @CsvSource({
        "2024-10-05, 2024-10-08",   // the 5th falls in 国庆 (1–7 Oct): next working day
        "2024-04-05, 2024-04-07",   // 清明 rest days 4–6; Sunday 7 Apr is a 调休 working day
        "2024-04-21, 2024-04-22",   // Saturday 20 Apr is a rest day: Monday 22
        "2024-04-23, 2024-05-06",   // 5 May is in 劳动节 (1–5): Monday 6 May
        "2024-09-10, 2024-09-20"})  // an ordinary Friday
    void archiveConfiguredWithTheDefaultCalendarKeyUsesTheNationalCalendar(String today, String handover)
            throws Exception {
        ChannelRegistry registry = ChannelRegistry.discovering();
        assertThat(registry.problems()).isEmpty();
        assertThat(registry.providers()).containsKeys("website", "wechat", "archive");
        try (Channels channels = registry.load(config("zwgk.yaml", channelsYaml()), at(today))) {
            assertThat(channels.adapters()).containsOnlyKeys("archive", "website");
            Receipt r = channels.get("archive").orElseThrow()
                    .publish(Samples.publication("i-" + today), new InMemoryDeliveryJournal());
            assertThat(r.status()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(r.details()).containsEntry("nextHandover", handover);
        }
    }

    @Test
    void sealedBatchNamesCoresNationalCalendarAndTheWebsiteIsWritten() throws Exception {
        Path file = config("zwgk.yaml", channelsYaml());
        Publication p = Samples.publication("seal-1");
        try (Channels channels = ChannelRegistry.discovering().load(file, at("2024-04-05"))) {
            channels.get("archive").orElseThrow().publish(p, new InMemoryDeliveryJournal());
            Receipt site = channels.get("website").orElseThrow().publish(p, new InMemoryDeliveryJournal());
            assertThat(site.status()).isEqualTo(DeliveryStatus.LIVE);
            assertThat(site.publicUrl().toString()).startsWith("https://www.example.gov.cn/zwgk/items/");
            assertThat(dir.resolve("site/index.html")).exists();
        }
        try (Channels later = ChannelRegistry.discovering().load(file, at("2024-04-07"))) {
            ArchiveAdapter archive = (ArchiveAdapter) later.get("archive").orElseThrow();
            Path batch = archive.sealDue().orElseThrow();
            assertThat(batch).isEqualTo(dir.resolve("archive/batches/20240407"));
            String manifest = Files.readString(batch.resolve(ArchiveAdapter.MANIFEST));
            assertThat(manifest).contains("cn-national@" + CalendarData.national().version());
            assertThat(ArchiveAdapter.verifyBatch(batch)).isEmpty();
        }
    }

    @Test
    void realProvidersReportEveryProblemOfEveryChannelAtOnceWithoutTheSecret() throws Exception {
        Path file = config("zwgk.properties", """
                zwgk.channel.website.enabled=true
                zwgk.channel.website.mdoe=static
                zwgk.channel.website.out=/srv/www/zwgk
                zwgk.channel.archive.enabled=true
                zwgk.channel.archive.out=/srv/archive
                zwgk.channel.archive.days=5,40
                zwgk.channel.archive.calendar=cn-65
                zwgk.channel.wechat.enabled=true
                zwgk.channel.wechat.app-id=wx0123456789
                zwgk.channel.wechat.app-secret=%s
                zwgk.channel.wechat.api-base-url=api.weixin.qq.com
                zwgk.channel.weibo.enabled=true
                """.formatted(APP_SECRET));
        ChannelConfigException e = catchThrowableOfType(
                () -> ChannelRegistry.discovering().load(file, at("2024-04-05")), ChannelConfigException.class);
        ValidationReport r = e.report();
        List<String> lines = e.lines(Locale.ENGLISH);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(file + ":[2,1] ZWGK-5011 /zwgk/channel/website/mdoe")
                .endsWith("channel website has no key mdoe (did you mean mode?)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(file + ":[6,1] ZWGK-5021 /zwgk/channel/archive/days"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(file + ":[7,1] ZWGK-5021 /zwgk/channel/archive/calendar")
                .contains("cn-65"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(file + ":[11,1] ZWGK-5021 /zwgk/channel/wechat/api-base-url"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(file + ":[12,1] ZWGK-5020 /zwgk/channel/weibo/enabled"));
        // website: the static mode's missing keys are reported at the enabled line
        assertThat(r.violations()).filteredOn(v -> v.line() == 1).extracting(Violation::code)
                .extracting(c -> c.code()).contains("ZWGK-5021");
        // Each language gets its part of an adapter's bilingual problem, not both.
        assertThat(r.violations()).filteredOn(v -> v.code().code().equals("ZWGK-5021")).isNotEmpty().allSatisfy(v -> {
            assertThat(v.message(Locale.ENGLISH)).as("English").doesNotContainPattern("\\p{IsHan}{2}");
            assertThat(v.message(Locale.CHINA)).as("中文").containsPattern("\\p{IsHan}")
                    .doesNotContain("requires").doesNotContain("unknown");
        });
        String everything = e.getMessage() + e.message(Locale.ENGLISH) + r.violations().stream()
                .map(v -> v.hint(Locale.CHINA) + v.hint(Locale.ENGLISH) + v).toList();
        assertThat(everything).doesNotContain(APP_SECRET).doesNotContain("7f3a9c");
    }
}
