package org.zwgk.screen;

import java.util.Objects;

/**
 * The usual 公示 masked forms ({@code ../shared/domain/reference.md} §13): identity numbers keep the first 6 and
 * last 4 characters ({@code 350524********1234}), mobile numbers the first 3 and last 4 ({@code 138****0000}), bank
 * card numbers the first 6 and last 4 ({@code 622202*********0123}, as card statements print them).
 *
 * <p>Only the digits (and an identity number's X) count and are replaced by {@code *}; spaces and hyphens stay, so
 * {@code 138-0013-8000} becomes {@code 138-****-8000} and a masked text keeps the length and layout of the original.
 * A value with too few characters to keep anything is masked entirely.
 */
public final class Masking {

    private Masking() {
    }

    /** {@code 350524199001011234} → {@code 350524********1234}; 15-digit numbers → {@code 350524*****1234}. */
    public static String idNumber(String value) {
        return keep(value, 6, 4);
    }

    /** {@code 13800138000} → {@code 138****8000}. */
    public static String mobile(String value) {
        return keep(value, 3, 4);
    }

    /** {@code 6222021234567890123} → {@code 622202*********0123}. */
    public static String bankCard(String value) {
        return keep(value, 6, 4);
    }

    /** A sensitive word or a name: the first character kept, the others {@code *} ({@code 张三丰} → {@code 张**}). */
    public static String word(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() <= 1) {
            return "*".repeat(value.length());
        }
        int first = Character.charCount(value.codePointAt(0));
        return value.substring(0, first) + "*".repeat(value.length() - first);
    }

    /**
     * Keeps the first {@code head} and last {@code tail} of the value's digits (and letters), replacing the others
     * with {@code *}; other characters stay. Everything is masked when there are no more than head + tail digits.
     */
    public static String keep(String value, int head, int tail) {
        Objects.requireNonNull(value, "value");
        if (head < 0 || tail < 0) {
            throw new IllegalArgumentException("head and tail must not be negative");
        }
        int total = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                total++;
            }
        }
        boolean all = total <= head + tail;
        StringBuilder out = new StringBuilder(value.length());
        int k = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.append(c);
                continue;
            }
            out.append(!all && (k < head || k >= total - tail) ? c : '*');
            k++;
        }
        return out.toString();
    }
}
