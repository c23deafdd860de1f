package org.zwgk.classify;

/** Why third-party information is disclosed despite Art. 15. */
public enum ThirdPartyOverride {
    /** 第三方同意公开 (Art. 15). */
    CONSENT("第三方同意公开"),
    /** 不公开会对公共利益造成重大影响 (Arts. 15, 32). */
    PUBLIC_INTEREST("公共利益需要公开");

    private final String label;

    ThirdPartyOverride(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
