package org.zwgk.lifecycle;

import java.util.List;

/**
 * Result of verifying the tamper-evident event log.
 *
 * @param itemsChecked items whose chains were recomputed
 * @param eventsChecked events recomputed
 * @param problems one line per broken chain (item, position, what is wrong); empty when the log is intact
 */
public record LogVerification(int itemsChecked, int eventsChecked, List<String> problems) {
    public LogVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
