package org.zwgk.calendar;

import org.zwgk.spi.ErrorCode;

/** Error codes of the working-day calendar (range 2000–2099). Documented in {@code docs/errors.md}. */
public final class CalendarErrors {

    private CalendarErrors() {
    }

    public static final ErrorCode DATA_UNREADABLE = ErrorCode.of("ZWGK-2001",
            "无法读取日历数据文件 {0}: {1}",
            "Cannot read calendar data file {0}: {1}",
            "检查文件是否存在、可读且为 UTF-8 编码的 YAML 或 JSON。",
            "Check that the file exists, is readable and is UTF-8 YAML or JSON.");

    public static final ErrorCode DATA_SCHEMA = ErrorCode.of("ZWGK-2002",
            "日历数据文件 {0} 不符合 calendar.schema.json: {1} {2}",
            "Calendar data file {0} does not match calendar.schema.json: {1} {2}",
            "按 schemas/calendar.schema.json 的格式编写(year、notice、festivals 的 rest/work),日期写作 YYYY-MM-DD。",
            "Follow schemas/calendar.schema.json (year, notice, festivals with rest/work); dates as YYYY-MM-DD.");

    public static final ErrorCode DATA_SEMANTIC = ErrorCode.of("ZWGK-2003",
            "日历数据文件 {0} 内容有误: {1}",
            "Calendar data file {0} is inconsistent: {1}",
            "对照国务院办公厅通知核对:放假区间 from 不晚于 to;调休上班只能是星期六或星期日;同一天不能既放假又上班;日期须在该年或其前后一个月内。",
            "Check against the State Council notice: rest ranges from <= to; adjusted working days are Saturdays or Sundays; a day is not both rest and work; dates lie within the year or one month around it.");

    public static final ErrorCode YEAR_GAP = ErrorCode.of("ZWGK-2004",
            "日历数据缺少 {0} 年(已有 {1}),覆盖范围必须连续",
            "Calendar data lacks year {0} (present: {1}); coverage must be contiguous",
            "补充缺少年份的通知数据文件,或移除其后的年份。",
            "Add the missing year's notice file, or remove the years after it.");

    public static final ErrorCode OUTSIDE_COVERAGE = ErrorCode.of("ZWGK-2005",
            "日期 {0} 超出日历数据覆盖范围 {1}..{2}(严格模式)",
            "Date {0} is outside the calendar data coverage {1}..{2} (strict mode)",
            "国务院办公厅通常在上一年 10–11 月发布次年节假日安排;发布后添加该年数据文件(见 docs/time.md),或关闭严格模式得到仅按周末计算的暂定结果。",
            "The State Council usually publishes next year's arrangement in Oct–Nov; add that year's data file (see docs/time.md), or leave strict mode to get a provisional weekend-only result.");

    public static final ErrorCode PROVIDER_INCOMPATIBLE = ErrorCode.of("ZWGK-2006",
            "日历提供者 {0} 基于 SPI {1} 构建,与当前 SPI {2} 不兼容",
            "Calendar provider {0} was built for SPI {1}, incompatible with SPI {2}",
            "使用为当前 zwgk 版本构建的提供者。",
            "Use a provider built for this zwgk version.");

    public static final ErrorCode PROVIDER_INVALID = ErrorCode.of("ZWGK-2007",
            "日历提供者 {0} 数据无效: {1}",
            "Calendar provider {0} returned invalid data: {1}",
            "覆盖范围起点不能晚于终点;版本号不能为空。",
            "Coverage start must not be after its end; the version must not be empty.");

    public static final ErrorCode NO_DATA = ErrorCode.of("ZWGK-2008",
            "没有配置任何日历数据",
            "No calendar data configured",
            "使用 WorkingCalendar.national(),或在 builder 中加入 CalendarData.national() 或自己的 CalendarProvider。",
            "Use WorkingCalendar.national(), or add CalendarData.national() or your own CalendarProvider to the builder.");
}
