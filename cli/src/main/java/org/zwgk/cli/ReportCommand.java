package org.zwgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zwgk.report.AnnualReport;
import org.zwgk.report.ReportCheck;
import org.zwgk.report.ReportErrors;
import org.zwgk.report.ReportHtml;
import org.zwgk.report.ReportJson;
import org.zwgk.report.ReportProblem;
import org.zwgk.spi.ZwgkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk report check FILE} and {@code zwgk report html FILE [-o OUT]}: check an annual-report JSON document
 * (field names, every total, 一 + 二 = 三（七） + 四 in every column) and render it as the printable HTML page.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "政府信息公开工作年度报告（国办公开办函〔2021〕30号）/ annual report: check, render",
        subcommands = {ReportCommand.Check.class, ReportCommand.Html.class})
public final class ReportCommand {

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "报告 JSON 文件 / report JSON file")
        Path file;

        @Mixin
        LangOption lang = new LangOption();

        Locale locale() {
            return lang.locale();
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            AnnualReport report;
            try {
                report = ReportJson.read(file);
            } catch (ZwgkException e) {
                // every report error names the file itself (file:[line,col] /pointer), see ReportJson.read(Path)
                err.println(e.message(locale()));
                err.println("  " + (locale() == Locale.ENGLISH ? "hint: " : "提示：") + e.hint(locale()));
                err.flush();
                return e.errorCode().equals(ReportErrors.FILE_UNREADABLE) ? Main.USAGE : Main.FINDINGS;
            }
            return done(report, out, err);
        }

        abstract int done(AnnualReport report, PrintWriter out, PrintWriter err);
    }

    /**
     * Checks a report and prints <em>every</em> problem with its file, line, column, section, row and column
     * ({@link ReportCheck}), so that tables filled by hand are corrected in one pass.
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "检查报告 JSON 的字段、合计和勾稽关系，一次列出全部问题 / check fields, totals and reconciliation, "
                    + "listing every problem at once")
    static final class Check extends Base {
        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<ReportProblem> problems;
            try {
                problems = ReportCheck.check(file);
            } catch (ZwgkException e) {
                err.println(e.message(locale()));
                err.println("  " + (locale() == Locale.ENGLISH ? "hint: " : "提示：") + e.hint(locale()));
                err.flush();
                return e.errorCode().equals(ReportErrors.FILE_UNREADABLE) ? Main.USAGE : Main.FINDINGS;
            }
            if (problems.isEmpty()) {
                return super.call(); // read it as every reader does, and say it reconciles
            }
            for (ReportProblem p : problems) {
                out.println(p.toLine(locale()));
                out.println("  " + (locale() == Locale.ENGLISH ? "hint: " : "提示：") + p.hint(locale()));
            }
            out.println(file + ": " + (locale() == Locale.ENGLISH ? problems.size() + " problem(s)"
                    : problems.size() + " 个问题"));
            out.flush();
            return Main.FINDINGS;
        }

        @Override
        int done(AnnualReport report, PrintWriter out, PrintWriter err) {
            out.println(file + ": " + (locale() == Locale.ENGLISH
                    ? "OK — " + report.title() + " reconciles (" + AnnualReport.FORMAT + ")"
                    : "通过 — " + report.title() + " 数据平衡（" + AnnualReport.FORMAT + "）"));
            out.flush();
            return Main.OK;
        }
    }

    /** Renders a report as the printable HTML page. */
    @Command(name = "html", mixinStandardHelpOptions = true,
            description = "输出可打印的 HTML 报告 / render the printable HTML page")
    static final class Html extends Base {
        @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "输出文件，默认与 FILE 同名 .html")
        Path outFile;

        @Override
        int done(AnnualReport report, PrintWriter out, PrintWriter err) {
            Path target = outFile != null ? outFile
                    : file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.json$", "") + ".html");
            try {
                Files.writeString(target, ReportHtml.render(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                ZwgkException z = new ZwgkException(CliErrors.CANNOT_WRITE, e, target);
                err.println(z.message(locale()));
                err.println("  " + (locale() == Locale.ENGLISH ? "hint: " : "提示：") + z.hint(locale()));
                err.flush();
                return Main.USAGE;
            }
            out.println(target);
            out.flush();
            return Main.OK;
        }
    }
}
