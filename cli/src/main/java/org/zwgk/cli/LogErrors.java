package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** Errors of {@code zwgk log verify} (9420–9439). */
final class LogErrors {

    private LogErrors() {
    }

    static final ErrorCode ARCHIVE_NOT_FOUND = ErrorCode.of("ZWGK-9420",
            "档案移交目录 {0} 不存在或没有 batches 子目录", "The archive hand-over directory {0} does not exist or has no "
                    + "batches folder",
            "--archive 给出档案渠道的 out 目录（zwgk.channel.archive.out），其下有 batches/<日期>/移交清单.xml。",
            "Give --archive the archive channel's out directory (zwgk.channel.archive.out), which holds "
                    + "batches/<date>/移交清单.xml.");
    static final ErrorCode ARCHIVE_UNREADABLE = ErrorCode.of("ZWGK-9421",
            "无法读取移交清单：{0}", "Cannot read a hand-over manifest: {0}",
            "移交清单须为 zwgk 写出的 XML；核对文件是否完整，或从档案馆的副本恢复。",
            "A manifest must be the XML zwgk wrote; check that the file is whole, or restore it from the archives' copy.");
}
