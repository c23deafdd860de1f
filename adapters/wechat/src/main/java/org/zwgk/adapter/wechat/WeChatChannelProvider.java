package org.zwgk.adapter.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.zwgk.adapter.wechat.internal.WeChatAdapter;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelConfigs;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.ConfigKey;

/** The WeChat official account (两微一端), channel id {@code wechat}. */
public final class WeChatChannelProvider implements ChannelProvider {

    public static final List<ConfigKey> KEYS = List.of(
            new ConfigKey("api-base-url", "https://api.weixin.qq.com", false,
                    "接口地址（政务网络可经代理访问） / API base URL (a proxy on government networks)"),
            new ConfigKey("app-id", null, false, "公众号 AppID / the official account's AppID"),
            new ConfigKey("app-secret", null, true, "公众号 AppSecret（保密） / AppSecret (secret)"),
            new ConfigKey("author", "", false, "文章作者，不超过16字 / article author, ≤ 16 characters"),
            new ConfigKey("cover", "", false, "默认封面图片文件（jpg/png，小于1MB），用于不带图片的信息；可空 / default cover "
                    + "image file (jpg/png, < 1 MB) for publications without an image; optional"),
            new ConfigKey("connect-timeout", "10s", false, "连接超时 / connect timeout"),
            new ConfigKey("request-timeout", "30s", false, "请求超时 / request timeout"),
            new ConfigKey("poll-interval", "2s", false, "查询发布状态的间隔 / pause between status polls"),
            new ConfigKey("poll-limit", "30", false, "每次投递最多查询次数 / status polls per delivery attempt"),
            new ConfigKey("busy-retries", "3", false, "系统繁忙(-1)时的重试次数 / retries on errcode -1"),
            new ConfigKey("backoff-base", "1s", false, "首次退避时长，之后翻倍 / first back-off, doubled each time"),
            new ConfigKey("token-refresh-margin", "300s", false, "令牌提前刷新时长 / refresh the token this early"));

    /** Built against this SPI (the constant is inlined at compile time). */
    @Override
    public String spiVersion() {
        return org.zwgk.spi.SpiVersion.CURRENT;
    }

    @Override
    public String id() {
        return "wechat";
    }

    @Override
    public List<ConfigKey> configKeys() {
        return KEYS;
    }

    @Override
    public List<String> validate(ChannelConfig raw) {
        List<String> problems = new ArrayList<>();
        ChannelConfigs.checkUnknown(raw, KEYS, problems);
        ChannelConfigs.checkRequired(raw, KEYS, problems);
        ChannelConfig c = ChannelConfigs.withDefaults(raw, KEYS);
        ChannelConfigs.httpUri(c, "api-base-url", problems);
        for (String k : List.of("connect-timeout", "request-timeout", "poll-interval", "backoff-base",
                "token-refresh-margin")) {
            ChannelConfigs.duration(c, k, problems);
        }
        ChannelConfigs.positiveInt(c, "poll-limit", problems);
        if (!c.get("busy-retries").orElse("0").matches("\\d{1,2}")) {
            problems.add("配置项 busy-retries 应为 0–99 的整数 / busy-retries must be an integer 0–99");
        }
        String author = c.get("author").orElse("");
        if (author.codePointCount(0, author.length()) > 16) {
            problems.add("配置项 author 不得超过16字 / author must be at most 16 characters");
        }
        c.get("cover").filter(v -> !v.isBlank()).ifPresent(f -> {
            try {
                String problem = WeChatAdapter.imageProblem(cover(f));
                if (problem != null) {
                    problems.add("配置项 cover：" + problem);
                }
            } catch (InvalidPathException e) {
                problems.add("配置项 cover 不是有效路径 / cover is not a valid path: " + e.getReason());
            } catch (UncheckedIOException e) {
                problems.add("配置项 cover 的文件无法读取 / cover file cannot be read: " + f + " ("
                        + e.getCause().getClass().getSimpleName() + ")");
            }
        });
        return List.copyOf(problems);
    }

    @Override
    public ChannelAdapter create(ChannelConfig raw, Clock clock) {
        ChannelConfig c = ChannelConfigs.requireValid(this, raw);
        List<String> none = new ArrayList<>();
        return new WeChatAdapter(new WeChatSettings(URI.create(c.get("api-base-url").orElseThrow()),
                c.get("app-id").orElseThrow(), c.secret("app-secret").orElseThrow(), c.get("author").orElse(""),
                ChannelConfigs.duration(c, "connect-timeout", none).orElseThrow(),
                ChannelConfigs.duration(c, "request-timeout", none).orElseThrow(),
                ChannelConfigs.duration(c, "poll-interval", none).orElseThrow(),
                Integer.parseInt(c.get("poll-limit").orElseThrow()),
                Integer.parseInt(c.get("busy-retries").orElseThrow()),
                ChannelConfigs.duration(c, "backoff-base", none).orElseThrow(),
                ChannelConfigs.duration(c, "token-refresh-margin", none).orElseThrow(),
                c.get("cover").filter(v -> !v.isBlank()).map(WeChatChannelProvider::cover).orElse(null)), clock);
    }

    /** The cover file as an attachment (relative paths against the working directory, like the other file keys). */
    private static Attachment cover(String file) {
        Path path = Path.of(file);
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] data = in.readNBytes(1024 * 1024); // 1 MB or more is refused: no need to read further
            return new Attachment(path.getFileName().toString(), WeChatAdapter.imageType(data), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "WeChatChannelProvider";
    }
}
