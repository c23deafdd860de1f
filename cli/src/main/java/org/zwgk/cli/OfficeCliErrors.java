package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/** CLI problems of {@code zwgk catalogue import|export} and {@code zwgk calendar import-notice|diff} (9300–9349). */
public final class OfficeCliErrors {

    private OfficeCliErrors() {
    }

    public static final ErrorCode FROM_TO_REQUIRED = ErrorCode.of("ZWGK-9301",
            "zwgk calendar 需要 --from 和 --to", "zwgk calendar needs --from and --to",
            "例如 zwgk calendar --from 2027-01-01 --to 2027-12-31；导入通知用 zwgk calendar import-notice，比较年度文件用 zwgk calendar diff。",
            "E.g. zwgk calendar --from 2027-01-01 --to 2027-12-31; import a notice with zwgk calendar import-notice, compare year files with zwgk calendar diff.");
    public static final ErrorCode OUT_FORMAT = ErrorCode.of("ZWGK-9302",
            "--out {0} 的文件类型不对：应为 {1}", "--out {0} has the wrong file type: expected {1}",
            "按要写的格式给出文件名后缀。", "Give the output file the extension of the format to write.");
    public static final ErrorCode NOTICE_OUT_NAME = ErrorCode.of("ZWGK-9303",
            "--out {0}：通知安排的是 {1} 年，日历数据目录只认 {1}.yaml", "--out {0}: the notice arranges {1}; the calendar data folder only reads {1}.yaml",
            "写 --out {1}.yaml，或给出目录（文件名自动为 {1}.yaml）。",
            "Write --out {1}.yaml, or give a directory (the file is then named {1}.yaml).");
    public static final ErrorCode NOT_UTF8 = ErrorCode.of("ZWGK-9304",
            "{0} 不是 UTF-8 文本", "{0} is not UTF-8 text",
            "把通知另存为 UTF-8 文本，例如 iconv -f GB18030 -t UTF-8 原文件 > 新文件。",
            "Save the notice as UTF-8 text, e.g. iconv -f GB18030 -t UTF-8 in > out.");
}
