package org.zwgk.timelimit;

import org.zwgk.spi.ErrorCode;

/** Error codes of time-limit phrases and deadlines (range 2100–2299). Documented in {@code docs/errors.md}. */
public final class TimeLimitErrors {

    private TimeLimitErrors() {
    }

    public static final ErrorCode UNKNOWN_PHRASE = ErrorCode.of("ZWGK-2101",
            "无法识别的公开时限: “{0}”",
            "Unrecognised time limit: \"{0}\"",
            "可识别的写法: {1}",
            "Recognised forms: {1}");

    public static final ErrorCode SAME_AS_ABOVE = ErrorCode.of("ZWGK-2102",
            "“同上”指上一行的公开时限,不能单独解析",
            "\"同上\" refers to the previous row's time limit and cannot be parsed on its own",
            "在目录中由校验器按上一行解析;第一行不能写“同上”。",
            "The catalogue validator resolves it from the previous row; the first row cannot say 同上.");

    public static final ErrorCode EMPTY_PHRASE = ErrorCode.of("ZWGK-2103",
            "公开时限为空",
            "The time limit is empty",
            "填写公开时限,如“信息形成或者变更之日起20个工作日内”。",
            "Fill in a time limit, e.g. 信息形成或者变更之日起20个工作日内.");

    public static final ErrorCode NUMBER_OUT_OF_RANGE = ErrorCode.of("ZWGK-2104",
            "公开时限“{0}”中的数字 {1} 超出范围",
            "The number {1} in time limit \"{0}\" is out of range",
            "天数应在 1 到 3650 之间,日期应为有效的月、日。",
            "Days must be 1..3650; months and days must be valid.");

    public static final ErrorCode CONFLICTING_PARTS = ErrorCode.of("ZWGK-2105",
            "公开时限“{0}”包含相互冲突的多个时限",
            "Time limit \"{0}\" states several conflicting limits",
            "每个事项只写一个公开时限,可另加一个公示期(如“公开时间不少于7个工作日”)。",
            "State one time limit per item, optionally followed by one display period.");

    public static final ErrorCode NO_FIXED_DUE_DATE = ErrorCode.of("ZWGK-2201",
            "公开时限“{0}”没有确定的截止日期",
            "Time limit \"{0}\" has no fixed due date",
            "“及时”“长期公开”“阶段性公开”及未写明日期的定期公开不能计算截止日;如需跟踪,请在目录中写明工作日数或具体日期,或配置定期计划(Schedules)。",
            "及时, 长期公开, staged and periodic limits without a day have no due date; state a number of working days or a day, or configure a schedule.");

    public static final ErrorCode SECOND_EXTENSION = ErrorCode.of("ZWGK-2202",
            "答复期限只能延长一次(条例第三十三条第二款),已于 {0} 延长",
            "The reply period can be extended only once (OGI Art. 33 ¶2); it was extended on {0}",
            "删除第二次延长;如确需更多时间,只能依第三十三条第三款暂停计时(征求第三方或其他机关意见)。",
            "Remove the second extension; only consultation time (Art. 33 ¶3) may further stop the clock.");

    public static final ErrorCode EXTENSION_TOO_LONG = ErrorCode.of("ZWGK-2203",
            "延长 {0} 个工作日不合法:延长期限最长不得超过20个工作日(条例第三十三条第二款)",
            "An extension of {0} working days is not allowed: at most 20 working days (OGI Art. 33 ¶2)",
            "延长 1 到 20 个工作日,并记录同意延长的政府信息公开工作机构负责人。",
            "Extend by 1 to 20 working days and record the approving head of the OGI office.");

    public static final ErrorCode EVENT_INVALID = ErrorCode.of("ZWGK-2204",
            "计时事件无效: {0}",
            "Invalid clock event: {0}",
            "暂停的起止日期须有序且不早于起算日;延长须记录批准人;重新起算日不得早于起算日。",
            "Pauses must be ordered and not before the start; extensions need an approver; a restart cannot precede the start.");

    public static final ErrorCode RECEIPT_DATE_MISSING = ErrorCode.of("ZWGK-2205",
            "按{0}方式提交的申请,需要{1}才能确定收到申请之日(条例第三十一条)",
            "An application submitted by {0} needs the {1} to fix its date of receipt (OGI Art. 31)",
            "当面提交以提交之日为准;邮寄以签收之日为准;平常信函以与申请人确认之日为准;互联网或传真以双方确认之日为准。",
            "In person: day of submission; signed post: signing day; ordinary mail: day confirmed with the applicant; online or fax: day both sides confirm.");

    public static final ErrorCode SCHEDULE_INVALID = ErrorCode.of("ZWGK-2206",
            "定期计划配置无效: {0}",
            "Invalid schedule configuration: {0}",
            "每月日期须在 1–31 之间且至少一个。",
            "Days of month must be within 1..31, at least one.");

    public static final ErrorCode PAUSE_STILL_OPEN = ErrorCode.of("ZWGK-2207",
            "暂停自 {0} 起尚未结束(未收到答复),不能再记录{1}",
            "The pause opened on {0} has not been closed (no answer yet); cannot record {1}",
            "同一时间只能有一个未结束的暂停:先记录收到答复之日(PauseClosed / --pause {0}..收到答复之日),再记录延长、重新起算或新的暂停;若同时征求多方意见,以最早发出之日为暂停起点,待全部答复后再结束。",
            "Only one pause may be open: first record the day the answer arrived (PauseClosed / --pause {0}..ANSWER_DAY), then the extension, restart or next pause; when several parties are consulted at once, open the pause at the earliest letter and close it when the last answer arrives.");

    public static final ErrorCode NO_OPEN_PAUSE = ErrorCode.of("ZWGK-2208",
            "没有可结束的暂停:{0}",
            "There is no open pause to close: {0}",
            "先记录暂停开始(PauseOpened,征求意见书发出之日),结束日期不得早于开始日期,也不得早于起算日。",
            "Record the pause's start (PauseOpened, the day the consultation letter went out) first; the closing day cannot precede that start or the start of the period.");

    public static final ErrorCode CLOCK_SUSPENDED = ErrorCode.of("ZWGK-2209",
            "计时自 {0} 起暂停(征求意见尚未答复),截止日期尚不确定:已计 {1},剩余 {2}",
            "The clock has been suspended since {0} (consultation not answered yet); there is no due date: {1} counted, {2} remaining",
            "用 Deadlines.evaluate 取得暂停状态(Suspended);收到答复后记录 PauseClosed(收到答复之日)再计算截止日期。",
            "Use Deadlines.evaluate to get the Suspended state; once the answer arrives, add PauseClosed(answer day) and compute again.");
}
