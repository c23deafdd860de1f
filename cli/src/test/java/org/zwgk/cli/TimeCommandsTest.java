package org.zwgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The calendar and deadline commands, run in-process through {@link Main#run}. */
class TimeCommandsTest {

    private static OutboxCommandTest.Result run(String... args) {
        return OutboxCommandTest.run(args);
    }

    @Test
    void calendarCsv() {
        OutboxCommandTest.Result r = run("calendar", "--from", "2024-09-28", "--to", "2024-10-02", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).containsExactly(
                "date,working,kind,name",
                "2024-09-28,false,weekend,",
                "2024-09-29,true,adjusted-workday,国庆节",
                "2024-09-30,true,workday,",
                "2024-10-01,false,holiday,国庆节",
                "2024-10-02,false,holiday,国庆节");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void calendarJsonAndText() throws Exception {
        OutboxCommandTest.Result j = run("calendar", "--from", "2020-01-31", "--to", "2020-02-03", "--format", "json");
        assertThat(j.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertThat(root.get("provisional").asBoolean()).isFalse();
        assertThat(root.get("calendarVersion").asText()).startsWith("cn-national@2019..");
        assertThat(root.get("days")).hasSize(4);
        assertThat(root.at("/days/1/kind").asText()).isEqualTo("holiday"); // 2020-02-01, cancelled make-up day
        assertThat(root.at("/days/3/working").asBoolean()).isTrue();
        OutboxCommandTest.Result t = run("calendar", "--from", "2024-10-12", "--to", "2024-10-12");
        assertThat(t.out().strip()).isEqualTo("2024-10-12 周六 上班 adjusted-workday 国庆节");
    }

    @Test
    void calendarBeyondCoverage() {
        OutboxCommandTest.Result r = run("calendar", "--from", "2026-12-31", "--to", "2027-01-02", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).contains("2027-01-01,true,workday,");
        assertThat(r.err()).contains("暂定").doesNotContain("provisional");
        OutboxCommandTest.Result en = run("calendar", "--from", "2026-12-31", "--to", "2027-01-02", "--lang", "en");
        assertThat(en.out()).contains("2027-01-01 Fri working workday (provisional)");
        assertThat(en.err()).contains("provisional").doesNotContainPattern("\\p{IsHan}");
        OutboxCommandTest.Result strict = run("calendar", "--from", "2026-12-31", "--to", "2027-01-02", "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("ZWGK-2005").doesNotContain("Exception");
    }

    @Test
    void deadlineText() {
        OutboxCommandTest.Result r = run("deadline", "--start", "2024-09-27", "--working-days", "20");
        assertThat(r.code()).isZero();
        assertThat(r.lines().get(0)).isEqualTo("due: 2024-10-30");
        assertThat(r.out()).contains("provisional: false", "calendarVersion: cn-national@");
        OutboxCommandTest.Result ext = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--extend", "20");
        assertThat(ext.lines().get(0)).isEqualTo("due: 2024-11-27");
        OutboxCommandTest.Result cal = run("deadline", "--start", "2024-09-12", "--calendar-days", "20", "--explain");
        assertThat(cal.lines().get(0)).isEqualTo("due: 2024-10-08");
        assertThat(cal.out()).contains("trace:", "2024-10-02", "顺延");
    }

    @Test
    void deadlineRuleWithSpacesAndEvents() {
        OutboxCommandTest.Result r = run("deadline", "--start", "2024-09-27", "--pause", "2024-10-09..2024-10-15", "--rule",
                "信息形成之日起", "20", "个工作日内");
        assertThat(r.code()).isZero();
        assertThat(r.lines().get(0)).isEqualTo("due: 2024-11-07");
        OutboxCommandTest.Result restart = run("deadline", "--start", "2024-09-27", "--restart", "2024-10-10", "--working-days", "20");
        assertThat(restart.lines().get(0)).isEqualTo("due: 2024-11-06"); // 10-12 (adjusted Saturday) counts
        OutboxCommandTest.Result override = run("deadline", "--start", "2024-09-27", "--rule",
                "信息形成或者变更之日起20个工作日内,法律、法规对政府信息公开的期限另有规定的,从其规定");
        assertThat(override.out()).contains("due: 2024-10-30", "从其规定");
    }

    @Test
    void openPauseGivesTheSuspendedStateNotADate() throws Exception {
        OutboxCommandTest.Result r = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--pause", "2024-10-09..",
                "--explain");
        assertThat(r.code()).isZero();
        assertThat(r.lines().subList(0, 5)).containsExactly("due: none (suspended)", "suspended-since: 2024-10-09",
                "consumed: 3 working-days", "remaining: 17 working-days", "period: 20 working-days");
        assertThat(r.out()).contains("2024-10-09 周三 workday — 暂停计时中").doesNotContain("due: 2");
        // with a closed pause before it, as JSON
        OutboxCommandTest.Result j = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--pause", "2024-10-09..2024-10-15",
                "--pause", "2024-11-11..", "--extend", "20", "--format", "json");
        assertThat(j.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertThat(root.get("state").asText()).isEqualTo("suspended");
        assertThat(root.get("due").isNull()).isTrue();
        assertThat(root.get("suspended").get("consumed").asInt()).isEqualTo(21);
        assertThat(root.get("suspended").get("remaining").asInt()).isEqualTo(19);
        assertThat(root.get("suspended").get("period").asInt()).isEqualTo(40);
        // closing it gives the date of the closed pause
        OutboxCommandTest.Result closed = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--pause",
                "2024-10-09..2024-10-15");
        assertThat(closed.lines().get(0)).isEqualTo("due: 2024-11-07");
        // two open pauses: a coded error saying to close the first
        OutboxCommandTest.Result two = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--pause", "2024-10-09..",
                "--pause", "2024-10-20..");
        assertThat(two.code()).isEqualTo(1);
        assertThat(two.err()).contains("ZWGK-2207", "2024-10-09", "提示");
        OutboxCommandTest.Result bad = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--pause", "x..");
        assertThat(bad.code()).isEqualTo(2);
    }

    @Test
    void deadlineJsonWithTrace() throws Exception {
        OutboxCommandTest.Result r = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--explain", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("due").asText()).isEqualTo("2024-10-30");
        assertThat(root.get("provisional").asBoolean()).isFalse();
        assertThat(root.get("calendarVersion").asText()).isNotBlank();
        assertThat(root.get("trace").get(0).get("status").asText()).isEqualTo("start");
        assertThat(root.get("trace").get(2).get("status").asText()).isEqualTo("counted");
        assertThat(root.get("trace").get(2).get("name").asText()).isEqualTo("国庆节");
        OutboxCommandTest.Result noTrace = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--format", "json");
        assertThat(new ObjectMapper().readTree(noTrace.out()).has("trace")).isFalse();
    }

    @Test
    void provisionalAndStrictPastTheData() throws Exception {
        OutboxCommandTest.Result r = run("deadline", "--start", "2026-12-15", "--working-days", "20", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("provisional").asBoolean()).isTrue();
        assertThat(root.get("due").asText()).isEqualTo("2027-01-12");
        OutboxCommandTest.Result strict = run("deadline", "--start", "2026-12-15", "--working-days", "20", "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("ZWGK-2005", "提示");
    }

    @Test
    void aYearAddedFromADirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("2027.yaml"), """
                year: 2027
                notice: {title: 测试用2027年安排(非真实通知), url: "https://example.org/2027"}
                festivals:
                  - name: 元旦
                    rest: {from: 2027-01-01, to: 2027-01-03}
                """);
        OutboxCommandTest.Result r = run("deadline", "--start", "2026-12-31", "--working-days", "1", "--strict", "--calendar-data",
                dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).contains("due: 2027-01-04", "provisional: false");
        OutboxCommandTest.Result c = run("calendar", "--from", "2027-01-01", "--to", "2027-01-01", "--format", "csv", "--calendar-data",
                dir.toString());
        assertThat(c.lines()).containsExactly("date,working,kind,name", "2027-01-01,false,holiday,元旦");
        java.nio.file.Files.writeString(dir.resolve("2028.yaml"), "year: 2028\n");
        OutboxCommandTest.Result bad = run("calendar", "--from", "2027-01-01", "--to", "2027-01-01", "--calendar-data", dir.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("ZWGK-2002", "2028.yaml");
    }

    @Test
    void ruleErrorsExitOne() {
        OutboxCommandTest.Result r = run("deadline", "--start", "2024-09-27", "--rule", "尽快");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("ZWGK-2101", "实时公开");
        OutboxCommandTest.Result none = run("deadline", "--start", "2024-09-27", "--rule", "长期公开");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("ZWGK-2201");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("deadline", "--start", "2024-13-01", "--working-days", "20").code()).isEqualTo(2);
        OutboxCommandTest.Result both = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--calendar-days", "3");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("ZWGK-9052");
        OutboxCommandTest.Result none = run("deadline", "--start", "2024-09-27");
        assertThat(none.err()).contains("ZWGK-9052");
        OutboxCommandTest.Result pause = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--pause", "2024-10-15..2024-10-09");
        assertThat(pause.code()).isEqualTo(2);
        assertThat(pause.err()).contains("ZWGK-9051");
        OutboxCommandTest.Result ext = run("deadline", "--start", "2024-09-27", "--working-days", "20", "--extend", "21");
        assertThat(ext.code()).isEqualTo(2);
        assertThat(ext.err()).contains("ZWGK-9054");
        assertThat(run("deadline", "--working-days", "20").code()).isEqualTo(2); // --start missing
        assertThat(run("calendar", "--from", "2024-10-02", "--to", "2024-10-01").code()).isEqualTo(2);
        assertThat(run("calendar", "--from", "2000-01-01", "--to", "2024-10-01").err()).contains("ZWGK-9053");
        assertThat(run("calendar", "--from", "x", "--to", "2024-10-01").err()).contains("ZWGK-9050");
    }
}
