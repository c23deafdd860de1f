package org.zwgk.calendar.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zwgk.calendar.CalendarData;

/**
 * The phrasings of the notices since 2008 (docs/time.md), and every way a text can be wrong: each a located error
 * quoting its sentence, all of them reported at once.
 */
class NoticePhrasingsTest {

    private static final String GREETING = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n";

    static String notice(int year, String items, String signature) {
        return GREETING + "经国务院批准，现将" + year + "年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n"
                + items + "\n节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n" + signature + "\n";
    }

    static YearArrangement read(int year, String items) {
        YearArrangement a = HolidayNotices.read(NoticeText.of(year + ".txt", notice(year, items, year - 1 + "年12月1日")));
        // whatever was read also loads as a year file
        CalendarData.builder().year(year + ".yaml", a.toYamlBytes()).build();
        return a;
    }

    static Festival festival(YearArrangement a, String name) {
        return a.festivals().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static List<NoticeProblem> problems(int year, String items) {
        return problems(NoticeText.of(year + ".txt", notice(year, items, year - 1 + "年12月1日")), List.of());
    }

    static List<NoticeProblem> problems(NoticeText notice, List<NoticeText> specials) {
        NoticeImportException e = catchThrowableOfType(NoticeImportException.class,
                () -> HolidayNotices.read(notice, specials));
        assertThat(e).as("expected the import to fail").isNotNull();
        return e.problems();
    }

    @Test
    void the2008WordingWithDashesNotesAfterTheRangeAndTheDetailOfMovedRestDays() {
        YearArrangement a = read(2008, """
                一、元旦：2007年12月30日—2008年1月1日放假，共3天。其中，1月1日（星期二）为法定节假日，12月30日（星期日）为公休日，12月29日（星期六）公休日调至12月31日（星期一），12月29日（星期六）上班。
                二、春节：2月6日—12日（农历除夕至正月初六）放假，共7天。其中，2月6日（除夕）、2月7日（春节）、2月8日（正月初二）为法定节假日，2月9日（星期六）、2月10日（星期日）照常公休，2月2日（星期六）、2月3日（星期日）两个公休日调至2月11日（星期一）、2月12日（星期二），2月2日（星期六）、2月3日（星期日）上班。
                三、清明节：4月4日—6日放假，共3天。其中，4月4日（清明节）为法定节假日，4月5日（星期六）、4月6日（星期日）照常公休。
                四、劳动节：5月1日—3日放假，共3天。其中，5月1日（星期四）为法定节假日，5月3日（星期六）照常公休，5月4日（星期日）公休日调至5月2日（星期五），5月4日（星期日）上班。
                七、国庆节：9月29日—10月5日放假，共7天。其中，10月1日、2日、3日为法定节假日，10月4日（星期六）、10月5日（星期日）照常公休，9月27日（星期六）、9月28日（星期日）两个公休日调至9月29日（星期一）、9月30日（星期二），9月27日（星期六）、9月28日（星期日）上班。""");
        Festival newYear = festival(a, "元旦");
        assertThat(newYear.from()).isEqualTo(d("2007-12-30"));
        assertThat(newYear.to()).isEqualTo(d("2008-01-01"));
        assertThat(newYear.work()).containsExactly(d("2007-12-29"));
        Festival spring = festival(a, "春节");
        assertThat(List.of(spring.from(), spring.to())).containsExactly(d("2008-02-06"), d("2008-02-12"));
        assertThat(spring.work()).containsExactly(d("2008-02-02"), d("2008-02-03"));
        assertThat(festival(a, "劳动节").work()).containsExactly(d("2008-05-04"));
        assertThat(festival(a, "国庆节").work()).containsExactly(d("2008-09-27"), d("2008-09-28"));
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void theDetailMustAgreeWithTheRange() {
        // "调至" a day outside the rest range: the text contradicts itself
        List<NoticeProblem> p = problems(2008, "四、劳动节：5月1日—3日放假，共3天。其中，5月4日（星期日）公休日调至5月5日（星期一），5月4日（星期日）上班。");
        assertThat(p).extracting(NoticeProblem::code).contains(NoticeErrors.BAD_RANGE);
        assertThat(p.get(0).message(Locale.ENGLISH)).contains("2008-05-05 should be a rest day");
    }

    @Test
    void makeUpRestDaysWeekendsAndSingleDays() {
        YearArrangement a = read(2014, """
                一、元旦：1月1日放假1天。
                二、春节：1月31日至2月6日放假调休，共7天。1月26日（星期日）、2月8日（星期六）上班。
                三、清明节：4月5日放假，4月7日（星期一）补休。
                四、劳动节：5月1日至3日放假调休，共3天。5月4日（星期日）上班。
                五、端午节：6月2日放假，与周末连休。
                六、中秋节：9月8日放假，与周末连休。
                七、国庆节：10月1日至7日放假调休，共7天。9月28日（星期日）、10月11日（星期六）上班。""");
        assertThat(festival(a, "元旦").restDays()).isEqualTo(1);
        Festival qingming = festival(a, "清明节");   // the Sunday between is implied
        assertThat(List.of(qingming.from(), qingming.to())).containsExactly(d("2014-04-05"), d("2014-04-07"));
        Festival dragon = festival(a, "端午节");      // Monday: the weekend before joins it
        assertThat(List.of(dragon.from(), dragon.to())).containsExactly(d("2014-06-02"), d("2014-06-02"));
        assertThat(List.of(dragon.offFrom(), dragon.offTo())).containsExactly(d("2014-05-31"), d("2014-06-02"));
        assertThat(festival(a, "国庆节").work()).containsExactly(d("2014-09-28"), d("2014-10-11"));
        assertThat(a.festivals()).hasSize(7);
    }

    @Test
    void daysWithoutMonthCombinedItemsExplicitYearsAndOlderSuffixes() {
        YearArrangement y2010 = read(2010, """
                一、元旦：1月1日至3日放假公休，共3天。
                二、春节：2月13日至19日放假调休，共7天。2月20日（星期六）、21日（星期日）上班。
                六、中秋节：9月22日至24日放假调休，共3天。9月19日（星期日）、25日（星期六）上班。""");
        assertThat(festival(y2010, "春节").work()).containsExactly(d("2010-02-20"), d("2010-02-21"));
        assertThat(festival(y2010, "中秋节").work()).containsExactly(d("2010-09-19"), d("2010-09-25"));
        YearArrangement y2012 = read(2012, """
                一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
                六、中秋节、国庆节：9月30日至10月7日放假调休，共8天。9月29日（星期六）上班。""");
        assertThat(festival(y2012, "元旦").work()).containsExactly(d("2011-12-31"));
        assertThat(festival(y2012, "中秋节、国庆节").restDays()).isEqualTo(8);
        YearArrangement y2015 = read(2015, """
                三、清明节：4月5日放假，4月6日（星期一）补休。
                四、劳动节：5月1日放假，与周末连休。
                六、中秋节：9月27日放假。""");
        assertThat(festival(y2015, "清明节").to()).isEqualTo(d("2015-04-06"));
        assertThat(festival(y2015, "中秋节").restDays()).isEqualTo(1);
        YearArrangement y2017 = read(2017, """
                一、元旦：1月1日放假，1月2日（星期一）补休。
                二、春节：1月27日至2月2日放假调休，共7天。1月22日（星期日）、2月4日（星期六）上班。""");
        assertThat(List.of(festival(y2017, "元旦").from(), festival(y2017, "元旦").to()))
                .containsExactly(d("2017-01-01"), d("2017-01-02"));
        YearArrangement y2011 = read(2011, "四、劳动节：4月30日至5月2日放假公休，共3天。\n五、端午节：6月4日至6日调休放假，共3天。");
        assertThat(festival(y2011, "劳动节").restDays()).isEqualTo(3);
    }

    @Test
    void signaturesInChineseNumeralsWithEitherZero() {
        for (String sig : List.of("二〇一三年十二月十一日", "二○一三年十二月十一日", "2013年12月11日")) {
            YearArrangement a = HolidayNotices.read(NoticeText.of("2014.txt",
                    notice(2014, "一、元旦：1月1日放假1天。", sig)));
            assertThat(a.notice().published()).as(sig).isEqualTo(d("2013-12-11"));
        }
    }

    @Test
    void itemsPastedIntoOneParagraphAreStillItems() {
        YearArrangement a = read(2014, "一、元旦：1月1日放假1天。二、春节：1月31日至2月6日放假调休，共7天。1月26日（星期日）、2月8日（星期六）上班。");
        assertThat(a.festivals()).extracting(Festival::name).containsExactly("元旦", "春节");
    }

    @Test
    void aWrongWeekdayIsALocatedErrorNamingTheRealOne() {
        String text = NoticeHelpers.replace(HolidayNoticesTest.resource("2026.txt"), "1月4日（周日）上班", "1月4日（周六）上班");
        List<NoticeProblem> p = problems(NoticeText.of("2026.txt", text), List.of());
        assertThat(p).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(NoticeErrors.WEEKDAY_MISMATCH);
            assertThat(e.message(Locale.CHINA)).isEqualTo("ZWGK-2305 2026.txt 第 3 行「1月4日（周六）上班。」：1月4日写的是周六，"
                    + "但 2026-01-04 是星期日");
            assertThat(e.message(Locale.ENGLISH)).contains("2026-01-04 is a Sunday");
        });
    }

