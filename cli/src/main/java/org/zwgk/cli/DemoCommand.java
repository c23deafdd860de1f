package org.zwgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.zwgk.channel.ChannelConfigException;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.ChannelSettings;
import org.zwgk.channel.Channels;
import org.zwgk.samples.approval.DemoResult;
import org.zwgk.samples.approval.DemoRun;
import org.zwgk.samples.approval.SampleBody;
import org.zwgk.samples.approval.SimulatedClock;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.ZwgkStore;
import org.zwgk.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk demo}: runs the sample approval system ({@link DemoRun}) for one simulated year and prints what it
 * registered, published and withheld, what is due, and where the site, archive batches and report are.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "运行示例审批系统一年的演示 / run the sample approval system for one simulated year")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "./zwgk-demo", paramLabel = "DIR",
            description = "输出目录（网站、档案、报告、H2 数据库），默认 ./zwgk-demo")
    Path out;

    @Option(names = "--items", defaultValue = "200", paramLabel = "N", description = "全年文件数（20–100000），默认 200")
    int items;

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "数据库 JDBC URL，默认 <out>/db 下的 H2 文件库；也可为 jdbc:postgresql://…")
    String store;

    @Option(names = "--config", paramLabel = "FILE",
            description = "渠道与数据库配置（.properties/.yaml：zwgk.channel.<id>.*，zwgk.store.url）；默认生成 <out>/channels.properties")
    Path config;

    @Option(names = "--no-dispatch", description = "只入队不投递（之后用 zwgk dispatch 投递）/ queue only, do not deliver")
    boolean noDispatch;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "分发线程数（1–16），默认 2")
    int threads;

    @Option(names = "--lang", defaultValue = "zh", description = "zh | en")
    String lang;

    @Spec
    CommandSpec spec;

    private Locale locale = Locale.CHINA;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!"zh".equalsIgnoreCase(lang) && !"en".equalsIgnoreCase(lang)) {
                throw new ZwgkException(DemoErrors.BAD_LANG, lang);
            }
            locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.CHINA;
            if (items < 20 || items > 100_000) {
                throw new ZwgkException(DemoErrors.BAD_ITEMS, items);
            }
            if (threads < 1 || threads > 16) {
                throw new ZwgkException(DispatchErrors.BAD_SETTING, "--threads", threads, "1–16");
            }
            // A given configuration is read and checked before anything is created: a run that fails on it
            // leaves no output directory and no database behind.
            ChannelRegistry registry = ChannelRegistry.discovering();
            ChannelSettings settings = null;
            String url = store;
            if (config != null) {
                settings = ChannelSettings.load(config);
                ValidationReport check = registry.validate(settings);
                if (!check.errors().isEmpty()) {
                    throw new ChannelConfigException(check);
                }
                Properties fileSettings = DispatchCommand.load(config, DemoErrors.CONFIG_UNREADABLE);
                CliSettings.checkUnknown(fileSettings, config);
                if (url == null) {
                    String v = fileSettings.getProperty("zwgk.store.url");
                    url = v == null || v.isBlank() ? null : v.strip();
                }
                boolean anyEnabled = settings.entries().stream().anyMatch(e -> e.key().endsWith(".enabled")
                        && "true".equalsIgnoreCase(e.value()));
                if (!anyEnabled) {
                    throw new ZwgkException(DemoErrors.NO_CHANNELS, config);
                }
            }
            // A store of the user's must be reachable before anything is created for the run.
            DataSource given = url != null ? checkStore(url) : null;
            Path dir = out.toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new ZwgkException(DemoErrors.OUT_UNUSABLE, dir, e.getClass().getSimpleName());
            }
            if (!Files.isWritable(dir)) {
                throw new ZwgkException(DemoErrors.OUT_UNUSABLE, dir, "not writable");
            }
            Path channelFile = config;
            if (channelFile == null) {
                channelFile = dir.resolve("channels.properties");
                write(channelFile, DemoRun.defaultChannelConfig(dir));
                try {
                    DemoRun.writeSampleCatalogue(dir);
                } catch (IOException e) {
                    throw new ZwgkException(DemoErrors.OUTPUT_ERROR, dir.resolve(DemoRun.CATALOGUE_FILE));
                }
                try {
                    DemoRun.writeSampleCover(dir); // for zwgk.channel.wechat.cover when WeChat is switched on
                } catch (IOException e) {
                    throw new ZwgkException(DemoErrors.OUTPUT_ERROR, dir.resolve(DemoRun.COVER_FILE));
                }
                settings = ChannelSettings.load(channelFile);
            }
            if (url == null) {
                url = "jdbc:h2:file:" + dir.resolve("db").resolve("zwgk") + ";QUERY_CACHE_SIZE=100";
            }
            SimulatedClock clock = DemoRun.newClock();
            try (Channels channels = registry.create(settings, clock)) {
                if (channels.adapters().isEmpty()) {
                    throw new ZwgkException(DemoErrors.NO_CHANNELS, channelFile);
                }
                DataSource ds = given != null ? given : checkStore(url);
                o.println(t("zwgk 演示：" + SampleBody.NAME + " " + DemoRun.YEAR + " 年（模拟时钟），" + items + " 条文件，渠道 "
                                + channels.adapters().keySet().stream().sorted().toList() + "，数据库 " + ZwgkStore.redact(url),
                        "zwgk demo: " + SampleBody.NAME + ", year " + DemoRun.YEAR + " (simulated clock), " + items
                                + " documents, channels " + channels.adapters().keySet().stream().sorted().toList()
                                + ", store " + ZwgkStore.redact(url)));
                o.flush();
                DemoRun.Builder b = DemoRun.builder().dataSource(ds).channels(channels.adapters()).clock(clock)
                        .out(dir).items(items).dispatch(!noDispatch).threads(threads)
                        .site(path(settings, "zwgk.channel.website.out", dir.resolve("site")))
                        .archive(path(settings, "zwgk.channel.archive.out", dir.resolve("archive")));
                if (items >= 500) {
                    b.progress((done, total) -> {
                        o.println(t("  进度 ", "  progress ") + (done * 100 / total) + "% (" + done + "/" + total + ")");
                        o.flush();
                    });
                }
                DemoResult r = b.build().run();
                summary(o, r, channelFile);
            }
            o.flush();
            return Main.OK;
        } catch (ZwgkException e) {
            return fail(err, e);
        } catch (SQLException e) {
            return fail(err, new ZwgkException(DemoErrors.DATABASE_ERROR, e.getSQLState()));
        } catch (IOException e) {
            return fail(err, new ZwgkException(DemoErrors.OUTPUT_ERROR, e.getMessage()));
        }
    }

    /** Opens and validates one connection; ZWGK-9202 (URL redacted) when it cannot. */
    private static DataSource checkStore(String url) {
        DataSource ds = ZwgkStore.dataSource(url);
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new ZwgkException(DemoErrors.STORE_UNAVAILABLE, ZwgkStore.redact(url), e.getSQLState());
        }
        return ds;
    }

    private void summary(PrintWriter o, DemoResult r, Path channelFile) {
        o.println(t("登记：", "Registered: ") + r.documents() + t(" 条文件（本次新建 ", " documents (") + r.createdThisRun()
                + t(" 条，已存在跳过 ", " new this run, ") + (r.documents() - r.createdThisRun())
                + t(" 条）", " already there — resumed)"));
        o.println(t("  公开属性：", "  attributes: ") + r.byAttribute());
        o.println(t("  生命周期（已归档 = 已移交档案馆、图书馆）：", "  lifecycle (已归档 = handed over to the archives and library): ")
                + r.byState());
        o.println(t("发布：", "Published: ") + deliveries(r.deliveries())
                + (r.queued() > 0 ? t("；待投递 ", "; waiting in the outbox ") + r.queued()
                + t("（用 zwgk dispatch 投递）", " (deliver with zwgk dispatch)") : ""));
        if (!r.quarantined().isEmpty()) {
            o.println(t("已隔离（渠道拒收，需人工处理）：", "Quarantined (refused by the channel, needs a person): ")
                    + r.quarantined().size() + t("，查看：zwgk outbox list --store … --status QUARANTINED，改正后 zwgk outbox retry",
                    "; see zwgk outbox list --store … --status QUARANTINED, fix, then zwgk outbox retry"));
            r.quarantined().stream().limit(3).forEach(q -> o.println("  " + q));
        }
        if (!r.screened().isEmpty()) {
            o.println(t("个人信息检查（发布前，ZWGK-3301）拦下并遮盖后发布：", "Personal-data screening (before publication, "
                    + "ZWGK-3301) stopped, then published masked: ") + r.screened().size());
            r.screened().forEach(l -> o.println("  " + l));
        }
        o.println(t("不予公开/依申请公开（从未进入任何公开渠道）：", "Withheld / on request (never sent to a public channel): ")
                + r.withheld().size());
        r.withheld().stream().limit(5).forEach(w -> o.println("  " + w.docId() + " 「" + w.title() + "」 " + w.attribute()
                + (w.grounds().isEmpty() ? "" : t(" — 理由依据：", " — grounds: ") + w.grounds()) + t("；", "; ")
                + w.reason()));
        if (r.withheld().size() > 5) {
            o.println(t("  …… 其余 ", "  … and ") + (r.withheld().size() - 5) + t(" 条", " more"));
        }
        if (r.refusal() != null) {
            o.println(t("必经程序：以下环节在信息发布前被拒绝办结，补齐后通过：", "Mandatory step: refused until the information was "
                    + "queued, then passed:"));
            o.println("  " + r.refusal().lines().findFirst().orElse(""));
        }
        o.println(t("五公开：", "五公开 matters: ") + r.matters() + t(" 个事项，本次进入 ", " matters, stages entered this run: ")
                + r.stagesEntered() + t(" 个阶段（决策→执行→管理→服务→结果）", " (决策→执行→管理→服务→结果)"));
        if (r.withdrawn() != null) {
            o.println(t("废止：「", "Repealed: 「") + r.withdrawn() + t("」已从各渠道撤回（网站显示撤回公告）",
                    "」 withdrawn from every channel (the site shows a notice of withdrawal)"));
        }
        o.println(r.logProblems().isEmpty()
                ? t("记录自证：事件链、内容摘要与发布内容校验通过（zwgk log verify）", "The record proves itself: event "
                        + "chains, content digests and queued payloads verify (zwgk log verify)")
                : t("记录校验发现问题：", "The record verification found problems: ") + r.logProblems());
        o.println(t("依申请公开：", "Applications for disclosure: ") + r.applications().size());
        r.applications().forEach(a -> o.println("  " + a));
        o.println(t("即将到期（", "Due soon (within 30 days of ") + r.today() + t(" 起 30 日内）：", "): ")
                + r.dueSoon().size());
        r.dueSoon().stream().limit(6).forEach(l -> o.println("  " + l));
        o.println(t("已逾期（截至 ", "Overdue (at ") + r.today() + t("）：", "): ") + r.overdue().size());
        r.overdue().stream().limit(6).forEach(l -> o.println("  " + l));
        if (r.site() != null) {
            o.println(t("网站：", "Website: ") + r.site());
        }
        if (r.archive() != null) {
            o.println(t("档案移交批次：", "Archive hand-over batches: ") + r.archiveBatches().size() + t(" 批，位于 ", " in ")
                    + r.archive().resolve("batches") + t("（每批含 移交清单.xml 与 SM3SUMS）", " (each with 移交清单.xml and SM3SUMS)"));
        }
        o.println(t("年度报告：", "Annual report: ") + r.reportJson() + (r.reportReconciles()
                ? t("（勾稽关系核对通过）", " (reconciles)") : t("（勾稽关系不平衡！）", " (DOES NOT RECONCILE)")));
        o.println(t("          ", "               ") + r.reportHtml());
        o.println(t("自查（zwgk check，截至 ", "Self-check (zwgk check, as of ") + r.today() + t("）：", "): ")
                + r.checkFindings().size() + t(" 项问题", " finding(s)"));
        r.checkFindings().forEach(f -> o.println("  " + f.id() + " ["
                + org.zwgk.check.Severity.valueOf(f.severity()).label(locale) + "] "
                + t(f.messageZh(), f.messageEn())));
        o.println(t("          ", "               ") + r.checkHtml());
        o.println(t("渠道配置：", "Channel configuration: ") + channelFile);
        o.println(t("用时 ", "Elapsed ") + String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0)
                + t(" 秒", " s"));
    }

    private String deliveries(Map<String, Map<String, Integer>> d) {
        StringBuilder b = new StringBuilder();
        d.forEach((ch, statuses) -> {
            if (b.length() > 0) {
                b.append(t("；", "; "));
            }
            b.append(ch).append(' ').append(statuses);
        });
        return b.length() == 0 ? t("无", "none") : b.toString();
    }

    private String t(String zh, String en) {
        return locale.getLanguage().equals("en") ? en : zh;
    }

    private int fail(PrintWriter err, ZwgkException e) {
        err.println(e.message(locale));
        err.println("  " + t("提示：", "hint: ") + e.hint(locale));
        err.flush();
        return Main.USAGE;
    }

    private static Path path(ChannelSettings s, String key, Path def) {
        return s.entry(key).map(e -> Path.of(e.value())).orElse(def);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ZwgkException(DemoErrors.OUTPUT_ERROR, file);
        }
    }
}
