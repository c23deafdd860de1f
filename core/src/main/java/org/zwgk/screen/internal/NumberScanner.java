package org.zwgk.screen.internal;

import java.time.LocalDate;
import java.util.List;
import org.zwgk.screen.Detector;

/**
 * Finds identity, mobile and bank card numbers in one pass over a text, without regular expressions.
 *
 * <p>The text is cut into alphanumeric tokens (ASCII and full-width). Only a token of digits (an identity number may
 * end in X) is a candidate, so a number inside a longer run of digits or glued to letters (a credit code, a serial
 * number) is never taken for a phone or a card. Tokens joined by one space or hyphen form a chain, in which the
 * usual written groupings are recognised: {@code 138 0013 8000}, {@code 6222 0212 3456 7890},
 * {@code 350524 19900101 1234}. A token that is part of a decimal number ({@code 13800138000.5}) is not a candidate.
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberScanner {

    private static final String[] ORGANISATION_WORDS = {"信用代码", "社会信用", "统一代码", "USCC", "uscc", "纳税人识别号",
        "税号", "注册号", "机构代码", "组织代码", "营业执照", "索引号"};
    private static final String[] PERSON_WORDS = {"身份", "证件", "个人"};
    private static final int CONTEXT_CHARS = 32;
    private static final int MAX_CHAIN = 64;

    private final boolean ids;
    private final boolean mobiles;
    private final boolean cards;
    private final LocalDate today;

    public NumberScanner(boolean ids, boolean mobiles, boolean cards, LocalDate today) {
        this.ids = ids;
        this.mobiles = mobiles;
        this.cards = cards;
        this.today = today;
    }

    public boolean enabled() {
        return ids || mobiles || cards;
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\uFF21' && c <= '\uFF3A')
                || (c >= '\uFF41' && c <= '\uFF5A');
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u00A0';
    }

    /** ASCII digits and letters. */
    private static final boolean[] ASCII_ALNUM = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_ALNUM[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII_ALNUM[c] = true;
            ASCII_ALNUM[c + 32] = true;
        }
    }

    /** A digit or a Latin letter, ASCII or full-width: one table look-up for ASCII, one range test otherwise. */
    private static boolean alnum(char c) {
        return c < 128 ? ASCII_ALNUM[c] : c >= '\uFF10' && c <= '\uFF5A' && (isDigit(c) || isLetter(c));
    }

    /** Adds the hits in {@code text} to {@code out}. {@code label} is the segment's caption (may be empty). */
    public void scan(String text, String label, List<Hit> out) {
        char[] a = text.toCharArray(); // the hot loop below runs over an array: no per-character bounds checks
        int n = a.length;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int chain = 0;
        int i = 0;
        while (i < n) {
            if (!alnum(a[i])) {
                i++;
                continue;
            }
            int s = i;
            int letters = 0;
            char c;
            while (i < n && alnum(c = a[i])) {
                if (!isDigit(c)) {
                    letters++;
                }
                i++;
            }
            boolean endsInX = letters == 1 && isX(text.charAt(i - 1)) && i - s >= 2;
            boolean candidate = letters == 0 || endsInX;
            if (candidate && letters == 0 && partOfDecimal(text, s, i)) {
                candidate = false;
            }
            if (!candidate) {
                process(text, label, starts, ends, chain, out);
                chain = 0;
                continue;
            }
            boolean joins = chain > 0 && chain < MAX_CHAIN && ends[chain - 1] + 1 == s
                    && isSeparator(text.charAt(s - 1)) && !isX(text.charAt(ends[chain - 1] - 1));
            if (!joins) {
                process(text, label, starts, ends, chain, out);
                chain = 0;
            }
            if (chain == starts.length) {
                starts = java.util.Arrays.copyOf(starts, chain * 2);
                ends = java.util.Arrays.copyOf(ends, chain * 2);
            }
            starts[chain] = s;
            ends[chain] = i;
            chain++;
        }
        process(text, label, starts, ends, chain, out);
    }

    private static boolean partOfDecimal(String text, int s, int e) {
        return (e + 1 < text.length() && text.charAt(e) == '.' && isDigit(text.charAt(e + 1)))
                || (s >= 2 && text.charAt(s - 1) == '.' && isDigit(text.charAt(s - 2)));
    }

    private void process(String text, String label, int[] starts, int[] ends, int chain, List<Hit> out) {
        for (int t = 0; t < chain; t++) {
            single(text, label, starts[t], ends[t], out);
        }
        int t = 0;
        while (t < chain - 1) {
            int used = 0;
            for (int len = Math.min(5, chain - t); len >= 2 && used == 0; len--) {
                if (grouped(text, label, starts, ends, t, len, out)) {
                    used = len;
                }
            }
            t += used == 0 ? 1 : used;
        }
    }

    private static String normalise(String text, int s, int e) {
        char[] v = new char[e - s];
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            v[i - s] = c >= '\uFF10' && c <= '\uFF19' ? (char) (c - '\uFF10' + '0') : isX(c) ? 'X' : c;
        }
        return new String(v);
    }

    private void single(String text, String label, int s, int e, List<Hit> out) {
        int len = e - s;
        if (len != 11 && (len < 13 || len > 19)) {
            return; // the common case: short numbers
        }
        String v = normalise(text, s, e);
        if (v.charAt(len - 1) == 'X') {
            if (len == 18) {
                id18(text, label, s, e, v, out);
            }
            return;
        }
        switch (len) {
            case 11 -> mobile(s, e, v, out);
            case 13 -> {
                if (v.startsWith("86") && s > 0 && text.charAt(s - 1) == '+') {
                    mobile(s + 2, e, v.substring(2), out);
                }
            }
            case 15 -> {
                if (v.startsWith("0086")) {
                    mobile(s + 4, e, v.substring(4), out);
                } else {
                    id15(text, label, s, e, v, out);
                }
            }
            case 18 -> id18(text, label, s, e, v, out);
            default -> card(s, e, v, out); // 16, 17, 19
        }
    }

    /** Recognises tokens {@code t .. t+len-1} of a chain written in one of the usual groupings. */
    private boolean grouped(String text, String label, int[] starts, int[] ends, int t, int len, List<Hit> out) {
        int[] g = new int[len];
        int total = 0;
        for (int k = 0; k < len; k++) {
            g[k] = ends[t + k] - starts[t + k];
            total += g[k];
        }
        int s = starts[t];
        int e = ends[t + len - 1];
        boolean lastX = isX(text.charAt(e - 1));
        if (lastX && !(total == 18 && len == 3 && g[0] == 6 && g[1] == 8)) {
            return false;
        }
        StringBuilder sb = new StringBuilder(total);
        for (int k = 0; k < len; k++) {
            sb.append(normalise(text, starts[t + k], ends[t + k]));
        }
        String v = sb.toString();
        int before = out.size();
        if (len == 3 && g[0] == 6 && g[1] == 8 && g[2] == 4) {
            id18(text, label, s, e, v, out);
            return true; // written as an identity number: never read as anything else
        }
        if (len == 3 && g[0] == 6 && g[1] == 6 && g[2] == 3) {
            id15(text, label, s, e, v, out);
            return true;
        }
        if ((len == 3 && g[0] == 3 && g[1] == 4 && g[2] == 4) || (len == 2 && g[0] == 3 && g[1] == 8)) {
            mobile(s, e, v, out);
            return out.size() > before;
        }
        if (total >= 16 && total <= 19 && cardGroups(g)) {
            card(s, e, v, out);
            return out.size() > before;
        }
        return false;
    }

    /** 4-4-4-4 with an optional last group of 1–3, or 6 then the rest in one group. */
    private static boolean cardGroups(int[] g) {
        if (g.length == 2) {
            return g[0] == 6;
        }
        for (int k = 0; k < g.length - 1; k++) {
            if (g[k] != 4) {
                return false;
            }
        }
        return g.length == 4 ? g[3] == 4 : g.length == 5 && g[4] <= 3;
    }

    private void mobile(int s, int e, String v, List<Hit> out) {
        if (mobiles && v.length() == 11 && v.charAt(0) == '1' && v.charAt(1) >= '3' && v.charAt(1) <= '9') {
            out.add(new Hit(Detector.MOBILE, s, e, v));
        }
    }

    private void id18(String text, String label, int s, int e, String v, List<Hit> out) {
        if (Checks.validId18(v, today)) {
            // About one identity number in 31 also carries a valid credit-code check character: only the words
            // around it (or an index number's "/year" after it) can say it is an organisation's code.
            if (ids && !(Checks.validUscc(v) && looksLikeOrganisation(text, label, s, e))) {
                out.add(new Hit(Detector.ID_NUMBER, s, e, v));
            }
            return;
        }
        if (Checks.idShaped(v) || v.charAt(17) == 'X' || Checks.validUscc(v)) {
            return; // a mistyped or invented identity number, or an organisation's credit code
        }
        card(s, e, v, out);
    }

    private void id15(String text, String label, int s, int e, String v, List<Hit> out) {
        if (ids && Checks.validId15(v, today)
                && !(Checks.mod1110(v) && looksLikeOrganisation(text, label, s, e))) {
            out.add(new Hit(Detector.ID_NUMBER, s, e, v));
        }
    }

    private void card(int s, int e, String v, List<Hit> out) {
        // Issuer prefixes of cards in use in China: UnionPay 62/60/9…, Visa 4, Mastercard 5 and 2, JCB/Amex 3.
        if (cards && v.length() >= 16 && v.length() <= 19 && "234569".indexOf(v.charAt(0)) >= 0 && Checks.luhn(v)) {
            out.add(new Hit(Detector.BANK_CARD, s, e, v));
        }
    }

    /**
     * Whether the words just before the number (back to the previous number on its line, and the segment's caption
     * such as a column header) name an organisation's code rather than a person's, or the number opens an index number ({@code …/2024-00047}).
     */
    static boolean looksLikeOrganisation(String text, String label, int s, int e) {
        if (e + 1 < text.length() && text.charAt(e) == '/' && isDigit(text.charAt(e + 1))) {
            return true;
        }
        // The words between the previous number (or the line's start) and this one: a label further back belongs
        // to another value ("统一社会信用代码：…，350524…" does not make the second number a credit code).
        int from = s;
        int limit = Math.max(0, s - CONTEXT_CHARS);
        while (from > limit) {
            char c = text.charAt(from - 1);
            if (c == '\n' || isDigit(c)) {
                break;
            }
            from--;
        }
        String context = label + ' ' + text.substring(from, s);
        int org = lastIndexOfAny(context, ORGANISATION_WORDS);
        return org >= 0 && org > lastIndexOfAny(context, PERSON_WORDS);
    }

    private static int lastIndexOfAny(String s, String[] words) {
        int best = -1;
        for (String w : words) {
            best = Math.max(best, s.lastIndexOf(w));
        }
        return best;
    }
}
