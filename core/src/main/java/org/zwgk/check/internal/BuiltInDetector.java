package org.zwgk.check.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zwgk.check.PersonalDataDetector;
import org.zwgk.check.Text;

/**
 * Resident identity numbers and mobile numbers (reference §13), the two kinds behind most disclosure incidents. An
 * identity number counts only with a birth date that exists and the GB 11643 check character, so 18-digit serial
 * numbers and dates are not taken for one; a value is never returned unmasked.
 */
public final class BuiltInDetector implements PersonalDataDetector {

    static final Text ID_NUMBER = Text.of("公民身份号码", "resident identity number");
    static final Text MOBILE = Text.of("手机号码", "mobile number");

    /** Not part of a longer run of letters or digits on either side. */
    private static final Pattern ID = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(\\d{4})(\\d{2})(\\d{2})\\d{3}[0-9Xx](?![0-9A-Za-z])");
    /**
     * 138 0013 8000, 138-0013-8000, +86 13800138000 … (the same separator twice, or none); not the integer part of a
     * decimal amount.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9A-Za-z+.])(?:\\+?86[- ]?)?(1[3-9]\\d)([- ]?)(\\d{4})\\2(\\d{4})(?![0-9A-Za-z]|\\.\\d)");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            String v = m.group();
            if (validDate(m.group(1), m.group(2), m.group(3)) && validCheck(v)) {
                out.add(new Match(ID_NUMBER, v.substring(0, 6) + "********" + v.substring(14), m.start()));
            }
        }
        Matcher p = PHONE.matcher(text);
        while (p.find()) {
            String sep = p.group(2);
            out.add(new Match(MOBILE, p.group(1) + sep + "****" + sep + p.group(4), p.start(1)));
        }
        out.sort(Comparator.comparingInt(Match::offset));
        return out;
    }

    static boolean validDate(String y, String m, String d) {
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100) {
            return false;
        }
        try {
            LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** GB 11643-1999: the weighted sum of the first 17 digits mod 11 selects the check character. */
    static boolean validCheck(String v) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(v.charAt(17)) == CHECK.charAt(sum % 11);
    }
}
