package org.zwgk.calendar.notice;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of the holiday-notice importer and the calendar diff (range 2300–2399), documented in
 * {@code docs/errors.md}. {@code {0}} is the notice file, {@code {1}} the line, {@code {2}} the sentence quoted.
 */
public final class NoticeErrors {

    private NoticeErrors() {
    }

    public static final ErrorCode EMPTY = ErrorCode.of("ZWGK-2301",
            "通知文本 {0} 为空", "The notice text {0} is empty",
            "从政府网站复制通知全文（从“各省、自治区、直辖市人民政府”到落款日期）粘贴到文本文件中，保存为 UTF-8。",
            "Copy the whole notice from the government website (greeting to signature date) into a UTF-8 text file.");
    public static final ErrorCode NO_YEAR = ErrorCode.of("ZWGK-2302",
            "{0}：找不到通知所安排的年份（“现将YYYY年……通知如下”）", "{0}: cannot find the year the notice arranges (\"现将YYYY年……通知如下\")",
            "确认粘贴的是国务院办公厅节假日安排通知的全文，包括“经国务院批准，现将……通知如下”一段。",
            "Make sure the whole State Council notice was pasted, including the paragraph \"经国务院批准，现将……通知如下\".");
    public static final ErrorCode NO_ITEMS = ErrorCode.of("ZWGK-2303",
            "{0}：没有找到放假安排条目（如“一、元旦：……”）", "{0}: no holiday items found (such as \"一、元旦：……\")",
            "每个节日一段，以“一、”“二、”等开头；检查粘贴时是否丢失了换行或编号。",
            "One paragraph per holiday, starting with 一、, 二、 …; check that line breaks and numbers survived pasting.");
    public static final ErrorCode UNREADABLE = ErrorCode.of("ZWGK-2304",
            "{0} 第 {1} 行：无法读懂含日期的句子「{2}」", "{0} line {1}: cannot read the sentence with dates 「{2}」",
            "zwgk 不猜测日期：对照政府网站原文核对此句；若通知确有新写法，请手工编写年度文件（docs/time.md）并报告此写法。",
            "zwgk never guesses dates: compare the sentence with the published notice; if the notice really uses a new "
                    + "phrasing, write the year file by hand (docs/time.md) and report the phrasing.");
    public static final ErrorCode WEEKDAY_MISMATCH = ErrorCode.of("ZWGK-2305",
            "{0} 第 {1} 行「{2}」：{3}写的是{4}，但 {5} 是{6}", "{0} line {1} 「{2}」: {3} says {4}, but {5} is a {7}",
            "文本有误（输入或粘贴错误）：对照政府网站原文改正日期或星期。",
            "The text is mistyped: correct the date or the weekday against the published notice.");
    public static final ErrorCode DAY_COUNT_MISMATCH = ErrorCode.of("ZWGK-2306",
            "{0} 第 {1} 行「{2}」：写“共{3}天”，但 {4} 至 {5} 是 {6} 天", "{0} line {1} 「{2}」: says {3} days, but {4} to {5} is {6} days",
            "文本有误：对照政府网站原文改正日期或天数。", "The text is mistyped: correct the dates or the day count against the published notice.");
    public static final ErrorCode INVALID_DATE = ErrorCode.of("ZWGK-2307",
            "{0} 第 {1} 行「{2}」：日期 {3} 不存在", "{0} line {1} 「{2}」: the date {3} does not exist",
            "文本有误：对照政府网站原文改正日期。", "The text is mistyped: correct the date against the published notice.");
    public static final ErrorCode BAD_RANGE = ErrorCode.of("ZWGK-2308",
            "{0} 第 {1} 行「{2}」：{3}", "{0} line {1} 「{2}」: {4}",
            "文本有误：对照政府网站原文改正日期。", "The text is mistyped: correct the dates against the published notice.");
    public static final ErrorCode NO_FESTIVAL = ErrorCode.of("ZWGK-2309",
            "{0} 第 {1} 行「{2}」：不知道这是哪个节日的安排", "{0} line {1} 「{2}」: cannot tell which holiday this arranges",
            "年度通知的每条写作“一、元旦：……”；补充通知须在“现将……通知如下”中写明节日（如“调整2019年劳动节放假安排”）。",
            "Items of the yearly notice read \"一、元旦：……\"; a special notice must name the holiday in its \"现将……通知如下\" sentence.");
    public static final ErrorCode CONFLICT = ErrorCode.of("ZWGK-2310",
            "{0}：{1} 同时出现在{2}和{3}中", "{0}: {1} appears both in {2} and in {3}",
            "同一天不能既放假又上班、也不能属于两个节日：对照政府网站原文核对。",
            "A day cannot be both a rest day and a working day, nor belong to two holidays: check against the published notice.");
    public static final ErrorCode WORKDAY_NOT_WEEKEND = ErrorCode.of("ZWGK-2311",
            "{0} 第 {1} 行「{2}」：调休上班日 {3} 是{4}，不是周末", "{0} line {1} 「{2}」: the make-up working day {3} is a {5}, not a weekend day",
            "调休上班只能是星期六或星期日：文本有误，对照政府网站原文改正。",
            "Make-up working days are Saturdays or Sundays: the text is mistyped; correct it against the published notice.");
    public static final ErrorCode YEAR_MISMATCH = ErrorCode.of("ZWGK-2312",
            "补充通知 {0} 安排的是 {1} 年，年度通知是 {2} 年", "The special notice {0} is about {1}, the yearly notice about {2}",
            "只把同一年的补充通知（--special）放在年度通知之上。", "Apply only special notices of the same year (--special) on top of the yearly notice.");
    public static final ErrorCode SPECIAL_EMPTY = ErrorCode.of("ZWGK-2313",
            "补充通知 {0} 中没有找到放假或上班安排", "The special notice {0} arranges no rest or working days",
            "确认粘贴的是改变放假安排的补充通知全文（如“关于调整2019年劳动节假期安排的通知”）。",
            "Make sure the whole special notice that changes the arrangement was pasted.");
    public static final ErrorCode RESUME_MISMATCH = ErrorCode.of("ZWGK-2314",
            "{0} 第 {1} 行「{2}」：写 {3} 起正常上班，但{4}放假到 {5}", "{0} line {1} 「{2}」: says work resumes on {3}, but {4} rests until {5}",
            "文本有误：对照政府网站原文改正日期。", "The text is mistyped: correct the dates against the published notice.");

