package org.zwgk.office;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of catalogue tables (range 1100–1199), documented in {@code docs/errors.md}. Problems of the values in
 * a table use the catalogue's own codes (ZWGK-10xx) at the table cell; these codes cover what only a table can get
 * wrong: its layout, its ticks, the metadata a table does not hold.
 */
public final class OfficeErrors {

    private OfficeErrors() {
    }

    // ---- the file (1101–1103) ----------------------------------------------------------------------------

    public static final ErrorCode UNREADABLE = ErrorCode.of("ZWGK-1101",
            "无法读取表格文件 {0}：{1}", "Cannot read the table file {0}: {1}",
            "用 Excel/WPS/Word 打开确认文件完好、没有加密；另存为 .xlsx 或 .docx 后再导入。",
            "Open it in Excel, WPS or Word to check it is intact and not encrypted; save it as .xlsx or .docx and import again.");
    public static final ErrorCode UNSUPPORTED = ErrorCode.of("ZWGK-1102",
            "不支持的文件类型：{0}", "Unsupported file type: {0}",
            "支持 Excel（.xlsx、.xls）和 Word（.docx）；Word 97-2003 文档（.doc）、WPS 文档请先另存为 .docx。",
            "Excel (.xlsx, .xls) and Word (.docx) are supported; save Word 97-2003 (.doc) or WPS documents as .docx first.");
    public static final ErrorCode NO_TABLE = ErrorCode.of("ZWGK-1103",
            "{0} 中没有找到目录表格（含“公开事项”“公开内容”“公开时限”等列名的表头）",
            "No catalogue table found in {0} (a header with columns such as 公开事项, 公开内容, 公开时限)",
            "表头至少要有公开事项（或一级事项）、公开内容、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开方式等列名；参见 docs/catalogue.md 的表格样式。",
            "The header needs column names such as 公开事项 (or 一级事项), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式; see the table layout in docs/catalogue.md.");

    // ---- layout (1104–1119) -------------------------------------------------------------------------------

