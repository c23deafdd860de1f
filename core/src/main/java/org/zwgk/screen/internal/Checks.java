package org.zwgk.screen.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The check characters and structure of the numbers the screening looks for or must leave alone
 * ({@code ../shared/domain/reference.md} §13). Inputs are normalised ASCII: digits, upper-case letters.
 */
public final class Checks {

    private Checks() {
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** GB 32100-2015 alphabet (no I, O, S, V, Z). */
    static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Province-level codes of GB/T 2260 that open a resident identity number, with 71/81/82/83 (Taiwan, Hong Kong,
     * Macao; 830000 opens the residence permits of Taiwan residents).
     */
    private static final boolean[] PROVINCE = new boolean[100];

    static {
        int[] codes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
            53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
        for (int c : codes) {
            PROVINCE[c] = true;
        }
    }

    /** The GB 11643 check character of the first 17 digits of {@code s}. */
    public static char idCheckChar(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** Whether the first two digits are a province-level code. */
    public static boolean provinceCode(CharSequence s) {
        return PROVINCE[(s.charAt(0) - '0') * 10 + (s.charAt(1) - '0')];
    }

    /**
     * An 18-character resident identity number: province code, a birth date that exists, is not after {@code today}
     * and not more than 130 years before it, and the right check character.
     */
    public static boolean validId18(CharSequence s, LocalDate today) {
        return s.length() == 18 && provinceCode(s) && birthDateOk(s, 6, 4, today) && idCheckChar(s) == s.charAt(17);
    }

    /** A 15-digit identity number (1984–1999 issue): province code and a real 19YYMMDD birth date. */
    public static boolean validId15(CharSequence s, LocalDate today) {
        return s.length() == 15 && provinceCode(s) && birthDateOk(s, 6, 2, today);
    }

    /** Whether 18 characters look like an identity number (province code, a birth year 18xx–20xx), valid or not. */
    public static boolean idShaped(CharSequence s) {
        if (s.length() != 18 || !provinceCode(s)) {
            return false;
        }
        char c0 = s.charAt(6);
        char c1 = s.charAt(7);
        return (c0 == '1' && (c1 == '8' || c1 == '9')) || (c0 == '2' && c1 == '0');
    }

    private static boolean birthDateOk(CharSequence s, int at, int yearDigits, LocalDate today) {
        int year = num(s, at, yearDigits);
        if (yearDigits == 2) {
            year += 1900;
        }
        int month = num(s, at + yearDigits, 2);
        int day = num(s, at + yearDigits + 2, 2);
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return false;
        }
        return !birth.isAfter(today) && !birth.isBefore(today.minusYears(130));
    }

    private static int num(CharSequence s, int at, int len) {
        int n = 0;
        for (int i = at; i < at + len; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** The GB 32100 check character of the first 17 characters, or '?' if one is outside the alphabet. */
    public static char usccCheckChar(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_ALPHABET.indexOf(s.charAt(i));
            if (v < 0) {
                return '?';
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int c = (31 - sum % 31) % 31;
        return USCC_ALPHABET.charAt(c);
    }

    /** An 18-character 统一社会信用代码 with the right check character (GB 32100-2015). */
    public static boolean validUscc(CharSequence s) {
        return s.length() == 18 && usccCheckChar(s) == s.charAt(17);
    }

    /**
     * ISO 7064 MOD 11,10 — the check digit of the 15-digit business registration numbers (注册号, GB/T 17710) that
     * preceded the credit code; a 15-digit identity number has no check digit, so one in ten passes by chance.
     */
    public static boolean mod1110(CharSequence s) {
        int p = 10;
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum = (p + (s.charAt(i) - '0')) % 10;
            if (sum == 0) {
                sum = 10;
            }
            p = (sum * 2) % 11;
        }
        return sum == 1; // with the check digit added, the running sum must end on 1
    }

    /** The Luhn check over a run of digits. */
    public static boolean luhn(CharSequence s) {
        int sum = 0;
        boolean dbl = false;
        for (int i = s.length() - 1; i >= 0; i--) {
            int d = s.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
