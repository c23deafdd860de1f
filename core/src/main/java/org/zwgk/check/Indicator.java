package org.zwgk.check;

import java.util.Locale;
import org.zwgk.spi.ErrorCode;

/**
 * What the self-check looks for: the indicators assessors use (国办秘函〔2019〕19号 and the provincial self-check
 * tables, reference §15), each with its stable id (the {@link #code() code}, {@code ZWGK-80nn}, documented in
 * {@code docs/errors.md}), its usual weight, the rule and where the rule comes from.
 */
public enum Indicator {
    OBLIGATION_OVERDUE(CheckCodes.OBLIGATION_OVERDUE, Severity.DEDUCTION, Scope.STORE,
            "主动公开的政府信息应在目录规定的时限内公开，目录未规定的自形成或者变更之日起20个工作日内公开",
            "Proactive information is public within the catalogue's time limit, otherwise within 20 working days of being formed or changed",
            "《条例》第二十六条；政务公开事项标准目录“公开时限”", "OGI Art. 26; the standard catalogue's time limits"),
    PUBLISHED_LATE(CheckCodes.PUBLISHED_LATE, Severity.DEDUCTION, Scope.STORE,
            "信息须在时限内公开，晚于时限公开的计为不及时",
            "Information made public after its time limit counts as late",
            "《条例》第二十六条；政务公开事项标准目录“公开时限”", "OGI Art. 26; the standard catalogue's time limits"),
    PERIOD_NOT_UPDATED(CheckCodes.PERIOD_NOT_UPDATED, Severity.DEDUCTION, Scope.CATALOGUE,
            "按月、按季度、按年公开的事项，每个已结束的周期都须有公开",
            "Items published monthly, quarterly or yearly must have a publication in every period that has ended",
            "政务公开事项标准目录“公开时限”；国办秘函〔2019〕19号（栏目不更新）",
            "The standard catalogue's time limits; 国办秘函〔2019〕19号 (columns not updated)"),
    COLUMN_NOT_UPDATED(CheckCodes.COLUMN_NOT_UPDATED, Severity.NOTICE, Scope.CATALOGUE,
            "栏目长期不更新会被计入“栏目不更新”",
            "Columns left without updates for long count as not updated",
            "国办秘函〔2019〕19号", "国办秘函〔2019〕19号"),
    COLUMNS_NOT_UPDATED_VETO(CheckCodes.COLUMNS_NOT_UPDATED_VETO, Severity.VETO, Scope.CATALOGUE,
            "超过5个栏目6个月以上未更新的，单项否决",
            "More than 5 columns not updated for 6 months or more fails the assessment",
            "国办秘函〔2019〕19号（单项否决指标）", "国办秘函〔2019〕19号 (veto indicators)"),
    COLUMN_BLANK(CheckCodes.COLUMN_BLANK, Severity.DEDUCTION, Scope.CATALOGUE,
            "每个主动公开事项都有栏目，栏目不得空白",
            "Every proactive catalogue item has a column, and no column is blank",
            "国办秘函〔2019〕19号（空白栏目）；明溪县明政办〔2020〕34号", "国办秘函〔2019〕19号 (blank columns); seed 002"),
    COLUMNS_BLANK_VETO(CheckCodes.COLUMNS_BLANK_VETO, Severity.VETO, Scope.CATALOGUE,
            "空白栏目超过5个的，单项否决",
            "More than 5 blank columns fails the assessment",
            "国办秘函〔2019〕19号（单项否决指标）", "国办秘函〔2019〕19号 (veto indicators)"),
    INTERPRETATION_MISSING(CheckCodes.INTERPRETATION_MISSING, Severity.DEDUCTION, Scope.STORE,
            "政策文件与解读同步发布，至迟在文件公开后3个工作日内",
            "A policy document's interpretation is published with it, at the latest 3 working days after the document",
            "国办秘函〔2019〕19号（政策文件未同步解读扣分）；印台区实施方案（谁起草、谁解读）",
            "国办秘函〔2019〕19号 (deduction for policies without interpretation); seed 004"),
    BROKEN_LINK(CheckCodes.BROKEN_LINK, Severity.DEDUCTION, Scope.SITE,
            "网站不得有打不开的链接",
            "The website has no links that do not open",
            "国办秘函〔2019〕19号（错链、断链）", "国办秘函〔2019〕19号 (broken links)"),
    ATTACHMENT_MISSING(CheckCodes.ATTACHMENT_MISSING, Severity.DEDUCTION, Scope.SITE,
            "附件须能下载",
            "Attachments can be downloaded",
            "《条例》第二十四条（查阅、下载）；国办秘函〔2019〕19号", "OGI Art. 24 (view and download); 国办秘函〔2019〕19号"),
    ITEM_METADATA_MISSING(CheckCodes.ITEM_METADATA_MISSING, Severity.DEDUCTION, Scope.SITE,
            "每条信息标明索引号、名称、发布机构、生成日期、发布日期，文件标明文号",
            "Every item shows its index number, title, publisher, dates and, for a document, its 文号",
            "《条例》第十二条；政府信息公开目录系统实施指引；国办秘函〔2019〕19号", "OGI Art. 12; the catalogue system guideline; 国办秘函〔2019〕19号"),
    PAGE_TAGS_MISSING(CheckCodes.PAGE_TAGS_MISSING, Severity.DEDUCTION, Scope.SITE,
            "每个页面都有规定的网页元数据标签",
            "Every page carries the required page metadata tags",
            "国办发〔2017〕47号《政府网站发展指引》", "国办发〔2017〕47号 (government website guideline)"),
    PERSONAL_DATA(CheckCodes.PERSONAL_DATA, Severity.VETO, Scope.STORE,
            "公开的信息不得泄露公民身份号码、手机号码等个人信息",
            "Published information never discloses identity numbers, mobile numbers or other personal data",
            "《条例》第十五条；《个人信息保护法》第二十八条", "OGI Art. 15; PIPL Art. 28"),
    REPORT_NOT_ISSUED(CheckCodes.REPORT_NOT_ISSUED, Severity.DEDUCTION, Scope.STORE,
            "每年1月31日前发布上一年度政府信息公开工作年度报告",
            "The annual report on the past year is issued by 31 January",
            "《条例》第四十九条", "OGI Art. 49"),
    REPORT_NOT_PUBLISHED(CheckCodes.REPORT_NOT_PUBLISHED, Severity.DEDUCTION, Scope.STORE,
            "每年3月31日前向社会公开上一年度政府信息公开工作年度报告",
            "The annual report on the past year is public by 31 March",
            "《条例》第四十九条、第五十条", "OGI Arts. 49–50"),
    APPLICATION_OVERDUE(CheckCodes.APPLICATION_OVERDUE, Severity.DEDUCTION, Scope.STORE,
            "依申请公开自收到申请之日起20个工作日内答复，延长不超过20个工作日",
            "Applications are answered within 20 working days of receipt, extended once by at most 20",
            "《条例》第三十三条", "OGI Art. 33"),
    APPLICATION_DUE_SOON(CheckCodes.APPLICATION_DUE_SOON, Severity.NOTICE, Scope.STORE,
            "依申请公开自收到申请之日起20个工作日内答复，延长不超过20个工作日",
            "Applications are answered within 20 working days of receipt, extended once by at most 20",
            "《条例》第三十三条", "OGI Art. 33"),
    CHANNELS_OUT_OF_STEP(CheckCodes.CHANNELS_OUT_OF_STEP, Severity.DEDUCTION, Scope.STORE,
            "同一信息在其发布的每个渠道上一致（信息同源）",
            "Information is the same on every channel it is published to (one source)",
            "《条例》第二十三条；印台区实施方案（信息同源）", "OGI Art. 23; seed 004 (one source)"),
    WITHDRAWAL_INCOMPLETE(CheckCodes.WITHDRAWAL_INCOMPLETE, Severity.DEDUCTION, Scope.STORE,
            "撤回、废止的信息在每个渠道上撤下",
            "Withdrawn or repealed information is taken down on every channel",
            "《条例》第二十三条、第四十一条", "OGI Arts. 23, 41");

