package org.zwgk.spi.channel;

/**
 * Per-channel delivery state of one publication, as shown to operators. Adapters return {@link #ACCEPTED},
 * {@link #LIVE} or {@link #WITHDRAWN} in their receipts; the other states belong to the outbox.
 */
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
    WITHDRAWN("已撤回"),
    /**
     * Not delivered because a newer intent for the same item and channel replaced it first (a withdrawal, or a
     * newer version): the newest intent wins. Final; an outbox state only, never returned by an adapter. Since SPI
     * 1.2.
     */
    SUPERSEDED("已被取代"),
    /** Not delivered: an operator cancelled it. Final; an outbox state only. Since SPI 1.2. */
    CANCELLED("已取消");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
