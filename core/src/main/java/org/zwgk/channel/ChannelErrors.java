package org.zwgk.channel;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of the channel configuration loader and registry (5000–5099), documented in
 * {@code docs/errors.md}. Message arguments never contain the value of a secret key.
 */
public final class ChannelErrors {

    private ChannelErrors() {
    }

    /** Summary code of {@link ChannelConfigException}; the individual problems carry their own codes. */
    public static final ErrorCode CONFIG_INVALID = ErrorCode.of("ZWGK-5000",
            "渠道配置有 {0} 个问题：{1}",
            "channel configuration has {0} problem(s):{1}",
            "逐条修正所列问题后重试；每条都带文件、行号、错误码和提示",
            "fix each problem listed (each has file, line, code and hint) and try again");

    /** {@code {0}}/{@code {1}}: the reason in Chinese/English (the file is the violation's location). */
    public static final ErrorCode FILE_UNREADABLE = ErrorCode.of("ZWGK-5001",
            "无法读取渠道配置文件：{0}",
            "cannot read the channel configuration file: {1}",
            "检查路径拼写（相对路径相对于当前工作目录）和读取权限；须为普通文件，不能是目录",
            "check the path (relative paths are relative to the working directory) and the read permission; it "
                    + "must be a regular file, not a directory");

    public static final ErrorCode FILE_SYNTAX = ErrorCode.of("ZWGK-5002",
            "渠道配置文件语法错误：{0}",
            "syntax error in the channel configuration file: {0}",
            "文件须为 UTF-8 编码的 .properties（key=value）或 YAML 映射；YAML 列表只能包含标量",
            "the file must be UTF-8 .properties (key=value) or a YAML mapping; YAML lists may hold scalars only");

    public static final ErrorCode FILE_TYPE = ErrorCode.of("ZWGK-5003",
            "不支持的渠道配置文件类型：{0}",
            "unsupported channel configuration file type: {0}",
            "使用扩展名 .properties、.yaml 或 .yml",
            "use the extension .properties, .yaml or .yml");

    /** Reported at the line and column of the first byte that is not UTF-8. */
    public static final ErrorCode GBK_ENCODING = ErrorCode.of("ZWGK-5005",
            "渠道配置文件不是 UTF-8 编码，看起来是 GBK/GB18030 编码（第一个非 UTF-8 字节在此处）",
            "the channel configuration file is not UTF-8; it looks like GBK/GB18030 (first non-UTF-8 byte here)",
            "把文件转换为 UTF-8 后再使用，例如：iconv -f GBK -t UTF-8 原文件 > 新文件；或在编辑器中“另存为 UTF-8”。",
            "convert the file to UTF-8, e.g. iconv -f GBK -t UTF-8 in > out, or \"Save as UTF-8\" in your editor");

    /** {@code {0}}: the 0-based byte offset. */
    public static final ErrorCode INVALID_UTF8 = ErrorCode.of("ZWGK-5006",
            "渠道配置文件不是有效的 UTF-8 编码（字节偏移 {0} 处的字节序列无效）",
            "the channel configuration file is not valid UTF-8 (invalid byte sequence at byte {0})",
            "用编辑器以 UTF-8 重新保存文件；如果知道原编码，可用 iconv -f 原编码 -t UTF-8 转换。",
            "re-save the file as UTF-8; if you know its encoding, convert it with iconv -f <encoding> -t UTF-8");

    public static final ErrorCode DUPLICATE_KEY = ErrorCode.of("ZWGK-5004",
            "配置项 {0} 重复设置（第 {1} 行已设置过）",
            "key {0} is set twice (first on line {1})",
            "删除其中一处；重复的值不会静默地以后者为准",
            "remove one of them; zwgk does not silently let the last one win");

    /** {@code {1}} is the Chinese suggestion, {@code {2}} the English one (either may be empty). */
    public static final ErrorCode UNKNOWN_CHANNEL = ErrorCode.of("ZWGK-5010",
            "未知渠道 {0}{1}",
            "unknown channel {0}{2}",
            "可用渠道：{3}。渠道 id 来自已注册或已发现的 ChannelProvider",
            "available channels: {3}; channel ids come from the registered or discovered ChannelProviders");

    /** {@code {2}}/{@code {3}} are the suggestions in Chinese/English, {@code {4}} the declared keys. */
    public static final ErrorCode UNKNOWN_KEY = ErrorCode.of("ZWGK-5011",
            "渠道 {0} 没有配置项 {1}{2}",
            "channel {0} has no key {1}{3}",
            "渠道 {0} 的配置项：enabled, {4}（见 docs/channels.md）",
            "the keys of channel {0}: enabled, {4} (see docs/channels.md)");

    public static final ErrorCode MALFORMED_KEY = ErrorCode.of("ZWGK-5012",
            "配置项 {0} 不完整",
            "incomplete key {0}",
            "渠道配置项的形式为 zwgk.channel.<渠道>.<配置项>，如 zwgk.channel.website.mode",
            "channel keys look like zwgk.channel.<channel>.<key>, e.g. zwgk.channel.website.mode");

