package org.zwgk.lifecycle;

import java.time.Instant;

/** Test access to the unkeyed hash recipe (for forging a rewritten chain as an attacker without the key would). */
public final class EventLogAccess {

    private EventLogAccess() {
    }

    public static String hash(String prev, String itemId, int position, String type, LifecycleState from,
                              LifecycleState to, String actor, Instant at, String details) {
        return EventLog.hash(prev, itemId, position, type, from, to, actor, at, details);
    }
}
