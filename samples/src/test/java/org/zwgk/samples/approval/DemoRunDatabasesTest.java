package org.zwgk.samples.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.Channels;
import org.zwgk.testing.TestDatabase;

/**
 * {@code zwgk demo --store jdbc:postgresql://…}: the sample approval system's year on a real PostgreSQL server gives
 * the same registrations, deliveries, lists and report as on the embedded H2 default, and resumes the same way.
 */
class DemoRunDatabasesTest {

    @TempDir
    Path tmp;

    private DemoResult run(DataSource ds, Path out) throws Exception {
        Files.createDirectories(out);
        Path config = out.resolve("channels.properties");
        Files.writeString(config, DemoRun.defaultChannelConfig(out), StandardCharsets.UTF_8);
        DemoRun.writeSampleCatalogue(out);
        SimulatedClock clock = DemoRun.newClock();
        try (Channels channels = ChannelRegistry.discovering().load(config, clock)) {
            return DemoRun.builder().dataSource(ds).channels(channels.adapters()).clock(clock).out(out).items(40)
                    .build().run();
        }
    }

    @Test
    void postgresqlRunsTheSameYearAsH2() throws Exception {
        DemoResult h2 = run(TestDatabase.H2.fresh(), tmp.resolve("h2"));
        DataSource pgDs = TestDatabase.POSTGRES.fresh();
        DemoResult pg = run(pgDs, tmp.resolve("pg"));
        assertThat(pg.documents()).isEqualTo(h2.documents()).isEqualTo(40);
        assertThat(pg.byAttribute()).isEqualTo(h2.byAttribute());
        assertThat(pg.deliveries()).isEqualTo(h2.deliveries());
        assertThat(pg.byState()).isEqualTo(h2.byState()).containsKey("已归档");
        assertThat(pg.queued()).isZero();
        assertThat(pg.withheld()).isEqualTo(h2.withheld());
        assertThat(pg.applications()).isEqualTo(h2.applications());
        assertThat(pg.dueSoon()).isEqualTo(h2.dueSoon());
        assertThat(pg.overdue()).isEqualTo(h2.overdue());
        assertThat(pg.refusal()).isEqualTo(h2.refusal());
        assertThat(pg.reportReconciles()).isTrue();
        assertThat(Files.readString(pg.reportJson())).isEqualTo(Files.readString(h2.reportJson()));
        // the year-end self-check reads the same facts on both databases
        assertThat(pg.checkFindings()).isNotEmpty().isEqualTo(h2.checkFindings());
        DemoResult again = run(pgDs, tmp.resolve("pg"));
        assertThat(again.createdThisRun()).isZero();
        assertThat(again.deliveries()).isEqualTo(pg.deliveries());
    }
}
