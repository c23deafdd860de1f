package org.zwgk.adapter.website.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.zwgk.adapter.support.Json;
import org.zwgk.adapter.support.Sequences;
import org.zwgk.adapter.website.Html;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;

/**
 * Pushes publications to a CMS: {@code POST <endpoint>} with a JSON body and the {@code Idempotency-Key} header
 * (the CMS must return the same item for a repeated key); withdrawals are {@code POST <endpoint>/<itemId>/withdrawal}.
 * The CMS answers {@code {"id": "...", "url": "..."}}. HTTP statuses map to {@link ChannelErrorKind} (see
 * {@link #kindOf(int)}).
 *
 * <p>Ordering (SPI 1.2): every request carries {@value #VERSION_HEADER} and {@value #SEQUENCE_HEADER} when the
 * dispatcher gave them. The CMS keeps the highest sequence it applied per item and answers a lower one with 2xx and
 * {@code "stale": true} (plus {@code "withdrawn": true} when the item is withdrawn), changing nothing; the receipt
 * then carries {@code stale=true}. {@code docs/channels.md} tells CMS implementers the rule.
 */
public final class HttpCmsAdapter implements ChannelAdapter {

    private static final int MAX_RAW = 2000;
    /** Request header: the item's version (publication: its version; withdrawal: the newest version queued). */
    public static final String VERSION_HEADER = "Zwgk-Item-Version";
    /** Request header: the dispatcher's sequence for (item, channel); a CMS drops a write with a lower one. */
    public static final String SEQUENCE_HEADER = "Zwgk-Sequence";

    private final HttpSettings s;
    private final Clock clock;
    private final HttpClient client;

