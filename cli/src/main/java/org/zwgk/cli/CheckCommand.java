package org.zwgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueException;
import org.zwgk.catalogue.CatalogueLoader;
import org.zwgk.check.CheckHtml;
import org.zwgk.check.CheckJson;
import org.zwgk.check.CheckReport;
import org.zwgk.check.CheckSettings;
import org.zwgk.check.Finding;
import org.zwgk.check.SelfCheck;
import org.zwgk.check.Severity;
import org.zwgk.screen.Screener;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.ZwgkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk check}: the self-check of the disclosure column before the assessors come (docs/check.md). Exit code 0
 * when nothing at or above {@code --fail-on} was found, 1 when something was, 2 for usage and input problems.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"政务公开自查：在考核之前找出考核会发现的问题 / self-check of the disclosure column.",
            "Indicators of 国办秘函〔2019〕19号: overdue and late publication, periods and columns not updated, blank "
                + "columns, policies without 解读, broken links and attachments, page metadata, personal data, the "
                + "annual report, applications, channels out of step (docs/check.md)."})
public final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html }

    enum FailOn { veto, deduction, notice }

    @Option(names = "--store", required = true, paramLabel = "JDBC_URL",
            description = "数据库 JDBC URL，例如 jdbc:h2:file:./zwgk 或 jdbc:postgresql://host/db?user=…")
    String store;

    @Option(names = "--site", paramLabel = "DIR", description = "静态网站目录（zwgk.channel.website.out）；不给则不检查网站")
    Path site;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "标准目录文件（YAML/JSON）；不给则不检查栏目")
    Path catalogue;

    @Option(names = "--as-of", paramLabel = "DATE", description = "检查哪一天的情况，YYYY-MM-DD（默认今天）")
    String asOf;

    @Option(names = "--format", defaultValue = "text", description = "text、json 或 html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "写入文件而不是标准输出")
    Path out;

    @Option(names = "--fail-on", defaultValue = "notice", paramLabel = "SEVERITY",
            description = "退出码为 1 的最低权重：veto、deduction 或 notice (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--body", paramLabel = "NAME", description = "检查其年度报告的机关名称（可重复）；有申请或已发布报告的机关自动包括")
    List<String> bodies = new ArrayList<>();

    @Option(names = "--stale-months", paramLabel = "N", description = "栏目多少个月未更新算不更新 (default: 6)")
    Integer staleMonths;

    @Option(names = "--stale-columns", paramLabel = "N", description = "不更新栏目超过几个即单项否决 (default: 5)")
    Integer staleColumns;

    @Option(names = "--blank-columns", paramLabel = "N", description = "空白栏目超过几个即单项否决 (default: 5)")
    Integer blankColumns;

    @Option(names = "--due-soon", paramLabel = "N", description = "几个工作日内到期的申请列为提示 (default: 5)")
    Integer dueSoon;

    @Option(names = "--grace", paramLabel = "DURATION", description = "条目在渠道上等待多久算渠道不同步 (default: 24h)")
    String grace;

    @Option(names = "--channel", paramLabel = "ID", description = "栏目所在的渠道 (default: website)")
    String channel;

    @Option(names = "--config", paramLabel = "FILE",
            description = "含 zwgk.log.key 的配置文件（或用环境变量 ZWGK_LOG_KEY）：发布时已由审核人接受的个人信息不再报告 / a file "
                    + "with zwgk.log.key: personal data a reviewer accepted at publication is not reported again")
    Path config;

    @Option(names = "--words", paramLabel = "FILE",
            description = "敏感词表（与发布时筛查所用相同）：UTF-8，每行一个词 / the sensitive words the gate screens with, "
                    + "one per line (UTF-8)")
    Path words;

    @Option(names = "--rescreen",
            description = "重新筛查每个已公开条目的个人信息，不采信发布时的筛查记录 / screen every published item again "
                    + "instead of relying on the screening recorded at publication")
    boolean rescreen;

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang = new LangOption();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = lang.locale();
        try {
            LocalDate day = asOf == null ? null : parseDate(asOf);
            CheckSettings settings = settings();
            Screener screener = screener(); // the user's files first: no catalogue or database work for a wrong path
            Inputs in = inputs();
            CheckReport report = SelfCheck.builder().store(in.store()).storeLabel(ZwgkStore.redact(store))
                    .catalogue(in.catalogue()).calendar(in.calendar()).site(site).asOf(day).settings(settings)
                    .bodies(bodies).screener(screener).rescreen(rescreen).build().run();
            String text = switch (format) {
                case json -> CheckJson.write(report);
                case html -> CheckHtml.render(report, locale);
                case text -> text(report, locale);
            };
            if (out != null) {
                try {
                    Files.writeString(out, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ZwgkException(CheckErrors.CANNOT_WRITE_REPORT, e, out, e.getMessage());
                }
                stdout.println(summaryLine(report, locale) + " → " + out);
            } else {
                stdout.print(text);
                if (!text.endsWith("\n")) {
                    stdout.println();
                }
            }
            stdout.flush();
            return report.hasAtLeast(threshold()) ? Main.FINDINGS : Main.OK;
        } catch (ZwgkException e) {
            return CliSupport.fail(err, e, locale);
        }
    }

    /**
     * The screening with the installation's fingerprint key ({@code zwgk.log.key}, as the gate uses it), so that the
     * findings a reviewer accepted are recognised; the key is never printed.
     */
    private Screener screener() {
        Screener.Builder b = Screener.builder().fingerprintKey(CliSupport.logKeySecret(CliSupport.settings(config)));
        if (words != null) {
            b.sensitiveWords(CliSupport.sensitiveWords(words));
        }
        return b.build();
    }

    private Severity threshold() {
        return switch (failOn) {
            case veto -> Severity.VETO;
            case deduction -> Severity.DEDUCTION;
            case notice -> Severity.NOTICE;
        };
    }

    private CheckSettings settings() {
        CheckSettings s = CheckSettings.DEFAULTS;
        if (staleMonths != null) {
            s = s.withStaleMonths(staleMonths);
        }
        if (staleColumns != null) {
            s = s.withStaleColumnsVeto(staleColumns);
        }
        if (blankColumns != null) {
            s = s.withBlankColumnsVeto(blankColumns);
        }
        if (dueSoon != null) {
            s = s.withApplicationDueSoon(dueSoon);
        }
        if (grace != null) {
            s = s.withChannelGrace(duration("--grace", grace));
        }
        if (channel != null) {
            s = s.withColumnChannel(channel);
        }
        return s;
    }

    private static LocalDate parseDate(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ZwgkException(CheckErrors.BAD_AS_OF, v);
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s|m|h|d)");

    static Duration duration(String option, String v) {
        Matcher m = DURATION.matcher(v.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ZwgkException(CheckErrors.BAD_DURATION, option, v);
        }
    }

    /** The store, the catalogue and the working-day calendar the check needs. */
    private record Inputs(ZwgkStore store, Catalogue catalogue, WorkingCalendar calendar) {
    }

    /**
     * Opens the store while another thread reads the catalogue and the calendar (YAML and JSON Schema, a third of a
     * second or more each on a cold JVM; neither needs the other). The catalogue's and the calendar's problems are
     * reported before the store's, as when they were read first; opening the store changes nothing in it.
     */
    private Inputs inputs() {
        record Read(Catalogue catalogue, WorkingCalendar calendar) {
        }
        FutureTask<Read> files = new FutureTask<>(() -> new Read(catalogue == null ? null
                : loadCatalogue(catalogue), WorkingCalendar.national()));
        Thread t = new Thread(files, "zwgk-check-catalogue");
        t.setDaemon(true);
        t.start();
        ZwgkStore s = null;
        ZwgkException storeProblem = null;
        try {
            s = ZwgkStore.openExisting(store, Clock.systemUTC());
        } catch (ZwgkException e) {
            storeProblem = e;
        }
        Read f;
        try {
            f = files.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the catalogue", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        if (storeProblem != null) {
            throw storeProblem;
        }
        return new Inputs(s, f.catalogue(), f.calendar());
    }

    private static Catalogue loadCatalogue(Path file) {
        if (!Files.exists(file)) {
            throw new ZwgkException(CliErrors.PATH_NOT_FOUND, file);
        }
        try {
            return CatalogueLoader.load(file);
        } catch (CatalogueException e) {
            throw e;
        }
    }

    static String summaryLine(CheckReport r, Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        var c = r.counts();
        return en ? "as of " + r.asOf() + ": " + c.get(Severity.VETO) + " veto, " + c.get(Severity.DEDUCTION)
                + " deduction, " + c.get(Severity.NOTICE) + " notice"
                : "截至 " + r.asOf() + "：单项否决 " + c.get(Severity.VETO) + " 项，扣分 " + c.get(Severity.DEDUCTION)
                + " 项，提示 " + c.get(Severity.NOTICE) + " 项";
    }

    /** One block per finding: severity, id, message, then the rule with its source and the hint. */
    static String text(CheckReport r, Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        StringBuilder b = new StringBuilder();
        b.append("zwgk check — ").append(en ? "store " : "数据库 ").append(r.store())
                .append(r.site() == null ? "" : (en ? " · site " : " · 网站 ") + r.site())
                .append(r.catalogue() == null ? "" : (en ? " · catalogue " : " · 目录 ") + r.catalogue()).append('\n');
        b.append(summaryLine(r, locale)).append('\n');
        for (Finding f : r.findings()) {
            b.append('\n').append('[').append(f.severity().label(locale)).append("] ").append(f.id()).append(' ')
                    .append(f.column() == null ? "" : (en ? "column " : "栏目 ") + f.column().heading() + " ")
                    .append(f.message(locale)).append('\n');
            b.append("  ").append(en ? "rule: " : "依据：").append(f.indicator().rule(locale)).append(" (")
                    .append(f.indicator().source(locale)).append(")\n");
            b.append("  ").append(en ? "hint: " : "提示：").append(f.hint(locale)).append('\n');
        }
        for (CheckReport.Skipped s : r.skipped()) {
            b.append(en ? "not checked: " : "未检查：").append(s.indicator().code().code()).append(' ')
                    .append(s.indicator().rule(locale)).append(" — ").append(s.reason().in(locale)).append('\n');
        }
        return b.toString();
    }
}
