package org.zwgk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zwgk.publish.ChannelPause;
import org.zwgk.publish.LateResult;
import org.zwgk.publish.Outbox;
import org.zwgk.publish.OutboxEntry;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.store.ZwgkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zwgk outbox list|show|retry|cancel|release|resume}: the operator API of the publication outbox. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "查看与处理发布队列 / inspect and operate the publication outbox",
        subcommands = {OutboxCommand.ListCmd.class, OutboxCommand.ShowCmd.class, OutboxCommand.RetryCmd.class,
            OutboxCommand.CancelCmd.class, OutboxCommand.ReleaseCmd.class, OutboxCommand.ResumeCmd.class})
public final class OutboxCommand {

    abstract static class StoreOptions {
        @Option(names = "--store", required = true, paramLabel = "JDBC_URL",
                description = "数据库 JDBC URL，例如 jdbc:h2:file:./zwgk 或 jdbc:postgresql://host/db?user=…")
        String store;

        @Spec
        CommandSpec spec;

        @Mixin
        LangOption lang = new LangOption();

        /** Opens the existing store: an operator command never creates or migrates a schema (ZWGK-4006/4007/4008). */
        Outbox outbox() {
            return new Outbox(ZwgkStore.openExisting(store, Clock.systemUTC()));
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出条目及各渠道投递状态 / list entries")
    static final class ListCmd extends StoreOptions implements Callable<Integer> {
        @Option(names = "--status", paramLabel = "STATUS", description = "只列出该状态，如 QUARANTINED")
        String status;

        /** An unknown format is a usage error (exit 2), as in validate, calendar and deadline. */
        enum Format { text, json }

        @Option(names = "--format", defaultValue = "text", description = "text 或 json (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--limit", defaultValue = "1000", description = "最多列出条数 (default: ${DEFAULT-VALUE})")
        int limit;

        @Override
        public Integer call() {
            try {
                DeliveryStatus s = null;
                if (status != null) {
                    try {
                        s = DeliveryStatus.valueOf(status.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new ZwgkException(DispatchErrors.UNKNOWN_STATUS, status);
                    }
                }
                Outbox outbox = outbox();
                List<OutboxEntry> entries = outbox.list(s, limit);
                List<ChannelPause> pauses = outbox.pauses();
                if (format == Format.json) {
                    out().println(toJson(entries, pauses));
                } else {
                    out().printf("%-6s %-24s %-10s %-9s %-12s %-4s %-34s %s%n", "ID", "ITEM", "CHANNEL", "ACTION",
                            "STATUS", "TRY", "IDEMPOTENCY-KEY", "NEXT/ERROR/URL/REMOTE-ID");
                    for (OutboxEntry e : entries) {
                        String extra = extra(e);
                        out().printf("%-6d %-24s %-10s %-9s %-12s %-4d %-34s %s%n", e.id(), e.itemId(), e.channel(),
                                e.action(), e.status(), e.attempts(), e.idempotencyKey(), extra);
                    }
                    // Channels no dispatcher touches until the given time (a rate limit with a reset time).
                    for (ChannelPause p : pauses) {
                        out().printf("PAUSED %s until %s %s%s by %s: %s%n", p.channel(), p.pausedUntil(),
                                p.errorKind(), p.remoteCode() == null ? "" : " " + p.remoteCode(), p.pausedBy(),
                                p.reason() == null ? "" : p.reason());
                    }
                }
                out().flush();
                return Main.OK;
            } catch (ZwgkException e) {
                return CliSupport.fail(err(), e, lang.locale());
            }
        }
    }

    /**
     * The last column: the error if any; else the public URL; for a finished entry without one its remote id (the
     * archive's {@code batches/<yyyyMMdd>/<package>}: handed over); for an accepted one the next check and the remote
     * id (the archive's pending package, asked again on the next hand-over day); else the next attempt.
     */
    static String extra(OutboxEntry e) {
        if (e.status() == DeliveryStatus.SUPERSEDED) {
            return e.supersededBy() == null ? "superseded" : "superseded by " + e.supersededBy();
        }
        if (e.status() == DeliveryStatus.CANCELLED) {
            return "cancelled by " + e.cancelledBy() + ": " + e.lastError();
        }
        // A waiting entry shows when it is tried next, a failed one also why it failed (kind, attempts, next try).
        boolean waits = (e.status() == DeliveryStatus.QUEUED || e.status() == DeliveryStatus.FAILED)
                && e.nextAttemptAt() != null;
        String next = waits ? "next " + e.nextAttemptAt() : null;
        if (e.lastError() != null) {
            return (next == null ? "" : next + "; ") + e.lastErrorKind() + " " + e.lastError();
        }
        if (next != null) {
            return next;
        }
        if (e.publicUrl() != null) {
            return e.publicUrl();
        }
        boolean finished = e.status() == DeliveryStatus.LIVE || e.status() == DeliveryStatus.WITHDRAWN;
        if (finished && e.remoteId() != null) {
            return e.remoteId();
        }
        if (e.status() == DeliveryStatus.ACCEPTED && e.remoteId() != null) {
            return e.nextAttemptAt() + " " + e.remoteId();
        }
        return String.valueOf(e.nextAttemptAt());
    }

    /** Applies one outbox operation to each entry id in turn and prints {@code id status} per entry. */
    abstract static class PerEntryCmd extends StoreOptions implements Callable<Integer> {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "条目编号")
        List<Long> ids;

        abstract OutboxEntry apply(Outbox outbox, long id);

        @Override
        public Integer call() {
            try {
                Outbox o = outbox();
                for (long id : ids) {
                    OutboxEntry e = apply(o, id);
                    out().println(e.id() + " " + e.status());
                }
                out().flush();
                return Main.OK;
            } catch (ZwgkException e) {
                return CliSupport.fail(err(), e, lang.locale());
            }
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "重新排队已隔离或失败的条目 / re-queue quarantined or failed entries")
    static final class RetryCmd extends PerEntryCmd {
        @Override
        OutboxEntry apply(Outbox outbox, long id) {
            return outbox.retry(id);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "取消尚未投递的条目（不再投递；撤回条目不能取消） / cancel entries not yet delivered")
    static final class CancelCmd extends PerEntryCmd {
        @Option(names = "--by", required = true, paramLabel = "NAME", description = "操作人 / operator")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "取消理由 / why")
        String reason;

        @Override
        OutboxEntry apply(Outbox outbox, long id) {
            return outbox.cancel(id, by, reason);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "显示一个条目及其迟到结果 / show one entry and its late results")
    static final class ShowCmd extends StoreOptions implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "条目编号")
        long id;

        @Override
        public Integer call() {
            try {
                Outbox o = outbox();
                OutboxEntry e = o.get(id);
                out().printf("%d %s %s %s v%d %s %s%n", e.id(), e.itemId(), e.channel(), e.action(), e.version(),
                        e.status(), extra(e));
                out().println("key " + e.idempotencyKey() + ", attempts " + e.attempts()
                        + (e.claimedBy() == null ? "" : ", claimed by " + e.claimedBy() + " until " + e.leaseUntil()));
                // Results of deliveries whose claim had been taken over: what the channel said, not the outcome.
                for (LateResult l : o.lateResults(id)) {
                    out().printf("LATE %s fence %d by %s: %s%s%s%n", l.recordedAt(), l.fence(), l.worker(),
                            l.outcome(), l.remoteId() == null ? "" : " " + l.remoteId(),
                            l.detail() == null ? "" : " " + l.detail());
                }
                out().flush();
                return Main.OK;
            } catch (ZwgkException e) {
                return CliSupport.fail(err(), e, lang.locale());
            }
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true,
            description = "释放已停止的分发器持有的认领 / release claims held by a dead dispatcher")
    static final class ReleaseCmd extends PerEntryCmd {
        @Override
        OutboxEntry apply(Outbox outbox, long id) {
            return outbox.release(id);
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "提前结束渠道因限额而暂停的状态（如已在公众平台重置接口额度） / end a channel's rate-limit pause now")
    static final class ResumeCmd extends StoreOptions implements Callable<Integer> {
        @Parameters(paramLabel = "CHANNEL", arity = "1..*", description = "渠道，如 wechat")
        List<String> channels;

        @Override
        public Integer call() {
            try {
                Outbox o = outbox();
                for (String ch : channels) {
                    out().println(o.resume(ch).map(p -> ch + " resumed (paused until " + p.pausedUntil() + ")")
                            .orElse(ch + " not paused"));
                }
                out().flush();
                return Main.OK;
            } catch (ZwgkException e) {
                return CliSupport.fail(err(), e, lang.locale());
            }
        }
    }

    static String toJson(List<OutboxEntry> entries, List<ChannelPause> pauses) {
        java.util.Map<String, String> pausedUntil = new java.util.HashMap<>();
        pauses.forEach(p -> pausedUntil.put(p.channel(), p.pausedUntil().toString()));
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("\n  {\"id\":").append(e.id())
                    .append(",\"item\":").append(CliSupport.json(e.itemId()))
                    .append(",\"channel\":").append(CliSupport.json(e.channel()))
                    .append(",\"action\":").append(CliSupport.json(e.action().name()))
                    .append(",\"version\":").append(e.version())
                    .append(",\"status\":").append(CliSupport.json(e.status().name()))
                    .append(",\"statusLabel\":").append(CliSupport.json(e.status().label()))
                    .append(",\"attempts\":").append(e.attempts())
                    .append(",\"idempotencyKey\":").append(CliSupport.json(e.idempotencyKey()))
                    .append(",\"nextAttemptAt\":").append(CliSupport.json(str(e.nextAttemptAt())))
                    .append(",\"claimedBy\":").append(CliSupport.json(e.claimedBy()))
                    .append(",\"leaseUntil\":").append(CliSupport.json(str(e.leaseUntil())))
                    .append(",\"lastErrorKind\":").append(CliSupport.json(e.lastErrorKind()))
                    .append(",\"lastErrorCode\":").append(CliSupport.json(e.lastErrorCode()))
                    .append(",\"lastError\":").append(CliSupport.json(e.lastError()))
                    .append(",\"remoteId\":").append(CliSupport.json(e.remoteId()))
                    .append(",\"url\":").append(CliSupport.json(e.publicUrl()))
                    .append(",\"supersededBy\":").append(e.supersededBy() == null ? "null" : e.supersededBy().toString())
                    .append(",\"cancelledBy\":").append(CliSupport.json(e.cancelledBy()))
                    .append(",\"channelPausedUntil\":").append(CliSupport.json(pausedUntil.get(e.channel())))
                    .append('}');
        }
        return b.append(entries.isEmpty() ? "]" : "\n]").toString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
