package org.zwgk.catalogue;

import org.zwgk.spi.ErrorCode;

/**
 * Every error code of catalogue files (range 1000–1999), documented in {@code docs/errors.md}. Codes never change
 * meaning. {@code {0}}, {@code {1}} … are filled with details at run time.
 */
public final class CatalogueErrors {

    private CatalogueErrors() {
    }

    // ---- files, encodings, syntax (1000–1019) -------------------------------------------------------------

    public static final ErrorCode FILE_UNREADABLE = ErrorCode.of("ZWGK-1001",
            "无法读取文件：{0}", "Cannot read the file: {0}",
            "检查文件是否存在、是否有读取权限。", "Check that the file exists and is readable.");
    public static final ErrorCode EMPTY_FILE = ErrorCode.of("ZWGK-1002",
            "文件为空（没有任何内容或只有注释）", "The file is empty (no content, or comments only)",
            "至少写出 zwgk: 1、catalogue 和 domains 三个键；参见 docs/catalogue.md。",
            "Write at least the keys zwgk: 1, catalogue and domains; see docs/catalogue.md.");
    public static final ErrorCode GBK_ENCODING = ErrorCode.of("ZWGK-1003",
            "文件不是 UTF-8 编码，看起来是 GBK/GB18030 编码（第一个非 UTF-8 字节在此处）",
            "The file is not UTF-8; it looks like GBK/GB18030 (first non-UTF-8 byte here)",
            "把文件转换为 UTF-8 后再提交，例如：iconv -f GBK -t UTF-8 原文件 > 新文件；或在编辑器中“另存为 UTF-8”。",
            "Convert the file to UTF-8, e.g. iconv -f GBK -t UTF-8 in > out, or \"Save as UTF-8\" in your editor.");
    public static final ErrorCode INVALID_UTF8 = ErrorCode.of("ZWGK-1004",
            "文件不是有效的 UTF-8 编码（字节偏移 {0} 处的字节序列无效）",
            "The file is not valid UTF-8 (invalid byte sequence at byte offset {0})",
            "用编辑器以 UTF-8 重新保存文件；如果知道原编码，可用 iconv -f 原编码 -t UTF-8 转换。",
            "Re-save the file as UTF-8; if you know its encoding, convert it with iconv -f <encoding> -t UTF-8.");
    public static final ErrorCode UTF8_BOM = ErrorCode.of("ZWGK-1005",
            "文件以 UTF-8 BOM（字节顺序标记）开头，已忽略", "The file starts with a UTF-8 byte-order mark; it was ignored",
            "保存为“UTF-8（无 BOM）”，避免其他工具读错第一个键。",
            "Save as \"UTF-8 without BOM\" so that other tools do not misread the first key.");
    public static final ErrorCode UTF16_OR_32 = ErrorCode.of("ZWGK-1006",
            "文件是 {0} 编码，目录文件必须是 UTF-8", "The file is encoded as {0}; catalogue files must be UTF-8",
            "转换为 UTF-8，例如：iconv -f {0} -t UTF-8 原文件 > 新文件。",
            "Convert it to UTF-8, e.g. iconv -f {0} -t UTF-8 in > out.");
    public static final ErrorCode YAML_SYNTAX = ErrorCode.of("ZWGK-1007",
            "YAML 语法错误：{0}", "YAML syntax error: {0}",
            "检查此处及上一行的缩进、冒号后的空格、引号和括号是否配对；含冒号或 # 的文本请加引号。",
            "Check indentation, the space after colons, and matching quotes and brackets here and on the line above; quote text containing ':' or '#'.");
    public static final ErrorCode JSON_SYNTAX = ErrorCode.of("ZWGK-1008",
            "JSON 语法错误：{0}", "JSON syntax error: {0}",
            "检查此处附近的逗号、引号和括号；JSON 不允许注释和末尾多余的逗号。",
            "Check commas, quotes and brackets near here; JSON allows neither comments nor trailing commas.");
    public static final ErrorCode DUPLICATE_KEY = ErrorCode.of("ZWGK-1009",
            "键 \"{0}\" 重复出现（第一次在第 {1} 行）", "Key \"{0}\" appears twice (first on line {1})",
            "删除或合并重复的键；同一层级的每个键只能出现一次。", "Remove or merge the duplicate; each key may appear once per object.");
    public static final ErrorCode MULTIPLE_DOCUMENTS = ErrorCode.of("ZWGK-1010",
            "一个文件只能包含一个 YAML 文档，此处开始了第二个文档", "A file may hold one YAML document only; a second one starts here",
            "删除多余的 \"---\" 分隔符，或把第二个目录放入单独的文件。",
            "Remove the extra \"---\" separator, or put the second catalogue into its own file.");
    public static final ErrorCode PATH_NOT_FOUND = ErrorCode.of("ZWGK-1011",
            "文件或目录不存在：{0}", "No such file or directory: {0}",
            "检查路径拼写；相对路径相对于当前工作目录。", "Check the path; relative paths are relative to the working directory.");
    public static final ErrorCode NO_CATALOGUE_FILES = ErrorCode.of("ZWGK-1012",
            "目录 {0} 中没有 .yaml、.yml 或 .json 文件", "Directory {0} contains no .yaml, .yml or .json files",
            "确认目录正确，或直接给出文件路径。", "Check the directory, or name the files directly.");

