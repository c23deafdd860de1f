package org.zwgk.calendar.notice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zwgk.spi.ErrorCode;

/**
 * One thing the importer could not accept, located in the notice text: its arguments start with the notice's name,
 * and, for a sentence, the line and the sentence quoted.
 */
public record NoticeProblem(ErrorCode code, List<String> args) {

    public NoticeProblem {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static NoticeProblem of(ErrorCode code, Object... args) {
        return new NoticeProblem(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** {@code ZWGK-nnnn message}. */
    public String message(Locale locale) {
        return code.code() + " " + code.message(locale, args.toArray());
    }

    public String hint(Locale locale) {
        return code.hint(locale, args.toArray());
    }
}
