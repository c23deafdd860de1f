package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** Error codes of the command line (range 9000–9049), documented in {@code docs/errors.md}. */
public final class CliErrors {

    private CliErrors() {
    }

    public static final ErrorCode PATH_NOT_FOUND = ErrorCode.of("ZWGK-9001",
            "文件或目录不存在：{0}", "No such file or directory: {0}",
            "检查路径拼写；相对路径相对于当前工作目录。", "Check the path; relative paths are relative to the working directory.");
    public static final ErrorCode UNREADABLE = ErrorCode.of("ZWGK-9002",
            "无法读取：{0}", "Cannot read: {0}",
            "检查文件权限，或该路径是否为普通文件或目录。", "Check permissions and that the path is a regular file or directory.");
    public static final ErrorCode CANNOT_WRITE = ErrorCode.of("ZWGK-9003",
            "无法写入 {0}", "Cannot write {0}",
            "检查输出目录是否存在、可写，磁盘空间是否足够；用 -o 指定其他输出文件。",
            "Check that the output directory exists and is writable and that the disk has space; choose another "
                    + "file with -o.");
    public static final ErrorCode UNKNOWN_SETTING = ErrorCode.of("ZWGK-9004",
            "配置文件 {0} 含未知设置项：{1}", "The configuration {0} has unknown settings: {2}",
            "改正拼写或删除该项。zwgk.channel.* 之外可用：zwgk.zone、zwgk.store.url、zwgk.log.key、zwgk.dispatch.threads、"
                    + "max-attempts、batch-size、lease-seconds、poll-millis、backoff-base-seconds、backoff-max-seconds"
                    + "（见 docs/gate.md）；不以 zwgk. 开头的键留给宿主系统。",
            "Fix the spelling or remove the key. Besides zwgk.channel.*: zwgk.zone, zwgk.store.url, zwgk.log.key, "
                    + "zwgk.dispatch.threads, max-attempts, batch-size, lease-seconds, poll-millis, "
                    + "backoff-base-seconds, backoff-max-seconds (see docs/gate.md); keys outside zwgk. are the host's.");
}