    @Test
    void aWrongDayCountIsAnError() {
        List<NoticeProblem> p = problems(2026, "一、元旦：1月1日（周四）至3日（周六）放假调休，共4天。1月4日（周日）上班。");
        assertThat(p).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(NoticeErrors.DAY_COUNT_MISMATCH);
            assertThat(e.args()).containsExactly("2026.txt", "3", "1月1日（周四）至3日（周六）放假调休，共4天。", "4", "2026-01-01",
                    "2026-01-03", "3");
        });
    }

    @Test
    void anUnknownWordingIsAnErrorQuotingItsSentenceNeverAGuess() {
        List<NoticeProblem> p = problems(2026, "一、元旦：1月1日至3日放假安排，共3天。");
        assertThat(p).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(NoticeErrors.UNREADABLE);
            assertThat(e.message(Locale.CHINA)).contains("「1月1日至3日放假安排，共3天。」");
        });
    }

    @Test
    void everyProblemOfTheTextIsReportedAtOnce() {
        List<NoticeProblem> p = problems(2026, """
                一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月5日（周一）上班。
                二、春节：2月30日放假。
                三、小长假：4月4日至6日放假安排。
                四、劳动节：5月1日至5日放假调休，共5天。5月9日（周日）上班。
                五、5月31日至6月2日放假，共3天。""");
        assertThat(p).extracting(NoticeProblem::code).containsExactly(NoticeErrors.WORKDAY_NOT_WEEKEND,
                NoticeErrors.INVALID_DATE, NoticeErrors.UNREADABLE, NoticeErrors.WEEKDAY_MISMATCH, NoticeErrors.NO_FESTIVAL);
        assertThat(p.get(0).message(Locale.ENGLISH)).contains("2026-01-05 is a Monday");
        assertThat(p.get(1).args()).contains("2月30日");
    }

    @Test
    void twoHolidaysCannotShareADayAndAWeekendMustAdjoin() {
        assertThat(problems(2026, "一、元旦：1月1日至3日放假，共3天。\n二、春节：1月3日至4日放假，共2天。"))
                .extracting(NoticeProblem::code).containsExactly(NoticeErrors.CONFLICT);
        assertThat(problems(2026, "三、清明节：4月8日放假，与周末连休。"))
                .extracting(NoticeProblem::code).containsExactly(NoticeErrors.BAD_RANGE);
    }

    @Test
    void textsWithoutYearOrItemsOrAnything() {
        assertThat(problems(NoticeText.of("a.txt", "  \n"), List.of())).extracting(NoticeProblem::code)
                .containsExactly(NoticeErrors.EMPTY);
        assertThat(problems(NoticeText.of("a.txt", "各地区、各部门要妥善安排好值班工作。"), List.of()))
                .extracting(NoticeProblem::code).containsExactly(NoticeErrors.NO_YEAR);
        assertThat(problems(NoticeText.of("a.txt", notice(2027, "节日期间注意安全。", "2026年11月1日")), List.of()))
                .extracting(NoticeProblem::code).containsExactly(NoticeErrors.NO_ITEMS);
    }

    @Test
    void specialNoticesMustBeOfTheSameYearAndSayWhatChanges() {
        NoticeText y2020 = NoticeText.of("2020.txt", HolidayNoticesTest.resource("2020.txt"));
        NoticeText s2019 = NoticeText.of("2019-special.txt", HolidayNoticesTest.resource("2019-special.txt"));
        assertThat(problems(y2020, List.of(s2019))).extracting(NoticeProblem::code)
                .containsExactly(NoticeErrors.YEAR_MISMATCH);
        String wrongResume = NoticeHelpers.replace(HolidayNoticesTest.resource("2020-special.txt"), "2月3日（星期一）起正常上班",
                "2月4日（星期二）起正常上班");
        assertThat(problems(y2020, List.of(NoticeText.of("2020-special.txt", wrongResume))))
                .extracting(NoticeProblem::code).containsExactly(NoticeErrors.RESUME_MISMATCH);
        String nothing = "各省、自治区、直辖市人民政府：\n现将调整2020年劳动节放假安排通知如下。\n一、各地区要做好工作。\n国务院办公厅\n2020年3月1日";
        assertThat(problems(y2020, List.of(NoticeText.of("s.txt", nothing)))).extracting(NoticeProblem::code)
                .containsExactly(NoticeErrors.SPECIAL_EMPTY);
    }

    @Test
    void aSpecialNoticeCanAddAHolidayTheYearDidNotHave() {
        String special = "各省、自治区、直辖市人民政府：\n现将2015年纪念日调休放假安排通知如下。\n"
                + "一、纪念日：9月3日至5日放假调休，共3天。9月6日（星期日）上班。\n国务院办公厅\n2015年5月13日";
        YearArrangement a = HolidayNotices.read(NoticeText.of("2015.txt", notice(2015, "六、中秋节：9月27日放假。", "2014年12月16日")),
                List.of(NoticeText.of("2015-special.txt", special)));
        assertThat(a.festivals()).extracting(Festival::name).containsExactly("中秋节", "纪念日");
        assertThat(festival(a, "纪念日").work()).containsExactly(d("2015-09-06"));
    }

    @Test
    void titlesAndNotesCannotBreakTheYamlFile() {
        YearArrangement a = HolidayNotices.read(NoticeText.of("2026.txt", HolidayNoticesTest.resource("2026.txt"))
                .withTitle("标题: \"引号\" # 井号\n换行 \\ 反斜杠"));
        String yaml = a.toYaml();
        assertThat(CalendarData.builder().year("2026.yaml", a.toYamlBytes()).build().provenance().get(0).title())
                .as(yaml).isEqualTo("标题: \"引号\" # 井号\n换行 \\ 反斜杠");
    }
}