    // ---- warnings: the import succeeded, but say so (2320–2339) ----------------------------------------------

    public static final ErrorCode IGNORED_SENTENCE = ErrorCode.of("ZWGK-2320",
            "{0} 第 {1} 行「{2}」：含日期，但既不是放假也不是调休上班，未读入", "{0} line {1} 「{2}」: has dates but is neither a holiday nor a make-up working day; not read",
            "通常是倡议（如“安排职工在除夕休息”）；若它确实改变放假安排，请手工修改年度文件。",
            "Usually an encouragement (such as resting on New Year's Eve); if it really changes the arrangement, edit the year file by hand.");
    public static final ErrorCode TITLE_FROM_TEXT = ErrorCode.of("ZWGK-2321",
            "{0}：文本没有标题行，标题按正文写为“{1}”", "{0}: the text has no title line; the title was composed from the text as \"{1}\"",
            "核对标题；在文本第一行粘贴通知标题（或用 --title）可得到原标题。",
            "Check the title; paste the notice's title as the first line (or use --title) to keep the original.");

    public static final ErrorCode DIFF_YEARS = ErrorCode.of("ZWGK-2350",
            "比较的两个年度文件年份不同：{0} 是 {1} 年，{2} 是 {3} 年", "The two year files are for different years: {0} is {1}, {2} is {3}",
            "比较同一年的两个版本，例如 zwgk calendar diff calendar/2027.yaml 2027.yaml。",
            "Compare two versions of the same year, e.g. zwgk calendar diff calendar/2027.yaml 2027.yaml.");
}
