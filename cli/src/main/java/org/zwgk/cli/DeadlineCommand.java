package org.zwgk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.spi.ZwgkException;
import org.zwgk.timelimit.ClockEvent;
import org.zwgk.timelimit.Deadline;
import org.zwgk.timelimit.DeadlineState;
import org.zwgk.timelimit.Suspended;
import org.zwgk.timelimit.Deadlines;
import org.zwgk.timelimit.ParsedTimeLimit;
import org.zwgk.timelimit.TimeLimitParser;
import org.zwgk.timelimit.TimeLimitRule;
import org.zwgk.timelimit.TraceDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk deadline --start D (--working-days N | --calendar-days N | --rule PHRASE) [--pause D..D]...
 * [--pause D..] [--extend N] [--restart D] [--strict] [--explain] [--format text|json]}. An open pause
 * ({@code D..}, the consultation letter is out and unanswered) gives the suspended state, not a date.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"计算法定期限 / Compute a statutory due date with its trace.",
            "The start day is not counted (Civil Code Art. 201); calendar-day periods ending on a rest day move to "
                + "the next working day (Art. 203). Put --rule last: the phrase may contain spaces."})
final class DeadlineCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    LangOption lang = new LangOption();

    @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD",
            description = "Start day: formation of the information, or receipt of the application (Art. 31).")
    String start;

    @Option(names = "--working-days", paramLabel = "N", description = "A period of N working days.")
    Integer workingDays;

    @Option(names = "--calendar-days", paramLabel = "N", description = "A period of N calendar days.")
    Integer calendarDays;

    @Option(names = "--rule", arity = "1..*", paramLabel = "PHRASE",
            description = "A 公开时限 phrase, e.g. 信息形成之日起 20 个工作日内 (put it last).")
    List<String> rule;

    @Option(names = "--pause", paramLabel = "FROM..TO|FROM..",
            description = "Days that do not count, inclusive (consultation, Arts. 32–34); repeatable. FROM.. is a "
                    + "pause not yet ended (letter sent, no answer): the result is the suspended state, not a date.")
    List<String> pauses = new ArrayList<>();

    @Option(names = "--extend", paramLabel = "N", description = "One extension of N ≤ 20 working days (Art. 33).")
    Integer extend;

    @Option(names = "--approver", defaultValue = "(CLI)", description = "Who approved the extension.")
    String approver;

    @Option(names = "--restart", paramLabel = "YYYY-MM-DD",
            description = "Count afresh from this day (supplemented application received, Art. 30).")
    String restart;

    @Option(names = "--calendar-data", paramLabel = "DIR",
            description = "Directory of YYYY.yaml|json year files that add or override years (schemas/calendar.schema.json).")
    java.nio.file.Path calendarData;

    @Option(names = "--strict", description = "Fail instead of a provisional result beyond the calendar data.")
    boolean strict;

    @Option(names = "--explain", description = "Print the trace: every day, counted or skipped and why.")
    boolean explain;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            LocalDate s = TimeCli.date("--start", start);
            int given = (workingDays != null ? 1 : 0) + (calendarDays != null ? 1 : 0) + (rule != null ? 1 : 0);
            if (given != 1) {
                throw new TimeCli.UsageException(TimeCliErrors.ONE_PERIOD);
            }
            TimeLimitRule r;
            ParsedTimeLimit parsed = null;
            if (workingDays != null) {
                r = new TimeLimitRule.WorkingDays(days("--working-days", workingDays), TimeLimitRule.Anchor.UNSPECIFIED);
            } else if (calendarDays != null) {
                r = new TimeLimitRule.CalendarDays(days("--calendar-days", calendarDays),
                        TimeLimitRule.Anchor.UNSPECIFIED);
            } else {
                parsed = new TimeLimitParser().parse(String.join(" ", rule));
                r = parsed.rule();
            }
            List<ClockEvent> events = new ArrayList<>();
            List<ClockEvent> open = new ArrayList<>();
            for (String p : pauses) {
                if (p.strip().endsWith("..")) {
                    LocalDate from = TimeCli.date("--pause", p.strip().substring(0, p.strip().length() - 2));
                    open.add(new ClockEvent.PauseOpened(from, "CLI --pause " + from + ".."));
                    continue;
                }
                LocalDate[] range = TimeCli.range("--pause", p);
                events.add(new ClockEvent.Pause(range[0], range[1], "CLI --pause"));
            }
            if (extend != null) {
                if (extend < 1 || extend > Deadlines.MAX_EXTENSION_WORKING_DAYS) {
                    throw new TimeCli.UsageException(TimeCliErrors.BAD_NUMBER, "--extend", extend, "1..20");
                }
                events.add(new ClockEvent.Extension(s, extend, approver));
            }
            if (restart != null) {
                events.add(new ClockEvent.Restart(TimeCli.date("--restart", restart), "CLI --restart"));
            }
            // the open pause goes last: it is the only event that may not be followed (ZWGK-2207 for a second one)
            events.addAll(open);
            WorkingCalendar cal = TimeCli.calendar(calendarData, strict);
            DeadlineState state = Deadlines.evaluate(s, r, events, cal);
            if (format == Format.json) {
                out.println(json(state, parsed));
            } else {
                text(out, state, parsed, cal);
            }
            out.flush();
            return Main.OK;
        } catch (ZwgkException e) {
            return TimeCli.fail(err, e, lang.locale());
        }
    }

    private static int days(String option, int n) {
        if (n < 1 || n > 3650) {
            throw new TimeCli.UsageException(TimeCliErrors.BAD_NUMBER, option, n, "1..3650");
        }
        return n;
    }

    private void text(PrintWriter out, DeadlineState d, ParsedTimeLimit parsed, WorkingCalendar cal) {
        if (d instanceof Deadline fixed) {
            out.println("due: " + fixed.due());
            out.println("weekday: " + TimeCli.weekday(fixed.due(), lang.locale()));
        } else {
            Suspended s = (Suspended) d;
            String unit = unit(s);
            out.println("due: none (suspended)");
            out.println("suspended-since: " + s.since());
            out.println("consumed: " + s.consumed() + " " + unit);
            out.println("remaining: " + s.remaining() + " " + unit);
            out.println("period: " + s.period() + " " + unit);
            out.println("summary: " + s.summary(lang.locale()));
        }
        out.println("start: " + d.start());
        out.println("rule: " + d.rule().describe());
        if (parsed != null && parsed.otherLawPrevails()) {
            out.println(lang.lang == LangOption.Lang.en ? "note: other law prevails where it sets another period"
                    : "note: 法律、法规另有规定的，从其规定");
        }
        out.println("provisional: " + d.provisional());
        out.println("calendarVersion: " + d.calendarVersion());
        out.println("coverage: " + cal.coverageStart() + ".." + cal.coverageEnd());
        for (String w : d.warnings()) {
            out.println("warning: " + w);
        }
        if (explain) {
            out.println("trace:");
            for (String line : d.explain(lang.locale())) {
                out.println("  " + line);
            }
        }
    }

    private static String unit(Suspended s) {
        return s.unit() == TimeLimitRule.Unit.WORKING_DAYS ? "working-days" : "calendar-days";
    }

    private String json(DeadlineState d, ParsedTimeLimit parsed) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (d instanceof Deadline fixed) {
            root.put("state", "due");
            root.put("due", fixed.due().toString());
        } else {
            Suspended s = (Suspended) d;
            root.put("state", "suspended");
            root.put("due", null);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("since", s.since().toString());
            m.put("unit", unit(s));
            m.put("consumed", s.consumed());
            m.put("remaining", s.remaining());
            m.put("period", s.period());
            m.put("summary", s.summary(lang.locale()));
            root.put("suspended", m);
        }
        root.put("provisional", d.provisional());
        root.put("calendarVersion", d.calendarVersion());
        root.put("start", d.start().toString());
        root.put("rule", d.rule().describe());
        if (parsed != null) {
            root.put("otherLawPrevails", parsed.otherLawPrevails());
        }
        root.put("warnings", d.warnings());
        if (explain) {
            List<Map<String, Object>> trace = new ArrayList<>();
            for (TraceDay t : d.trace()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", t.date().toString());
                m.put("kind", t.kind().id());
                m.put("name", t.name());
                m.put("status", t.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                m.put("reason", lang.lang == LangOption.Lang.en ? t.status().labelEn() : t.status().label());
                m.put("count", t.count());
                m.put("covered", t.covered());
                trace.add(m);
            }
            root.put("trace", trace);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
