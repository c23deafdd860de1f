package org.zwgk.gate;

/** What an obligation asks for. */
public enum ObligationKind {
    /** 发布: publish within the item's time limit (Art. 26: 20 working days unless other law says). */
    PUBLISH("发布"),
    /** 解读: interpret a policy document within 3 working days of publication. */
    INTERPRET("解读");

    private final String label;

    ObligationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
