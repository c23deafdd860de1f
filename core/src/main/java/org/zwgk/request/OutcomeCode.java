package org.zwgk.request;

/**
 * How an application ended: an Art. 36 {@link ReplyType} or a {@link NotProcessedReason}. Both enums carry the
 * code names of reference §3.2/§3.3 ({@link #name()}), the article and a Chinese label.
 */
public sealed interface OutcomeCode permits ReplyType, NotProcessedReason {

    /** The stable code, e.g. {@code NOT_DISCLOSED}. */
    String name();

    String article();

    String labelZh();

    /** The article as officials cite it (条例第三十六条第（三）项), or the code itself when it names no article. */
    default String citationZh() {
        return org.zwgk.classify.LegalCitation.zh(article());
    }

    /** Whether the reply must name at least one {@link ExemptionGround} and give a written reason. */
    default boolean requiresGrounds() {
        return false;
    }
}
