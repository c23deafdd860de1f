package org.zwgk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zwgk.calendar.CalendarDay;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zwgk calendar --from D --to D [--format text|csv|json] [--strict]}. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"列出工作日历 / List the working-day calendar (State Council notices 2019–2026).",
            "CSV: date,working,kind,name — kind is workday, weekend, holiday or adjusted-workday.",
            "子命令 / subcommands: import-notice（通知全文 → 年度文件）, diff（年度文件的变化）."},
        subcommands = {CalendarImportNoticeCommand.class, CalendarDiffCommand.class})
final class CalendarCommand implements Callable<Integer> {

    static final int MAX_DAYS = 3660;

    enum Format { text, csv, json }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    LangOption lang = new LangOption();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    String to;

    @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--calendar-data", paramLabel = "DIR",
            description = "Directory of YYYY.yaml|json year files that add or override years (schemas/calendar.schema.json).")
    java.nio.file.Path calendarData;

    @Option(names = "--strict", description = "Fail on days outside the calendar data instead of a provisional answer.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean en = lang.lang == LangOption.Lang.en;
        try {
            if (from == null || to == null) { // not required by picocli: the subcommands do without them
                throw new TimeCli.UsageException(OfficeCliErrors.FROM_TO_REQUIRED);
            }
            LocalDate a = TimeCli.date("--from", from);
            LocalDate b = TimeCli.date("--to", to);
            if (b.isBefore(a)) {
                throw new TimeCli.UsageException(TimeCliErrors.BAD_RANGE, "--from/--to", from + ".." + to);
            }
            if (b.toEpochDay() - a.toEpochDay() + 1 > MAX_DAYS) {
                throw new TimeCli.UsageException(TimeCliErrors.RANGE_TOO_LONG, a, b, MAX_DAYS);
            }
            WorkingCalendar cal = TimeCli.calendar(calendarData, strict);
            List<CalendarDay> days = cal.days(a, b);
            boolean provisional = !cal.covers(a, b);
            switch (format) {
                case csv -> {
                    out.println("date,working,kind,name");
                    for (CalendarDay d : days) {
                        out.println(d.date() + "," + d.working() + "," + d.kind().id() + "," + TimeCli.csv(d.name()));
                    }
                }
                case json -> {
                    Map<String, Object> root = new LinkedHashMap<>();
                    root.put("calendarVersion", cal.version());
                    root.put("coverage", Map.of("from", cal.coverageStart().toString(), "to",
                            cal.coverageEnd().toString()));
                    root.put("provisional", provisional);
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (CalendarDay d : days) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("date", d.date().toString());
                        m.put("working", d.working());
                        m.put("kind", d.kind().id());
                        m.put("name", d.name());
                        m.put("covered", d.covered());
                        list.add(m);
                    }
                    root.put("days", list);
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
                }
                default -> {
                    for (CalendarDay d : days) {
                        out.println(d.date() + " " + TimeCli.weekday(d.date(), lang.locale()) + " "
                                + (en ? (d.working() ? "working" : "rest") : (d.working() ? "上班" : "休息"))
                                + " " + d.kind().id() + (d.name().isEmpty() ? "" : " " + d.name())
                                + (d.covered() ? "" : en ? " (provisional)" : " (暂定)"));
                    }
                }
            }
            out.flush();
            if (provisional) {
                err.println(en
                        ? "note: the calendar data cover " + cal.coverageStart() + ".." + cal.coverageEnd()
                            + "; days outside are weekend-only (provisional)"
                        : "注意：" + cal.coverageStart() + ".." + cal.coverageEnd()
                            + " 之外的日期没有节假日安排数据，仅按周末给出（暂定）");
                err.flush();
            }
            return Main.OK;
        } catch (ZwgkException e) {
            return TimeCli.fail(err, e, lang.locale());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