    public static final ErrorCode BAD_ENABLED = ErrorCode.of("ZWGK-5013",
            "{0} 应为 true 或 false，实际为 {1}",
            "{0} must be true or false, not {1}",
            "写 true 启用该渠道，false 停用",
            "write true to enable the channel, false to disable it");

    public static final ErrorCode ENABLED_MISSING = ErrorCode.of("ZWGK-5014",
            "渠道 {0} 有配置项，但没有写明 zwgk.channel.{0}.enabled",
            "channel {0} has settings but no zwgk.channel.{0}.enabled",
            "写明 zwgk.channel.{0}.enabled=true 或 false：渠道不会被默认启用或停用",
            "state zwgk.channel.{0}.enabled=true or false: a channel is never enabled or disabled by default");

    public static final ErrorCode MISSPELLED_SECTION = ErrorCode.of("ZWGK-5015",
            "配置项 {0} 不在 zwgk.channel 下，是否应为 {1}？",
            "key {0} is not under zwgk.channel; did you mean {1}?",
            "渠道配置只读取 zwgk.channel.*；其他 zwgk.* 段属于其他组件，不在此检查",
            "the channel loader owns zwgk.channel.* only; other zwgk.* sections belong to other components");

    public static final ErrorCode NO_CHANNEL_ENABLED = ErrorCode.of("ZWGK-5016",
            "没有启用任何渠道",
            "no channel is enabled",
            "至少启用政府网站：zwgk.channel.website.enabled=true（条例第二十三条）",
            "enable at least the government website: zwgk.channel.website.enabled=true (Art. 23)");

    public static final ErrorCode NO_PROVIDER = ErrorCode.of("ZWGK-5020",
            "渠道 {0} 已启用，但没有对应的 ChannelProvider{1}",
            "channel {0} is enabled but has no ChannelProvider{2}",
            "可用渠道：{3}。把适配器 jar 放到类路径并启用发现（ChannelRegistry.discovering()），或用 "
                    + "ChannelRegistry.builder().provider(…) 显式注册",
            "available channels: {3}. Put the adapter jar on the class path with discovery on "
                    + "(ChannelRegistry.discovering()), or register it with ChannelRegistry.builder().provider(…)");

    public static final ErrorCode PROVIDER_PROBLEM = ErrorCode.of("ZWGK-5021",
            "渠道 {0}：{1}",
            "channel {0}: {2}",
            "见 docs/channels.md 中渠道 {0} 的配置项表",
            "see the key table of channel {0} in docs/channels.md");

    public static final ErrorCode PROVIDER_FAILED = ErrorCode.of("ZWGK-5022",
            "渠道 {0} 的提供者在{1}时出错：{2}",
            "the provider of channel {0} failed in {1}: {2}",
            "这是适配器的缺陷或环境问题（目录、网络）；原因见消息，必要时向适配器作者报告",
            "an adapter defect or an environment problem (directory, network); see the cause, report it to the "
                    + "adapter's author if needed");

    public static final ErrorCode PROVIDER_BROKEN = ErrorCode.of("ZWGK-5030",
            "渠道提供者加载失败：{0}",
            "a channel provider failed to load: {0}",
            "检查该适配器 jar 的 META-INF/services 条目、公共无参构造函数和依赖；其他提供者不受影响",
            "check that adapter jar's META-INF/services entry, public no-arg constructor and dependencies; the "
                    + "other providers are unaffected");

    public static final ErrorCode PROVIDER_INCOMPATIBLE = ErrorCode.of("ZWGK-5031",
            "提供者 {0}（渠道 {1}）基于 SPI {2} 构建，与当前 SPI {3} 不兼容",
            "provider {0} (channel {1}) was built for SPI {2}, incompatible with SPI {3}",
            "使用为 SPI {3} 构建的适配器版本",
            "use a version of the adapter built for SPI {3}");

    public static final ErrorCode DUPLICATE_PROVIDER = ErrorCode.of("ZWGK-5032",
            "渠道 {0} 有多个提供者：{1}",
            "channel {0} has several providers: {1}",
            "用 ChannelRegistry.builder().provider(new …()) 显式注册要使用的那一个（显式注册优先于发现），或从类路径移除多余的 jar",
            "register the one to use explicitly with ChannelRegistry.builder().provider(new …()) (explicit "
                    + "registration wins over discovery), or remove the extra jar from the class path");

    public static final ErrorCode PROVIDER_INVALID_ID = ErrorCode.of("ZWGK-5033",
            "提供者 {0} 的渠道 id “{1}” 无效",
            "provider {0} has an invalid channel id \"{1}\"",
            "渠道 id 须以小写字母开头，只含小写字母、数字和连字符（它是配置键的一段）",
            "a channel id starts with a lower-case letter and holds lower-case letters, digits and hyphens only "
                    + "(it is a segment of the configuration keys)");
}
