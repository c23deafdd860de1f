package org.zwgk.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * Result of verifying the record (event chains, content, payloads, anchors).
 *
 * @param itemsChecked  items whose chains were recomputed
 * @param eventsChecked events recomputed
 * @param findings      every problem found, each with its exact location; empty when the record is intact
 */
public record LogVerification(int itemsChecked, int eventsChecked, List<Finding> findings) {

    public LogVerification {
        findings = List.copyOf(findings);
    }

    /** What can be wrong with the record. */
    public enum Kind {
        /** An event's fields no longer give its stored hash: the event was edited. */
        EVENT_EDITED,
        /** An event's {@code prev_hash} is not the previous event's hash: an event was inserted or replaced. */
        CHAIN_BROKEN,
        /** A position is missing in the chain: an event was deleted. */
        EVENT_DELETED,
        /** The chain ends before (or after) the head kept on the item row: events deleted at the end, or appended. */
        HEAD_MISMATCH,
        /** Events of an item that does not exist. */
        EVENTS_WITHOUT_ITEM,
        /**
         * An unkeyed event where the key is required: after a keyed one in the same chain, or — when a key is given —
         * anywhere not before the verifier's {@code keyedSince}: rewritten without the key.
         */
        UNKEYED,
        /** Events signed with a key other than the one given. */
        OTHER_KEY,
        /** Keyed events, but no key given: their hashes cannot be checked. */
        KEY_REQUIRED,
        /** Stored content (title, body, public version, files) differs from what the chain recorded. */
        CONTENT_EDITED,
        /** A queued payload differs from what the chain recorded when it was queued. */
        PAYLOAD_EDITED,
        /** An archive hand-over recorded a chain position and hash that the database no longer has. */
        ANCHOR_MISMATCH
    }

    /**
     * One problem.
     *
     * @param itemId   the item, or null for a problem of an anchor file as a whole
     * @param position the event's position in the item's chain, 0 when not about one event
     * @param where    the exact place: {@code zwgk_event}, {@code zwgk_item.content}, {@code zwgk_outbox#42},
     *                 {@code batches/20241205/移交清单.xml} …
     * @param detail   what is wrong, in English
     */
    public record Finding(Kind kind, String itemId, int position, String where, String detail) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(detail, "detail");
        }

        /** One line: {@code item #position where: kind detail}. */
        public String line() {
            return (itemId == null ? "" : itemId + (position > 0 ? " #" + position : "") + " ") + where + ": " + kind
                    + " " + detail;
        }
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    /** The findings as lines, one per problem. */
    public List<String> problems() {
        return findings.stream().map(Finding::line).toList();
    }
}
