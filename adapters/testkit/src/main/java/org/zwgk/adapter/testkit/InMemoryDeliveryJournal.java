package org.zwgk.adapter.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zwgk.spi.channel.DeliveryJournal;

/** A thread-safe in-memory {@link DeliveryJournal} for tests; the zwgk store provides the durable one. */
public final class InMemoryDeliveryJournal implements DeliveryJournal {

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