    // ---- format version (1020–1029) ---------------------------------------------------------------------

    public static final ErrorCode MISSING_VERSION = ErrorCode.of("ZWGK-1020",
            "缺少文件格式版本键 zwgk", "The format-version key zwgk is missing",
            "在文件第一行写 zwgk: 1。", "Add zwgk: 1 as the first line of the file.");
    public static final ErrorCode UNSUPPORTED_VERSION = ErrorCode.of("ZWGK-1021",
            "不支持的文件格式版本 zwgk: {0}（本版本支持：1）", "Unsupported format version zwgk: {0} (supported: 1)",
            "写 zwgk: 1（不加引号）；较新版本的文件需要较新的 zwgk。",
            "Write zwgk: 1 (no quotes); files of a newer version need a newer zwgk.");

    // ---- schema (1030–1049) -----------------------------------------------------------------------------

    public static final ErrorCode UNKNOWN_KEY = ErrorCode.of("ZWGK-1030",
            "未知的键 \"{0}\"{1}", "Unknown key \"{0}\"{2}",
            "此处允许的键：{3}。", "Keys allowed here: {3}.");
    public static final ErrorCode MISSING_KEY = ErrorCode.of("ZWGK-1031",
            "缺少必填的键 \"{0}\"", "Required key \"{0}\" is missing",
            "补上 {0}；各键的含义见 docs/catalogue.md。", "Add {0}; docs/catalogue.md describes every key.");
    public static final ErrorCode WRONG_TYPE = ErrorCode.of("ZWGK-1032",
            "类型错误：应为{0}，实际为{1}", "Wrong type: expected {2}, found {3}",
            "按格式填写；YAML 中数字形式的文本（如 region、version）要加引号，例如 region: \"350524\"。",
            "Follow the format; in YAML, quote text that looks like a number (region, version), e.g. region: \"350524\".");
    public static final ErrorCode NOT_ALLOWED_VALUE = ErrorCode.of("ZWGK-1033",
            "取值 \"{0}\" 不在允许范围内{1}", "Value \"{0}\" is not allowed{2}",
            "允许的取值：{3}。", "Allowed values: {3}.");
    public static final ErrorCode BAD_FORMAT = ErrorCode.of("ZWGK-1034",
            "取值 \"{0}\" 格式不符：{1}", "Value \"{0}\" has the wrong form: {2}",
            "按说明改写此值；参见 docs/catalogue.md。", "Rewrite the value as described; see docs/catalogue.md.");
    public static final ErrorCode EMPTY_VALUE = ErrorCode.of("ZWGK-1035",
            "值为空或只有空白", "The value is empty or blank",
            "填写实际内容；不适用的可选键请整个删除。", "Fill in the value; remove an optional key that does not apply.");
    public static final ErrorCode TOO_FEW = ErrorCode.of("ZWGK-1036",
            "列表至少需要 {0} 项", "The list needs at least {0} entries",
            "补充列表内容。", "Add the missing entries.");
    public static final ErrorCode TOO_MANY = ErrorCode.of("ZWGK-1037",
            "列表最多 {0} 项", "The list may have at most {0} entries",
            "path 最多三级（一级事项、二级事项、三级事项）；多余内容写入 content。",
            "path has at most three levels; put further detail into content.");
    public static final ErrorCode DUPLICATE_ENTRY = ErrorCode.of("ZWGK-1038",
            "列表中有重复的项", "The list contains duplicate entries",
            "删除重复项。", "Remove the duplicates.");
    public static final ErrorCode SCHEMA_OTHER = ErrorCode.of("ZWGK-1039",
            "不符合目录格式：{0}", "Does not match the catalogue format: {0}",
            "对照 schemas/catalogue.schema.json 修改。", "Compare with schemas/catalogue.schema.json.");
    public static final ErrorCode INVALID_DATE = ErrorCode.of("ZWGK-1040",
            "日期 \"{0}\" 不存在", "Date \"{0}\" does not exist",
            "写一个真实的日期，格式 YYYY-MM-DD。", "Write a real date as YYYY-MM-DD.");

