package org.zwgk.adapter.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zwgk.spi.channel.DeliveryJournal;

/**
 * A thread-safe in-memory {@link DeliveryJournal} for tests; the zwgk store provides the durable one. It holds keys
 * and names to the store's column limits ({@value #MAX_KEY} and {@value #MAX_NAME} characters), so an adapter that
 * would break on the real journal (e.g. a key built from a long item id) breaks here too.
 */
public final class InMemoryDeliveryJournal implements DeliveryJournal {

    /** Longest idempotency key the zwgk store's journal holds ({@code zwgk_journal.idempotency_key}). */
    public static final int MAX_KEY = 100;
    /** Longest entry name it holds ({@code zwgk_journal.name}). */
    public static final int MAX_NAME = 200;

    private final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    @Override
    public Map<String, String> load(String idempotencyKey) {
        Map<String, String> m = entries.get(idempotencyKey);
        if (m == null) {
            return Map.of();
        }
        synchronized (m) {
            return Map.copyOf(m);
        }
    }

    @Override
    public void record(String idempotencyKey, String name, String value) {
        if (idempotencyKey.length() > MAX_KEY || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("journal key or name longer than the store holds (" + MAX_KEY + "/"
                    + MAX_NAME + "): " + idempotencyKey.length() + "/" + name.length());
        }
        Map<String, String> m = entries.computeIfAbsent(idempotencyKey, k -> new LinkedHashMap<>());
        synchronized (m) {
            m.put(name, value);
        }
        writes.incrementAndGet();
    }

    /** How many facts were recorded in total (for tests asserting that ids are persisted step by step). */
    public int writes() {
        return writes.get();
    }

    /** Everything recorded, for assertions that no secret was journaled. */
    public String dump() {
        return entries.toString();
    }
}
