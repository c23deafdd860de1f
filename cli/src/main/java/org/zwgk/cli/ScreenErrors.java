package org.zwgk.cli;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of {@code zwgk screen} (9400–9419), documented in {@code docs/errors.md}. The findings themselves carry
 * the screening's own codes (ZWGK-3310…3323).
 */
public final class ScreenErrors {

    private ScreenErrors() {
    }

    public static final ErrorCode NOTHING_TO_SCREEN = ErrorCode.of("ZWGK-9400",
            "目录 {0} 中没有可检查的文件", "There are no files to screen in the directory {0}",
            "目录为空，或只有隐藏文件（以“.”开头，如 .DS_Store，目录遍历时跳过）；请指定要检查的文件或目录，隐藏文件可直接写出文件名。",
            "The directory is empty or holds hidden files only (names starting with \".\", such as .DS_Store, are "
                    + "skipped when walking a directory); name the files or directories to screen — a hidden file "
                    + "can be named directly.");
}
