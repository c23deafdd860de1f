package org.zwgk.report;

import org.zwgk.spi.ErrorCode;

/** Error codes 6100–6199: the annual report (OGI Arts. 49–50, 国办公开办函〔2021〕30号). */
public final class ReportErrors {

    private ReportErrors() {
    }

    public static final ErrorCode RECONCILIATION_FAILED = ErrorCode.of("ZWGK-6101",
            "年度报告第三部分“{0}”列不平衡：一（{1}）+ 二（{2}）= {3}，而 三（七）总计（{4}）+ 四（{5}）= {6}",
            "Annual report section 三, column {0} does not reconcile: 一 ({1}) + 二 ({2}) = {3}, but 三(七) total ({4}) + 四 ({5}) = {6}",
            "本列数据的勾稽关系为：第一项加第二项之和等于第三项加第四项之和。核对上年报告的“结转下年度继续办理”与本年的申请记录是否一致",
            "Rows 一 + 二 must equal 三(七) + 四 in every column. Check last year's 结转下年度 against this year's application records");
    public static final ErrorCode NEGATIVE_FIGURE = ErrorCode.of("ZWGK-6102",
            "年度报告数据 {0} 不能为负数（{1}）",
            "Annual report figure {0} cannot be negative ({1})",
            "填写本年度实际数量，没有的填 0",
            "Enter the year's actual number; use 0 when there were none");
    public static final ErrorCode ALREADY_ISSUED = ErrorCode.of("ZWGK-6103",
            "{0} {1} 年度报告已于 {2} 发布",
            "The {1} annual report of {0} was already issued on {2}",
            "已发布的年度报告不能重复发布；需要更正的，在下一年度报告“其他需要报告的事项”中说明",
            "An issued report is not issued again; explain corrections in section 六 of the next report");
    /** {@code {0}} the location ({@code file:[line,col] /pointer}), {@code {1}}/{@code {2}} the problem in Chinese/English. */
    public static final ErrorCode INVALID_JSON = ErrorCode.of("ZWGK-6104",
            "年度报告 JSON 在 {0} 处无效：{1}",
            "Annual report JSON is invalid at {0}: {2}",
            "按 docs/requests-and-report.md 中的字段说明生成 JSON；字段名区分大小写",
            "Produce the JSON as documented in docs/requests-and-report.md; field names are case-sensitive");
    public static final ErrorCode TOTAL_MISMATCH = ErrorCode.of("ZWGK-6105",
            "年度报告 {0} 的合计 {1} 与各项之和 {2} 不一致",
            "Annual report {0}: total {1} differs from the sum of its parts {2}",
            "合计（总计）必须等于各分项之和；修正分项或合计",
            "A total must equal the sum of its parts; fix the parts or the total");
    public static final ErrorCode YEAR_NOT_OVER = ErrorCode.of("ZWGK-6106",
            "{0} 年尚未结束（发布日期 {1}），不能发布该年度报告",
            "Year {0} is not over (issue date {1}); its annual report cannot be issued",
            "年度报告统计 1月1日至12月31日，次年发布（部门1月31日前，政府3月31日前，《条例》第四十九条）",
            "The report covers 1 Jan–31 Dec and is issued the following year (departments by 31 Jan, governments by 31 Mar, OGI Art. 49)");
    public static final ErrorCode ROWS_INCOMPLETE = ErrorCode.of("ZWGK-6107",
            "年度报告第三部分的行不完整或顺序不对：应为 {0} 行，实际 {1}",
            "Annual report section 三 rows are incomplete or out of order: expected {0} rows, got {1}",
            "第三部分必须包含 30号文格式的全部行，按官方顺序排列",
            "Section 三 must contain every row of the 30号 format, in the official order");
    public static final ErrorCode INVALID_ITEM = ErrorCode.of("ZWGK-6108",
            "主动公开记录（{0}）的 {1} 无效",
            "Disclosure record ({0}) has an invalid {1}",
            "只有规章和行政规范性文件有废止日期，且不早于制发日期；只有行政事业性收费填写金额（万元，不为负）",
            "Only rules and normative documents have a repeal date, not before issue; only fee collections have an amount (万元, not negative)");
    /** {@code {0}} the file, {@code {1}}/{@code {2}} the reason in Chinese/English. */
    public static final ErrorCode FILE_UNREADABLE = ErrorCode.of("ZWGK-6109",
            "无法读取年度报告文件 {0}：{1}",
            "Cannot read the annual report file {0}: {2}",
            "检查路径拼写（相对路径相对于当前工作目录）和读取权限；FILE 须为普通文件，不能是目录",
            "Check the path (relative paths are relative to the working directory) and the read permission; FILE "
                    + "must be a regular file, not a directory");
    public static final ErrorCode GBK_ENCODING = ErrorCode.of("ZWGK-6110",
            "{0}:[{1},{2}] 年度报告文件不是 UTF-8 编码，看起来是 GBK/GB18030 编码（第一个非 UTF-8 字节在此处）",
            "{0}:[{1},{2}] the annual report file is not UTF-8; it looks like GBK/GB18030 (first non-UTF-8 byte here)",
            "把文件转换为 UTF-8 后再读取，例如：iconv -f GBK -t UTF-8 原文件 > 新文件；或在编辑器中“另存为 UTF-8”。",
            "Convert the file to UTF-8, e.g. iconv -f GBK -t UTF-8 in > out, or \"Save as UTF-8\" in your editor.");
    public static final ErrorCode INVALID_UTF8 = ErrorCode.of("ZWGK-6111",
            "{0}:[{1},{2}] 年度报告文件不是有效的 UTF-8 编码（字节偏移 {3} 处的字节序列无效）",
            "{0}:[{1},{2}] the annual report file is not valid UTF-8 (invalid byte sequence at byte {3})",
            "用编辑器以 UTF-8 重新保存文件；如果知道原编码，可用 iconv -f 原编码 -t UTF-8 转换。",
            "Re-save the file as UTF-8; if you know its encoding, convert it with iconv -f <encoding> -t UTF-8.");

