package org.zwgk.calendar.notice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.calendar.notice.Festival;
import org.zwgk.calendar.notice.NoticeDocument;
import org.zwgk.calendar.notice.NoticeErrors;
import org.zwgk.calendar.notice.NoticeImportException;
import org.zwgk.calendar.notice.NoticeProblem;
import org.zwgk.calendar.notice.NoticeText;
import org.zwgk.calendar.notice.YearArrangement;

/**
 * Reads a year's notice and its special notices into a {@link YearArrangement}: the yearly items first, then each
 * special notice on top (an item for a holiday replaces that holiday's arrangement, "延长……假期至" extends it and
 * cancels the make-up working days the extension covers), then the checks across holidays.
 */
public final class NoticeReader {

    private static final Pattern INTRO_YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern INTRO_SUBJECT = Pattern.compile("现将(.+?)(?:的具体安排|日期的具体安排)?通知如下");

    private final List<NoticeProblem> problems = new ArrayList<>();
    private final List<NoticeProblem> warnings = new ArrayList<>();

    public YearArrangement read(NoticeText notice, List<NoticeText> specials) {
        NoticeLines main = lines(notice);
        if (main == null) {
            throw new NoticeImportException(problems);
        }
        Integer year = yearOf(main);
        if (year == null) {
            problems.add(NoticeProblem.of(NoticeErrors.NO_YEAR, notice.name()));
            throw new NoticeImportException(problems);
        }
        ItemReader reader = new ItemReader(notice.name(), year, problems, warnings);
        Map<String, Festival> festivals = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (NoticeLines.Item it : main.items()) {
            ItemReader.Parsed p = reader.read(it.line(), it.body());
            if (!p.anyDate) {
                continue;
            }
            if (p.name == null) {
                problems.add(NoticeProblem.of(NoticeErrors.NO_FESTIVAL, notice.name(), it.line(), p.quote));
                continue;
            }
            if (p.from == null) {
                if (problems.isEmpty()) {
                    problems.add(NoticeProblem.of(NoticeErrors.UNREADABLE, notice.name(), it.line(), p.quote));
                }
                continue;
            }
            festivals.put(p.name, festival(p.name, p, null));
            lineOf.put(p.name, it.line());
        }
        if (festivals.isEmpty() && problems.isEmpty()) {
            problems.add(NoticeProblem.of(NoticeErrors.NO_ITEMS, notice.name()));
        }
        String title = notice.title() != null ? notice.title() : main.title() != null ? withIssuer(main.title())
                : "国务院办公厅关于" + year + "年部分节假日安排的通知";
        NoticeDocument doc = new NoticeDocument(title, notice.number() != null ? notice.number() : main.number(),
                main.signed(), notice.url() != null ? notice.url() : main.url(), null);
        List<NoticeDocument> revisions = new ArrayList<>();
        for (NoticeText s : specials) {
            NoticeDocument rev = special(s, year, festivals);
            if (rev != null) {
                revisions.add(rev);
            }
        }
        conflicts(notice.name(), festivals);
        if (!problems.isEmpty()) {
            throw new NoticeImportException(problems);
        }
        return new YearArrangement(year, doc, revisions, List.copyOf(festivals.values()), warnings);
    }

    private NoticeLines lines(NoticeText t) {
        if (t.text().isBlank()) {
            problems.add(NoticeProblem.of(NoticeErrors.EMPTY, t.name()));
            return null;
        }
        return new NoticeLines(t.text());
    }

