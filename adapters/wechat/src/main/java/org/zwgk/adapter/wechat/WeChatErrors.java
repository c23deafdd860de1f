package org.zwgk.adapter.wechat;

import org.zwgk.spi.channel.ChannelErrorKind;

/** WeChat {@code errcode} → {@link ChannelErrorKind} (reference §11; matches WxJava's retry policy). */
public final class WeChatErrors {

    private WeChatErrors() {
    }

    public static ChannelErrorKind kindOf(int errcode) {
        return switch (errcode) {
            case -1 -> ChannelErrorKind.TRANSIENT;                       // system busy: back off and retry
            case 40001, 40014, 42001, 40125 -> ChannelErrorKind.CREDENTIAL; // token/secret
            case 45009, 45011 -> ChannelErrorKind.RATE_LIMITED;         // daily quota / frequency
            case 40164 -> ChannelErrorKind.CONFIGURATION;               // caller IP not whitelisted
            case 48001, 53504, 53505 -> ChannelErrorKind.PERMISSION;    // API unauthorised / use the MP website
            case 40005, 40007, 40009, 44003, 45166, 47001, 53503 -> ChannelErrorKind.REJECTED_CONTENT;
            default -> ChannelErrorKind.PERMANENT;
        };
    }

    /** Token errors after which the failing token is expired and the call retried once. */
    public static boolean isTokenError(int errcode) {
        return errcode == 40001 || errcode == 40014 || errcode == 42001;
    }
}
