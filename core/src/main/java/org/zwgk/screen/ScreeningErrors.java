package org.zwgk.screen;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of the personal-data screening (3300–3349), documented in {@code docs/errors.md}. Each kind of
 * finding has its own code so a line of output can be looked up; arguments are the source ({0}), the location with
 * a leading space or empty ({1}) and the masked value ({2}) — never an unmasked one.
 */
public final class ScreeningErrors {

    private ScreeningErrors() {
    }

    /** The gate's refusal: findings not accepted by a reviewer. {0} the item, {1} the count, {2} the list. */
    public static final ErrorCode BLOCKED = ErrorCode.of("ZWGK-3301",
            "信息 {0} 有 {1} 处个人信息检查结果未处理，不能发布：{2}",
            "Item {0} has {1} unresolved personal-data finding(s) and cannot be published: {2}",
            "按所列位置遮盖后重新提供（公民身份号码保留前 6 位和后 4 位，如 350524********1234；手机号码保留前 3 位和后 4 位，"
                    + "如 138****0000），或由审核人逐项说明理由后接受（例如本人同意公开）。无法读取的附件须人工核对后接受。",
            "Mask the values at the places listed and supply the text again (identity numbers keep the first 6 and "
                    + "last 4 characters, 350524********1234; mobile numbers the first 3 and last 4, 138****0000), or "
                    + "have a reviewer accept each finding with a reason (e.g. the person consented). An unreadable "
                    + "attachment must be checked by eye and then accepted.");
    /**
     * A withdrawal whose reason holds personal data: the reason is public (the notice at the item's address, the
     * feed, the archive package, the CMS). {0} the item, {1} the count, {2} the list.
     */
    public static final ErrorCode REASON_BLOCKED = ErrorCode.of("ZWGK-3304",
            "撤回信息 {0} 的原因含 {1} 处个人信息，不能撤回：{2}",
            "The reason for withdrawing item {0} holds {1} piece(s) of personal data and cannot be used: {2}",
            "撤回原因会在网站撤回说明、订阅源、档案移交包和内容管理系统中公开：删去或遮盖其中的个人信息（如 350524********1234、"
                    + "138****0000）后再撤回。",
            "The reason is published (the notice at the item's address, the feed, the archive package, the CMS): "
                    + "remove or mask the personal data (e.g. 350524********1234, 138****0000) and withdraw again.");
    public static final ErrorCode UNKNOWN_FINDING = ErrorCode.of("ZWGK-3302",
            "信息 {0} 当前的检查结果中没有指纹 {1}", "Item {0} has no current finding with fingerprint {1}",
            "指纹取自 ZWGK-3301 的提示或 zwgk screen 的输出；内容改动后指纹随位置改变，须重新检查。",
            "Take the fingerprint from ZWGK-3301's message or zwgk screen's output; a changed content changes the "
                    + "fingerprints, so screen it again.");
    public static final ErrorCode ACCEPTANCE_REASON = ErrorCode.of("ZWGK-3303",
            "接受信息 {0} 的检查结果必须写明理由", "Accepting a finding of item {0} needs a written reason",
            "说明该内容为何可以公开（如“单位办公电话，依法应当公开”）；理由记入事件日志。",
            "Say why the value may be published (e.g. the office's public telephone number); the reason goes into "
                    + "the event log.");

    public static final ErrorCode UNSUPPORTED_TYPE = ErrorCode.of("ZWGK-3310",
            "{0}{1}：没有能读取此类文件的提取器，无法检查其中的个人信息",
            "{0}{1}: no text extractor reads this kind of file, so it cannot be screened for personal data",
            "PDF、Word（.docx）、Excel（.xlsx/.xls）需在类路径上加入 zwgk-extract 模块；旧版 Word（.doc）、WPS 请另存为 .docx "
                    + "或 PDF 后再检查；图片、OFD 等格式无法自动检查：请人工核对，确认无个人信息后由审核人说明理由接受此项。",
            "PDF, Word (.docx) and Excel (.xlsx/.xls) need the zwgk-extract module on the class path; save legacy Word "
                    + "(.doc) and WPS files as .docx or PDF and screen again; images, OFD and other formats cannot be "
                    + "screened automatically: check them by eye and have a reviewer accept this finding with a reason.");
    public static final ErrorCode ENCRYPTED = ErrorCode.of("ZWGK-3311",
            "{0}{1}：文件有密码保护，无法检查", "{0}{1}: the file is password-protected and cannot be screened",
            "去掉密码后重新提供；公开的附件不应加密。",
            "Remove the password and supply the file again; a published attachment should not be encrypted.");
    public static final ErrorCode CORRUPT = ErrorCode.of("ZWGK-3312",
            "{0}{1}：文件已损坏或与其类型不符，无法检查",
            "{0}{1}: the file is damaged or not of the type it claims, and cannot be screened",
            "用原程序重新导出（例如“另存为” PDF 或 XLSX），并确认扩展名和媒体类型与内容一致。",
            "Export it again from the program that made it (e.g. \"Save as\" PDF or XLSX) and check that its "
                    + "extension and media type match its content.");
    public static final ErrorCode TOO_LARGE = ErrorCode.of("ZWGK-3313",
            "{0}{1}：文件、其解压内容或文字量超出检查上限，未能完整检查",
            "{0}{1}: the file, its unpacked content or its text exceeds the screening limits and was not fully "
                    + "screened",
            "拆分文件后分别提供；确属正常的大文件，可在 Screener.builder().limits(...) 中提高上限。解压后远大于原文件的压缩包"
                    + "（“压缩炸弹”）会被拒绝。",
            "Split the file; for a genuinely large file raise the limits with Screener.builder().limits(...). A "
                    + "package that unpacks to far more than its size (a zip bomb) is refused.");
    public static final ErrorCode NO_TEXT_LAYER = ErrorCode.of("ZWGK-3314",
            "{0}{1}：该页只有图片（扫描件），没有文字层，无法自动检查",
            "{0}{1}: the page holds images only (a scan) with no text layer and cannot be screened automatically",
            "对照原件人工核对，或经 OCR 生成可检索的 PDF 后再检查；确认无个人信息后由审核人说明理由接受此项。",
            "Check it by eye against the original, or OCR it into a searchable PDF and screen again; once it is "
                    + "known to hold no personal data, have a reviewer accept this finding with a reason.");
    public static final ErrorCode CHARSET = ErrorCode.of("ZWGK-3315",
            "{0}{1}：文本编码无法识别（不是 UTF-8、带 BOM 的 UTF-16 或 GBK/GB18030）",
            "{0}{1}: unknown text encoding (not UTF-8, UTF-16 with a byte-order mark, or GBK/GB18030)",
            "用编辑器另存为 UTF-8 后再检查。", "Save the file as UTF-8 and screen it again.");

