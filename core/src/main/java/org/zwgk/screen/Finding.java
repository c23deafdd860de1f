package org.zwgk.screen;

import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.text.ReadProblem;

/**
 * One thing the screening found: a value that looks like personal data (or a sensitive word), or a part it could
 * not read. It never holds the unmasked value, so it may be logged, stored, shown and serialised freely.
 *
 * @param source      {@link Screener#TITLE}, {@link Screener#BODY}, or the attachment's file name (an embedded file:
 *                    {@code outer.docx » inner.xlsx})
 * @param location    where in the source
 * @param detector    what was found
 * @param maskedValue the value in its usual masked form ({@code 350524********1234}, {@code 138****0000}); empty for
 *                    {@link Detector#UNREADABLE}
 * @param problem     why the source could not be read, for {@link Detector#UNREADABLE} only; {@code null} otherwise
 * @param fingerprint stable identity of this finding (see {@link Screener}): what a reviewer's acceptance names
 */
public record Finding(String source, Location location, Detector detector, String maskedValue, ReadProblem problem,
                      String fingerprint) {

    public Finding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(maskedValue, "maskedValue");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if ((detector == Detector.UNREADABLE) != (problem != null)) {
            throw new IllegalArgumentException("a problem is given exactly for UNREADABLE findings");
        }
    }

    /** Whether the source (or a part of it) could not be read. */
    public boolean unreadable() {
        return detector == Detector.UNREADABLE;
    }

    /**
     * The value as it may be compared and kept: its detector and masked form ({@code MOBILE:138****0000}); null for an
     * unreadable part, which has no value. Two findings of one value share it wherever they are.
     */
    public String valueKey() {
        return unreadable() ? null : detector.name() + ":" + maskedValue;
    }

    /** The code of this kind of finding, e.g. ZWGK-3320 for an identity number, ZWGK-3314 for a scanned page. */
    public ErrorCode code() {
        if (problem != null) {
            return switch (problem) {
                case UNSUPPORTED_TYPE -> ScreeningErrors.UNSUPPORTED_TYPE;
                case ENCRYPTED -> ScreeningErrors.ENCRYPTED;
                case CORRUPT -> ScreeningErrors.CORRUPT;
                case TOO_LARGE -> ScreeningErrors.TOO_LARGE;
                case NO_TEXT_LAYER -> ScreeningErrors.NO_TEXT_LAYER;
                case CHARSET -> ScreeningErrors.CHARSET;
            };
        }
        return switch (detector) {
            case ID_NUMBER -> ScreeningErrors.ID_NUMBER;
            case MOBILE -> ScreeningErrors.MOBILE;
            case BANK_CARD -> ScreeningErrors.BANK_CARD;
            case SENSITIVE_WORD -> ScreeningErrors.SENSITIVE_WORD;
            case UNREADABLE -> throw new IllegalStateException("unreachable");
        };
    }

    /** E.g. {@code 名单.xlsx Sheet1!C12：公民身份号码 350524********1234} (without the code). */
    public String message(Locale locale) {
        String where = location.describe(locale);
        return code().message(locale, sourceName(source, locale), where.isEmpty() ? "" : " " + where, maskedValue);
    }

    public String hint(Locale locale) {
        return code().hint(locale);
    }

    /** {@code title} and {@code body} in the reader's language; file names as they are. */
    public static String sourceName(String source, Locale locale) {
        boolean en = ErrorCode.isEnglish(locale);
        if (Screener.TITLE.equals(source)) {
            return en ? "title" : "标题";
        }
        if (Screener.BODY.equals(source)) {
            return en ? "body" : "正文";
        }
        return source;
    }
}
