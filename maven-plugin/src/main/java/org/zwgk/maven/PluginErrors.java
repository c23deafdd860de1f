package org.zwgk.maven;

import org.zwgk.spi.ErrorCode;

/**
 * Error codes of the Maven plugin (range 9100–9149, documented in {@code docs/errors.md}). Findings inside catalogue
 * files keep their own 1xxx codes; these codes are about the build configuration and about failing the build.
 */
public final class PluginErrors {

    /** {@code sourceDirectory} exists but is not a directory. */
    public static final ErrorCode SOURCE_NOT_DIRECTORY = ErrorCode.of("ZWGK-9100",
            "sourceDirectory 不是目录：{0}",
            "sourceDirectory is not a directory: {0}",
            "将 <sourceDirectory> 指向存放目录文件的文件夹（默认 src/main/zwgk），不要指向单个文件；单个文件可用 <includes> 选择。",
            "Point <sourceDirectory> at the folder holding the catalogue files (default src/main/zwgk), not at a single"
                    + " file; select single files with <includes>.");

    /** {@code lang} is neither zh nor en. */
    public static final ErrorCode UNSUPPORTED_LANG = ErrorCode.of("ZWGK-9101",
            "不支持的输出语言 lang={0}",
            "unsupported output language lang={0}",
            "lang 只能取 zh（中文，默认）或 en（English），例如 -Dzwgk.lang=en。",
            "lang must be zh (Chinese, the default) or en (English), e.g. -Dzwgk.lang=en.");

    /** The source directory could not be scanned. */
    public static final ErrorCode SCAN_FAILED = ErrorCode.of("ZWGK-9102",
            "无法读取目录 {0}：{1}",
            "cannot read directory {0}: {1}",
            "检查该目录的访问权限以及其中的符号链接是否有效。",
            "Check the directory's permissions and that the symbolic links inside it resolve.");

    /** An include or exclude pattern is empty. */
    public static final ErrorCode BLANK_PATTERN = ErrorCode.of("ZWGK-9103",
            "<{0}> 中有空白的匹配模式",
            "<{0}> contains a blank pattern",
            "删除空的 <include>/<exclude> 元素；模式相对 sourceDirectory，例如 **/*.yaml。",
            "Remove the empty <include>/<exclude> element; patterns are relative to sourceDirectory, e.g. **/*.yaml.");

    /** The validator failed on something other than the content of a file (a defect or an environment problem). */
    public static final ErrorCode VALIDATOR_FAILED = ErrorCode.of("ZWGK-9104",
            "目录校验器意外中止：{0}",
            "the catalogue validator stopped unexpectedly: {0}",
            "这不是目录文件内容的问题。请用 mvn -e 重新运行查看原因；如属缺陷，请附上该输出提交问题报告。",
            "This is not a problem in the catalogue files. Re-run with mvn -e to see the cause; if it is a defect,"
                    + " report it with that output.");

    /** The build fails because the catalogue files contain errors. */
    public static final ErrorCode ERRORS_FOUND = ErrorCode.of("ZWGK-9110",
            "政务公开事项目录校验未通过：{0} 个错误，{1} 个警告",
            "catalogue validation failed: {0} errors, {1} warnings",
            "按上面每一行给出的文件、行列和提示修正目录文件；各代码的说明见 docs/errors.md。",
            "Fix the catalogue files at the file, line and column given on each line above; every code is explained"
                    + " in docs/errors.md.");

    /** The build fails because of warnings and {@code failOnWarning} is set. */
    public static final ErrorCode WARNINGS_FOUND = ErrorCode.of("ZWGK-9111",
            "政务公开事项目录有 {0} 个警告，且 failOnWarning=true",
            "catalogue validation found {0} warnings and failOnWarning=true",
            "修正上面列出的警告，或去掉 <failOnWarning>true</failOnWarning>（-Dzwgk.failOnWarning=false）。",
            "Fix the warnings listed above, or drop <failOnWarning>true</failOnWarning> (-Dzwgk.failOnWarning=false).");

    private PluginErrors() {
    }
}
