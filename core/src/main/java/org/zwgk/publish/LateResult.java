package org.zwgk.publish;

import java.time.Instant;

/**
 * A delivery result that arrived after its claim had been taken over (fenced off): what the channel said, kept for
 * operators and auditors, never the entry's outcome.
 *
 * @param fence   the claim it was delivered under (older than the entry's current one)
 * @param worker  the dispatcher worker that delivered it
 * @param outcome the delivery status the channel reported ({@code LIVE}, {@code WITHDRAWN} …) or the error kind
 * @param detail  the channel's message, if any
 */
public record LateResult(long entryId, long fence, String worker, String outcome, String remoteId, String publicUrl,
                         String detail, Instant recordedAt) {
}
