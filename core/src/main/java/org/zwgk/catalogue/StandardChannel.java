package org.zwgk.catalogue;

import java.util.Optional;

/**
 * The standard channel list of the catalogue tables (公开渠道和载体, reference §4.3), plus {@link #OTHER} for free
 * text written as {@code 其他:<text>}.
 */
public enum StandardChannel {
    GOVERNMENT_WEBSITE("政府网站", true, false),
    GOVERNMENT_GAZETTE("政府公报", true, true),
    NEW_MEDIA("两微一端", true, true),
    PRESS_CONFERENCE_HEARING("发布会/听证会", true, true),
    RADIO_TV("广播电视", true, true),
    PRINT_MEDIA("纸质媒体", true, true),
    READING_POINT("公开查阅点", true, false),
    SERVICE_CENTRE("政务服务中心", true, false),
    SERVICE_STATION("便民服务站", true, false),
    DOOR_TO_DOOR("入户/现场", false, false),
    NOTICE_BOARD("社区/企事业单位/村公示栏(电子屏)", true, true),
    TARGETED_PUSH("精准推送", false, true),
    OTHER("其他", true, false);

    private final String label;
    private final boolean publicFacing;
    private final boolean broadcast;

    StandardChannel(String label, boolean publicFacing, boolean broadcast) {
        this.label = label;
        this.publicFacing = publicFacing;
        this.broadcast = broadcast;
    }

    public String label() {
        return label;
    }

    /** Whether anyone can obtain information through this channel (入户/现场 and 精准推送 reach chosen people only). */
    public boolean publicFacing() {
        return publicFacing;
    }

    /**
     * Whether the channel pushes information to people who did not ask for it. Websites are pull channels: an
     * on-application item may well be applied for and answered online.
     */
    public boolean broadcast() {
        return broadcast;
    }

    /** The channel with exactly this standard label. */
    public static Optional<StandardChannel> byLabel(String label) {
        for (StandardChannel c : values()) {
            if (c.label.equals(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
