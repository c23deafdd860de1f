package org.zwgk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zwgk.adapter.archive.ArchiveAdapter;
import org.zwgk.lifecycle.LogKey;
import org.zwgk.lifecycle.LogVerification;
import org.zwgk.lifecycle.LogVerifier;
import org.zwgk.lifecycle.RecordErrors;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zwgk log verify}: the record proves itself — chains, content, payloads and the archive's anchors. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "校验事件日志 / verify the tamper-evident record", subcommands = {LogCommand.VerifyCmd.class})
public final class LogCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"校验每条信息的事件链（有 zwgk.log.key 时按 HMAC 校验）、链中记录的内容摘要（标题、正文、公开版本、附件、"
                + "待投递内容）与档案移交清单中的日志锚点 / verify every item's event chain (HMAC with zwgk.log.key), the "
                + "content its events recorded (title, body, public version, files, queued payloads) and the anchors "
                + "of the archive's hand-over manifests.",
                "Exit 0: intact; 1: findings (each with its item, event and place); 2: usage, unreadable input, or "
                + "keyed events without the key."})
    static final class VerifyCmd implements Callable<Integer> {

        enum Format { text, json }

        @Option(names = "--store", required = true, paramLabel = "JDBC_URL",
                description = "数据库 JDBC URL，例如 jdbc:h2:file:./zwgk 或 jdbc:postgresql://host/db?user=…")
        String store;

        @Option(names = "--archive", paramLabel = "DIR",
                description = "档案渠道的移交目录（zwgk.channel.archive.out），校验其中的日志锚点")
        Path archive;

        @Option(names = "--config", paramLabel = "FILE",
                description = "含 zwgk.log.key 的配置文件（或用环境变量 ZWGK_LOG_KEY） / a file with zwgk.log.key")
        Path config;

        @Option(names = "--keyed-since", paramLabel = "DATE",
                description = "有密钥时，此日期（北京时间）之前的事件可以未签名（配置密钥之前写入的） / with a key, events "
                        + "before this date (Beijing time) may be unkeyed")
        java.time.LocalDate keyedSince;

        @Option(names = "--format", defaultValue = "text", description = "text 或 json (default: ${DEFAULT-VALUE})")
        Format format;

        @Spec
        CommandSpec spec;

        @Mixin
        LangOption lang = new LangOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                LogKey key = CliSupport.logKey(CliSupport.settings(config));
                List<LogVerifier.Anchor> anchors = new ArrayList<>();
                if (archive != null) {
                    if (!Files.isDirectory(archive.resolve("batches"))) {
                        throw new ZwgkException(LogErrors.ARCHIVE_NOT_FOUND, archive);
                    }
                    try {
                        for (ArchiveAdapter.Anchor a : ArchiveAdapter.anchors(archive)) {
                            anchors.add(new LogVerifier.Anchor(a.itemId(), a.position(), a.hash(), a.source()));
                        }
                    } catch (IOException | RuntimeException e) {
                        throw new ZwgkException(LogErrors.ARCHIVE_UNREADABLE, e.getMessage());
                    }
                }
                ZwgkStore s = ZwgkStore.openExisting(store, Clock.systemUTC());
                LogVerification v;
                try (Connection c = s.connection()) {
                    LogVerifier verifier = LogVerifier.full(key);
                    if (keyedSince != null) {
                        verifier = verifier.keyedSince(keyedSince.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                                .toInstant());
                    }
                    v = verifier.verify(c, anchors);
                } catch (java.sql.SQLException e) {
                    throw new StoreException(StoreErrors.DATABASE_ERROR, e, "verify", StoreException.describe(e));
                }
                List<LogVerification.Finding> needKey = v.findings().stream()
                        .filter(f -> f.kind() == LogVerification.Kind.KEY_REQUIRED).toList();
                if (!needKey.isEmpty() && key == null) {
                    throw new ZwgkException(RecordErrors.KEY_REQUIRED, needKey.get(0).detail().replaceAll(
                            "^signed with (\\S+);.*$", "$1"));
                }
                if (format == Format.json) {
                    out.println(json(v, anchors.size()));
                } else {
                    for (LogVerification.Finding f : v.findings()) {
                        out.println(f.line());
                    }
                    boolean en = org.zwgk.spi.ErrorCode.isEnglish(lang.locale());
                    out.println(en
                            ? v.itemsChecked() + " items, " + v.eventsChecked() + " events, " + anchors.size()
                                    + " anchors" + (key == null ? " (no key)" : " (key " + key.id() + ")") + ": "
                                    + (v.intact() ? "intact" : v.findings().size() + " problem(s)")
                            : "信息 " + v.itemsChecked() + " 条，事件 " + v.eventsChecked() + " 条，锚点 " + anchors.size()
                                    + " 个" + (key == null ? "（未提供密钥）" : "（密钥 " + key.id() + "）") + "："
                                    + (v.intact() ? "完好" : "发现 " + v.findings().size() + " 处问题"));
                }
                out.flush();
                return v.intact() ? Main.OK : Main.FINDINGS;
            } catch (ZwgkException e) {
                return CliSupport.fail(err, e, lang.locale());
            }
        }

        private static String json(LogVerification v, int anchors) {
            StringBuilder b = new StringBuilder("{\"intact\":").append(v.intact()).append(",\"items\":")
                    .append(v.itemsChecked()).append(",\"events\":").append(v.eventsChecked()).append(",\"anchors\":")
                    .append(anchors).append(",\"findings\":[");
            for (int i = 0; i < v.findings().size(); i++) {
                LogVerification.Finding f = v.findings().get(i);
                b.append(i == 0 ? "\n  " : ",\n  ").append("{\"kind\":").append(CliSupport.json(f.kind().name()))
                        .append(",\"item\":").append(CliSupport.json(f.itemId()))
                        .append(",\"position\":").append(f.position())
                        .append(",\"where\":").append(CliSupport.json(f.where()))
                        .append(",\"detail\":").append(CliSupport.json(f.detail())).append('}');
            }
            return b.append(v.findings().isEmpty() ? "]}" : "\n]}").toString();
        }
    }
}
