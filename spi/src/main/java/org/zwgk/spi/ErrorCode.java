package org.zwgk.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable, documented error code ({@code ZWGK-nnnn}) with its message and fix hint in Chinese (the default) and
 * English. Every code is listed in {@code docs/errors.md}; the anchor is the code in lower case.
 *
 * <p>Templates use positional placeholders {@code {0}}, {@code {1}}, ... . They are replaced literally (not through
 * {@link java.text.MessageFormat}) so that apostrophes and braces in user data can never corrupt a message.
 *
 * <p>Code ranges: 1xxx catalogue and file formats, 2xxx calendars and time limits, 3xxx classification, lifecycle
 * and gate, 4xxx store, outbox and index numbers, 5xxx channels, 6xxx applications and reports, 9xxx CLI, plugin and
 * configuration.
 */
public record ErrorCode(String code, String messageZh, String messageEn, String hintZh, String hintEn) {

    private static final Pattern CODE = Pattern.compile("ZWGK-\\d{4}");

    public ErrorCode {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error code must look like ZWGK-nnnn: " + code);
        }
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(hintZh, "hintZh");
        Objects.requireNonNull(hintEn, "hintEn");
    }

    /** Convenience factory keeping declarations on one line each. */
    public static ErrorCode of(String code, String messageZh, String messageEn, String hintZh, String hintEn) {
        return new ErrorCode(code, messageZh, messageEn, hintZh, hintEn);
    }

    /** The message in the given locale (English for any {@code en*} locale, Chinese otherwise). */
    public String message(Locale locale, Object... args) {
        return fill(isEnglish(locale) ? messageEn : messageZh, args);
    }

    /** The fix hint in the given locale. */
    public String hint(Locale locale, Object... args) {
        return fill(isEnglish(locale) ? hintEn : hintZh, args);
    }

    /** Where the code is documented, relative to the repository root. */
    public String docsAnchor() {
        return "docs/errors.md#" + code.toLowerCase(Locale.ROOT);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String fill(String template, Object... args) {
        if (args == null || args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close > i + 1) {
                    String idx = template.substring(i + 1, close);
                    if (idx.chars().allMatch(Character::isDigit)) {
                        int n = Integer.parseInt(idx);
                        out.append(n < args.length ? String.valueOf(args[n]) : template.substring(i, close + 1));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return code;
    }
}
