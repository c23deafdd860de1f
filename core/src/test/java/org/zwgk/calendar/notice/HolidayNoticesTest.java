package org.zwgk.calendar.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwgk.calendar.CalendarData;
import org.zwgk.spi.calendar.CalendarProvider;
import org.zwgk.spi.calendar.SpecialDay;

/** The notices 2019–2026 (with the 2019 and 2020 special notices) reproduce the bundled year files day for day. */
class HolidayNoticesTest {

    static String resource(String name) {
        try (InputStream in = HolidayNoticesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bundled(int year) {
        try (InputStream in = CalendarData.class.getClassLoader()
                .getResourceAsStream(CalendarData.BUILTIN_RESOURCE_PREFIX + year + ".yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static YearArrangement imported(int year) {
        List<NoticeText> specials = year == 2019 || year == 2020
                ? List.of(NoticeText.of(year + "-special.txt", resource(year + "-special.txt")))
                : List.of();
        return HolidayNotices.read(NoticeText.of(year + ".txt", resource(year + ".txt")), specials);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void reproducesTheBundledYearFileDayForDay(int year) {
        YearArrangement a = imported(year);
        byte[] written = a.toYamlBytes();
        // the written file loads like any year file: schema (dates asserted as dates) and consistency checks
        CalendarProvider fromNotice = CalendarData.builder().year("imported/" + year + ".yaml", written).build();
        CalendarProvider shipped = CalendarData.builder().year(year + ".yaml", bundled(year)).build();
        List<SpecialDay> expected = shipped.specialDays();
        assertThat(fromNotice.specialDays()).as("%d:\n%s", year, new String(written, StandardCharsets.UTF_8))
                .containsExactlyElementsOf(expected);
        assertThat(a.year()).isEqualTo(year);
        assertThat(a.notice().title()).isEqualTo("国务院办公厅关于" + year + "年部分节假日安排的通知");
        assertThat(a.notice().published()).isNotNull().isBefore(LocalDate.of(year, 1, 1));
        assertThat(fromNotice.provenance().get(0).title()).isEqualTo(a.notice().title());
    }

    @Test
    void provenanceCarriesTheSignatureDateAndTheSpecialNotices() {
        YearArrangement y2019 = imported(2019);
        assertThat(y2019.notice().published()).isEqualTo(LocalDate.of(2018, 12, 4));
        assertThat(y2019.revisions()).singleElement().satisfies(r -> {
            assertThat(r.published()).isEqualTo(LocalDate.of(2019, 3, 22));
            assertThat(r.title()).isEqualTo("国务院办公厅关于调整2019年劳动节放假安排的通知");
            assertThat(r.note()).isEqualTo("2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。");
        });
        // the special notice has no title line: the title is composed from its text, and said so
        assertThat(y2019.warnings()).extracting(NoticeProblem::code).containsExactly(NoticeErrors.TITLE_FROM_TEXT);
        Festival labour = y2019.festivals().get(3);
        assertThat(labour.name()).isEqualTo("劳动节");
        assertThat(labour.note()).contains("2019-03-22");

        YearArrangement y2020 = imported(2020);
        assertThat(y2020.revisions()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("国务院办公厅关于延长2020年春节假期的通知");
            assertThat(r.published()).isEqualTo(LocalDate.of(2020, 1, 26));
        });
        Festival spring = y2020.festivals().get(1);
        assertThat(spring.to()).isEqualTo(LocalDate.of(2020, 2, 2));
        assertThat(spring.work()).containsExactly(LocalDate.of(2020, 1, 19));
        assertThat(spring.note()).contains("原定2020-02-01调休上班取消");
    }

    @Test
    void titleNumberAndUrlComeFromTheTextWhenPasted() {
        String text = "国务院办公厅关于2026年部分节假日安排的通知\n国办发明电〔2025〕7号\nhttps://www.gov.cn/zhengce/content/x.htm\n"
                + resource("2026.txt");
        YearArrangement a = HolidayNotices.read(NoticeText.of("2026.txt", text));
        assertThat(a.notice()).isEqualTo(new NoticeDocument("国务院办公厅关于2026年部分节假日安排的通知",
                "国办发明电〔2025〕7号", LocalDate.of(2025, 11, 4), "https://www.gov.cn/zhengce/content/x.htm", null));
        String yaml = a.toYaml();
        assertThat(yaml).contains("number: \"国办发明电〔2025〕7号\"", "published: 2025-11-04",
                "rest: {from: 2026-02-15, to: 2026-02-23}", "work: [2026-02-14, 2026-02-28]");
        // options given by the caller win over the text
        YearArrangement b = HolidayNotices.read(NoticeText.of("2026.txt", text).withNumber("X号").withUrl("https://e/x"));
        assertThat(b.notice().number()).isEqualTo("X号");
        assertThat(b.notice().url()).isEqualTo("https://e/x");
    }

    @Test
    void anEncouragementWithADateIsAWarningNotAHoliday() {
        YearArrangement a = imported(2024);
        assertThat(a.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(NoticeErrors.IGNORED_SENTENCE);
            assertThat(w.message(Locale.CHINA)).contains("2024.txt 第 4 行", "安排职工在除夕（2月9日）休息");
        });
        assertThat(a.restDays()).doesNotContain(LocalDate.of(2024, 2, 9));
    }

    @Test
    void withTheWeekendTheWholeBreakIsKnownButTheWeekendStaysAWeekend() {
        Festival qingming = imported(2019).festivals().get(2);
        assertThat(qingming.from()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(qingming.to()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(qingming.offFrom()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(qingming.offTo()).isEqualTo(LocalDate.of(2019, 4, 7));
        assertThat(qingming.note()).isEqualTo("与周末连休：2019-04-05至2019-04-07。");
        Festival newYear2024 = imported(2024).festivals().get(0);
        assertThat(newYear2024.offFrom()).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(newYear2024.offTo()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aYearFileWithoutUrlButWithNumberLoads() {
        YearArrangement a = imported(2021);
        String yaml = a.toYaml();
        assertThat(yaml).doesNotContain("url:");
        assertThat(CalendarData.builder().year("2021.yaml", a.toYamlBytes()).build().provenance().get(0).notice()
                .toString()).isEmpty();
    }
}
