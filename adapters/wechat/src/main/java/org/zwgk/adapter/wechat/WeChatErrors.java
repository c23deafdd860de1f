package org.zwgk.adapter.wechat;

import org.zwgk.spi.channel.ChannelErrorKind;

/** WeChat {@code errcode} → {@link ChannelErrorKind} (reference §11 and §16; matches WxJava's retry policy). */
public final class WeChatErrors {

    private WeChatErrors() {
    }

    public static ChannelErrorKind kindOf(int errcode) {
        return switch (errcode) {
            case -1 -> ChannelErrorKind.TRANSIENT;                       // system busy: back off and retry
            case 40001, 40014, 42001 -> ChannelErrorKind.CREDENTIAL;    // token invalid or expired (after one refresh)
            case 40013, 40125, 40164 -> ChannelErrorKind.CONFIGURATION; // invalid AppID / AppSecret, IP not whitelisted
            case 45009, 45011 -> ChannelErrorKind.RATE_LIMITED;         // daily quota / frequency
            case 48001 -> ChannelErrorKind.PERMISSION;                  // API unauthorised (unverified account)
            // Never retried: content too long (45002), title (45003), digest (45004), author (45110); bad image type,
            // media id, image size (40005, 40007, 40009); empty news (44003); invalid content or format (45166,
            // 47001); the publish check failed, or the draft must be handled in the MP web console (53503–53505).
            case 40005, 40007, 40009, 44003, 45002, 45003, 45004, 45110, 45166, 47001, 53503, 53504, 53505 ->
                    ChannelErrorKind.REJECTED_CONTENT;
            default -> ChannelErrorKind.PERMANENT;
        };
    }

    /** Token errors after which the failing token is expired and the call retried once. */
    public static boolean isTokenError(int errcode) {
        return errcode == 40001 || errcode == 40014 || errcode == 42001;
    }
}
