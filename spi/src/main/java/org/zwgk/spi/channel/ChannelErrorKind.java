package org.zwgk.spi.channel;

/** Why a channel refused or failed a delivery, and whether retrying can help. */
public enum ChannelErrorKind {
    /** Network failure, timeout, remote busy: retry with backoff. */
    TRANSIENT(true, "暂时性故障"),
    /** Token expired or credentials wrong: refresh once, then stop and tell an operator. */
    CREDENTIAL(false, "凭据错误"),
    /** Quota or frequency limit: retry only after the limit resets. */
    RATE_LIMITED(true, "超出频率或配额"),
    /** Misconfiguration (endpoint, IP whitelist): an operator must fix configuration. */
    CONFIGURATION(false, "配置错误"),
    /** The account lacks the right to call this API. */
    PERMISSION(false, "无权限"),
    /** The content itself was refused (too long, bad image, failed review): fix the content. */
    REJECTED_CONTENT(false, "内容被拒绝"),
    /** Any other failure that retrying will not fix. */
    PERMANENT(false, "永久性失败");

    private final boolean retryable;
    private final String label;

    ChannelErrorKind(boolean retryable, String label) {
        this.retryable = retryable;
        this.label = label;
    }

    /** Whether an automatic retry can succeed without a person changing something. */
    public boolean isRetryable() {
        return retryable;
    }

    public String label() {
        return label;
    }
}