    /** What an indicator needs besides the store. */
    public enum Scope {
        /** The store alone. */
        STORE,
        /** The standard catalogue (which items are columns, their time limits). */
        CATALOGUE,
        /** The static site's directory. */
        SITE
    }

    private final ErrorCode code;
    private final Severity severity;
    private final Scope scope;
    private final String ruleZh;
    private final String ruleEn;
    private final String sourceZh;
    private final String sourceEn;

    Indicator(ErrorCode code, Severity severity, Scope scope, String ruleZh, String ruleEn, String sourceZh,
              String sourceEn) {
        this.code = code;
        this.severity = severity;
        this.scope = scope;
        this.ruleZh = ruleZh;
        this.ruleEn = ruleEn;
        this.sourceZh = sourceZh;
        this.sourceEn = sourceEn;
    }

    /** The stable id: {@code ZWGK-80nn}, with the message and hint of a finding. */
    public ErrorCode code() {
        return code;
    }

    /** The usual weight of a finding. */
    public Severity severity() {
        return severity;
    }

    public Scope scope() {
        return scope;
    }

    public String rule(Locale locale) {
        return ErrorCode.isEnglish(locale) ? ruleEn : ruleZh;
    }

    /** Where the rule comes from: the article of the regulation or the assessment document. */
    public String source(Locale locale) {
        return ErrorCode.isEnglish(locale) ? sourceEn : sourceZh;
    }
}
