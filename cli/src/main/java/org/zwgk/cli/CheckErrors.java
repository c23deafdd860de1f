package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** Error codes of {@code zwgk check} and {@code zwgk report check} (range 9500–9549), documented in {@code docs/errors.md}. */
public final class CheckErrors {

    private CheckErrors() {
    }

    public static final ErrorCode BAD_AS_OF = ErrorCode.of("ZWGK-9500",
            "--as-of 的值 “{0}” 不是日期",
            "The value \"{0}\" of --as-of is not a date",
            "日期写作 YYYY-MM-DD，例如 --as-of 2025-12-31；不写时为今天。",
            "Write the date as YYYY-MM-DD, e.g. --as-of 2025-12-31; without it the check looks at today.");
    public static final ErrorCode CANNOT_WRITE_REPORT = ErrorCode.of("ZWGK-9501",
            "无法写入自查报告 {0}：{1}",
            "Cannot write the self-check report {0}: {1}",
            "检查 --out 所在目录是否存在、可写，磁盘空间是否足够。",
            "Check that the directory of --out exists and is writable and that the disk has space.");
    public static final ErrorCode BAD_DURATION = ErrorCode.of("ZWGK-9502",
            "{0} 的值 “{1}” 不是时长",
            "The value \"{1}\" of {0} is not a duration",
            "写作数字加单位，如 24h、90m、2d，或 ISO-8601 的 PT24H。",
            "Write a number with a unit, e.g. 24h, 90m, 2d, or ISO-8601 such as PT24H.");
}
