package org.zwgk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.CalendarDay;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.calendar.notice.YearDiff;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zwgk calendar diff [OLD] NEW}: what a year file changes, day by day. With one file, against the calendar in
 * use (the bundled years plus {@code --calendar-data}): what adding it would change. Exit 0, 2 for unreadable files.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"比较年度日历文件的变化 / Show what a year file changes.",
            "只给 NEW 时，与当前使用的日历（内置年份加 --calendar-data）比较 / with NEW alone, against the calendar in use."})
final class CalendarDiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LangOption lang = new LangOption();

    @Parameters(arity = "1..2", paramLabel = "[OLD] NEW", description = "年度文件 / year files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--calendar-data", paramLabel = "DIR",
            description = "与只给 NEW 时的比较基准：加上此目录中的年度文件 / with NEW alone: the year files in use besides the bundled ones")
    Path calendarData;

    @Option(names = "--format", defaultValue = "text", description = "text | json（默认 text）")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale l = lang.locale();
        try {
            YearDiff d;
            if (files.size() == 2) {
                d = YearDiff.between(files.get(0).toString(), OfficeCli.read(files.get(0)), files.get(1).toString(),
                        OfficeCli.read(files.get(1)));
            } else {
                Path neu = files.get(0);
                OfficeCli.read(neu);
                int year = CalendarData.builder().file(neu).build().coverageStart().getYear();
                WorkingCalendar before = TimeCli.calendar(calendarData, false);
                CalendarData.Builder after = CalendarData.builder().builtIn()
                        .classpath(Thread.currentThread().getContextClassLoader());
                if (calendarData != null) {
                    after.directory(calendarData);
                }
                d = YearDiff.between(before, WorkingCalendar.builder().base(after.file(neu).build()).build(), year);
            }
            print(o, d, l);
            return Main.OK;
        } catch (ZwgkException e) {
            return CliSupport.fail(err, e, l);
        }
    }

    private void print(PrintWriter o, YearDiff d, Locale l) {
        boolean en = ErrorCode.isEnglish(l);
        if (format == Format.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("year", d.year());
            root.put("workingDaysChange", d.workingDaysChange());
            root.put("provisionalBefore", d.provisional());
            List<Object> cs = new ArrayList<>();
            for (YearDiff.DayChange c : d.changes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("date", c.date().toString());
                m.put("before", day(c.before()));
                m.put("after", day(c.after()));
                cs.add(m);
            }
            root.put("changes", cs);
            try {
                o.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            o.println(en ? d.year() + ": " + d.changes().size() + " days change, working days " + signed(d.workingDaysChange())
                    + (d.provisional() > 0 ? "; " + d.provisional() + " days were provisional (weekends only)" : "")
                    : d.year() + " 年：" + d.changes().size() + " 天有变化，工作日 " + signed(d.workingDaysChange()) + " 天"
                    + (d.provisional() > 0 ? "；此前 " + d.provisional() + " 天为暂定（仅按周末）" : ""));
            for (YearDiff.DayChange c : d.changes()) {
                o.println(c.date() + " " + TimeCli.weekday(c.date(), l) + " " + text(c.before()) + " -> "
                        + text(c.after()));
            }
        }
        o.flush();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private static String text(CalendarDay d) {
        return d.kind().id() + (d.name().isEmpty() ? "" : " " + d.name()) + (d.covered() ? "" : "?");
    }

    private static Map<String, Object> day(CalendarDay d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().id());
        m.put("name", d.name());
        m.put("working", d.working());
        m.put("covered", d.covered());
        return m;
    }
}
