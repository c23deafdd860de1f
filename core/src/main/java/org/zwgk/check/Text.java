package org.zwgk.check;

import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;

/**
 * A piece of text in both languages, for the parts of a finding that are words rather than data (a status, a list
 * of missing fields). As an argument of a message it is filled in the message's language.
 */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The same text in both languages (a name, a number, a file path). */
    public static Text same(String s) {
        return new Text(s, s);
    }

    public String in(Locale locale) {
        return ErrorCode.isEnglish(locale) ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
