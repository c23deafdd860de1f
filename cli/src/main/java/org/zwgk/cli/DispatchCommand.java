package org.zwgk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.ChannelSettings;
import org.zwgk.channel.Channels;
import org.zwgk.publish.Dispatcher;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.store.ZwgkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk dispatch}: a standalone dispatcher process beside the host application; run as many as needed on
 * one PostgreSQL (claims use {@code FOR UPDATE SKIP LOCKED}). Stops cleanly on SIGTERM (exit code 143): each
 * worker finishes the delivery in hand, nothing is cut in half, and the claims it has not started are released at
 * once (not left to their lease).
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = "运行发布分发器 / run the publication dispatcher")
public final class DispatchCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "JDBC_URL", description = "数据库 JDBC URL")
    String store;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "properties 或 YAML：zwgk.channel.<id>.enabled=true, zwgk.channel.<id>.<key>=…, zwgk.dispatch.*")
    Path config;

    @Option(names = "--once", description = "投递所有已就绪条目后退出 / deliver what is ready, then exit")
    boolean once;

    @Option(names = "--migrate", description = "先创建或升级 zwgk 数据结构 / create or upgrade the zwgk schema first "
            + "(without it a database lacking the current schema is refused: ZWGK-4006/4007/4008)")
    boolean migrate;

    @Mixin
    LangOption lang = new LangOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Properties p = load(config);
            CliSettings.checkUnknown(p, config);
            Clock clock = Clock.system(zone(p));
            // The channel loader owns zwgk.channel.* (every problem reported at once, secrets redacted).
            Channels channels = ChannelRegistry.builder().discover(DispatchCommand.class.getClassLoader()).build()
                    .load(config, clock);
            List<ChannelAdapter> adapters = List.copyOf(channels.adapters().values());
            if (adapters.isEmpty()) {
                throw new ZwgkException(DispatchErrors.NO_CHANNELS, config);
            }
            String url = keepOpenUntilStopped(store);
            Dispatcher.Builder b = Dispatcher.builder(
                    migrate ? ZwgkStore.open(url, clock) : ZwgkStore.openExisting(url, clock)).clock(clock).channels(adapters);
            // The host's log key: deliveries are events on the same keyed chains, payload digests are HMACs.
            b.eventLog(org.zwgk.lifecycle.EventLog.of(CliSupport.logKey(p)));
            b.threads(intSetting(p, "zwgk.dispatch.threads", 2, 1, 64));
            b.maxAttempts(intSetting(p, "zwgk.dispatch.max-attempts", 8, 1, 1000));
            b.batchSize(intSetting(p, "zwgk.dispatch.batch-size", 16, 1, 1000));
            b.lease(Duration.ofSeconds(intSetting(p, "zwgk.dispatch.lease-seconds", 120, 5, 86400)));
            b.pollInterval(Duration.ofMillis(intSetting(p, "zwgk.dispatch.poll-millis", 500, 10, 60000)));
            b.backoff(Duration.ofSeconds(intSetting(p, "zwgk.dispatch.backoff-base-seconds", 2, 1, 3600)),
                    Duration.ofSeconds(intSetting(p, "zwgk.dispatch.backoff-max-seconds", 3600, 1, 86400 * 7)));
            Dispatcher d = b.build();
            if (once) {
                int n;
                try {
                    n = d.drain();
                } finally {
                    d.close();
                    channels.close();
                }
                spec.commandLine().getOut().println("processed " + n);
                spec.commandLine().getOut().flush();
                return Main.OK;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable stop = () -> {
                if (closed.compareAndSet(false, true)) {
                    d.close();
                    channels.close();
                }
            };
            // The latch opens only in the hook, i.e. once the JVM is exiting with the signal's code: opened earlier,
            // main would return and exit with 0 first.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.run();
                stopped.countDown();
            }, "zwgk-dispatch-shutdown"));
            StopSignals.install(stop);
            d.start();
            List<String> ids = adapters.stream().map(ChannelAdapter::channelId).toList();
            spec.commandLine().getErr().println(lang.lang == LangOption.Lang.en
                    ? "zwgk dispatcher " + d.workerId() + " started for " + ids + " on " + ZwgkStore.redact(store)
                    : "zwgk 分发器 " + d.workerId() + " 已启动，渠道 " + ids + "，数据库 " + ZwgkStore.redact(store));
            // SIGTERM (exit code 143): each worker finishes the delivery in hand, the rest of its claims are released
            // at once and the connections closed (Dispatcher.close()) — before the JVM's shutdown hooks run, so
            // H2's own hook (which AUTO_SERVER=TRUE keeps) cannot close the database under a recording worker.
            spec.commandLine().getErr().flush();
            stopped.await();
            return Main.OK;
        } catch (ZwgkException e) {
            // A ChannelConfigException's message already lists every problem with its file, line and hint:
            // printing its lines() as well showed each problem twice.
            return CliSupport.fail(spec.commandLine().getErr(), e, lang.locale());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        }
    }

    /**
     * Settings for an embedded H2 file, each added only when the URL does not set it itself.
     *
     * <ul>
     *   <li>{@code DB_CLOSE_ON_EXIT=FALSE}, except with {@code AUTO_SERVER=TRUE} (H2 refuses the pair: in automatic
     *       mixed mode the process holding the file must close it when it exits). H2 closes its database from its
     *       own shutdown hook; {@link StopSignals} makes SIGTERM and SIGINT stop the dispatcher before any hook runs,
     *       and this setting keeps other exits from closing the database under a worker recording a finished
     *       delivery (delivered, not recorded: a needless repeat after restart).</li>
     *   <li>{@code WRITE_DELAY=0}: by default H2 writes committed transactions from a background thread up to 500 ms
     *       later, so {@code kill -9} (OOM killer, power-cycled container) loses the results recorded in that window
     *       and every one of those deliveries is repeated after restart (measured: 80 repeats over 4 kills of 400
     *       entries, against 7 with this setting — only the deliveries in hand). Cost: 15–25 % dispatch throughput on
     *       H2 (docs/gate.md). H2 persists the setting in the database file; with {@code AUTO_SERVER=TRUE} it applies
     *       to whichever process holds the file, the dispatcher's setting included.</li>
     * </ul>
     *
     * @throws ZwgkException ZWGK-9211 when the URL itself pairs {@code AUTO_SERVER=TRUE} with
     *                       {@code DB_CLOSE_ON_EXIT=FALSE}
     */
    static String keepOpenUntilStopped(String url) {
        if (!H2Urls.isEmbeddedFile(url)) {
            return url;
        }
        java.util.Map<String, String> set = H2Urls.settings(url);
        boolean autoServer = H2Urls.autoServer(url);
        if (autoServer && "FALSE".equalsIgnoreCase(set.get("DB_CLOSE_ON_EXIT"))) {
            throw new ZwgkException(StoreAccessErrors.AUTO_SERVER_CLOSE_ON_EXIT, ZwgkStore.redact(url));
        }
        String out = url;
        if (!autoServer && !set.containsKey("DB_CLOSE_ON_EXIT")) {
            out += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (!set.containsKey("WRITE_DELAY")) {
            out += ";WRITE_DELAY=0";
        }
        return out;
    }

    /**
     * The dispatcher's own settings ({@code zwgk.zone}, {@code zwgk.dispatch.*}) from the same file as the channels,
     * properties or YAML. The channel loader reads the file first, so a missing file, a GBK file or broken syntax
     * gets its coded error (ZWGK-5001, 5005, …) with line and column rather than a decoder's message.
     */
    static Properties load(Path file) {
        return load(file, DispatchErrors.CONFIG_UNREADABLE);
    }

    /** As {@link #load(Path)}, reporting an unreadable file with {@code unreadable} (the calling command's code). */
    static Properties load(Path file, org.zwgk.spi.ErrorCode unreadable) {
        ChannelSettings.load(file);
        Properties p = new Properties();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                flatten("", new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(text), p);
            } else {
                p.load(new java.io.StringReader(text));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // only where: the parser's message quotes the offending line, which may hold zwgk.log.key
            com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
            throw new ZwgkException(unreadable, file, l == null ? "YAML"
                    : "YAML line " + l.getLineNr() + ", column " + l.getColumnNr());
        } catch (IOException | IllegalArgumentException e) {
            throw new ZwgkException(unreadable, file, e.getMessage());
        }
        return p;
    }

    /** {@code zwgk: {dispatch: {threads: 4}}} → {@code zwgk.dispatch.threads=4}, as the properties form spells it. */
    private static void flatten(String prefix, com.fasterxml.jackson.databind.JsonNode n, Properties out) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return;
        }
        if (n.isObject()) {
            n.properties().forEach(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else if (n.isValueNode()) {
            out.setProperty(prefix, n.asText());
        }
    }

    /** {@code zwgk.zone}: an IANA zone id (default Asia/Shanghai); anything else is ZWGK-9153, not a stack trace. */
    static ZoneId zone(Properties p) {
        String v = p.getProperty("zwgk.zone", "Asia/Shanghai").strip();
        try {
            return ZoneId.of(v);
        } catch (java.time.DateTimeException e) {
            throw new ZwgkException(DispatchErrors.BAD_SETTING, "zwgk.zone", v, "IANA 时区，如 Asia/Shanghai / an IANA "
                    + "zone id such as Asia/Shanghai");
        }
    }

    static int intSetting(Properties p, String key, int def, int min, int max) {
        // A key read here but missing from CliSettings.KNOWN would be refused as unknown (ZWGK-9004); the tests,
        // which run every dispatch setting with assertions on, catch that drift.
        assert CliSettings.KNOWN.contains(key) : key + " is read but not in CliSettings.KNOWN";
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return def;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new ZwgkException(DispatchErrors.BAD_SETTING, key, v, min + "–" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ZwgkException(DispatchErrors.BAD_SETTING, key, v, "not an integer");
        }
    }
}
