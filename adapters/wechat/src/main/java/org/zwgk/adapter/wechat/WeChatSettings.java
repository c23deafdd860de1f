package org.zwgk.adapter.wechat;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.zwgk.spi.Secret;
import org.zwgk.spi.channel.Attachment;

/**
 * Settings of the WeChat channel.
 *
 * @param apiBaseUrl      {@code https://api.weixin.qq.com} or the proxy government networks reach it through
 * @param appId           the official account's AppID
 * @param appSecret       its AppSecret
 * @param author          article author (≤ 16 characters), may be empty
 * @param connectTimeout  TCP connect timeout
 * @param requestTimeout  whole-request timeout
 * @param pollInterval    pause between {@code freepublish/get} calls
 * @param pollLimit       polls per delivery attempt before reporting "still publishing" as transient
 * @param busyRetries     in-call retries of errcode -1 (system busy), with exponential back-off
 * @param backoffBase     first back-off pause
 * @param tokenMargin     refresh the cached token this long before it expires
 * @param cover           the account's cover image (jpg/png), used for a publication that carries no image of its own;
 *                        {@code null} = every publication must bring one
 */
public record WeChatSettings(URI apiBaseUrl, String appId, Secret appSecret, String author, Duration connectTimeout,
                             Duration requestTimeout, Duration pollInterval, int pollLimit, int busyRetries,
                             Duration backoffBase, Duration tokenMargin, Attachment cover) {

    /** Settings without a default cover: every publication must carry a jpg/png image. */
    public WeChatSettings(URI apiBaseUrl, String appId, Secret appSecret, String author, Duration connectTimeout,
                          Duration requestTimeout, Duration pollInterval, int pollLimit, int busyRetries,
                          Duration backoffBase, Duration tokenMargin) {
        this(apiBaseUrl, appId, appSecret, author, connectTimeout, requestTimeout, pollInterval, pollLimit, busyRetries,
                backoffBase, tokenMargin, null);
    }

    public WeChatSettings {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appSecret, "appSecret");
        author = author == null ? "" : author;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(tokenMargin, "tokenMargin");
        if (pollLimit < 1 || busyRetries < 0) {
            throw new IllegalArgumentException("pollLimit >= 1 and busyRetries >= 0 required");
        }
    }

    @Override
    public String toString() {
        return "WeChatSettings[" + apiBaseUrl + ", appId=" + appId + ", appSecret=******"
                + (cover == null ? "" : ", cover=" + cover.fileName()) + "]";
    }
}
