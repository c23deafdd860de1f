package org.zwgk.spi.channel;

/** Per-channel delivery state of one publication, as shown to operators. */
public enum DeliveryStatus {
    /** Written to the outbox, waiting for a dispatcher. */
    QUEUED("排队中"),
    /** Handed to the adapter; outcome not yet known. */
    SENT("已发送"),
    /**
     * The channel confirmed it has the item but has not finished (e.g. the archive wrote the package, to be handed
     * over on the next hand-over day). Final for channels without {@link ChannelCapability#REFRESH}.
     */
    ACCEPTED("已受理"),
    /**
     * Visible to the public, with a URL where the channel has one. On a channel with
     * {@link ChannelCapability#ARCHIVAL_HANDOVER}: handed over to the archives and library (已移交), where the
     * public can consult it; the remote id names the package in its sealed batch.
     */
    LIVE("已上线"),
    /** Last attempt failed; another is scheduled. */
    FAILED("失败待重试"),
    /** Gave up after too many attempts or a non-retryable error; an operator must retry or release it. */
    QUARANTINED("已隔离"),
    /** Taken down (废止/撤回) on this channel. */
    WITHDRAWN("已撤回");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
