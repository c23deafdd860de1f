package org.zwgk.adapter.wechat.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.zwgk.adapter.support.Json;
import org.zwgk.adapter.wechat.WeChatErrors;
import org.zwgk.adapter.wechat.WeChatSettings;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;

/**
 * The official-account API over HTTP: the cached stable token (only the token that failed is dropped, the call
 * repeated once), back-off on -1, {@code errcode} → {@link ChannelErrorKind} ({@link WeChatErrors}), and no token or
 * secret in anything kept.
 */
final class WeChatApi {

    private static final Pattern TOKEN_IN_TEXT = Pattern.compile("access_token=[^&\\s\"']*");

    private record Token(String value, Instant expiresAt) {
    }

    private final WeChatSettings s;
    private final Clock clock;
    private final HttpClient http;
    private final AtomicReference<Token> token = new AtomicReference<>();

    WeChatApi(WeChatSettings settings, Clock clock) {
        this.s = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Map<String, Object> call(String path, String jsonBody) throws ChannelException {
        return withToken(path, t -> HttpRequest.newBuilder(url(path, t)).timeout(s.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)).build());
    }

    Map<String, Object> upload(String path, Attachment a) throws ChannelException {
        String boundary = "zwgk" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String ext = a.mediaType().equals("image/png") ? "png" : "jpg";
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"image." + ext
                + "\"\r\nContent-Type: " + a.mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(a.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        return withToken(path, t -> HttpRequest.newBuilder(url(path, t)).timeout(s.requestTimeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private URI url(String path, String accessToken) {
        String base = s.apiBaseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + path + (path.contains("?") ? "&" : "?") + "access_token=" + accessToken);
    }

    private interface RequestFactory {
        HttpRequest build(String token);
    }

    /** Sends with the cached token; on a token error expires that token only and retries once; backs off on -1. */
    private Map<String, Object> withToken(String path, RequestFactory f) throws ChannelException {
        boolean retriedToken = false;
        int busy = 0;
        while (true) {
            Token t = token();
            Map<String, Object> r = send(f.build(t.value()));
            int err = errcode(r);
            if (err == 0) {
                return r;
            }
            if (WeChatErrors.isTokenError(err) && !retriedToken) {
                token.compareAndSet(t, null); // only the token that failed; a fresher one stays
                retriedToken = true;
                continue;
            }
            if (err == -1 && busy < s.busyRetries()) {
                sleep(s.backoffBase().multipliedBy(1L << busy));
                busy++;
                continue;
            }
            throw error(path, err, r);
        }
    }

    private Token token() throws ChannelException {
        Token t = token.get();
        if (t != null && clock.instant().isBefore(t.expiresAt().minus(s.tokenMargin()))) {
            return t;
        }
        synchronized (token) {
            t = token.get();
            if (t != null && clock.instant().isBefore(t.expiresAt().minus(s.tokenMargin()))) {
                return t;
            }
            String body = "{\"grant_type\":\"client_credential\",\"appid\":" + Json.quoteText(s.appId()) + ",\"secret\":"
                    + Json.quoteText(s.appSecret().reveal()) + ",\"force_refresh\":false}";
            int busy = 0;
            while (true) {
                Map<String, Object> r = send(HttpRequest.newBuilder(URI.create(
                        s.apiBaseUrl().toString().replaceAll("/+$", "") + "/cgi-bin/stable_token"))
                        .timeout(s.requestTimeout()).header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
                int err = errcode(r);
                if (err == -1 && busy < s.busyRetries()) {
                    sleep(s.backoffBase().multipliedBy(1L << busy));
                    busy++;
                    continue;
                }
                if (err != 0 || !(r.get("access_token") instanceof String value)) {
                    throw error("/cgi-bin/stable_token", err, r);
                }
                long expires = r.get("expires_in") instanceof Number n ? n.longValue() : 7200;
                Token fresh = new Token(value, clock.instant().plusSeconds(expires));
                token.set(fresh);
                return fresh;
            }
        }
    }

    private Map<String, Object> send(HttpRequest req) throws ChannelException {
        HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "无法连接微信接口 / WeChat API unreachable: "
                    + e.getClass().getSimpleName() + " " + redact(req.uri().getPath()), null, null, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "interrupted");
        }
        if (res.statusCode() != 200) {
            ChannelErrorKind k = res.statusCode() >= 500 || res.statusCode() == 429 ? ChannelErrorKind.TRANSIENT
                    : ChannelErrorKind.CONFIGURATION; // a proxy or a wrong base URL
            throw new ChannelException(k, "微信接口返回 HTTP " + res.statusCode() + " / HTTP " + res.statusCode() + " from "
                    + redact(req.uri().getPath()), "http-" + res.statusCode(), redact(res.body()), null, null);
        }
        try {
            return Json.object(res.body());
        } catch (IllegalArgumentException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "微信接口应答不是 JSON / reply is not JSON",
                    null, redact(res.body()), null, null);
        }
    }

    private static int errcode(Map<String, Object> r) {
        return r.get("errcode") instanceof Number n ? n.intValue() : 0;
    }

    private ChannelException error(String path, int err, Map<String, Object> r) {
        ChannelErrorKind kind = WeChatErrors.kindOf(err);
        Duration retryAfter = err == 45009 ? Duration.between(clock.instant(), clock.instant()
                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()) : null;
        return new ChannelException(kind, "微信接口 " + path.replaceAll("\\?.*", "") + " 返回错误 " + err + "：" + redact(String
                .valueOf(r.get("errmsg"))) + " / WeChat " + path.replaceAll("\\?.*", "") + " errcode " + err,
                Integer.toString(err), redact(String.valueOf(r)), retryAfter, null);
    }

    static String str(Map<String, Object> r, String name) throws ChannelException {
        Object v = r.get(name);
        if (v == null) {
            throw new ChannelException(ChannelErrorKind.PERMANENT, "微信应答缺少 " + name + " / reply without " + name);
        }
        return String.valueOf(v);
    }

    /** Never keep a token or the secret in anything that may be logged. */
    String redact(String text) {
        String t = TOKEN_IN_TEXT.matcher(text == null ? "" : text).replaceAll("access_token=******");
        Token cur = token.get();
        if (cur != null) {
            t = t.replace(cur.value(), "******");
        }
        return t.replace(s.appSecret().reveal(), "******");
    }

    static void sleep(Duration d) throws ChannelException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "interrupted");
        }
    }
}
