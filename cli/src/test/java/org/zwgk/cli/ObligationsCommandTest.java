package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.Obligation;
import org.zwgk.gate.Zwgk;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.TestDatabase;

/** {@code zwgk obligations recompute}: provisional due dates recomputed once next year's notice is added. */
class ObligationsCommandTest {

    @Test
    void recomputeWithAnAddedYear(@TempDir Path dir) throws Exception {
        String url = TestDatabase.H2.freshUrl();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.dataSource(url)).clock(clock).build();
        zwgk.inTransaction(g -> g.register(Disclosure.of("late", "01432281X", null, "通知", "正文", "某局",
                LocalDate.of(2026, 12, 20), "s1").withChannels(java.util.List.of("website"))));
        Obligation before = zwgk.deadlines().dueWithin(LocalDate.of(2027, 1, 1), 30).get(0);
        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(before.provisional()).isTrue();

        OutboxCommandTest.Result none = OutboxCommandTest.run("obligations", "recompute", "--store", url, "--lang", "en");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).contains("examined 1 provisional obligations: 0 changed (0 still provisional), "
                + "1 unchanged, 0 skipped");

        Path data = Files.createDirectory(dir.resolve("calendar"));
        Files.writeString(data.resolve("2027.yaml"), """
                year: 2027
                notice: {title: 测试用2027年安排（非真实通知）, url: "https://example.org/2027"}
                festivals:
                  - name: 元旦
                    rest: {from: 2027-01-01, to: 2027-01-03}
                """);
        OutboxCommandTest.Result r = OutboxCommandTest.run("obligations", "recompute", "--store", url,
                "--calendar-data", data.toString(), "--actor", "运维 张三");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("calendar: cn-national@2019..2027#", "(2019-01-01..2027-12-31)")
                .contains(before.id() + " " + before.key() + " 2027-01-15 -> 2027-01-18 provisional=false")
                .contains("检查暂定义务 1 项：已更新 1 项（其中仍为暂定 0 项），未变 0 项，跳过 0 项");
        Obligation after = zwgk.deadlines().dueWithin(LocalDate.of(2027, 1, 1), 30).get(0);
        assertThat(after.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(after.provisional()).isFalse();
        assertThat(zwgk.verifyLog().intact()).isTrue();

        OutboxCommandTest.Result again = OutboxCommandTest.run("obligations", "recompute", "--store", url,
                "--calendar-data", data.toString(), "--format", "json");
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("examined").asInt()).isZero();
        assertThat(json.get("changed")).isEmpty();
        assertThat(json.get("skipped")).isEmpty();

        Files.writeString(data.resolve("2028.yaml"), "year: 2028\n");
        OutboxCommandTest.Result bad = OutboxCommandTest.run("obligations", "recompute", "--store", url,
                "--calendar-data", data.toString());
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("ZWGK-2002", "2028.yaml").doesNotContain("Exception");
    }
}