    public HttpCmsAdapter(HttpSettings settings, Clock clock) {
        this.s = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String channelId() {
        return "website";
    }

    @Override
    public Receipt publish(Publication p, DeliveryJournal journal) throws ChannelException {
        if (p.title().isBlank()) {
            throw new ChannelException(ChannelErrorKind.REJECTED_CONTENT, "标题为空 / empty title: " + p.indexNumber());
        }
        Map<String, Object> reply = send(s.endpoint(), p.idempotencyKey(), json(p, s), false, p.version(), p.sequence());
        String id = String.valueOf(reply.get("id"));
        journal.record(p.idempotencyKey(), "website.cms.id", id);
        return receipt(id, reply, Boolean.TRUE.equals(reply.get("withdrawn")) ? DeliveryStatus.WITHDRAWN
                : DeliveryStatus.LIVE);
    }

    /** The receipt, marked stale when the CMS said it dropped the write (a newer one for the item was applied). */
    private Receipt receipt(String id, Map<String, Object> reply, DeliveryStatus status) {
        Map<String, String> details = Map.of("cmsId", id);
        if (Boolean.TRUE.equals(reply.get("stale"))) {
            details = Sequences.staleDetails(details, reply.get("appliedSequence") instanceof Number n
                    ? n.longValue() : 0);
        }
        return new Receipt(id, url(reply), clock.instant(), status, details);
    }

    @Override
    public Receipt withdraw(Withdrawal w, DeliveryJournal journal) throws ChannelException {
        URI target = URI.create(s.endpoint().toString().replaceAll("/+$", "") + "/"
                + URLEncoder.encode(w.itemId(), StandardCharsets.UTF_8).replace("+", "%20") + "/withdrawal");
        String body = "{\"itemId\":" + Json.quote(w.itemId()) + ",\"indexNumber\":" + Json.quote(w.indexNumber())
                + ",\"reason\":" + Json.quote(w.reason()) + ",\"withdrawnAt\":" + Json.quote(w.withdrawnAt().toString())
                + ",\"version\":" + w.version() + ",\"sequence\":" + w.sequence() + "}";
        Map<String, Object> reply = send(target, w.idempotencyKey(), body, true, w.version(), w.sequence());
        String id = String.valueOf(reply.getOrDefault("id", w.itemId()));
        journal.record(w.idempotencyKey(), "website.cms.id", id);
        // A stale withdrawal (the CMS applied a newer publication after it was queued) leaves the item live.
        boolean stillLive = Boolean.TRUE.equals(reply.get("stale")) && Boolean.FALSE.equals(reply.get("withdrawn"));
        return receipt(id, reply, stillLive ? DeliveryStatus.LIVE : DeliveryStatus.WITHDRAWN);
    }

    private static URI url(Map<String, Object> reply) {
        Object u = reply.get("url");
        try {
            return u instanceof String str && !str.isBlank() ? URI.create(str) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<String, Object> send(URI target, String key, String body, boolean withdrawal, int version,
                                     long sequence) throws ChannelException {
        String auth = s.authScheme().isEmpty() ? s.authToken().reveal() : s.authScheme() + " " + s.authToken().reveal();
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(s.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", key);
        try {
            b.header(s.authHeader(), auth);
        } catch (IllegalArgumentException e) {
            // the JDK's message quotes the header value, token included: never pass it on
            throw new ChannelException(ChannelErrorKind.CONFIGURATION, "认证头不是合法的 HTTP 头（值不显示）/ the auth "
                    + "header is not a valid HTTP header (value not shown)");
        }
        // 0 = not given (a dispatcher built against SPI 1.1): no header, and the CMS applies the write.
        if (version > 0) {
            b.header(VERSION_HEADER, Integer.toString(version));
        }
        if (sequence > 0) {
            b.header(SEQUENCE_HEADER, Long.toString(sequence));
        }
        HttpRequest req = b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> res;
        try {
            res = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "无法连接内容管理系统 / CMS unreachable: "
                    + e.getClass().getSimpleName(), null, null, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(ChannelErrorKind.TRANSIENT, "interrupted");
        }
        int status = res.statusCode();
        String raw = redact(res.body());
        if (withdrawal && status == 410) { // already gone: the withdrawal has its effect
            return Map.of();
        }
        if (status >= 200 && status < 300) {
            try {
                Map<String, Object> m = Json.object(res.body());
                if (m.get("id") == null) {
                    throw new IllegalArgumentException("no id");
                }
                return m;
            } catch (IllegalArgumentException e) {
                throw new ChannelException(ChannelErrorKind.PERMANENT, "内容管理系统应答无法识别 / CMS reply without an id",
                        Integer.toString(status), raw, null, e);
            }
        }
        ChannelErrorKind kind = withdrawal && status == 404 ? ChannelErrorKind.PERMANENT : kindOf(status);
        throw new ChannelException(kind, "内容管理系统返回 HTTP " + status + " / CMS answered HTTP " + status
                + (withdrawal && status == 404 ? " (unknown item)" : ""), Integer.toString(status), raw,
                retryAfter(res).orElse(null), null);
    }

    /**
     * 408 and 5xx are transient, 429 rate-limited, 401 credential, 403 permission, 400/413/415/422 rejected content,
     * 3xx/404/405/410 configuration (the endpoint is wrong or moved), anything else permanent.
     */
    public static ChannelErrorKind kindOf(int status) {
        if (status == 408 || status >= 500) {
            return ChannelErrorKind.TRANSIENT;
        }
        return switch (status) {
            case 429 -> ChannelErrorKind.RATE_LIMITED;
            case 401 -> ChannelErrorKind.CREDENTIAL;
            case 403 -> ChannelErrorKind.PERMISSION;
            case 400, 413, 415, 422 -> ChannelErrorKind.REJECTED_CONTENT;
            case 404, 405, 410 -> ChannelErrorKind.CONFIGURATION;
            default -> status >= 300 && status < 400 ? ChannelErrorKind.CONFIGURATION : ChannelErrorKind.PERMANENT;
        };
    }

    private Optional<Duration> retryAfter(HttpResponse<?> res) {
        Optional<String> h = res.headers().firstValue("Retry-After");
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String v = h.get().trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException e2) {
                return Optional.empty();
            }
        }
    }

    private String redact(String body) {
        String b = body == null ? "" : body;
        String token = s.authToken().reveal();
        if (!token.isEmpty()) {
            b = b.replace(token, "******");
        }
        return b.length() > MAX_RAW ? b.substring(0, MAX_RAW) + "…" : b;
    }

    /**
     * The publication as JSON, with {@code column} (the part of the disclosure column, {@code Publication.COLUMN}:
     * {@code rules}, {@code annual-report}, or {@code statutory}) and {@code metadata}, the page metadata of
     * 国办发〔2017〕47号 the CMS shows on the item's page: the same fields the static site writes.
     */
    static String json(Publication p, HttpSettings s) {
        StringBuilder b = new StringBuilder("{");
        field(b, "itemId", p.itemId()).append(',');
        b.append("\"version\":").append(p.version()).append(',');
        b.append("\"sequence\":").append(p.sequence()).append(',');
        field(b, "indexNumber", p.indexNumber()).append(',');
        field(b, "title", p.title()).append(',');
        field(b, "body", p.body()).append(',');
        StringBuilder html = new StringBuilder();
        for (String para : p.body().split("\\R")) {
            if (!para.isBlank()) {
                html.append("<p>").append(Html.escape(para.strip())).append("</p>");
            }
        }
        field(b, "bodyHtml", html.toString()).append(',');
        field(b, "attribute", p.attribute().name()).append(',');
        field(b, "attributeLabel", p.attribute().label()).append(',');
        field(b, "publisher", p.publisher()).append(',');
        field(b, "documentNumber", p.documentNumber()).append(',');
        field(b, "formedOn", p.formedOn().toString()).append(',');
        field(b, "publishedAt", p.publishedAt().toString()).append(',');
        field(b, "validity", p.validity()).append(',');
        b.append("\"catalogue\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(p.catalogue()).entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            field(b, e.getKey(), e.getValue());
        }
        b.append("},");
        field(b, "column", p.catalogue().getOrDefault(Publication.COLUMN, "statutory")).append(',');
        String column = SiteMeta.columnName(p.catalogue());
        String summary = p.body().strip().replaceAll("\\s+", " ");
        summary = summary.length() > 120 ? summary.substring(0, 120) + "…" : summary;
        b.append("\"metadata\":{");
        first = true;
        for (Map.Entry<String, String> e : s.meta().fields(column, SiteMeta.article(p.title(), p.publishedAt(),
                s.zone(), p.publisher(), column, p.catalogue().getOrDefault(Publication.PATH, ""), p.documentNumber(),
                summary.isEmpty() ? p.title() : summary)).entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            field(b, e.getKey(), e.getValue());
        }
        b.append("},\"attachments\":[");
        for (int i = 0; i < p.attachments().size(); i++) {
            Attachment a = p.attachments().get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append('{');
            field(b, "fileName", a.fileName()).append(',');
            field(b, "mediaType", a.mediaType()).append(',');
            b.append("\"size\":").append(a.content().length).append(',');
            field(b, "contentBase64", Base64.getEncoder().encodeToString(a.content()));
            b.append('}');
        }
        return b.append("]}").toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        return b.append(Json.quote(name)).append(':').append(Json.quote(value));
    }

    @Override
    public String toString() {
        return "HttpCmsAdapter[" + s.endpoint() + "]"; // never the token
    }
}
