package org.zwgk.calendar.notice.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a notice text around its items: normalised lines, the title line, the 文号, a pasted URL, the
 * "现将……通知如下" sentence and the signature date (Arabic or Chinese numerals, with ○ or 〇).
 */
public final class NoticeLines {

    private static final Pattern ITEM = Pattern.compile("^([一二三四五六七八九十]{1,3})、(.*)$");
    private static final Pattern NUMBER = Pattern.compile("国办发(?:明电)?[〔\\[［(（](\\d{4})[〕\\]］)）](\\d{1,3})号");
    private static final Pattern URL = Pattern.compile("^(https?://\\S+)$");
    private static final Pattern ARABIC_DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$");
    private static final Pattern ITEM_BOUNDARY = Pattern.compile("(?<=。)(?=[一二三四五六七八九十]{1,3}、)");

    /** One line of the text, numbered from 1 as the file has it. */
    public record Line(int number, String text) {
    }

    /** One numbered item (一、…), with the line it starts on. */
    public record Item(int line, String ordinal, String body) {
    }

    private final List<Line> lines = new ArrayList<>();
    private String title;
    private String number;
    private String url;
    private LocalDate signed;
    private Line intro;
    private final List<Item> items = new ArrayList<>();

    public NoticeLines(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = normalise(raw[i]);
            if (!t.isEmpty()) {
                lines.add(new Line(i + 1, t));
            }
        }
        boolean greeted = false;
        for (Line l : lines) {
            String t = l.text();
            Matcher n = NUMBER.matcher(t);
            if (number == null && n.find()) {
                number = "国办发" + (t.contains("明电") ? "明电" : "") + "〔" + n.group(1) + "〕" + n.group(2) + "号";
            }
            Matcher u = URL.matcher(t);
            if (url == null && u.matches()) {
                url = u.group(1);
                continue;
            }
            if (!greeted && title == null && t.contains("关于") && t.endsWith("通知")) {
                title = t;
                continue;
            }
            if (t.endsWith("：") || t.endsWith(":")) {
                greeted = true;
            }
            if (intro == null && t.contains("现将") && t.contains("通知如下")) {
                intro = l;
                continue;
            }
            Matcher it = ITEM.matcher(t);
            if (it.matches()) {
                // a paragraph pasted without its line breaks holds several items: 。二、…
                for (String p : ITEM_BOUNDARY.split(t)) {
                    Matcher pm = ITEM.matcher(p);
                    if (pm.matches()) {
                        items.add(new Item(l.number(), pm.group(1), pm.group(2)));
                    }
                }
            }
        }
        // the date closes the text, below the signing office
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 3) && signed == null; i--) {
            signed = signature(lines.get(i).text());
        }
    }

    /** Full-width digits and letters to ASCII, spaces removed (they carry no meaning in these texts). */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == ' ' || c == '\u3000' || c == '\t' || c == '\u00a0' || c == '\ufeff') {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A date written alone on a line, as notices are signed; {@code null} if the line is not one. */
    static LocalDate signature(String t) {
        try {
            Matcher a = ARABIC_DATE.matcher(t);
            if (a.matches()) {
                return LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)),
                        Integer.parseInt(a.group(3)));
            }
            Matcher c = CHINESE_DATE.matcher(t);
            if (c.matches()) {
                int year = 0;
                for (char ch : c.group(1).toCharArray()) {
                    year = year * 10 + digit(ch);
                }
                return LocalDate.of(year, chineseNumber(c.group(2)), chineseNumber(c.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '○', '零' -> 0;
            default -> "一二三四五六七八九".indexOf(c) + 1;
        };
    }

    /** 一 … 三十一. */
    static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The title line, or {@code null} when the text starts with the greeting. */
    public String title() {
        return title;
    }

    public String number() {
        return number;
    }

    public String url() {
        return url;
    }

    /** The signature date, or {@code null}. */
    public LocalDate signed() {
        return signed;
    }

    /** The "现将……通知如下" line, or {@code null}. */
    public Line intro() {
        return intro;
    }

    public List<Item> items() {
        return items;
    }
}