    // ---- semantics (1050–1099) --------------------------------------------------------------------------

    public static final ErrorCode DUPLICATE_ITEM_ID = ErrorCode.of("ZWGK-1050",
            "事项标识 \"{0}\" 重复（第一次在第 {1} 行）", "Item id \"{0}\" is used twice (first on line {1})",
            "每个事项的 id 在文件内必须唯一；审批系统按 id 关联事项。",
            "Item ids must be unique in the file; approval systems refer to items by id.");
    public static final ErrorCode DUPLICATE_DOMAIN_CODE = ErrorCode.of("ZWGK-1051",
            "领域代码 \"{0}\" 重复（第一次在第 {1} 行）", "Domain code \"{0}\" is used twice (first on line {1})",
            "合并两个领域，或给其中一个换代码。", "Merge the two domains or give one another code.");
    public static final ErrorCode SAME_AS_ABOVE_FIRST = ErrorCode.of("ZWGK-1052",
            "第一个事项的公开时限写了“同上”，上面没有可参照的事项",
            "The first item's time limit is \"同上\" (same as above), but there is no item above",
            "写出完整的时限原文，例如：信息形成或者变更之日起20个工作日内。",
            "Write the full phrase, e.g. 信息形成或者变更之日起20个工作日内.");
    public static final ErrorCode UNKNOWN_DOMAIN = ErrorCode.of("ZWGK-1053",
            "领域名称 \"{0}\" 不是 26 个试点领域之一{1}", "Domain name \"{0}\" is not one of the 26 pilot domains{2}",
            "自定义领域是允许的；若是试点领域，请用标准名称，便于与上级目录对照。",
            "Custom domains are allowed; for a pilot domain use its standard name so catalogues can be compared.");
    public static final ErrorCode TIME_LIMIT_NOT_CHECKED = ErrorCode.of("ZWGK-1055",
            "尚未配置时限解析，{0} 个公开时限未检查", "No time-limit parser is configured; {0} time limits were not checked",
            "通过 CatalogueValidator.builder().timeLimitCheck(...) 配置时限解析器。",
            "Configure a parser with CatalogueValidator.builder().timeLimitCheck(...).");
    public static final ErrorCode TIME_LIMIT_UNREADABLE = ErrorCode.of("ZWGK-1056",
            "无法识别的公开时限 \"{0}\"：{1}", "Unreadable time limit \"{0}\": {2}",
            "{3}；参见 docs/catalogue.md。", "{4}; see docs/catalogue.md.");
    public static final ErrorCode UNKNOWN_CHANNEL = ErrorCode.of("ZWGK-1057",
            "未知的公开渠道 \"{0}\"{1}", "Unknown channel \"{0}\"{2}",
            "使用标准渠道名称，或写成 \"其他:{0}\"。", "Use a standard channel name, or write \"其他:{0}\".");
    public static final ErrorCode CHANNEL_VARIANT = ErrorCode.of("ZWGK-1058",
            "公开渠道 \"{0}\" 不是标准写法，按 \"{1}\" 处理", "Channel \"{0}\" is not the standard spelling; read as \"{1}\"",
            "改写为 \"{1}\"，让各目录的渠道写法一致。", "Write \"{1}\" so that channels are spelled alike in every catalogue.");
    public static final ErrorCode ITEM_OUTSIDE_CATALOGUE_LEVEL = ErrorCode.of("ZWGK-1063",
            "事项的公开层级 {0} 不含本目录的层级 {1}", "The item's levels {0} do not include the catalogue's level {1}",
            "乡级、村级目录只应列本级公开的事项；确认层级，或把事项移到相应层级的目录。",
            "Township and village catalogues should list what that level discloses; check the levels or move the item.");
    public static final ErrorCode PROACTIVE_WITHOUT_PUBLIC_CHANNEL = ErrorCode.of("ZWGK-1064",
            "主动公开、面向全社会的事项只选了非公开渠道 {0}", "A proactive item for the public has only non-public channels {0}",
            "主动公开信息应通过公众可以获取的渠道公开（条例第二十三条），例如政府网站、公开查阅点、公示栏。",
            "Proactive information must reach the public (OGI Art. 23): add e.g. 政府网站, 公开查阅点 or a notice board.");
    public static final ErrorCode PROACTIVE_WITHOUT_WEBSITE = ErrorCode.of("ZWGK-1065",
            "主动公开、面向全社会的事项没有选择政府网站", "A proactive item for the public does not list 政府网站",
            "政府网站是政府信息公开的第一平台（条例第二十四条；国办发〔2019〕54号要求乡镇目录集中在县级门户网站公开）。",
            "The government website is the first platform (OGI Art. 24; No. 54 puts township items on the county portal).");
    public static final ErrorCode ON_APPLICATION_BROADCAST = ErrorCode.of("ZWGK-1066",
            "依申请公开的事项选择了广播式渠道 {0}", "An item disclosed on application lists broadcast channels {0}",
            "依申请公开的信息只向申请人提供（条例第二十七条起）；若应向社会公开，请改为主动公开。",
            "Information disclosed on application goes to the applicant (OGI Art. 27 ff.); if it should reach everyone, make it proactive.");
    public static final ErrorCode STAGE_MISSING = ErrorCode.of("ZWGK-1068",
            "同一领域的其他事项标注了五公开环节，此事项没有", "Other items of this domain carry a 五公开 stage; this one does not",
            "补上 stage（决策、执行、管理、服务或结果），或在本领域中都不标注。",
            "Add stage (决策, 执行, 管理, 服务 or 结果), or leave it out for the whole domain.");
    public static final ErrorCode SAME_AS_ABOVE_ACROSS_DOMAIN = ErrorCode.of("ZWGK-1072",
            "本领域第一个事项的“同上”引用了上一个领域的时限 \"{0}\"",
            "\"同上\" on the first item of a domain refers to the previous domain's time limit \"{0}\"",
            "写出完整的时限原文，避免调整领域顺序时时限悄悄改变。",
            "Write the phrase in full so that reordering domains cannot silently change it.");
    public static final ErrorCode CONSTRAINT = ErrorCode.of("ZWGK-1073",
            "不符合约束：{0} {1}", "Constraint violated: {0} {1}",
            "按约束修改此值。", "Change the value to satisfy the constraint.");

    // ---- loading (1090–1099) -----------------------------------------------------------------------------

    public static final ErrorCode CATALOGUE_INVALID = ErrorCode.of("ZWGK-1090",
            "目录文件 {0} 有 {1} 个错误，无法加载；第一个：{2}", "Catalogue file {0} has {1} errors and cannot be loaded; first: {2}",
            "运行 zwgk validate {0} 查看全部问题并逐一修正。", "Run zwgk validate {0} to see every problem, then fix them.");
}
