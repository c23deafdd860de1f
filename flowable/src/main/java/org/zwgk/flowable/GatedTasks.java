package org.zwgk.flowable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.UserTask;
import org.zwgk.spi.ZwgkException;

/**
 * Which user tasks are gated: those named in {@code zwgk.flowable.gated-tasks} ({@code process:task}) and those
 * carrying {@code zwgk:gate="true"} in the BPMN.
 */
public final class GatedTasks {

    /** The namespace of zwgk's BPMN extension attributes. */
    public static final String NAMESPACE = "http://zwgk.org/schema/bpmn";
    /** {@code <userTask id="issue" zwgk:gate="true">}. */
    public static final String GATE_ATTRIBUTE = "gate";

    /** A configured gated task. */
    public record Entry(String processKey, String taskKey) {
        @Override
        public String toString() {
            return processKey + ":" + taskKey;
        }
    }

    private final Set<Entry> configured;

    /** @throws ZwgkException ZWGK-7053 for an entry that is not {@code process:task} */
    public GatedTasks(List<String> entries) {
        Set<Entry> out = new LinkedHashSet<>();
        for (String raw : entries) {
            String e = raw == null ? "" : raw.strip();
            int colon = e.indexOf(':');
            if (colon <= 0 || colon == e.length() - 1 || e.indexOf(':', colon + 1) >= 0) {
                throw new ZwgkException(FlowableErrors.BAD_GATED_TASK, raw);
            }
            out.add(new Entry(e.substring(0, colon).strip(), e.substring(colon + 1).strip()));
        }
        this.configured = Set.copyOf(out);
    }

    /** Whether {@code task} of process {@code processKey} is gated. */
    public boolean isGated(String processKey, UserTask task) {
        if (configured.contains(new Entry(processKey, task.getId()))) {
            return true;
        }
        String attribute = task.getAttributeValue(NAMESPACE, GATE_ATTRIBUTE);
        return attribute != null && attribute.strip().equalsIgnoreCase("true");
    }

    /** The configured entries (not those marked in BPMN). */
    public List<Entry> configured() {
        return new ArrayList<>(configured);
    }
}
