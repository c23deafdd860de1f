package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** CLI problems of the {@code calendar} and {@code deadline} commands (range 9050–9099). */
public final class TimeCliErrors {

    private TimeCliErrors() {
    }

    public static final ErrorCode BAD_DATE = ErrorCode.of("ZWGK-9050",
            "{0} 的值 “{1}” 不是日期",
            "The value \"{1}\" of {0} is not a date",
            "日期写作 YYYY-MM-DD,例如 2024-09-27。",
            "Write dates as YYYY-MM-DD, e.g. 2024-09-27.");

    public static final ErrorCode BAD_RANGE = ErrorCode.of("ZWGK-9051",
            "{0} 的值 “{1}” 不是有效的日期区间",
            "The value \"{1}\" of {0} is not a valid date range",
            "写作 起始日..结束日(含两端,起始不晚于结束),例如 --pause 2024-10-09..2024-10-15;尚未收到答复的暂停写作 --pause 2024-10-09..(只能有一个)。",
            "Write FROM..TO (inclusive, FROM not after TO), e.g. --pause 2024-10-09..2024-10-15; a pause not yet ended is --pause 2024-10-09.. (at most one).");

    public static final ErrorCode ONE_PERIOD = ErrorCode.of("ZWGK-9052",
            "必须且只能给出 --working-days、--calendar-days、--rule 之一",
            "Give exactly one of --working-days, --calendar-days, --rule",
            "例如 zwgk deadline --start 2024-09-27 --working-days 20;--rule 放在最后,时限原文可含空格。",
            "E.g. zwgk deadline --start 2024-09-27 --working-days 20; put --rule last, the phrase may contain spaces.");

    public static final ErrorCode RANGE_TOO_LONG = ErrorCode.of("ZWGK-9053",
            "日期区间 {0}..{1} 超过 {2} 天",
            "The range {0}..{1} is longer than {2} days",
            "缩短区间,或分几次输出。",
            "Use a shorter range, or several runs.");

    public static final ErrorCode BAD_NUMBER = ErrorCode.of("ZWGK-9054",
            "{0} 的值 {1} 超出范围 {2}",
            "The value {1} of {0} is outside {2}",
            "按条例第三十三条,延长最多 20 个工作日;期间天数在 1–3650 之间。",
            "Extensions are at most 20 working days (Art. 33); periods are 1..3650 days.");
}
