package org.zwgk.adapter.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.zwgk.adapter.testkit.InMemoryDeliveryJournal;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.Publication;

/** Generates the sample site that {@code a11y/check.sh} renders in headless Chromium with axe-core. */
class SampleSiteTest {

    @Test
    void generateSampleSite() throws Exception {
        // a11y/check.sh searches this site for 工作制度 in the browser and expects the rules page
        Path out = Path.of("target/a11y-site");
        for (Path dir : java.util.List.of(out, Path.of("target/a11y-site.zwgk-state"))) { // the site and its records
            if (Files.exists(dir)) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        Files.createDirectories(out);
        Path catalogue = out.resolve("../a11y-catalogue.yaml");
        Files.writeString(catalogue, StandardCatalogueSiteTest.smallCatalogue());
        java.util.Map<String, String> config = new java.util.HashMap<>(StaticSiteContractTest.staticConfig(out));
        config.put("catalogue", catalogue.toString());
        config.put("site-id-code", "3505240001");
        config.put("apply-url", "https://www.example.gov.cn/ysq/form");
        ChannelAdapter a = new WebsiteChannelProvider().create(ChannelConfig.of(config),
                Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        InMemoryDeliveryJournal j = new InMemoryDeliveryJournal();
        for (int i = 1; i <= 3; i++) {
            a.publish(Samples.publication("sample-" + i), j);
        }
        // every page type of the standard column: a rules page and an annual report with its official page
        a.publish(DisclosureColumnSiteTest.column(Samples.withTitle(Samples.publication("sample-rules"),
                "凤城镇政府信息公开工作制度"), Publication.COLUMN_RULES, java.util.List.of()), j);
        String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<title>凤城镇人民政府2023年政府信息公开工作年度报告</title>\n</head>\n<body>\n<main>\n"
                + "<h1>凤城镇人民政府2023年政府信息公开工作年度报告</h1>\n<p>一、总体情况</p>\n</main>\n</body>\n</html>\n";
        a.publish(DisclosureColumnSiteTest.column(Samples.withTitle(Samples.publication("sample-report"),
                "凤城镇人民政府2023年政府信息公开工作年度报告"), Publication.COLUMN_ANNUAL_REPORT, java.util.List.of(
                new org.zwgk.spi.channel.Attachment("annual-report-2023.html", "text/html",
                        page.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new org.zwgk.spi.channel.Attachment("annual-report-2023.json", "application/json",
                        "{\"year\":2023}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))), j);
        Publication w = Samples.publication("sample-withdrawn");
        a.publish(w, j);
        a.withdraw(Samples.withdrawal(w), j);
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("standard-catalogue.html")).exists();
        assertThat(out.resolve("search.html")).exists();
        assertThat(out.resolve("annual-reports.html")).exists();
        assertThat(out.resolve("items/" + w.indexNumber().replace('/', '-') + ".html")).exists();
        try (var pages = Files.list(out.resolve("items"))) { // 3 items, rules, report, the withdrawal notice
            assertThat(pages.filter(f -> f.toString().endsWith(".html")).count()).isEqualTo(6);
        }
    }
}