    public static final ErrorCode ID_NUMBER = ErrorCode.of("ZWGK-3320",
            "{0}{1}：公民身份号码 {2}", "{0}{1}: resident identity number {2}",
            "公示时只保留前 6 位和后 4 位（如 350524********1234，可用 Masking.idNumber 或 Screener.mask）；"
                    + "确需完整公开的，由审核人说明理由接受此项。",
            "Publish only the first 6 and last 4 characters (350524********1234; Masking.idNumber or Screener.mask "
                    + "do it); if it must be published in full, a reviewer accepts this finding with a reason.");
    public static final ErrorCode MOBILE = ErrorCode.of("ZWGK-3321",
            "{0}{1}：手机号码 {2}", "{0}{1}: mobile number {2}",
            "公示时保留前 3 位和后 4 位（如 138****0000，可用 Masking.mobile 或 Screener.mask）；机关对外公布的办公电话"
                    + "等确需公开的，由审核人说明理由接受此项。",
            "Publish only the first 3 and last 4 digits (138****0000; Masking.mobile or Screener.mask do it); an "
                    + "office's published contact number is accepted by a reviewer with a reason.");
    public static final ErrorCode BANK_CARD = ErrorCode.of("ZWGK-3322",
            "{0}{1}：银行卡号 {2}", "{0}{1}: bank card number {2}",
            "银行卡号不应公开；需要标识时只保留前 6 位和后 4 位（Masking.bankCard）。若是其他编号恰好通过校验，"
                    + "由审核人说明理由接受此项。",
            "Bank card numbers are not published; to identify a card keep the first 6 and last 4 digits "
                    + "(Masking.bankCard). If it is another number that happens to pass the check, a reviewer accepts "
                    + "it with a reason.");
    public static final ErrorCode SENSITIVE_WORD = ErrorCode.of("ZWGK-3323",
            "{0}{1}：敏感词 {2}", "{0}{1}: sensitive word {2}",
            "按本机关敏感词表的规定删除、改写或遮盖；确需保留的，由审核人说明理由接受此项。",
            "Delete, rephrase or mask it as the body's list prescribes; if it must stay, a reviewer accepts this "
                    + "finding with a reason.");

    /** {0} the list's name, {1} the line, {2} what is wrong (never the word itself: it may be a name). */
    public static final ErrorCode BAD_WORD_LIST = ErrorCode.of("ZWGK-3330",
            "敏感词表 {0} 第 {1} 行：{2}", "Sensitive-word list {0}, line {1}: {2}",
            "每行一个词（1–100 个字符），空行和以 # 开头的行忽略；文件为 UTF-8 编码，至多 100000 个词。",
            "One word per line (1–100 characters); blank lines and lines starting with # are ignored; the file is "
                    + "UTF-8 with at most 100000 words.");
    public static final ErrorCode EXTRACTOR_INCOMPATIBLE = ErrorCode.of("ZWGK-3331",
            "文本提取器 {0}（{1}）是为 SPI {2} 编写的，与本版 SPI {3} 不兼容",
            "Text extractor {0} ({1}) was built for SPI {2}, which this SPI {3} cannot run",
            "换用与本版 zwgk 配套的 zwgk-extract（或该提取器的新版本），或从类路径中移除它。",
            "Use the zwgk-extract (or extractor) release that matches this zwgk, or remove it from the class path.");
    public static final ErrorCode EXTRACTOR_BROKEN = ErrorCode.of("ZWGK-3332",
            "无法加载文本提取器：{0}", "Cannot load a text extractor: {0}",
            "检查 META-INF/services/org.zwgk.spi.text.TextExtractor 中登记的类是否存在、是否有公共无参构造器，"
                    + "以及其依赖（PDFBox、POI）是否在类路径上。",
            "Check that the classes listed in META-INF/services/org.zwgk.spi.text.TextExtractor exist and have a "
                    + "public no-argument constructor, and that their dependencies (PDFBox, POI) are on the class "
                    + "path.");
}
