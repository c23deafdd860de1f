package org.zwgk.check;

import org.zwgk.spi.ErrorCode;

/**
 * Codes 8000–8099 of the self-check ({@code zwgk check}): 8001–8049 are the indicators, each a stable id with its
 * message and fix hint (a finding is one occurrence); 8050–8099 are problems with the check's own input. Every code
 * is documented in {@code docs/errors.md}.
 */
public final class CheckCodes {

    private CheckCodes() {
    }

    // ---------------------------------------------------------------------------------------------- indicators

    /** {0} item or matter/catalogue item, {1} title, {2} due, {3} the time-limit rule, {4} as of, {5} working days. */
    public static final ErrorCode OBLIGATION_OVERDUE = ErrorCode.of("ZWGK-8001",
            "{0}「{1}」应于 {2} 前公开（{3}），截至 {4} 仍未公开，已逾期 {5} 个工作日",
            "{0} \"{1}\" was due to be public by {2} ({3}) and is still not public on {4}: {5} working days overdue",
            "立即发布该信息（gate.publish），或依法认定不予公开、依申请公开并记录理由；在年度报告“存在的主要问题及改进情况”中说明逾期原因",
            "Publish it now (gate.publish), or record a lawful exemption with its reason; explain the delay in section 五 of the annual report");
    /** {0} item, {1} title, {2} due, {3} the day it went public, {4} working days late. */
    public static final ErrorCode PUBLISHED_LATE = ErrorCode.of("ZWGK-8002",
            "{0}「{1}」应于 {2} 前公开，实际于 {3} 公开，晚了 {4} 个工作日",
            "{0} \"{1}\" was due to be public by {2} and went public on {3}, {4} working days late",
            "在目录规定的时限内发布：成文后当即在审批环节调用 gate.publish；投递积压时查看 zwgk outbox list",
            "Publish within the catalogue's time limit: call gate.publish in the approval step once the document is formed; if deliveries back up, see zwgk outbox list");
    /** {0} catalogue item, {1} its name, {2} the rule, {3} the period, {4} due. */
    public static final ErrorCode PERIOD_NOT_UPDATED = ErrorCode.of("ZWGK-8003",
            "目录事项 {0}「{1}」（{2}）在 {3} 没有公开任何信息（应于 {4} 前公开）",
            "Catalogue item {0} \"{1}\" ({2}) published nothing for {3} (due by {4})",
            "按目录时限定期公开；该期确无信息的，也应公开情况说明（如“本月无新增”），以免被认定为栏目不更新",
            "Publish every period as the catalogue says; when a period has nothing new, publish a statement saying so, so the column is not counted as not updated");
    /** {0} catalogue item, {1} name, {2} last update, {3} months. */
    public static final ErrorCode COLUMN_NOT_UPDATED = ErrorCode.of("ZWGK-8004",
            "栏目 {0}「{1}」自 {2} 起未更新，已超过 {3} 个月",
            "Column {0} \"{1}\" has not been updated since {2}, more than {3} months",
            "检查该事项是否有应公开而未公开的信息；不再产生信息的栏目经审定后调整目录",
            "Check whether the item has information that should have been published; have the catalogue adjusted for columns that no longer produce information");
    /** {0} count, {1} months, {2} threshold, {3} the columns. */
    public static final ErrorCode COLUMNS_NOT_UPDATED_VETO = ErrorCode.of("ZWGK-8005",
            "{0} 个栏目超过 {1} 个月未更新（超过 {2} 个即单项否决）：{3}",
            "{0} columns have not been updated for more than {1} months (more than {2} vetoes the site): {3}",
            "逐一更新这些栏目；确已停止产生信息的栏目，经审定后从目录和网站中撤并（国办秘函〔2019〕19号）",
            "Update each of these columns; merge or remove, after review, the columns that no longer produce information (国办秘函〔2019〕19号)");
    /** {0} catalogue item, {1} name, {2} as of. */
    public static final ErrorCode COLUMN_BLANK = ErrorCode.of("ZWGK-8006",
            "目录事项 {0}「{1}」是空白栏目：截至 {2} 网站上没有该事项的任何信息",
            "Catalogue item {0} \"{1}\" is a blank column: on {2} the website has nothing of it",
            "公开该事项的信息；确无信息的，公开情况说明，或经审定后调整目录",
            "Publish the item's information; when there is none, publish a statement, or have the catalogue adjusted");
    /** {0} count, {1} threshold, {2} the columns. */
    public static final ErrorCode COLUMNS_BLANK_VETO = ErrorCode.of("ZWGK-8007",
            "空白栏目 {0} 个（超过 {1} 个即单项否决）：{2}",
            "{0} blank columns (more than {1} vetoes the site): {2}",
            "为每个空白栏目公开信息或情况说明；不适用的事项经审定后从目录中调整（国办秘函〔2019〕19号）",
            "Publish information or a statement in each blank column; have inapplicable items removed from the catalogue after review (国办秘函〔2019〕19号)");
    /** {0} item, {1} title, {2} published, {3} due, {4} what happened (Text). */
    public static final ErrorCode INTERPRETATION_MISSING = ErrorCode.of("ZWGK-8008",
            "政策文件 {0}「{1}」于 {2} 公开，解读应于 {3} 前发布，{4}",
            "Policy document {0} \"{1}\" went public on {2}; its interpretation was due by {3}, {4}",
            "按“谁起草、谁解读”与文件同步起草、同步审签、同步发布解读，发布后调用 gate.interpret 记录",
            "Draft, sign and publish the interpretation together with the document (谁起草、谁解读) and record it with gate.interpret");
    /** {0} target, {1} pages count, {2} example pages. */
    public static final ErrorCode BROKEN_LINK = ErrorCode.of("ZWGK-8009",
            "链接目标 {0} 不存在，有 {1} 个页面链接到它（如 {2}）",
            "Link target {0} does not exist; {1} pages link to it (e.g. {2})",
            "恢复该页面，或修正、删除这些链接；信息页地址按索引号固定，移动页面时保留原地址",
            "Restore the page, or fix or remove the links; item page addresses are fixed by their index numbers, keep old addresses when moving pages");
    /** {0} missing file, {1} pages count, {2} example pages. */
    public static final ErrorCode ATTACHMENT_MISSING = ErrorCode.of("ZWGK-8010",
            "附件或文件 {0} 不存在，有 {1} 个页面链接到它（如 {2}）",
            "Attachment or file {0} is missing; {1} pages link to it (e.g. {2})",
            "重新投递该信息（zwgk outbox retry）以恢复附件，或修正链接；附件须能下载（条例第二十四条）",
            "Deliver the item again (zwgk outbox retry) to restore the file, or fix the link; attachments must be downloadable (Art. 24)");
    /** {0} page, {1} what is missing (Text). */
    public static final ErrorCode ITEM_METADATA_MISSING = ErrorCode.of("ZWGK-8011",
            "信息页 {0} 的元数据不全：{1}",
            "Item page {0} has incomplete metadata: {1}",
            "信息页须列出索引号、名称、发布机构、生成日期、发布日期，以及文件的文号（政府信息公开目录系统实施指引）；重新投递该信息以重建页面",
            "An item page lists 索引号, 名称, 发布机构, 生成日期, 发布日期 and the document's 文号; deliver the item again to rebuild the page");
    /** {0} pages count, {1} missing tags, {2} example pages. */
    public static final ErrorCode PAGE_TAGS_MISSING = ErrorCode.of("ZWGK-8012",
            "{0} 个页面缺少网页元数据标签 {1}（如 {2}）",
            "{0} pages lack the page metadata tags {1} (e.g. {2})",
            "按国办发〔2017〕47号在每个页面的 <head> 中输出 SiteName、SiteDomain、SiteIDCode、ColumnName、ColumnType，信息页另加 ArticleTitle、PubDate、ContentSource、Keywords、Description（配置 zwgk.channel.website.site-id-code 等，见 docs/channels.md）",
            "Every page's <head> carries SiteName, SiteDomain, SiteIDCode, ColumnName and ColumnType (国办发〔2017〕47号), item pages also ArticleTitle, PubDate, ContentSource, Keywords and Description (set zwgk.channel.website.site-id-code etc., see docs/channels.md)");
    /** {0} where (Text), {1} kind (Text), {2} masked value. */
    public static final ErrorCode PERSONAL_DATA = ErrorCode.of("ZWGK-8013",
            "{0} 含有未遮盖的{1} {2}",
            "{0} contains an unmasked {1} {2}",
            "立即撤回（gate.withdraw）并以遮盖后的版本重新公开，记录区分处理（部分公开）；身份证号码保留前6位和后4位，手机号码保留前3位和后4位（条例第十五条）",
            "Withdraw it now (gate.withdraw) and publish a masked version, recorded as partial disclosure; identity numbers keep the first 6 and last 4 characters, mobile numbers the first 3 and last 4 (Art. 15)");
    /** {0} body, {1} year, {2} due, {3} what happened (Text). */
    public static final ErrorCode REPORT_NOT_ISSUED = ErrorCode.of("ZWGK-8014",
            "{0} {1} 年政府信息公开工作年度报告应于 {2} 前发布，{3}",
            "The {1} annual report of {0} was due to be issued by {2}; {3}",
            "编制并发布年度报告（AnnualReports.compute、AnnualReports.issue），部门于次年1月31日前报送上一级（条例第四十九条）",
            "Compute and issue the report (AnnualReports.compute, AnnualReports.issue); departments submit it by 31 January (Art. 49)");
    /** {0} body, {1} year, {2} due, {3} what happened (Text). */
    public static final ErrorCode REPORT_NOT_PUBLISHED = ErrorCode.of("ZWGK-8015",
            "{0} {1} 年政府信息公开工作年度报告应于 {2} 前向社会公开，{3}",
            "The {1} annual report of {0} was due to be public by {2}; {3}",
            "通过 zwgk 发布年度报告（AnnualReportDisclosure，见 docs/requests-and-report.md），使其出现在“政府信息公开年报”栏目（条例第四十九条、第五十条）",
            "Publish the report through zwgk (AnnualReportDisclosure, see docs/requests-and-report.md) so that it appears under 政府信息公开年报 (Arts. 49–50)");
    /** {0} application, {1} what is due (Text), {2} due, {3} working days, {4} stage (Text). */
    public static final ErrorCode APPLICATION_OVERDUE = ErrorCode.of("ZWGK-8016",
            "申请 {0}：{1}已于 {2} 届满，逾期 {3} 个工作日（当前环节：{4}）",
            "Application {0}: {1} ended on {2}, {3} working days ago (stage: {4})",
            "尽快答复并送达；确需延长的只能在期限届满前延长一次（条例第三十三条）",
            "Reply and deliver at once; an extension is possible only once and before the period ends (Art. 33)");
    /** {0} application, {1} what is due (Text), {2} due, {3} working days left, {4} stage (Text). */
    public static final ErrorCode APPLICATION_DUE_SOON = ErrorCode.of("ZWGK-8017",
            "申请 {0}：{1}将于 {2} 届满，还有 {3} 个工作日（当前环节：{4}）",
            "Application {0}: {1} ends on {2}, in {3} working days (stage: {4})",
            "安排在期限内答复；需要延期的，经政府信息公开工作机构负责人同意后在届满前告知申请人（条例第三十三条）",
            "Plan the reply within the period; an extension needs the OGI office head's consent and notice before the period ends (Art. 33)");
    /** {0} item, {1} title, {2} live channels, {3} version, {4} channel, {5} its state (Text). */
    public static final ErrorCode CHANNELS_OUT_OF_STEP = ErrorCode.of("ZWGK-8018",
            "{0}「{1}」已在 {2} 公开（第 {3} 版），但在渠道 {4} 上{5}",
            "{0} \"{1}\" is public on {2} (version {3}) but on channel {4} it {5}",
            "查看该条目（zwgk outbox show ID），排除渠道问题后重试（zwgk outbox retry）；各渠道信息同源、同步更新",
            "Look at the entry (zwgk outbox show ID), fix the channel and retry it (zwgk outbox retry); every channel publishes the same information");
    /** {0} item, {1} title, {2} withdrawn on, {3} channel, {4} its state (Text). */
    public static final ErrorCode WITHDRAWAL_INCOMPLETE = ErrorCode.of("ZWGK-8019",
            "{0}「{1}」已于 {2} 撤回，但渠道 {3} 上仍未撤下（{4}）",
            "{0} \"{1}\" was withdrawn on {2} but is not yet taken down on channel {3} ({4})",
            "查看撤回条目（zwgk outbox show ID），排除渠道问题后重试；撤回必须到达曾公开该信息的每个渠道",
            "Look at the withdrawal entry (zwgk outbox show ID), fix the channel and retry; a withdrawal must reach every channel that published the item");

    // ------------------------------------------------------------------------------------------------ input

    /** {0} the path. */
    public static final ErrorCode SITE_NOT_A_DIRECTORY = ErrorCode.of("ZWGK-8050",
            "网站目录 {0} 不存在或不是目录",
            "The site directory {0} does not exist or is not a directory",
            "给出静态网站的输出目录（zwgk.channel.website.out 的值），例如 --site /srv/www/zwgk",
            "Give the static site's output directory (the value of zwgk.channel.website.out), e.g. --site /srv/www/zwgk");
    /** {0} the file, {1} the reason. */
    public static final ErrorCode SITE_UNREADABLE = ErrorCode.of("ZWGK-8051",
            "无法读取网站文件 {0}：{1}",
            "Cannot read the site file {0}: {1}",
            "检查该文件和目录的读取权限",
            "Check the read permissions of the file and its directory");
    /** {0} the setting, {1} the value, {2} what it must be. */
    public static final ErrorCode BAD_SETTING = ErrorCode.of("ZWGK-8052",
            "自查设置 {0} 的值 {1} 无效：{2}",
            "Self-check setting {0} has an invalid value {1}: {2}",
            "按 docs/check.md 中的设置表填写",
            "Use a value as the settings table in docs/check.md describes");
}
