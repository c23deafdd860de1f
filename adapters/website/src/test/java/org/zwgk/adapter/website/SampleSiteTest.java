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
        Path out = Path.of("target/a11y-site");
        if (Files.exists(out)) {
            try (var s = Files.walk(out)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(out);
        Path catalogue = out.resolve("../a11y-catalogue.yaml");
        Files.writeString(catalogue, StandardCatalogueSiteTest.smallCatalogue());
        java.util.Map<String, String> config = new java.util.HashMap<>(StaticSiteContractTest.staticConfig(out));
        config.put("catalogue", catalogue.toString());
        ChannelAdapter a = new WebsiteChannelProvider().create(ChannelConfig.of(config),
                Clock.fixed(Instant.parse("2024-04-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        InMemoryDeliveryJournal j = new InMemoryDeliveryJournal();
        for (int i = 1; i <= 3; i++) {
            a.publish(Samples.publication("sample-" + i), j);
        }
        Publication w = Samples.publication("sample-withdrawn");
        a.publish(w, j);
        a.withdraw(Samples.withdrawal(w), j);
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("standard-catalogue.html")).exists();
        assertThat(out.resolve("items/" + w.indexNumber().replace('/', '-') + ".html")).exists();
    }
}
