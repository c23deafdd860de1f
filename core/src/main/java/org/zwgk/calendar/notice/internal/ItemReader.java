package org.zwgk.calendar.notice.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.calendar.notice.NoticeErrors;
import org.zwgk.calendar.notice.NoticeProblem;

/**
 * Reads one item of a notice ("二、春节：1月28日（农历除夕、周二）至2月4日……放假调休，共8天。1月26日（周日）、2月8日（周六）上班。").
 *
 * <p>Every date of the item is found first, with the note in brackets right after it (weekday, 农历 day). The item
 * is then reduced to a skeleton in which each date is one placeholder character, cut into clauses at commas and full
 * stops outside brackets, and each clause is matched against the phrasings used since 2008. A clause holding a date
 * and a word about rest or work that matches none of them is an error quoting its sentence — never a guess; a clause
 * with dates but no such word (an encouragement such as "安排职工在除夕（2月9日）休息") is reported and not read.
 */
final class ItemReader {

    /** Placeholder of one date in a skeleton. */
    static final char D = '\uE000';

    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:[（(]([^）)]*)[）)])?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|礼拜|周)([一二三四五六日天])");
    private static final Pattern NAMED = Pattern.compile("^([^，。：:\\d（()）]{1,30})[：:](.*)$");
    private static final String SEP = "(?:至|到|—|－|–|-|～|~|―)";
    private static final String REST = "(?:放假|放假公休|放假调休|调休放假)";
    private static final Pattern RANGE_REST = Pattern.compile("^" + D + SEP + D + REST + "(?:共?(\\d+)天)?$");
    private static final Pattern SINGLE_REST = Pattern.compile("^" + D + REST + "(?:共?(\\d+)天)?$");
    private static final Pattern COUNT = Pattern.compile("^共(\\d+)天$");
    private static final Pattern WORK = Pattern.compile("^" + D + "(?:、" + D + ")*(?:调休)?上班$");
    private static final Pattern MAKEUP = Pattern.compile("^" + D + "补休$");
    private static final Pattern RESUME = Pattern.compile("^" + D + "起(?:正常)?上班$");
    private static final Pattern EXTEND = Pattern.compile("^延长(?:\\d{4}年)?(.*?)(?:假期|放假)?至" + D + "$");
    private static final Pattern STATUTORY = Pattern.compile("^" + D + "(?:、" + D + ")*为.{0,8}法定(?:节)?假日$");
    private static final Pattern PUBLIC_REST = Pattern.compile("^" + D + "(?:、" + D + ")*(?:照常公休|为公休日)$");
    private static final Pattern MOVED = Pattern.compile("^(" + D + "(?:、" + D + ")*)(?:两个|三个)?公休日调至(" + D
            + "(?:、" + D + ")*)$");
    private static final Pattern KEYWORD = Pattern.compile("放假|补休|上班|公休|调休|调至|法定节假日|假期");
    private static final String[] FESTIVALS = {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};

    /** One date as written. */
    record Token(Integer year, Integer month, int day, String note, String written) {
    }

    /** What an item arranges. Fields stay {@code null} when the item does not say. */
    static final class Parsed {
        int line;
        String name;
        String quote;
        LocalDate from;
        LocalDate to;
        final List<LocalDate> work = new ArrayList<>();
        boolean withWeekend;
        LocalDate extendTo;
        String extendName;
        LocalDate resume;
        String resumeQuote;
        boolean anyDate;
    }

    private final String source;
    private final int year;
    private final List<NoticeProblem> problems;
    private final List<NoticeProblem> warnings;
    private int line;

    ItemReader(String source, int year, List<NoticeProblem> problems, List<NoticeProblem> warnings) {
        this.source = source;
        this.year = year;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The festival a text names (元旦, 春节 …), if exactly one. */
    static String festivalIn(String text) {
        String found = null;
        for (String f : FESTIVALS) {
            String shortName = f.length() > 2 ? f.substring(0, f.length() - 1) : f; // 劳动节 → 劳动, never 春
            if (text.contains(f) || text.contains(shortName)) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    Parsed read(int line, String body) {
        Parsed p = new Parsed();
        this.line = line;
        p.line = line;
        p.quote = body;
        Matcher named = NAMED.matcher(body);
        String text = body;
        if (named.matches()) {
            p.name = named.group(1);
            text = named.group(2);
        }
        List<String> sentences = sentences(text);
        // Dates inherit a missing year and month from the date before them in the item ("2月20日、21日").
        boolean mentionsPreviousYear = text.contains((year - 1) + "年");
        LocalDate previous = null;
        for (String sentence : sentences) {
            String quote = sentence;
            Matcher m = DATE.matcher(sentence);
            List<LocalDate> dates = new ArrayList<>();
            List<Token> tokens = new ArrayList<>();
            StringBuilder skeleton = new StringBuilder();
            int last = 0;
            boolean bad = false;
            while (m.find()) {
                skeleton.append(sentence, last, m.start()).append(D);
                last = m.end();
                Token t = new Token(m.group(1) == null ? null : Integer.valueOf(m.group(1)),
                        m.group(2) == null ? null : Integer.valueOf(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4), m.group());
                tokens.add(t);
                LocalDate d = resolve(t, previous, mentionsPreviousYear, quote);
                if (d == null) {
                    bad = true;
                    dates.add(null);
                    continue;
                }
                checkWeekday(t, d, quote);
                dates.add(d);
                previous = d;
            }
            skeleton.append(sentence.substring(last));
            if (tokens.isEmpty()) {
                continue; // no date: words around the arrangement, nothing to read
            }
            p.anyDate = true;
            if (bad) {
                continue;
            }
            readClauses(p, skeleton.toString(), dates, quote);
        }
        return p;
    }

    private void readClauses(Parsed p, String skeleton, List<LocalDate> dates, String quote) {
        int next = 0;
        for (String clause : clauses(skeleton)) {
            int n = count(clause);
            List<LocalDate> ds = dates.subList(next, next + n);
            next += n;
            Matcher m;
            if ((m = RANGE_REST.matcher(clause)).matches()) {
                rest(p, ds.get(0), ds.get(1), quote);
                count(p, m.group(1), quote);
            } else if ((m = SINGLE_REST.matcher(clause)).matches()) {
                rest(p, ds.get(0), ds.get(0), quote);
                count(p, m.group(1), quote);
            } else if ((m = COUNT.matcher(clause)).matches()) {
                if (p.from == null) {
                    unreadable(p, quote);
                } else {
                    count(p, m.group(1), quote);
                }
            } else if (clause.equals("与周末连休")) {
                if (p.from == null) {
                    unreadable(p, quote);
                } else {
                    p.withWeekend = true;
                    if (!weekendBefore(p.from) && !weekendAfter(p.to)) {
                        badRange(p, quote, p.from + " 至 " + p.to + " 前后都不是周末，与“与周末连休”不符",
                                p.from + " to " + p.to + " does not adjoin a weekend, unlike \"与周末连休\" says");
                    }
                }
            } else if (clause.equals("不调休") || clause.equals("其中") || n == 0) {
                continue; // "不调休" is checked by the absence of 上班; "其中" opens the 2008–09 detail
            } else if ((m = MAKEUP.matcher(clause)).matches()) {
                makeUp(p, ds.get(0), quote);
            } else if (WORK.matcher(clause).matches()) {
                for (LocalDate d : ds) {
                    if (!weekend(d)) {
                        problems.add(NoticeProblem.of(NoticeErrors.WORKDAY_NOT_WEEKEND, source, p.line, quote, d,
                                weekdayZh(d), weekdayEn(d)));
                    } else if (!p.work.contains(d)) {
                        p.work.add(d);
                    }
                }
            } else if (RESUME.matcher(clause).matches()) {
                p.resume = ds.get(0);
                p.resumeQuote = quote;
            } else if ((m = EXTEND.matcher(clause)).matches()) {
                p.extendTo = ds.get(0);
                p.extendName = festivalIn(m.group(1));
            } else if (STATUTORY.matcher(clause).matches() || PUBLIC_REST.matcher(clause).matches()) {
                within(p, ds, quote);
            } else if ((m = MOVED.matcher(clause)).matches()) {
                // "12月29日（星期六）公休日调至12月31日（星期一）": the days moved to are days off
                int sources = count(m.group(1));
                for (LocalDate d : ds.subList(0, sources)) {
                    if (!weekend(d)) {
                        badRange(p, quote, d + " 是" + weekdayZh(d) + "，不是公休日",
                                d + " is a " + weekdayEn(d) + ", not a weekly rest day");
                    }
                }
                within(p, ds.subList(sources, ds.size()), quote);
            } else if (KEYWORD.matcher(clause).find()) {
                unreadable(p, quote);
            } else {
                warnings.add(NoticeProblem.of(NoticeErrors.IGNORED_SENTENCE, source, p.line, quote));
            }
        }
    }

    private void rest(Parsed p, LocalDate from, LocalDate to, String quote) {
        if (to.isBefore(from) && from.getMonthValue() == 12 && to.getMonthValue() == 1
                && from.getYear() == to.getYear()) {
            from = from.minusYears(1); // "12月31日至1月2日" written without years
        }
        if (p.from != null) {
            badRange(p, quote, "一个条目中有两段放假日期", "one item with two rest periods");
            return;
        }
        if (to.isBefore(from)) {
            badRange(p, quote, "放假结束日 " + to + " 早于开始日 " + from, "the rest period ends (" + to
                    + ") before it starts (" + from + ")");
            return;
        }
        p.from = from;
        p.to = to;
    }

    private void count(Parsed p, String days, String quote) {
        if (days == null || p.from == null) {
            return;
        }
        long actual = p.to.toEpochDay() - p.from.toEpochDay() + 1;
        if (Integer.parseInt(days) != actual) {
            problems.add(NoticeProblem.of(NoticeErrors.DAY_COUNT_MISMATCH, source, p.line, quote, days, p.from, p.to,
                    actual));
        }
    }

    /** "4月5日放假，4月7日（星期一）补休": the rest period runs to the 补休 day over the weekend between. */
    private void makeUp(Parsed p, LocalDate day, String quote) {
        if (p.from == null || !day.isAfter(p.to)) {
            badRange(p, quote, "补休日 " + day + " 不在放假日之后", "the make-up rest day " + day
                    + " is not after the holiday");
            return;
        }
        for (LocalDate d = p.to.plusDays(1); d.isBefore(day); d = d.plusDays(1)) {
            if (!weekend(d)) {
                badRange(p, quote, "放假日与补休日 " + day + " 之间的 " + d + " 不是周末",
                        d + ", between the holiday and the make-up rest day " + day + ", is not a weekend day");
                return;
            }
        }
        if (weekend(day)) {
            badRange(p, quote, "补休日 " + day + " 是" + weekdayZh(day) + "，补休应在工作日",
                    "the make-up rest day " + day + " is a " + weekdayEn(day) + "; it should be a working day");
            return;
        }
        p.to = day;
    }

    private void within(Parsed p, List<LocalDate> days, String quote) {
        for (LocalDate d : days) {
            if (p.from == null || d.isBefore(p.from) || d.isAfter(p.to)) {
                badRange(p, quote, d + " 应是放假日，但不在 " + p.from + " 至 " + p.to + " 之内",
                        d + " should be a rest day but is outside " + p.from + " to " + p.to);
            }
        }
    }

    private LocalDate resolve(Token t, LocalDate previous, boolean mentionsPreviousYear, String quote) {
        int y;
        int m;
        if (t.year() != null) {
            y = t.year();
            m = t.month() != null ? t.month() : previous != null ? previous.getMonthValue() : 0;
        } else if (t.month() != null) {
            m = t.month();
            // "2007年12月30日—2008年1月1日放假……12月29日（星期六）上班": December is the previous year's
            y = m == 12 && mentionsPreviousYear ? year - 1 : year;
        } else if (previous != null) {
            y = previous.getYear();
            m = previous.getMonthValue();
        } else {
            problems.add(NoticeProblem.of(NoticeErrors.UNREADABLE, source, line, quote));
            return null;
        }
        try {
            LocalDate d = LocalDate.of(y, m, t.day());
            LocalDate min = LocalDate.of(year - 1, 12, 1);
            LocalDate max = LocalDate.of(year + 1, 1, 31);
            if (d.isBefore(min) || d.isAfter(max)) {
                problems.add(NoticeProblem.of(NoticeErrors.BAD_RANGE, source, line, quote,
                        d + " 不在 " + year + " 年及其前后一个月内", d + " is not within " + year + " or a month around it"));
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            problems.add(NoticeProblem.of(NoticeErrors.INVALID_DATE, source, line, quote, t.written()));
            return null;
        }
    }

    private void checkWeekday(Token t, LocalDate d, String quote) {
        if (t.note() == null) {
            return;
        }
        Matcher w = WEEKDAY.matcher(t.note());
        while (w.find()) {
            int written = "一二三四五六日".indexOf(w.group(1).replace('天', '日')) + 1;
            if (written != d.getDayOfWeek().getValue()) {
                String asWritten = t.written().substring(0, t.written().indexOf('日') + 1);
                problems.add(NoticeProblem.of(NoticeErrors.WEEKDAY_MISMATCH, source, line, quote, asWritten,
                        w.group(), d, weekdayZh(d), weekdayEn(d)));
            }
        }
    }

    private void unreadable(Parsed p, String quote) {
        problems.add(NoticeProblem.of(NoticeErrors.UNREADABLE, source, p.line, quote));
    }

    private void badRange(Parsed p, String quote, String zh, String en) {
        problems.add(NoticeProblem.of(NoticeErrors.BAD_RANGE, source, p.line, quote, zh, en));
    }

    private static boolean weekendBefore(LocalDate d) {
        return weekend(d.minusDays(1));
    }

    private static boolean weekendAfter(LocalDate d) {
        return weekend(d.plusDays(1));
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static String weekdayZh(LocalDate d) {
        return "星期" + "一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1);
    }

    static String weekdayEn(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Sentences at full stops and semicolons outside brackets, each with its full stop (as quoted). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '。' || c == '；' || c == ';')) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s);
        }
    }

    /** Clauses of a skeleton at commas and full stops outside brackets, without their punctuation. */
    static List<String> clauses(String skeleton) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == '，' || c == ',' || c == '。' || c == '；' || c == ';')) {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        out.removeIf(String::isEmpty);
        return out;
    }

    private static int count(String clause) {
        int n = 0;
        for (int i = 0; i < clause.length(); i++) {
            if (clause.charAt(i) == D) {
                n++;
            }
        }
        return n;
    }
}
