package org.zwgk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.calendar.DayKind;

class CalendarDataTest {

    static final String Y2027 = """
            year: 2027
            notice:
              title: 测试用2027年安排(非真实通知)
              url: https://example.org/2027
            festivals:
              - name: 元旦
                rest: {from: 2027-01-01, to: 2027-01-03}
              - name: 春节
                rest: {from: 2027-02-05, to: 2027-02-11}
                work: [2027-02-13]
            """;

    private static String code(Throwable t) {
        return ((ZwgkException) t).code();
    }

    @Test
    void aYearAddedFromAFileExtendsCoverage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2027.yaml");
        Files.writeString(f, Y2027);
        WorkingCalendar cal = WorkingCalendar.builder()
                .base(CalendarData.builder().builtIn().file(f).build()).strict(true).build();
        assertThat(cal.coverageEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(cal.dayKind(LocalDate.of(2027, 2, 8))).isEqualTo(DayKind.HOLIDAY);
        assertThat(cal.dayKind(LocalDate.of(2027, 2, 13))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(cal.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(cal.version()).startsWith("cn-national@2019..2027#");
    }

    @Test
    void aDirectoryOverridesABundledYear(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2027.yaml"), Y2027);
        // a corrected 2026 that makes 2026-03-02 a rest day
        Files.writeString(dir.resolve("2026.json"), """
                {"year": 2026, "notice": {"title": "更正", "url": "https://example.org/2026"},
                 "festivals": [{"name": "测试", "rest": {"from": "2026-03-02", "to": "2026-03-02"}}]}
                """);
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        WorkingCalendar cal = WorkingCalendar.builder()
                .base(CalendarData.builder().builtIn().directory(dir).build()).build();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue(); // the bundled 春节 is replaced
        assertThat(cal.coverageEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aYearFromTheUsersClassPath(@TempDir Path dir) throws Exception {
        Path res = dir.resolve("zwgk/calendar/cn");
        Files.createDirectories(res);
        Files.writeString(res.resolve("2027.yaml"), Y2027);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            WorkingCalendar cal = WorkingCalendar.builder()
                    .base(CalendarData.builder().builtIn().classpath(cl).build()).build();
            assertThat(cal.covers(LocalDate.of(2027, 6, 1))).isTrue();
            assertThat(cal.dayKind(LocalDate.of(2027, 2, 5))).isEqualTo(DayKind.HOLIDAY);
        }
    }

    @Test
    void aGapBetweenYearsIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2028.yaml");
        Files.writeString(f, Y2027.replace("2027", "2028"));
        assertThatThrownBy(() -> CalendarData.builder().builtIn().file(f).build())
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2004")).hasMessageContaining("2027");
    }

    @Test
    void schemaViolationsAreReportedWithTheirLocation() {
        byte[] bad = Y2027.replace("rest: {from: 2027-01-01, to: 2027-01-03}", "rest: {from: 2027-1-1, to: 2027-01-03}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", bad))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2002"))
                .hasMessageContaining("/festivals/0/rest/from");
        byte[] extra = (Y2027 + "holidays: []\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", extra))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2002"));
    }

    @Test
    void semanticErrors() {
        // a make-up working day on a weekday
        byte[] weekday = Y2027.replace("work: [2027-02-13]", "work: [2027-02-12]").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", weekday))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2003")).hasMessageContaining("2027-02-12");
        byte[] reversed = Y2027.replace("{from: 2027-02-05, to: 2027-02-11}", "{from: 2027-02-11, to: 2027-02-05}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", reversed))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2003"));
        byte[] twice = Y2027.replace("work: [2027-02-13]", "work: [2027-02-13]\n  - name: x\n    rest: {from: 2027-02-06, to: 2027-02-06}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", twice))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2003")).hasMessageContaining("twice");
        // a date that does not exist fails the schema itself (format: date, asserted), before the semantic checks
        byte[] invalidDate = Y2027.replace("2027-02-11", "2027-02-30").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", invalidDate))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2002")).hasMessageContaining("/festivals/1/rest/to");
    }

    @Test
    void fileNameMustMatchTheYear(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2029.yaml");
        Files.writeString(f, Y2027);
        assertThatThrownBy(() -> CalendarData.builder().file(f))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2003"));
        Path g = dir.resolve("calendar.yaml");
        Files.writeString(g, Y2027);
        assertThatThrownBy(() -> CalendarData.builder().file(g))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2001"));
        assertThatThrownBy(() -> CalendarData.builder().year("2027.yaml", "year: [".getBytes(StandardCharsets.UTF_8)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ZWGK-2001"));
    }
}
