package org.zwgk.adapter.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zwgk.adapter.support.Json;

/**
 * A local server speaking the WeChat official-account API shape (reference §11): stable_token, uploadimg,
 * add_material, draft/add, draft/get, freepublish/submit, freepublish/get, freepublish/delete, with injectable
 * errcodes and publish statuses.
 *
 * <p>Public, and shipped in this module's test-jar, so that the demo tests in {@code samples} and {@code cli} can run
 * the sample approval system against it ({@code zwgk demo --config} with {@code zwgk.channel.wechat.api-base-url} set
 * to {@link #baseUrl()}). It accepts only {@link #APP_ID} / {@link #APP_SECRET}.
 */
public final class FakeWeChat implements AutoCloseable {

    public static final String APP_ID = "wx1234567890abcdef";
    public static final String APP_SECRET = "s3cr3t-app-secret-value-0001";

    /** A published article ({@code freepublish/get} answered status 0); {@code deleted} after freepublish/delete. */
    public record Article(String articleId, String title, String digest, String content, String thumbMediaId,
                          boolean deleted) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Integer>> failNext = new ConcurrentHashMap<>();
    private final Deque<Integer> statusScript = new ArrayDeque<>();
    final List<String> issuedTokens = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Boolean> validTokens = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> drafts = new ConcurrentHashMap<>();
    private final Map<String, String> publishJobs = new ConcurrentHashMap<>(); // publish_id -> media_id
    private final Map<String, Map<String, Object>> jobArticles = new ConcurrentHashMap<>();
    final Map<String, Article> articles = new ConcurrentHashMap<>();
    final AtomicInteger submits = new AtomicInteger();
    final AtomicInteger tokenCalls = new AtomicInteger();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** The access token each call to an API path carried, in order. */
    final Map<String, List<String>> tokensUsed = new ConcurrentHashMap<>();
    /** The raw request bodies (UTF-8) of JSON calls, by path, in order. */
    private final Map<String, List<String>> rawBodies = new ConcurrentHashMap<>();
    private final AtomicInteger seq = new AtomicInteger();

    public FakeWeChat() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every article published so far (live and deleted), in no particular order. */
    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    /** Number of accepted {@code freepublish/submit} calls: one per article WeChat was asked to publish. */
    public int submits() {
        return submits.get();
    }

    /** Number of requests to {@code path} (e.g. {@code /cgi-bin/freepublish/submit}), whatever their answer. */
    public int calls(String path) {
        AtomicInteger n = calls.get(path);
        return n == null ? 0 : n.get();
    }

    /** The raw request bodies of the JSON calls to {@code path}, in order (as sent, escapes and all). */
    public List<String> rawBodies(String path) {
        List<String> l = rawBodies.get(path);
        if (l == null) {
            return List.of();
        }
        synchronized (l) {
            return List.copyOf(l);
        }
    }

    /** The access tokens handed out so far (secrets: they must not appear in anything the caller writes). */
    public List<String> issuedTokens() {
        synchronized (issuedTokens) {
            return List.copyOf(issuedTokens);
        }
    }

    /** The next call to {@code path} answers with these errcodes, one per call. */
    public void failNext(String path, Integer... errcodes) {
        failNext.computeIfAbsent(path, k -> new ArrayDeque<>()).addAll(List.of(errcodes));
    }

    /** freepublish/get answers these statuses in turn (then 0). */
    public synchronized void statuses(Integer... s) {
        statusScript.addAll(List.of(s));
    }

    public void expireAllTokens() {
        validTokens.clear();
    }

    long liveArticlesContaining(String text) {
        return articles.values().stream().filter(a -> !a.deleted() && a.content().contains(text)).count();
    }

