package org.zwgk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.gate.DueDateCalculator;
import org.zwgk.gate.DeadlineMonitor;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.ZwgkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zwgk obligations recompute}: operations on the stored disclosure obligations. */
@Command(name = "obligations", mixinStandardHelpOptions = true,
        description = "处理已登记的公开义务 / operate on the stored disclosure obligations",
        subcommands = {ObligationsCommand.RecomputeCmd.class})
public final class ObligationsCommand {

    @Command(name = "recompute", mixinStandardHelpOptions = true,
            description = {"重新计算暂定截止日期 / recompute provisional due dates.",
                "Every open obligation whose due date lay beyond the calendar data (provisional) is recomputed from "
                    + "its start date and rule with the national calendar plus --calendar-data; changes are stored "
                    + "and recorded. Fulfilled and exempted obligations are not touched."})
    static final class RecomputeCmd implements Callable<Integer> {

        enum Format { text, json }

        @Option(names = "--store", required = true, paramLabel = "JDBC_URL",
                description = "数据库 JDBC URL，例如 jdbc:h2:file:./zwgk 或 jdbc:postgresql://host/db?user=…")
        String store;

        @Option(names = "--calendar-data", paramLabel = "DIR",
                description = "Directory of YYYY.yaml|json year files that add or override years "
                        + "(schemas/calendar.schema.json), e.g. next year's notice.")
        Path calendarData;

        @Option(names = "--actor", defaultValue = "zwgk obligations recompute", paramLabel = "NAME",
                description = "Who runs it, recorded with every change (default: ${DEFAULT-VALUE}).")
        String actor;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--config", paramLabel = "FILE",
                description = "A file with zwgk.log.key (or the environment variable ZWGK_LOG_KEY): the recomputation "
                        + "events join the keyed chains.")
        Path config;

        @Spec
        CommandSpec spec;

        @Mixin
        LangOption lang = new LangOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                WorkingCalendar calendar = TimeCli.calendar(calendarData, false);
                ZwgkStore s = ZwgkStore.openExisting(store, Clock.systemUTC());
                DeadlineMonitor.Recomputation r = new DeadlineMonitor(s,
                        org.zwgk.lifecycle.EventLog.of(CliSupport.logKey(CliSupport.settings(config))))
                        .recomputeProvisional(DueDateCalculator.official(calendar), actor);
                if (format == Format.json) {
                    out.println(json(r, calendar));
                } else {
                    text(out, r, calendar);
                }
                out.flush();
                return r.skipped().isEmpty() ? Main.OK : Main.FINDINGS;
            } catch (ZwgkException e) {
                return CliSupport.fail(err, e, lang.locale());
            }
        }

        private void text(PrintWriter out, DeadlineMonitor.Recomputation r, WorkingCalendar calendar) {
            boolean en = ErrorCode.isEnglish(lang.locale());
            out.println("calendar: " + calendar.version() + " (" + calendar.coverageStart() + ".."
                    + calendar.coverageEnd() + ")");
            for (DeadlineMonitor.DueDateChange c : r.changed()) {
                out.printf("%d %s %s -> %s provisional=%s%n", c.before().id(), c.before().key(), c.oldDue(),
                        c.newDue(), c.provisional());
            }
            for (DeadlineMonitor.Skipped sk : r.skipped()) {
                out.printf("%d %s skipped: %s%n", sk.obligation().id(), sk.obligation().key(), sk.problem(lang.locale()));
            }
            int unchanged = r.examined() - r.changed().size() - r.skipped().size();
            out.println(en
                    ? "examined " + r.examined() + " provisional obligations: " + r.changed().size() + " changed ("
                            + r.stillProvisional() + " still provisional), " + unchanged + " unchanged, "
                            + r.skipped().size() + " skipped"
                    : "检查暂定义务 " + r.examined() + " 项：已更新 " + r.changed().size() + " 项（其中仍为暂定 "
                            + r.stillProvisional() + " 项），未变 " + unchanged + " 项，跳过 " + r.skipped().size() + " 项");
        }

        private String json(DeadlineMonitor.Recomputation r, WorkingCalendar calendar) {
            StringBuilder b = new StringBuilder("{\"calendarVersion\":").append(CliSupport.json(calendar.version()))
                    .append(",\"examined\":").append(r.examined()).append(",\"changed\":[");
            for (int i = 0; i < r.changed().size(); i++) {
                DeadlineMonitor.DueDateChange c = r.changed().get(i);
                b.append(i == 0 ? "\n  " : ",\n  ").append("{\"id\":").append(c.before().id())
                        .append(",\"key\":").append(CliSupport.json(c.before().key()))
                        .append(",\"kind\":").append(CliSupport.json(c.before().kind().name()))
                        .append(",\"item\":").append(CliSupport.json(c.before().itemId()))
                        .append(",\"oldDue\":").append(CliSupport.json(c.oldDue().toString()))
                        .append(",\"newDue\":").append(CliSupport.json(c.newDue().toString()))
                        .append(",\"provisional\":").append(c.provisional())
                        .append(",\"oldCalendarVersion\":").append(CliSupport.json(c.before().calendarVersion()))
                        .append(",\"calendarVersion\":").append(CliSupport.json(c.calendarVersion()))
                        .append('}');
            }
            b.append(r.changed().isEmpty() ? "]" : "\n]").append(",\"skipped\":[");
            for (int i = 0; i < r.skipped().size(); i++) {
                DeadlineMonitor.Skipped sk = r.skipped().get(i);
                b.append(i == 0 ? "\n  " : ",\n  ").append("{\"id\":").append(sk.obligation().id())
                        .append(",\"key\":").append(CliSupport.json(sk.obligation().key()))
                        .append(",\"problem\":").append(CliSupport.json(sk.problem(lang.locale())))
                        .append('}');
            }
            return b.append(r.skipped().isEmpty() ? "]}" : "\n]}").toString();
        }
    }
}
