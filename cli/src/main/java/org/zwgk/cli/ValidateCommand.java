package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.spi.ErrorCode;
import org.zwgk.validation.ValidationReport;
import org.zwgk.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zwgk validate FILE|DIR... [--format text|json] [--lang zh|en]}: validates catalogue files (directories are
 * searched for {@code *.yaml}, {@code *.yml}, {@code *.json}). Exit 0 without errors (warnings allowed), 1 with
 * errors, 2 for usage and I/O problems. Output is UTF-8.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"校验政务公开事项标准目录文件 / Validate standard-catalogue files.",
            "退出码 / exit: 0 无错误 no errors, 1 有错误 errors, 2 用法或读写问题 usage or I/O."})
public final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "目录文件或目录 / catalogue files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text | json（默认 text）")
    Format format = Format.text;

    @picocli.CommandLine.Mixin
    LangOption lang = new LangOption();

    @Override
    public Integer call() {
        Locale locale = lang.locale();
        // UTF-8 whatever the platform charset: the messages are Chinese by default (JSON is UTF-8 by definition).
        return run(locale, utf8(System.out), utf8(System.err));
    }

    private static PrintStream utf8(PrintStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }

    int run(Locale locale, PrintStream out, PrintStream err) {
        boolean ioProblem = false;
        List<Path> existing = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problem(err, CliErrors.PATH_NOT_FOUND, locale, p);
                ioProblem = true;
            } else if (!Files.isReadable(p)) {
                problem(err, CliErrors.UNREADABLE, locale, p);
                ioProblem = true;
            } else {
                existing.add(p);
            }
        }
        if (existing.isEmpty()) {
            return Main.USAGE;
        }
        ValidationReport report = CatalogueValidator.create().validatePaths(existing);
        if (format == Format.json) {
            out.println(json(report, locale));
        } else {
            for (Violation v : report.violations()) {
                out.println(v.toLine(locale));
                out.println("    " + (ErrorCode.isEnglish(locale) ? "hint: " : "提示：") + v.hint(locale));
            }
            out.println(summary(report, locale));
        }
        out.flush();
        boolean unreadable = report.violations().stream().anyMatch(v -> v.code().equals(CatalogueErrors.FILE_UNREADABLE));
        if (ioProblem || unreadable) {
            return Main.USAGE;
        }
        return report.hasErrors() ? Main.FINDINGS : Main.OK;
    }

    private static void problem(PrintStream err, ErrorCode code, Locale locale, Path p) {
        err.println(code.code() + " " + code.message(locale, p));
        err.println("    " + (ErrorCode.isEnglish(locale) ? "hint: " : "提示：") + code.hint(locale, p));
    }

    static String summary(ValidationReport r, Locale locale) {
        int e = r.errors().size();
        int w = r.warnings().size();
        return ErrorCode.isEnglish(locale)
                ? r.files() + " files, " + r.items() + " items, " + e + " errors, " + w + " warnings"
                : r.files() + " 个文件，" + r.items() + " 个事项，" + e + " 个错误，" + w + " 个警告";
    }

    static String json(ValidationReport r, Locale locale) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", r.files());
        root.put("items", r.items());
        List<Object> vs = new ArrayList<>();
        for (Violation v : r.violations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", v.code().code());
            m.put("severity", v.severity().id());
            m.put("file", v.file());
            m.put("line", v.line());
            m.put("column", v.column());
            m.put("pointer", v.pointer());
            m.put("message", v.message(locale));
            m.put("hint", v.hint(locale));
            vs.add(m);
        }
        root.put("violations", vs);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
