package org.zwgk.timelimit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed 公开时限 phrase.
 *
 * @param phrase            the phrase as written
 * @param rule              the main rule (for a phrase that only states a display period, that period)
 * @param display           the display period stated after the main rule, if any
 * @param otherLawPrevails  the phrase carries "法律、法规对政府信息公开的期限另有规定的,从其规定" (Art. 26)
 * @param notes             remarks on the reading (e.g. an unconfirmed unit)
 */
public record ParsedTimeLimit(String phrase, TimeLimitRule rule, Optional<TimeLimitRule.DisplayPeriod> display,
        boolean otherLawPrevails, List<String> notes) {
    public ParsedTimeLimit {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(rule, "rule");
        display = display == null ? Optional.empty() : display;
        notes = List.copyOf(notes);
    }
}
