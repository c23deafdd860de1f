package org.zwgk.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zwgk.catalogue.TimeLimitPhraseCheck;
import org.zwgk.spi.ZwgkException;
import org.zwgk.timelimit.TimeLimitRule.Anchor;
import org.zwgk.timelimit.TimeLimitRule.CalendarDays;
import org.zwgk.timelimit.TimeLimitRule.DisplayPeriod;
import org.zwgk.timelimit.TimeLimitRule.Immediacy;
import org.zwgk.timelimit.TimeLimitRule.Immediate;
import org.zwgk.timelimit.TimeLimitRule.LongTerm;
import org.zwgk.timelimit.TimeLimitRule.Period;
import org.zwgk.timelimit.TimeLimitRule.Periodic;
import org.zwgk.timelimit.TimeLimitRule.Stage;
import org.zwgk.timelimit.TimeLimitRule.Staged;
import org.zwgk.timelimit.TimeLimitRule.Unit;
import org.zwgk.timelimit.TimeLimitRule.WorkingDays;

/** Every phrase of the reference inventory (§5), in the variants it lists. */
class TimeLimitParserTest {

    private final TimeLimitParser parser = new TimeLimitParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A. working days after an anchor
        "信息形成或者变更之日起20个工作日内|20|FORMED_OR_CHANGED",
        "自信息形成或者变更之日起20个工作日内予以公开|20|FORMED_OR_CHANGED",
        "信息形成或变更之日起20个工作日内|20|FORMED_OR_CHANGED",
        "信息形成(变更)20个工作日内|20|FORMED_OR_CHANGED",
        "信息形成（变更）20个工作日内|20|FORMED_OR_CHANGED",
        "信息形成、变更之日起20个工作日内|20|FORMED_OR_CHANGED",
        "信息形成变更之日起 20 个工作日内|20|FORMED_OR_CHANGED",
        "信息形成(变更)下发至本单位20个工作日内|20|RECEIVED_BY_UNIT",
        "信息形成之日起20个工作日内|20|FORMED_OR_CHANGED",
        "信息形成20个工作日内公开|20|FORMED_OR_CHANGED",
        "信息获取(形成变更)20个工作日内|20|OBTAINED_OR_FORMED",
        "信息获取(形成、变更)20个工作日内|20|OBTAINED_OR_FORMED",
        "信息获取（形成、变更）20个工作日内|20|OBTAINED_OR_FORMED",
        "制定或获取信息之日起20个工作日内|20|OBTAINED_OR_FORMED",
        "制定或者获取信息之日起10个工作日内|10|OBTAINED_OR_FORMED",
        "20工作日|20|UNSPECIFIED",
        "20个工作日内|20|UNSPECIFIED",
        "自该政府信息形成或者变更之日起20个工作日内|20|FORMED_OR_CHANGED",
        "公开事项发生之日起3个工作日内|3|EVENT",
        "公开事项发生之日起三个工作日内公开|3|EVENT",
        "信息形成之日起二十个工作日内|20|FORMED_OR_CHANGED",
        "信息形成之日起十五个工作日内|15|FORMED_OR_CHANGED",
        "信息形成之日起５个工作日内|5|FORMED_OR_CHANGED",
        "自收到申请之日起20个工作日内|20|APPLICATION_RECEIVED",
    })
    void workingDayForms(String phrase, int days, Anchor anchor) {
        assertThat(parser.parse(phrase).rule()).isEqualTo(new WorkingDays(days, anchor));
    }

    @Test
    void overrideClauseIsAFlag() {
        for (String p : List.of(
                "信息形成或者变更之日起20个工作日内,法律、法规对政府信息公开的期限另有规定的,从其规定",
                "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。",
                "自该政府信息形成或者变更之日起20个工作日内予以公开。法律、法规对政府信息公开的期限另有规定的，从其规定")) {
            ParsedTimeLimit t = parser.parse(p);
            assertThat(t.otherLawPrevails()).as(p).isTrue();
            assertThat(t.rule()).as(p).isEqualTo(new WorkingDays(20, Anchor.FORMED_OR_CHANGED));
        }
        assertThat(parser.parse("信息形成之日起20个工作日内").otherLawPrevails()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "本级人民代表大会或其常务委员会批准后20日内|20|APPROVAL",
        "本级人民代表大会或者其常务委员会批准后二十日内公开|20|APPROVAL",
        "20日内|20|UNSPECIFIED",
    })
    void calendarDayForms(String phrase, int days, Anchor anchor) {
        assertThat(parser.parse(phrase).rule()).isEqualTo(new CalendarDays(days, anchor));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "实时公开|REAL_TIME", "及时公开|TIMELY", "随时公布|ANY_TIME", "随时公开|ANY_TIME", "即时公开|IMMEDIATE",
        "临时性工作随时公开|ANY_TIME", "及时|TIMELY", " 实时 公开 |REAL_TIME",
    })
    void immediateForms(String phrase, Immediacy kind) {
        assertThat(parser.parse(phrase).rule()).isEqualTo(new Immediate(kind));
    }

    @Test
    void standingAndStagedForms() {
        assertThat(parser.parse("长期公开").rule()).isEqualTo(new LongTerm());
        assertThat(parser.parse("阶段性工作逐步公开").rule()).isEqualTo(new Staged(Stage.BY_STAGE));
        assertThat(parser.parse("单项工作完成后一次性公开").rule()).isEqualTo(new Staged(Stage.ON_COMPLETION));
    }

    @Test
    void periodicForms() {
        Periodic monthly = new Periodic(Period.MONTHLY, 0, List.of(), false, false);
        assertThat(parser.parse("按月进行公开").rule()).isEqualTo(monthly);
        assertThat(parser.parse("每月公布一次").rule()).isEqualTo(monthly);
        assertThat(parser.parse("按月逐项公布").rule())
                .isEqualTo(new Periodic(Period.MONTHLY, 0, List.of(), false, true));
        assertThat(parser.parse("按季度进行公开").rule()).isEqualTo(Periodic.of(Period.QUARTERLY));
        assertThat(parser.parse("至少每季度公布一次").rule()).isEqualTo(Periodic.of(Period.QUARTERLY));
        assertThat(parser.parse("每季度的首个月20日").rule())
                .isEqualTo(new Periodic(Period.QUARTERLY, 1, List.of(20), false, false));
        assertThat(parser.parse("按年度进行公开，每年初公开一次").rule())
                .isEqualTo(new Periodic(Period.YEARLY, 0, List.of(), true, false));
        assertThat(parser.parse("按年度进行公开,每年初公开一次").rule())
                .isEqualTo(new Periodic(Period.YEARLY, 0, List.of(), true, false));
        assertThat(parser.parse("每年1月31日前").rule())
                .isEqualTo(new Periodic(Period.YEARLY, 1, List.of(31), false, false));
        assertThat(parser.parse("每年3月31日前").rule())
                .isEqualTo(new Periodic(Period.YEARLY, 3, List.of(31), false, false));
        assertThat(parser.parse("每月5日和20日").rule())
                .isEqualTo(new Periodic(Period.MONTHLY, 1, List.of(5, 20), false, false));
        assertThat(parser.parse("每月5日、20日").rule())
                .isEqualTo(new Periodic(Period.MONTHLY, 1, List.of(5, 20), false, false));
        assertThat(parser.parse("每年10月底前").rule())
                .isEqualTo(new Periodic(Period.YEARLY, 10, List.of(31), false, false));
    }

    @Test
    void displayPeriods() {
        assertThat(parser.parse("公示7个工作日").rule()).isEqualTo(new DisplayPeriod(7, Unit.WORKING_DAYS, false));
        assertThat(parser.parse("每次公开时间不少于7个工作日").rule())
                .isEqualTo(new DisplayPeriod(7, Unit.WORKING_DAYS, true));
        assertThat(parser.parse("公开时间不少于7个工作日").rule()).isEqualTo(new DisplayPeriod(7, Unit.WORKING_DAYS, true));
        assertThat(parser.parse("至少保留五日").rule()).isEqualTo(new DisplayPeriod(5, Unit.CALENDAR_DAYS, true));
        assertThat(parser.parse("不得少于7天").rule()).isEqualTo(new DisplayPeriod(7, Unit.CALENDAR_DAYS, true));
        ParsedTimeLimit truncated = parser.parse("公告期限为30个…");
        assertThat(truncated.rule()).isEqualTo(new DisplayPeriod(30, Unit.UNSPECIFIED, false));
        assertThat(truncated.notes()).isNotEmpty();
        assertThat(truncated.rule().hasFixedDueDate()).isFalse();
    }

    @Test
    void aLimitWithADisplayPeriod() {
        ParsedTimeLimit t = parser.parse("临时性、应急性工作应在公开事项发生之日起3个工作日内公开,公开时间不少于7个工作日"
                .replace("临时性、应急性工作应在", ""));
        assertThat(t.rule()).isEqualTo(new WorkingDays(3, Anchor.EVENT));
        assertThat(t.display()).contains(new DisplayPeriod(7, Unit.WORKING_DAYS, true));
        ParsedTimeLimit m = parser.parse("按月进行公开，每次公开时间不少于7个工作日");
        assertThat(m.rule()).isEqualTo(Periodic.of(Period.MONTHLY));
        assertThat(m.display()).contains(new DisplayPeriod(7, Unit.WORKING_DAYS, true));
    }

    @Test
    void sameAsAboveIsExplained() {
        assertThatThrownBy(() -> parser.parse("同上")).isInstanceOf(ZwgkException.class)
                .satisfies(e -> assertThat(((ZwgkException) e).code()).isEqualTo("ZWGK-2102"));
        assertThatThrownBy(() -> parser.parse(" 同 上 ")).isInstanceOf(ZwgkException.class)
                .satisfies(e -> assertThat(((ZwgkException) e).code()).isEqualTo("ZWGK-2102"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"尽快", "20个月内", "看情况", "信息形成之日起若干个工作日内", "每周公开", "工作日",
        "法律、法规另有规定的,从其规定", "abc", "20", "领导批准后公开"})
    void junkIsRejectedWithAHintListingTheForms(String phrase) {
        assertThatThrownBy(() -> parser.parse(phrase)).isInstanceOf(ZwgkException.class).satisfies(e -> {
            ZwgkException z = (ZwgkException) e;
            assertThat(z.code()).isEqualTo("ZWGK-2101");
            assertThat(z.hint(java.util.Locale.CHINA)).contains("信息形成或者变更之日起20个工作日内", "每月5日和20日");
            assertThat(z.message(java.util.Locale.ENGLISH)).contains("Unrecognised time limit");
        });
    }

    @Test
    void emptyAndOutOfRange() {
        assertThatThrownBy(() -> parser.parse("  ")).satisfies(
                e -> assertThat(((ZwgkException) e).code()).isEqualTo("ZWGK-2103"));
        assertThatThrownBy(() -> parser.parse("信息形成之日起0个工作日内")).satisfies(
                e -> assertThat(((ZwgkException) e).code()).isEqualTo("ZWGK-2104"));
        assertThatThrownBy(() -> parser.parse("每年13月31日前")).satisfies(
                e -> assertThat(((ZwgkException) e).code()).isEqualTo("ZWGK-2104"));
        assertThatThrownBy(() -> parser.parse("实时公开,长期公开")).satisfies(
                e -> assertThat(((ZwgkException) e).code()).isEqualTo("ZWGK-2105"));
    }

    @Test
    void descriptions() {
        assertThat(parser.parseRule("自收到申请之日起20个工作日内").describe()).isEqualTo("收到申请之日起20个工作日");
        assertThat(parser.parseRule("每月5日和20日").describe()).isEqualTo("每月5日 20日公开");
        assertThat(parser.parseRule("至少保留五日").describe()).isEqualTo("公示不少于5日");
        assertThat(parser.parseRule("按年度进行公开,每年初公开一次").describe()).isEqualTo("每年初公开");
    }

    @Test
    void chineseNumerals() {
        assertThat(TimeLimitParser.chineseNumber("五")).isEqualTo(5);
        assertThat(TimeLimitParser.chineseNumber("十")).isEqualTo(10);
        assertThat(TimeLimitParser.chineseNumber("十五")).isEqualTo(15);
        assertThat(TimeLimitParser.chineseNumber("二十")).isEqualTo(20);
        assertThat(TimeLimitParser.chineseNumber("三十一")).isEqualTo(31);
        assertThat(TimeLimitParser.chineseNumber("一百二十")).isEqualTo(120);
        assertThat(TimeLimitParser.chineseNumber("两")).isEqualTo(2);
    }

    @Test
    void phraseCheckForTheCatalogue() {
        TimeLimitPhraseCheck check = new TimeLimitPhrases();
        assertThat(check.check("信息形成或者变更之日起20个工作日内").readable()).isTrue();
        TimeLimitPhraseCheck.Result bad = check.check("尽快");
        assertThat(bad.readable()).isFalse();
        assertThat(bad.detail()).isEqualTo("ZWGK-2101");
        assertThat(bad.hint()).startsWith("可识别的写法").contains("实时公开");
        assertThat(bad.hintEn()).startsWith("Recognised forms").contains("实时公开");
    }
}
