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
            // The catalogue message already quotes the phrase; give the code and what would be readable.
            return Result.unreadable(e.code() + " " + (e.errorCode() == TimeLimitErrors.UNKNOWN_PHRASE ? ""
                    : e.errorCode().message(Locale.CHINA, e.args().toArray()) + " ") + e.hint(Locale.CHINA));
        }
    }
}