    private static Integer yearOf(NoticeLines l) {
        if (l.intro() != null) {
            Matcher m = INTRO_YEAR.matcher(l.intro().text());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (l.title() != null) {
            Matcher m = INTRO_YEAR.matcher(l.title());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** Applies one special notice; returns its revision entry, or {@code null} when it could not be read. */
    private NoticeDocument special(NoticeText s, int year, Map<String, Festival> festivals) {
        NoticeLines l = lines(s);
        if (l == null) {
            return null;
        }
        Integer y = yearOf(l);
        if (y == null) {
            problems.add(NoticeProblem.of(NoticeErrors.NO_YEAR, s.name()));
            return null;
        }
        if (y != year) {
            problems.add(NoticeProblem.of(NoticeErrors.YEAR_MISMATCH, s.name(), y, year));
            return null;
        }
        String title = s.title() != null ? s.title() : l.title() != null ? withIssuer(l.title()) : null;
        if (title == null) {
            Matcher m = l.intro() == null ? null : INTRO_SUBJECT.matcher(l.intro().text());
            title = m != null && m.find() ? "国务院办公厅关于" + m.group(1) + "的通知" : "国务院办公厅关于" + year
                    + "年节假日安排的补充通知";
            warnings.add(NoticeProblem.of(NoticeErrors.TITLE_FROM_TEXT, s.name(), title));
        }
        String introFestival = l.intro() == null ? null : ItemReader.festivalIn(l.intro().text());
        String signed = l.signed() == null ? "" : l.signed().toString();
        ItemReader reader = new ItemReader(s.name(), year, problems, warnings);
        List<String> changed = new ArrayList<>();
        for (NoticeLines.Item it : l.items()) {
            ItemReader.Parsed p = reader.read(it.line(), it.body());
            if (!p.anyDate) {
                continue;
            }
            String target = p.name != null ? p.name : p.extendName != null ? p.extendName : introFestival;
            if (target == null) {
                problems.add(NoticeProblem.of(NoticeErrors.NO_FESTIVAL, s.name(), it.line(), p.quote));
                continue;
            }
            String key = find(festivals, target);
            Festival old = key == null ? null : festivals.get(key);
            String source = signed + "《" + title + "》";
            if (p.extendTo != null) {
                if (old == null) {
                    problems.add(NoticeProblem.of(NoticeErrors.NO_FESTIVAL, s.name(), it.line(), p.quote));
                    continue;
                }
                if (!p.extendTo.isAfter(old.to())) {
                    problems.add(NoticeProblem.of(NoticeErrors.BAD_RANGE, s.name(), it.line(), p.quote,
                            "延长至 " + p.extendTo + "，但原安排已放假到 " + old.to(),
                            "extends to " + p.extendTo + ", but the holiday already ran to " + old.to()));
                    continue;
                }
                List<LocalDate> kept = new ArrayList<>();
                List<LocalDate> cancelled = new ArrayList<>();
                for (LocalDate w : old.work()) {
                    (w.isAfter(old.to()) && !w.isAfter(p.extendTo) ? cancelled : kept).add(w);
                }
                String note = "按" + source + "延长至" + p.extendTo
                        + (cancelled.isEmpty() ? "" : "；原定" + join(cancelled) + "调休上班取消") + "。";
                festivals.put(key, new Festival(old.name(), old.from(), p.extendTo, kept, null, null, note));
                resume(s.name(), p, festivals.get(key));
            } else if (p.from != null) {
                String note = "按" + source + "调整。";
                Festival f = festival(old != null ? old.name() : target, p, note);
                festivals.put(key != null ? key : target, f);
                resume(s.name(), p, f);
            } else {
                problems.add(NoticeProblem.of(NoticeErrors.UNREADABLE, s.name(), it.line(), p.quote));
                continue;
            }
            changed.add(p.quote);
        }
        if (changed.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(NoticeProblem.of(NoticeErrors.SPECIAL_EMPTY, s.name()));
            }
            return null;
        }
        return new NoticeDocument(title, s.number() != null ? s.number() : l.number(), l.signed(),
                s.url() != null ? s.url() : l.url(), String.join("", changed));
    }

    /** "2月3日（星期一）起正常上班" must be the day after the (extended) holiday. */
    private void resume(String source, ItemReader.Parsed p, Festival f) {
        if (p.resume != null && !p.resume.equals(f.to().plusDays(1))) {
            problems.add(NoticeProblem.of(NoticeErrors.RESUME_MISMATCH, source, p.line, p.resumeQuote, p.resume,
                    f.name(), f.to()));
        }
    }

    private static String find(Map<String, Festival> festivals, String target) {
        if (festivals.containsKey(target)) {
            return target;
        }
        for (String k : festivals.keySet()) {
            for (String part : k.split("[、和及]")) {
                if (part.equals(target) || part.replace("节", "").equals(target.replace("节", ""))) {
                    return k;
                }
            }
        }
        return null;
    }

    private static Festival festival(String name, ItemReader.Parsed p, String revisionNote) {
        LocalDate offFrom = p.from;
        LocalDate offTo = p.to;
        String note = revisionNote;
        if (p.withWeekend) {
            while (ItemReader.weekend(offFrom.minusDays(1))) {
                offFrom = offFrom.minusDays(1);
            }
            while (ItemReader.weekend(offTo.plusDays(1))) {
                offTo = offTo.plusDays(1);
            }
            String w = "与周末连休：" + offFrom + "至" + offTo + "。";
            note = note == null ? w : w + note;
        }
        List<LocalDate> work = new ArrayList<>(p.work);
        work.sort(null);
        return new Festival(name, p.from, p.to, work, offFrom, offTo, note);
    }

    /** A day in two holidays, or both a rest and a working day. */
    private void conflicts(String source, Map<String, Festival> festivals) {
        Map<LocalDate, String> seen = new LinkedHashMap<>();
        for (Festival f : festivals.values()) {
            for (LocalDate d = f.from(); !d.isAfter(f.to()); d = d.plusDays(1)) {
                claim(source, seen, d, f.name() + "放假");
            }
            for (LocalDate d : f.work()) {
                claim(source, seen, d, f.name() + "调休上班");
            }
        }
    }

    private void claim(String source, Map<LocalDate, String> seen, LocalDate d, String what) {
        String before = seen.putIfAbsent(d, what);
        if (before != null) {
            problems.add(NoticeProblem.of(NoticeErrors.CONFLICT, source, d, before, what));
        }
    }

    private static String withIssuer(String title) {
        return title.startsWith("关于") ? "国务院办公厅" + title : title;
    }

    private static String join(List<LocalDate> days) {
        StringBuilder sb = new StringBuilder();
        for (LocalDate d : days) {
            if (sb.length() > 0) {
                sb.append('、');
            }
            sb.append(d);
        }
        return sb.toString();
    }
}
