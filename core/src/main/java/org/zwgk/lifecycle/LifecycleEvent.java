package org.zwgk.lifecycle;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only event log. {@code hash} = SHA-256 — or, with the log key, HMAC-SHA256 ({@code macAlg})
 * — over the previous hash and this event's fields, so editing, inserting or deleting an event breaks the chain (see
 * {@code LogVerifier}).
 */
public record LifecycleEvent(String itemId, int position, String type, LifecycleState from, LifecycleState to,
                             String actor, Instant at, String details, String prevHash, String hash, String macAlg) {
    public LifecycleEvent {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        details = details == null ? "" : details;
        macAlg = macAlg == null ? EventLog.UNKEYED : macAlg;
    }

    /** An unkeyed event (SHA-256), as every event was before the log key (migration V9). */
    public LifecycleEvent(String itemId, int position, String type, LifecycleState from, LifecycleState to,
                          String actor, Instant at, String details, String prevHash, String hash) {
        this(itemId, position, type, from, to, actor, at, details, prevHash, hash, EventLog.UNKEYED);
    }

    /** Whether the hash is an HMAC with the log key ({@code hmac-sha256:<key id>}). */
    public boolean keyed() {
        return !EventLog.UNKEYED.equals(macAlg);
    }
}
