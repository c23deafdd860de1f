package org.zwgk.timelimit;

import java.util.Locale;
import org.zwgk.catalogue.TimeLimitPhraseCheck;
import org.zwgk.spi.ZwgkException;

/** The built-in {@link TimeLimitPhraseCheck}: a phrase is readable when {@link TimeLimitParser} parses it. */
public final class TimeLimitPhrases implements TimeLimitPhraseCheck {

    private final TimeLimitParser parser = new TimeLimitParser();

    @Override
    public Result check(String phrase) {
        try {
            parser.parse(phrase);
            return Result.ok();
        } catch (ZwgkException e) {
            // The catalogue message already quotes the phrase: the detail is the parser's code (and, for a phrase
            // it recognised but found wrong, what is wrong); the hint is what would be readable — for an unknown
            // phrase the recognised forms (ZWGK-2101's hint). Each in both languages.
            boolean unknown = e.errorCode() == TimeLimitErrors.UNKNOWN_PHRASE;
            return Result.unreadable(
                    unknown ? e.code() : e.message(Locale.CHINA),
                    unknown ? e.code() : e.message(Locale.ENGLISH),
                    e.hint(Locale.CHINA), e.hint(Locale.ENGLISH));
        }
    }
}
