package org.zwgk.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zwgk.catalogue.Channel;
import org.zwgk.catalogue.StandardChannel;

/**
 * Reads channel text: the standard labels (full- or half-width punctuation alike), the spellings real catalogues use
 * for them (reference §4.4; reported as variants), the well-known extra channels that belong under {@code 其他}, and
 * {@code 其他:<text>} / {@code 其他：<text>}.
 */
public final class ChannelVocabulary {

    /** The outcome of reading one channel text. */
    public record Reading(Channel channel, boolean variant, Optional<String> suggestion) {
        public boolean known() {
            return channel != null;
        }
    }

    private static final Map<String, StandardChannel> VARIANTS = Map.ofEntries(
            Map.entry("政府门户网站", StandardChannel.GOVERNMENT_WEBSITE),
            Map.entry("门户网站", StandardChannel.GOVERNMENT_WEBSITE),
            Map.entry("县政府门户网站", StandardChannel.GOVERNMENT_WEBSITE),
            Map.entry("县政府网站", StandardChannel.GOVERNMENT_WEBSITE),
            Map.entry("政府网", StandardChannel.GOVERNMENT_WEBSITE),
            Map.entry("网站", StandardChannel.GOVERNMENT_WEBSITE),
            Map.entry("公报", StandardChannel.GOVERNMENT_GAZETTE),
            Map.entry("政务新媒体", StandardChannel.NEW_MEDIA),
            Map.entry("新媒体", StandardChannel.NEW_MEDIA),
            Map.entry("微信", StandardChannel.NEW_MEDIA),
            Map.entry("微信公众号", StandardChannel.NEW_MEDIA),
            Map.entry("政务微信", StandardChannel.NEW_MEDIA),
            Map.entry("政务微博", StandardChannel.NEW_MEDIA),
            Map.entry("微博", StandardChannel.NEW_MEDIA),
            Map.entry("发布会", StandardChannel.PRESS_CONFERENCE_HEARING),
            Map.entry("新闻发布会", StandardChannel.PRESS_CONFERENCE_HEARING),
            Map.entry("听证会", StandardChannel.PRESS_CONFERENCE_HEARING),
            Map.entry("广播", StandardChannel.RADIO_TV),
            Map.entry("电视", StandardChannel.RADIO_TV),
            Map.entry("广播/电视", StandardChannel.RADIO_TV),
            Map.entry("报刊", StandardChannel.PRINT_MEDIA),
            Map.entry("报纸", StandardChannel.PRINT_MEDIA),
            Map.entry("报刊杂志", StandardChannel.PRINT_MEDIA),
            Map.entry("查阅点", StandardChannel.READING_POINT),
            Map.entry("政府信息公开查阅点", StandardChannel.READING_POINT),
            Map.entry("政务公开专区", StandardChannel.READING_POINT),
            Map.entry("政务服务大厅", StandardChannel.SERVICE_CENTRE),
            Map.entry("便民服务中心", StandardChannel.SERVICE_STATION),
            Map.entry("便民服务点", StandardChannel.SERVICE_STATION),
            Map.entry("入户", StandardChannel.DOOR_TO_DOOR),
            Map.entry("现场", StandardChannel.DOOR_TO_DOOR),
            Map.entry("公示栏", StandardChannel.NOTICE_BOARD),
            Map.entry("公开栏", StandardChannel.NOTICE_BOARD),
            Map.entry("电子屏", StandardChannel.NOTICE_BOARD),
            Map.entry("村务公开栏", StandardChannel.NOTICE_BOARD),
            Map.entry("村(居)务公开栏", StandardChannel.NOTICE_BOARD),
            Map.entry("公告公示栏", StandardChannel.NOTICE_BOARD),
            Map.entry("社区/企事业单位/村公示栏", StandardChannel.NOTICE_BOARD),
            Map.entry("村居/企事业单位公示栏(电子屏)", StandardChannel.NOTICE_BOARD),
            Map.entry("社区/村公示栏(电子屏)", StandardChannel.NOTICE_BOARD));

    /** Channels seen in real catalogues that are not on the standard list; they belong under 其他. */
    private static final List<String> KNOWN_EXTRAS = List.of("12345政务服务热线", "征地信息公开平台",
            "投资项目在线审批监管平台", "公共资源交易平台", "信用中国网站", "招投标公共服务平台", "管理部门网站",
            "便民惠民服务中心", "会议");

    private ChannelVocabulary() {
    }

    public static Reading read(String raw) {
        String t = normalise(raw);
        if (t.startsWith("其他:") && t.length() > 3) {
            return new Reading(Channel.other(raw.strip().substring(3).strip()), false, Optional.empty());
        }
        Optional<StandardChannel> std = StandardChannel.byLabel(t).filter(c -> c != StandardChannel.OTHER);
        if (std.isPresent()) {
            return new Reading(Channel.of(std.get()), false, Optional.empty());
        }
        StandardChannel v = VARIANTS.get(t);
        if (v != null) {
            return new Reading(Channel.of(v), true, Optional.empty());
        }
        if (KNOWN_EXTRAS.contains(t)) {
            return new Reading(Channel.other(raw.strip()), true, Optional.empty());
        }
        List<String> candidates = new ArrayList<>();
        for (StandardChannel c : StandardChannel.values()) {
            if (c != StandardChannel.OTHER) {
                candidates.add(c.label());
            }
        }
        return new Reading(null, false, Suggestions.closest(t, candidates));
    }

    /** Full-width punctuation to half-width, spaces removed: 全角 and 半角 are the same channel. */
    static String normalise(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '（' -> sb.append('(');
                case '）' -> sb.append(')');
                case '／' -> sb.append('/');
                case '：' -> sb.append(':');
                case '、' -> sb.append('/');
                case ' ', '\u3000', '\t' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
