package org.zwgk.timelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.spi.ZwgkException;
import org.zwgk.timelimit.TimeLimitRule.Anchor;
import org.zwgk.timelimit.TimeLimitRule.CalendarDays;
import org.zwgk.timelimit.TimeLimitRule.DisplayPeriod;
import org.zwgk.timelimit.TimeLimitRule.Immediacy;
import org.zwgk.timelimit.TimeLimitRule.Immediate;
import org.zwgk.timelimit.TimeLimitRule.LongTerm;
import org.zwgk.timelimit.TimeLimitRule.Period;
import org.zwgk.timelimit.TimeLimitRule.Periodic;
import org.zwgk.timelimit.TimeLimitRule.Stage;
import org.zwgk.timelimit.TimeLimitRule.Staged;
import org.zwgk.timelimit.TimeLimitRule.Unit;
import org.zwgk.timelimit.TimeLimitRule.WorkingDays;

/**
 * Reads the 公开时限 phrases of standard catalogues (reference §5) into {@link ParsedTimeLimit}s.
 *
 * <p>Tolerated variation: full- and half-width brackets, commas and digits; spaces anywhere ({@code 20 个工作日});
 * Chinese numerals ({@code 五日}, {@code 二十个工作日}); {@code 个} optional; {@code 或者}/{@code 或};
 * {@code 形成、变更}/{@code 形成变更}/{@code 形成(变更)}; a trailing {@code 。}. The clause
 * {@code 法律、法规对政府信息公开的期限另有规定的,从其规定} (Art. 26) sets {@link ParsedTimeLimit#otherLawPrevails()}.
 * A phrase may combine one limit with one display period ({@code …3个工作日内公开,公开时间不少于7个工作日}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeLimitParser {

    /** Examples of every recognised form, used in the hint of {@link TimeLimitErrors#UNKNOWN_PHRASE}. */
    public static final List<String> RECOGNISED_FORMS = List.of(
            "信息形成或者变更之日起20个工作日内", "信息形成(变更)下发至本单位20个工作日内", "信息获取(形成、变更)20个工作日内",
            "制定或获取信息之日起20个工作日内", "公开事项发生之日起3个工作日内", "20工作日",
            "本级人民代表大会或其常务委员会批准后20日内", "不得少于N天", "实时公开", "及时公开", "随时公开", "即时公开",
            "长期公开", "阶段性工作逐步公开", "单项工作完成后一次性公开", "按月进行公开", "按季度进行公开",
            "每季度的首个月20日", "按年度进行公开,每年初公开一次", "每年1月31日前", "每月5日和20日", "公示7个工作日",
            "公开时间不少于7个工作日", "至少保留五日");

    private static final Pattern OVERRIDE = Pattern.compile(
            "[,;.]?(?:法律法规|法律|法规|行政法规)[^,;.]*?另有规定的?,?从其规定");
    private static final Pattern CN_NUMBER = Pattern.compile("[零〇一二两三四五六七八九十百]+");

    private static final List<Form> FORMS = buildForms();

    private record Form(Pattern pattern, Function<Matcher, Object> reader) {
    }

    /** Parses a phrase. Throws {@link ZwgkException} (2101–2105) when it cannot. */
    public ParsedTimeLimit parse(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new ZwgkException(TimeLimitErrors.EMPTY_PHRASE);
        }
        String norm = normalize(phrase);
        if (norm.equals("同上")) {
            throw new ZwgkException(TimeLimitErrors.SAME_AS_ABOVE);
        }
        boolean override = false;
        Matcher om = OVERRIDE.matcher(norm);
        if (om.find()) {
            override = true;
            norm = om.replaceAll("");
        }
        List<TimeLimitRule> mains = new ArrayList<>();
        List<DisplayPeriod> displays = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String clause : norm.split("[,;.]")) {
            if (clause.isEmpty()) {
                continue;
            }
            Object r = readClause(phrase, clause);
            if (r instanceof DisplayPeriod d) {
                displays.add(d);
                if (d.unit() == Unit.UNSPECIFIED) {
                    notes.add("公告期限的单位未写明(原文截断),无法计算截止日 / unit of the display period not stated");
                }
            } else {
                mains.add((TimeLimitRule) r);
            }
        }
        if (mains.isEmpty() && displays.isEmpty()) {
            throw unknown(phrase);
        }
        if (displays.size() > 1) {
            throw new ZwgkException(TimeLimitErrors.CONFLICTING_PARTS, phrase);
        }
        TimeLimitRule main = mains.isEmpty() ? null : merge(phrase, mains);
        Optional<DisplayPeriod> display = displays.isEmpty() ? Optional.empty() : Optional.of(displays.get(0));
        if (main == null) {
            return new ParsedTimeLimit(phrase, display.get(), Optional.empty(), override, notes);
        }
        return new ParsedTimeLimit(phrase, main, display, override, notes);
    }

    /** Parses and returns only the main rule. */
    public TimeLimitRule parseRule(String phrase) {
        return parse(phrase).rule();
    }

    private Object readClause(String phrase, String clause) {
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(clause);
            if (m.matches()) {
                try {
                    Object r = f.reader().apply(m);
                    if (r != null) {
                        return r;
                    }
                } catch (IllegalArgumentException e) {
                    throw new ZwgkException(TimeLimitErrors.NUMBER_OUT_OF_RANGE, phrase, firstNumber(m));
                }
            }
        }
        throw unknown(phrase);
    }

    private static String firstNumber(Matcher m) {
        Matcher d = Pattern.compile("\\d+").matcher(m.group());
        return d.find() ? d.group() : "?";
    }

    private static ZwgkException unknown(String phrase) {
        return new ZwgkException(TimeLimitErrors.UNKNOWN_PHRASE, phrase, String.join(" | ", RECOGNISED_FORMS));
    }

    private static TimeLimitRule merge(String phrase, List<TimeLimitRule> mains) {
        if (mains.size() == 1) {
            return mains.get(0);
        }
        // 按年度进行公开,每年初公开一次: several clauses describing one periodic schedule.
        Period period = null;
        int month = 0;
        TreeSet<Integer> days = new TreeSet<>();
        boolean start = false;
        boolean item = false;
        for (TimeLimitRule r : mains) {
            if (!(r instanceof Periodic p) || (period != null && p.period() != period)
                    || (month != 0 && p.monthOfPeriod() != 0 && p.monthOfPeriod() != month)) {
                throw new ZwgkException(TimeLimitErrors.CONFLICTING_PARTS, phrase);
            }
            period = p.period();
            month = Math.max(month, p.monthOfPeriod());
            days.addAll(p.daysOfMonth());
            start |= p.atPeriodStart();
            item |= p.itemByItem();
        }
        return new Periodic(period, month, List.copyOf(days), start, item);
    }

    // ------------------------------------------------------------------ normalisation

    /** Folds the tolerated variation away; exposed for tests and the catalogue validator's messages. */
    public static String normalize(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            switch (c) {
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '，' -> sb.append(',');
                case '；' -> sb.append(';');
                case '：' -> sb.append(':');
                case '。' -> sb.append('.');
                case '、' -> { } // 形成、变更 = 形成变更; 法律、法规 = 法律法规
                case '…', '⋯' -> sb.append("...");
                default -> {
                    if (c >= '０' && c <= '９') {
                        sb.append((char) ('0' + (c - '０')));
                    } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                        sb.append(c);
                    }
                }
            }
        }
        String s = sb.toString().replace("或者", "或");
        s = s.replace("形成(变更)", "形成或变更").replace("形成变更", "形成或变更");
        Matcher m = CN_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(chineseNumber(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    static int chineseNumber(String s) {
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                current = current * 10 + d; // 二〇 style digit strings as well as single digits
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }

    // ------------------------------------------------------------------ forms

    private static final String PUBLISH = "(?:予以)?(?:公开|公布|发布)?";

    private static Anchor anchor(String pre) {
        String p = pre.startsWith("自") ? pre.substring(1) : pre;
        if (p.isEmpty()) {
            return Anchor.UNSPECIFIED;
        }
        if (p.matches("(?:该)?(?:政府)?信息(?:形成或变更|形成)")) {
            return Anchor.FORMED_OR_CHANGED;
        }
        if (p.matches("(?:该)?(?:政府)?信息形成或变更(?:后)?下发至本单位")) {
            return Anchor.RECEIVED_BY_UNIT;
        }
        if (p.matches("(?:该)?(?:政府)?信息获取\\((?:形成或变更|形成)\\)|制定或获取(?:该)?(?:政府)?信息|(?:政府)?信息获取")) {
            return Anchor.OBTAINED_OR_FORMED;
        }
        if (p.matches("(?:公开)?事项发生")) {
            return Anchor.EVENT;
        }
        if (p.matches("(?:收到|收到申请人的?|受理)(?:政府信息公开)?申请")) {
            return Anchor.APPLICATION_RECEIVED;
        }
        return null;
    }

    private static List<Form> buildForms() {
        List<Form> f = new ArrayList<>();
        // A. N working days after an anchor.
        add(f, "(?<pre>.*?)(?:之日起|之日|起)?(?<n>\\d+)个?工作日(?:内)?" + PUBLISH, m -> {
            Anchor a = anchor(m.group("pre"));
            return a == null ? null : new WorkingDays(n(m), a);
        });
        // B. Calendar days after an event.
        add(f, "(?<pre>.*?)批准后(?<n>\\d+)(?:日|天)(?:内)?" + PUBLISH, m -> m.group("pre").isEmpty()
                || m.group("pre").matches(".*(?:人民代表大会|常务委员会|人大|政府|机关).*")
                        ? new CalendarDays(n(m), Anchor.APPROVAL) : null);
        add(f, "(?<pre>.*?)(?:之日起|之日|起)?(?<n>\\d+)(?:日|天)(?:内)" + PUBLISH, m -> {
            Anchor a = anchor(m.group("pre"));
            return a == null ? null : new CalendarDays(n(m), a);
        });
        // E. Display periods (a second duration after publication).
        add(f, "(?:公示|公示期|公示期为|公示时间为?)(?<n>\\d+)个?工作日", m -> new DisplayPeriod(n(m), Unit.WORKING_DAYS, false));
        add(f, "(?:公示|公示期|公示期为|公示时间为?)(?<n>\\d+)(?:日|天)", m -> new DisplayPeriod(n(m), Unit.CALENDAR_DAYS, false));
        add(f, "(?:每次)?(?:公开|公示)(?:时间|期限|期)?(?:不少于|不得少于|至少)(?<n>\\d+)个?工作日",
                m -> new DisplayPeriod(n(m), Unit.WORKING_DAYS, true));
        add(f, "(?:每次)?(?:公开|公示)(?:时间|期限|期)?(?:不少于|不得少于|至少)(?<n>\\d+)(?:日|天)",
                m -> new DisplayPeriod(n(m), Unit.CALENDAR_DAYS, true));
        add(f, "(?:不得少于|不少于)(?<n>\\d+)个?工作日", m -> new DisplayPeriod(n(m), Unit.WORKING_DAYS, true));
        add(f, "(?:不得少于|不少于)(?<n>\\d+)(?:天|日)", m -> new DisplayPeriod(n(m), Unit.CALENDAR_DAYS, true));
        add(f, "至少保留(?<n>\\d+)个?工作日", m -> new DisplayPeriod(n(m), Unit.WORKING_DAYS, true));
        add(f, "至少保留(?<n>\\d+)(?:日|天)", m -> new DisplayPeriod(n(m), Unit.CALENDAR_DAYS, true));
        add(f, "公告(?:期限|期)为?(?<n>\\d+)个?工作日", m -> new DisplayPeriod(n(m), Unit.WORKING_DAYS, false));
        add(f, "公告(?:期限|期)为?(?<n>\\d+)(?:日|天)", m -> new DisplayPeriod(n(m), Unit.CALENDAR_DAYS, false));
        add(f, "公告(?:期限|期)为?(?<n>\\d+)个?(?:\\.{2,})?", m -> new DisplayPeriod(n(m), Unit.UNSPECIFIED, false));
        // C. Immediate, standing, staged.
        add(f, "实时" + PUBLISH + "(?:更新)?", m -> new Immediate(Immediacy.REAL_TIME));
        add(f, "即时" + PUBLISH, m -> new Immediate(Immediacy.IMMEDIATE));
        add(f, "(?:临时性工作|重大事项)?随时(?:公开|公布)", m -> new Immediate(Immediacy.ANY_TIME));
        add(f, "及时" + PUBLISH + "(?:更新)?", m -> new Immediate(Immediacy.TIMELY));
        add(f, "长期(?:公开|公布)", m -> new LongTerm());
        add(f, "(?:阶段性工作)?(?:逐步|分阶段|按阶段)(?:公开|公布)", m -> new Staged(Stage.BY_STAGE));
        add(f, "(?:单项工作)?完成后1次性(?:公开|公布)", m -> new Staged(Stage.ON_COMPLETION));
        // D. Periodic.
        add(f, "按月(?<item>逐项)?(?:进行)?(?:公开|公布)", m -> new Periodic(Period.MONTHLY, 0, List.of(), false,
                m.group("item") != null));
        add(f, "(?:至少)?每月(?<item>逐项)?(?:公开|公布)(?:1次)?", m -> new Periodic(Period.MONTHLY, 0, List.of(), false,
                m.group("item") != null));
        add(f, "(?:按季度?|(?:至少)?每季度?)(?:进行)?(?:公开|公布)(?:1次)?", m -> Periodic.of(Period.QUARTERLY));
        add(f, "每季度?的?(?:首个?月|第1个?月)的?(?<d>\\d+)日(?:前|之前)?" + PUBLISH,
                m -> new Periodic(Period.QUARTERLY, 1, List.of(num(m, "d")), false, false));
        add(f, "(?:按年度?|(?:至少)?每年)(?:进行)?(?:公开|公布)(?:1次)?", m -> Periodic.of(Period.YEARLY));
        add(f, "每年(?:初|年初)(?:公开|公布)(?:1次)?", m -> new Periodic(Period.YEARLY, 0, List.of(), true, false));
        add(f, "每年(?<mo>\\d+)月(?<d>\\d+)日(?:前|之前|以前)?" + PUBLISH,
                m -> new Periodic(Period.YEARLY, month(m), List.of(num(m, "d")), false, false));
        add(f, "每年(?<mo>\\d+)月底(?:前|之前|以前)?" + PUBLISH,
                m -> new Periodic(Period.YEARLY, month(m), List.of(31), false, false));
        add(f, "每月(?<days>\\d+日(?:(?:和|及|与|或)?\\d+日)*)(?:前|之前)?" + PUBLISH + "(?:移交)?", m -> {
            TreeSet<Integer> ds = new TreeSet<>();
            Matcher d = Pattern.compile("(\\d+)日").matcher(m.group("days"));
            while (d.find()) {
                ds.add(Integer.parseInt(d.group(1)));
            }
            return new Periodic(Period.MONTHLY, 1, List.copyOf(ds), false, false);
        });
        return List.copyOf(f);
    }

    private static void add(List<Form> forms, String regex, Function<Matcher, Object> reader) {
        forms.add(new Form(Pattern.compile(regex), reader));
    }

    private static int n(Matcher m) {
        return num(m, "n");
    }

    private static int num(Matcher m, String group) {
        String s = m.group(group);
        if (s.length() > 6) {
            throw new IllegalArgumentException(s);
        }
        return Integer.parseInt(s);
    }

    private static int month(Matcher m) {
        int mo = num(m, "mo");
        if (mo < 1 || mo > 12) {
            throw new IllegalArgumentException("month " + mo);
        }
        return mo;
    }

    @Override
    public String toString() {
        return "TimeLimitParser[" + FORMS.size() + " forms]";
    }
}
