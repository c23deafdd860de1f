package org.zwgk.adapter.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SPI 1.2 ordering rule as our adapters apply it. The dispatcher numbers the messages of each (item, channel)
 * ({@code Publication.sequence()}, {@code Withdrawal.sequence()}); a channel keeps, per item, the highest sequence it
 * has applied, and drops a message with a lower one: a late delivery (one that outlived its lease, or overtook
 * nothing but arrived last) must never put an older version or a withdrawn item back in public.
 *
 * <ul>
 *   <li>{@code 0} means "not given" (a caller built against SPI 1.1): applied, and it never lowers what is kept;</li>
 *   <li>an equal sequence is a repeat of the same message: the adapter's idempotency on the key answers it;</li>
 *   <li>a lower sequence is stale: nothing changes, and the receipt says so with {@link #STALE} = {@code true} and
 *       {@link #APPLIED} = the sequence the channel holds, plus the channel's current remote id and status (the
 *       newer version's, or {@code WITHDRAWN}). A stale message is not an error: retrying it cannot help.</li>
 * </ul>
 *
 * <p>Support for zwgk's own adapters, not part of the SPI contract; the rule itself is documented in
 * {@code docs/channels.md}.
 */
public final class Sequences {

    /** Receipt detail: {@code "true"} when the message was dropped as stale. */
    public static final String STALE = org.zwgk.spi.channel.Receipt.STALE;
    /** Receipt detail on a stale receipt: the highest sequence the channel has applied for the item. */
    public static final String APPLIED = "appliedSequence";

    private Sequences() {
    }

    /** Whether a message with {@code incoming} must be dropped on a channel that applied {@code applied}. */
    public static boolean isStale(long applied, long incoming) {
        return incoming > 0 && incoming < applied;
    }

    /** What to keep after applying {@code incoming}: never lower, and 0 (not given) changes nothing. */
    public static long next(long applied, long incoming) {
        return Math.max(applied, incoming);
    }

    /** {@code details} plus the two stale markers. */
    public static Map<String, String> staleDetails(Map<String, String> details, long applied) {
        Map<String, String> d = new LinkedHashMap<>(details);
        d.put(STALE, "true");
        d.put(APPLIED, Long.toString(applied));
        return d;
    }

    /** A stored sequence; missing or unreadable is 0 (nothing applied with a sequence). */
    public static long parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(stored.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