    boolean deletedArticleContaining(String text) {
        return articles.values().stream().anyMatch(a -> a.deleted() && a.content().contains(text));
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        calls.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        byte[] raw = ex.getRequestBody().readAllBytes();
        String reply;
        try {
            reply = route(path, ex.getRequestURI().getRawQuery(), raw, ex.getRequestHeaders().getFirst("Content-Type"));
        } catch (RuntimeException e) {
            reply = "{\"errcode\":47001,\"errmsg\":\"data format error " + e.getMessage() + "\"}";
        }
        byte[] out = reply.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private static String err(int code, String msg) {
        return "{\"errcode\":" + code + ",\"errmsg\":" + Json.quote(msg) + "}";
    }

    private String route(String path, String query, byte[] raw, String contentType) {
        if (path.equals("/cgi-bin/stable_token")) {
            tokenCalls.incrementAndGet();
            Map<String, Object> req = Json.object(new String(raw, StandardCharsets.UTF_8));
            Integer f = poll(path);
            if (f != null) {
                return err(f, "injected");
            }
            if (!APP_ID.equals(req.get("appid"))) {
                return err(40013, "invalid appid");
            }
            if (!APP_SECRET.equals(req.get("secret"))) {
                return err(40125, "invalid appsecret");
            }
            String t = "ACCESS_TOKEN_" + seq.incrementAndGet() + "_" + Long.toHexString(System.nanoTime());
            issuedTokens.add(t);
            validTokens.put(t, true);
            return "{\"access_token\":\"" + t + "\",\"expires_in\":7200}";
        }
        if (contentType != null && contentType.startsWith("application/json")) {
            rawBodies.computeIfAbsent(path, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(new String(raw, StandardCharsets.UTF_8));
        }
        String token = query == null ? "" : query.replaceAll(".*access_token=([^&]*).*", "$1");
        tokensUsed.computeIfAbsent(path, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(token);
        Integer f = poll(path);
        if (f != null) {
            // Real replies sometimes echo the request: the adapter must strip the token from what it keeps.
            return err(f, "injected error, hint: [" + path + "?access_token=" + token + "] rid: 1");
        }
        if (!validTokens.containsKey(token)) {
            return err(42001, "access_token expired");
        }
        switch (path) {
            case "/cgi-bin/media/uploadimg": {
                requireMultipart(contentType, raw);
                return "{\"url\":\"http://mmbiz.qpic.cn/mmbiz_png/img" + seq.incrementAndGet() + "/0\"}";
            }
            case "/cgi-bin/material/add_material": {
                requireMultipart(contentType, raw);
                if (!"type=image".equals(query.replaceAll("&?access_token=[^&]*", ""))) {
                    return err(40004, "invalid media type");
                }
                return "{\"media_id\":\"THUMB_" + seq.incrementAndGet() + "\",\"url\":\"http://mmbiz.qpic.cn/c\"}";
            }
            case "/cgi-bin/draft/add": {
                // Like WeChat, the draft keeps a Unicode escape (backslash-u and four hex digits) as those six
                // characters instead of decoding it (reference §16): only UTF-8 text arrives as sent.
                Map<String, Object> req = Json.object(keepUnicodeEscapes(new String(raw, StandardCharsets.UTF_8)));
                @SuppressWarnings("unchecked")
                Map<String, Object> a = (Map<String, Object>) ((List<Object>) req.get("articles")).get(0);
                if (String.valueOf(a.get("title")).length() > 32) {
                    return err(45003, "title size out of limit");
                }
                if (String.valueOf(a.get("author")).length() > 16) {
                    return err(45110, "author size out of limit");
                }
                if (String.valueOf(a.get("content")).length() >= 20_000) {
                    return err(45002, "content size out of limit");
                }
                if (a.get("digest") instanceof String d && d.length() > 128) {
                    return err(45004, "description size out of limit");
                }
                if (!String.valueOf(a.get("thumb_media_id")).startsWith("THUMB_")) {
                    return err(40007, "invalid media_id");
                }
                String id = "DRAFT_" + seq.incrementAndGet();
                drafts.put(id, a);
                return "{\"media_id\":\"" + id + "\"}";
            }
            case "/cgi-bin/draft/get": {
                String id = String.valueOf(Json.object(new String(raw, StandardCharsets.UTF_8)).get("media_id"));
                return drafts.containsKey(id) ? "{\"news_item\":[]}" : err(40007, "invalid media_id");
            }
            case "/cgi-bin/freepublish/submit": {
                String id = String.valueOf(Json.object(new String(raw, StandardCharsets.UTF_8)).get("media_id"));
                Map<String, Object> draft = drafts.remove(id); // published drafts leave the draft box
                if (draft == null) {
                    return err(40007, "invalid media_id");
                }
                submits.incrementAndGet();
                String pid = Long.toString(2_247_483_647L + seq.incrementAndGet());
                publishJobs.put(pid, id);
                jobArticles.put(pid, draft);
                return "{\"errcode\":0,\"errmsg\":\"ok\",\"publish_id\":" + pid + ",\"msg_data_id\":" + pid + "}";
            }
            case "/cgi-bin/freepublish/get": {
                String pid = String.valueOf(Json.object(new String(raw, StandardCharsets.UTF_8)).get("publish_id"));
                Map<String, Object> a = jobArticles.get(pid);
                if (a == null) {
                    return err(40007, "invalid publish_id");
                }
                int status;
                synchronized (this) {
                    Integer s = statusScript.poll();
                    status = s == null ? 0 : s;
                }
                if (status != 0) {
                    return "{\"publish_id\":" + pid + ",\"publish_status\":" + status + ",\"fail_idx\":[1]}";
                }
                String articleId = "ARTICLE_" + pid;
                articles.computeIfAbsent(articleId, k -> new Article(k, String.valueOf(a.get("title")),
                        String.valueOf(a.get("digest")), String.valueOf(a.get("content")),
                        String.valueOf(a.get("thumb_media_id")), false));
                return "{\"publish_id\":" + pid + ",\"publish_status\":0,\"article_id\":\"" + articleId
                        + "\",\"article_detail\":{\"count\":1,\"item\":[{\"idx\":1,\"article_url\":"
                        + "\"https://mp.weixin.qq.com/s/" + articleId + "\"}]},\"fail_idx\":[]}";
            }
            case "/cgi-bin/freepublish/delete": {
                String id = String.valueOf(Json.object(new String(raw, StandardCharsets.UTF_8)).get("article_id"));
                Article a = articles.get(id);
                if (a == null) {
                    return err(40007, "invalid article_id");
                }
                articles.put(id, new Article(a.articleId(), a.title(), a.digest(), a.content(), a.thumbMediaId(), true));
                return err(0, "ok");
            }
            default:
                return err(48001, "api unauthorized");
        }
    }

    /** Doubles the backslash of every Unicode escape (one not itself escaped), so the parser keeps it as text. */
    static String keepUnicodeEscapes(String json) {
        StringBuilder b = new StringBuilder(json.length());
        int run = 0; // consecutive backslashes before the current character
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == 'u' && run % 2 == 1) {
                b.append('\\');
            }
            b.append(c);
            run = c == '\\' ? run + 1 : 0;
        }
        return b.toString();
    }

    private static void requireMultipart(String contentType, byte[] raw) {
        if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")
                || !new String(raw, StandardCharsets.ISO_8859_1).contains("name=\"media\"")) {
            throw new IllegalArgumentException("multipart field media expected");
        }
    }

    private Integer poll(String path) {
        Deque<Integer> q = failNext.get(path);
        return q == null ? null : q.poll();
    }

    Map<String, Object> snapshot() {
        return new LinkedHashMap<>(Map.of("submits", submits.get(), "articles", articles.size()));
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
