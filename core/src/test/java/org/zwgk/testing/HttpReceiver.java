package org.zwgk.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP endpoint (JDK HttpServer) standing in for a CMS: counts POSTs per {@code Idempotency-Key} and
 * remembers which bodies arrived under each key, so tests can show repeats carry the same key.
 */
public final class HttpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> bodies = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final int delayMillis;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: 40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public HttpReceiver(int delayMillis) {
        this.delayMillis = delayMillis;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/publish", ex -> {
            String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
            String body;
            try (InputStream in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = 400;
            if (key != null) {
                requests.incrementAndGet();
                counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                bodies.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(body);
                status = 200;
            }
            byte[] reply = ("{\"id\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, reply.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/publish");
    }

    /** Deliveries per idempotency key. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new java.util.HashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Distinct bodies received per key (one per key when repeats are true repeats). */
    public Map<String, Set<String>> bodies() {
        return Map.copyOf(bodies);
    }

    public long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