    /** {@code {0}} the item id, {@code {1}}/{@code {2}} why, in Chinese/English. */
    public static final ErrorCode PUBLICATION_REFUSED = ErrorCode.of("ZWGK-6140",
            "年度报告 {0} 不能作为信息登记发布：{1}",
            "The annual report {0} cannot be registered for publication: {2}",
            "用 AnnualReportDisclosure.of(report, …) 生成要登记的信息，不要修改其附件；报告有误的，修正数据后重新生成",
            "Build the disclosure with AnnualReportDisclosure.of(report, …) and leave its attachments as they are; if the report is wrong, fix the figures and build it again");

    // 6120–6139: every arithmetic problem of a document, each at its place (ReportCheck, zwgk report check).

    /** {0} place, {1} column, {2} 一, {3} 二, {4} 一+二, {5} 三（七）, {6} 四, {7} 三（七）+四. */
    public static final ErrorCode RECONCILIATION_AT = ErrorCode.of("ZWGK-6120",
            "{0} 第三部分“{1}”列不平衡：一（{2}）+ 二（{3}）= {4}，而 三（七）总计（{5}）+ 四（{6}）= {7}",
            "{0} section 三, column {1} does not reconcile: 一 ({2}) + 二 ({3}) = {4}, but 三(七) total ({5}) + 四 ({6}) = {7}",
            "本列数据的勾稽关系为：第一项加第二项之和等于第三项加第四项之和。核对上年报告的“结转下年度继续办理”、本年新收数和各项办理结果",
            "Rows 一 + 二 must equal 三(七) + 四 in every column. Check last year's 结转下年度, this year's new applications and each outcome");
    /** {0} place, {1} row, {2} stated total, {3} sum of the columns. */
    public static final ErrorCode ROW_TOTAL_AT = ErrorCode.of("ZWGK-6121",
            "{0} 第三部分“{1}”行：总计 {2} 与自然人及五类法人或其他组织之和 {3} 不一致",
            "{0} section 三, row {1}: the total {2} differs from the sum of its six applicant columns {3}",
            "总计列等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和；修正该行的分项或总计",
            "The total column is the sum of the six applicant columns; fix that row's figures or its total");
    /** {0} place, {1} column, {2} stated （七）总计, {3} sum of the outcome rows. */
    public static final ErrorCode RESULT_TOTAL_AT = ErrorCode.of("ZWGK-6122",
            "{0} 第三部分“（七）总计”行“{1}”列为 {2}，而（一）至（六）各项办理结果之和为 {3}",
            "{0} section 三, row (七) 总计, column {1} is {2}, but the outcome rows (一)–(六) add up to {3}",
            "（七）总计等于（一）予以公开至（六）其他处理各行之和；逐行核对办理结果",
            "(七) 总计 is the sum of the outcome rows (一) to (六); check each outcome row");
    /** {0} place, {1} section, {2} what (row and column), {3} the value. */
    public static final ErrorCode NEGATIVE_AT = ErrorCode.of("ZWGK-6123",
            "{0} 第{1}部分 {2} 为负数（{3}）",
            "{0} section {1}, {2} is negative ({3})",
            "填写本年度实际数量，没有的填 0",
            "Enter the year's actual number; use 0 when there were none");
    /** {0} place, {1} block, {2} stated total, {3} sum. */
    public static final ErrorCode REVIEW_TOTAL_AT = ErrorCode.of("ZWGK-6124",
            "{0} 第四部分“{1}”：总计 {2} 与结果维持、结果纠正、其他结果、尚未审结之和 {3} 不一致",
            "{0} section 四, {1}: the total {2} differs from upheld + corrected + other + pending = {3}",
            "总计等于结果维持、结果纠正、其他结果、尚未审结四项之和",
            "The total is the sum of upheld, corrected, other results and pending");
    /** {0} place, {1}/{2} the problem in Chinese/English. */
    public static final ErrorCode ROWS_AT = ErrorCode.of("ZWGK-6125",
            "{0} 第三部分的行：{1}",
            "{0} section 三 rows: {2}",
            "第三部分必须按官方顺序包含 30号文格式的全部 25 行，每行一次（行代码见 docs/requests-and-report.md）",
            "Section 三 holds each of the 25 rows of the 30号 format once, in the official order (row codes in docs/requests-and-report.md)");
}
