package org.zwgk.lifecycle;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only event log. {@code hash} = SHA-256 over the previous hash and this event's fields,
 * so editing, inserting or deleting an event breaks the chain (see {@code EventLog.verify}).
 */
public record LifecycleEvent(String itemId, int position, String type, LifecycleState from, LifecycleState to,
                             String actor, Instant at, String details, String prevHash, String hash) {
    public LifecycleEvent {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        details = details == null ? "" : details;
    }
}
