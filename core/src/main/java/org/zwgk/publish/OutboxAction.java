package org.zwgk.publish;

/** What an outbox entry asks a channel to do. */
public enum OutboxAction {
    PUBLISH("发布"),
    WITHDRAW("撤回");

    private final String label;

    OutboxAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
