package org.zwgk.flowable;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code zwgk.flowable.*} settings. */
@ConfigurationProperties(prefix = "zwgk.flowable")
public class ZwgkFlowableProperties {

    /** Whether to gate Flowable user tasks and provide the zwgkDelegate service-task bean. */
    private boolean enabled = true;

    /**
     * The user tasks that cannot complete while their disclosure obligations are unmet, as
     * processDefinitionKey:userTaskId (e.g. document-approval:issue) — without editing the BPMN. A user task can also
     * be gated in the BPMN with the attribute zwgk:gate="true" (xmlns:zwgk="http://zwgk.org/schema/bpmn").
     */
    private List<String> gatedTasks = new ArrayList<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getGatedTasks() {
        return gatedTasks;
    }

    public void setGatedTasks(List<String> gatedTasks) {
        this.gatedTasks = gatedTasks;
    }
}
