package org.zwgk.adapter.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zwgk.adapter.testkit.ChannelAdapterContract;
import org.zwgk.adapter.testkit.FailureCase;
import org.zwgk.adapter.testkit.Samples;
import org.zwgk.adapter.website.internal.HttpCmsAdapter;
import org.zwgk.spi.channel.ChannelConfig;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.ChannelProvider;
import org.zwgk.spi.channel.Publication;

/** The CMS push against a local JDK HTTP server that dedupes on Idempotency-Key and checks the bearer token. */
class HttpCmsContractTest extends ChannelAdapterContract {

    static final String TOKEN = "cms-token-9f8e7d6c5b4a";

    HttpServer server;
    final Map<String, String> byKey = new ConcurrentHashMap<>();      // idempotency key -> item id
    final Map<String, String> bodies = new ConcurrentHashMap<>();     // item id -> JSON body
    final Map<String, Boolean> withdrawn = new ConcurrentHashMap<>();
    final Deque<int[]> failNext = new ArrayDeque<>();                 // {status, retryAfterSeconds}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/items", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int[] fail;
        synchronized (failNext) {
            fail = failNext.poll();
        }
        String reply;
        int status;
        if (fail != null) {
            status = fail[0];
            if (fail[1] > 0) {
                ex.getResponseHeaders().add("Retry-After", Integer.toString(fail[1]));
            }
            reply = "{\"error\":\"injected\",\"echo\":\"" + ex.getRequestHeaders().getFirst("Authorization") + "\"}";
        } else if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            reply = "{\"error\":\"unauthorised\"}";
        } else if (ex.getRequestURI().getPath().endsWith("/withdrawal")) {
            String item = java.net.URLDecoder.decode(ex.getRequestURI().getPath().split("/")[3], StandardCharsets.UTF_8);
            if (!bodies.containsKey(item)) {
                status = 404;
                reply = "{\"error\":\"no such item\"}";
            } else {
                withdrawn.put(item, true);
                status = 200;
                reply = "{\"id\":\"cms-" + item + "\",\"url\":\"https://cms.example.gov.cn/" + item + "\"}";
            }
        } else {
            String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
            String item = body.replaceAll("(?s)^\\{\"itemId\":\"([^\"]*)\".*", "$1");
            byKey.putIfAbsent(key, item);
            bodies.put(item, body);
            status = 201;
            reply = "{\"id\":\"cms-" + item + "\",\"url\":\"https://cms.example.gov.cn/" + item + "\"}";
        }
        byte[] out = reply.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    void fail(int status, int retryAfter) {
        synchronized (failNext) {
            failNext.add(new int[] {status, retryAfter});
        }
    }

    @Override
    protected ChannelProvider provider() {
        return new WebsiteChannelProvider();
    }

    @Override
    protected ChannelConfig validConfig() {
        return ChannelConfig.of(Map.of("mode", "http", "endpoint", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/api/items", "auth-token", TOKEN, "request-timeout", "5s"));
    }

    @Override
    protected int publicCopies(Publication p) {
        return bodies.containsKey(p.itemId()) ? 1 : 0;
    }

    @Override
    protected boolean isWithdrawn(Publication p) {
        return withdrawn.containsKey(p.itemId());
    }

    @Override
    protected UnknownWithdrawal unknownWithdrawal() {
        return UnknownWithdrawal.ERROR;
    }

    @Override
    protected List<String> secretValues() {
        return List.of(TOKEN);
    }

    @Override
    protected List<FailureCase> failureCases() {
        List<FailureCase> c = new ArrayList<>();
        int[][] table = {{408, 0}, {500, 0}, {503, 0}, {429, 0}, {401, 0}, {403, 0}, {400, 0}, {422, 0}, {404, 0},
            {410, 0}, {409, 0}};
        ChannelErrorKind[] kinds = {ChannelErrorKind.TRANSIENT, ChannelErrorKind.TRANSIENT, ChannelErrorKind.TRANSIENT,
            ChannelErrorKind.RATE_LIMITED, ChannelErrorKind.CREDENTIAL, ChannelErrorKind.PERMISSION,
            ChannelErrorKind.REJECTED_CONTENT, ChannelErrorKind.REJECTED_CONTENT, ChannelErrorKind.CONFIGURATION,
            ChannelErrorKind.CONFIGURATION, ChannelErrorKind.PERMANENT};
        for (int i = 0; i < table.length; i++) {
            int[] row = table[i];
            c.add(FailureCase.remote("HTTP " + row[0], kinds[i], () -> fail(row[0], row[1])));
        }
        c.add(FailureCase.content("blank title", ChannelErrorKind.REJECTED_CONTENT, p -> Samples.withTitle(p, " ")));
        return c;
    }

    @Test
    void rateLimitCarriesRetryAfterAndTheKeyIsSent() throws Exception {
        fail(429, 120);
        ChannelException e = catchThrowableOfType(ChannelException.class,
                () -> adapter().publish(Samples.publication("ra1"), journal()));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.rawPayload().orElseThrow()).doesNotContain(TOKEN).contains("******");
        Publication p = Samples.publication("ra1");
        adapter().publish(p, journal());
        assertThat(byKey).containsEntry(p.idempotencyKey(), "ra1");
        assertThat(bodies.get("ra1")).contains("\"bodyHtml\":\"\\u003cp\\u003e", "\"indexNumber\":\"" + p.indexNumber());
    }

    @Test
    void unreachableCmsIsTransient() {
        ChannelException e = catchThrowableOfType(ChannelException.class, () -> new WebsiteChannelProvider()
                .create(ChannelConfig.of(Map.of("mode", "http", "endpoint", "http://127.0.0.1:1/x", "auth-token", TOKEN,
                        "connect-timeout", "2s")), clock())
                .publish(Samples.publication("down"), journal()));
        assertThat(e.kind()).isEqualTo(ChannelErrorKind.TRANSIENT);
        assertThat(HttpCmsAdapter.kindOf(502)).isEqualTo(ChannelErrorKind.TRANSIENT);
    }
}