    public static final ErrorCode MISSING_COLUMN = ErrorCode.of("ZWGK-1104",
            "表头缺少“{0}”列", "The header has no column {0}",
            "补上“{0}”列（列名可用常见写法，如{1}）；没有公开层级列时，可用 --item-levels 为所有事项指定层级。",
            "Add a column {0} (usual names such as {1} work); without a 公开层级 column, --item-levels gives every item its levels.");
    public static final ErrorCode TICKED_TWICE = ErrorCode.of("ZWGK-1105",
            "{0}同时勾选了“{1}”和“{2}”，只能选一项", "{0}: both {1} and {2} are ticked; only one may be",
            "只保留一个勾（√）；若事项确实两种都有，请拆成两个事项。",
            "Keep one tick (√); if the item really is both, split it into two items.");
    public static final ErrorCode BAD_TICK = ErrorCode.of("ZWGK-1106",
            "无法识别的勾选标记“{0}”（{1}）", "Unrecognised tick mark \"{0}\" ({1})",
            "勾选用 √、✓、●、是；不选则留空（或写 ×、否）。",
            "Tick with √, ✓, ● or 是; leave the cell empty (or write ×, 否) when not ticked.");
    public static final ErrorCode SAME_AS_ABOVE_NOTHING = ErrorCode.of("ZWGK-1107",
            "“同上”上面没有可参照的行（{0}列）", "\"同上\" with no row above to refer to (column {0})",
            "在本领域第一行写出完整内容。", "Write the full value in the first row of the domain.");
    public static final ErrorCode NO_DOMAIN = ErrorCode.of("ZWGK-1108",
            "无法确定此行属于哪个领域", "Cannot tell which domain this row belongs to",
            "每个领域一个工作表（以领域命名），或在表格中加领域行（如“一、社会救助”，合并整行）。",
            "Put each domain on its own sheet named after it, or add a domain row (such as 一、社会救助, merged across).");
    public static final ErrorCode NO_DOMAIN_CODE = ErrorCode.of("ZWGK-1109",
            "领域“{0}”没有代码", "The domain {0} has no code",
            "26 个试点领域有默认代码；其他领域用 --domain \"{0}=代码\"（小写字母、数字和连字符）指定，或写在元数据文件的 domains 中。",
            "The 26 pilot domains have default codes; give others one with --domain \"{0}=code\" (lower-case letters, digits, hyphens) or in the metadata file's domains.");
    public static final ErrorCode MISSING_METADATA = ErrorCode.of("ZWGK-1110",
            "缺少目录的“{0}”（表格中没有）", "The catalogue's {1} is missing (the table does not hold it)",
            "用 --{2} 指定，或写在元数据文件（--meta）中的 {3} 键。",
            "Give it with --{2}, or as the key {3} of the metadata file (--meta).");
    public static final ErrorCode BAD_SUBHEADER = ErrorCode.of("ZWGK-1111",
            "无法识别“{1}”下的子列“{0}”", "Unrecognised sub-column {0} under {1}",
            "子列应为：{2}。", "Sub-columns are: {2}.");
    public static final ErrorCode SIDECAR_UNREADABLE = ErrorCode.of("ZWGK-1112",
            "元数据文件 {0} 无法读取：{1}", "Cannot read the metadata file {0}: {1}",
            "元数据文件是 UTF-8 的 YAML，键为 id、title、issuer、level、region、version、effective、guidelines、domains；见 docs/catalogue.md。",
            "The metadata file is UTF-8 YAML with the keys id, title, issuer, level, region, version, effective, guidelines, domains; see docs/catalogue.md.");
    public static final ErrorCode SIDECAR_UNKNOWN_KEY = ErrorCode.of("ZWGK-1113",
            "元数据文件 {0} 中有未知的键“{1}”", "The metadata file {0} has an unknown key {1}",
            "可用的键：id、title、issuer、level、region、version、effective、guidelines、domains（领域名称: 代码）。",
            "Keys: id, title, issuer, level, region, version, effective, guidelines, domains (domain name: code).");
    public static final ErrorCode NO_SUCH_SHEET = ErrorCode.of("ZWGK-1114",
            "没有名为“{0}”的工作表（有：{1}）", "There is no sheet named {0} (there are: {1})",
            "检查 --sheet 的拼写；Word 文档没有工作表，不用 --sheet。",
            "Check the spelling of --sheet; Word documents have no sheets, leave --sheet out.");
    public static final ErrorCode BAD_DOMAIN_OPTION = ErrorCode.of("ZWGK-1115",
            "领域代码映射“{0}”应写作 名称=代码", "The domain mapping \"{0}\" should read name=code",
            "例如 --domain \"村情概况=village-profile\"；代码用小写字母、数字和连字符。",
            "E.g. --domain \"村情概况=village-profile\"; codes are lower-case letters, digits and hyphens.");

    // ---- export (1120–1129) ------------------------------------------------------------------------------

    public static final ErrorCode CELL_TOO_LONG = ErrorCode.of("ZWGK-1120",
            "事项 {0} 的{1}有 {2} 个字符，超过 Excel 单元格上限 32767", "Item {0}: {1} has {2} characters, more than an Excel cell holds (32767)",
            "导出为 Word（.docx），或缩短该内容。", "Export to Word (.docx), or shorten the text.");

    // ---- warnings (1130–1139) ----------------------------------------------------------------------------

    public static final ErrorCode IGNORED_COLUMN = ErrorCode.of("ZWGK-1130",
            "未识别的列“{0}”，未导入", "Unrecognised column {0}; not imported",
            "目录只有九要素和编号、五公开环节；若此列是其中之一，请改用标准列名（见 docs/catalogue.md）。",
            "A catalogue holds the nine elements, the id and the 五公开 stage; if the column is one of them, use its standard name (docs/catalogue.md).");
    public static final ErrorCode SHEET_SKIPPED = ErrorCode.of("ZWGK-1131",
            "工作表“{0}”中没有目录表格，已跳过", "Sheet {0} holds no catalogue table; skipped",
            "若它应当导入，检查表头的列名；用 --sheet 只导入指定的工作表。",
            "If it should be imported, check its column names; --sheet imports the named sheets only.");
}
