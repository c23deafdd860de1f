package org.zwgk.spi.channel;

import java.util.Map;

/**
 * Durable per-delivery memory for adapters whose remote effect takes several steps (WeChat: upload, draft, submit,
 * poll). An adapter records each remote id as soon as it has it; after a crash or an unknown outcome it reads them
 * back and asks the remote for status before acting again, so that an item is never published twice.
 *
 * <p>Implemented by the zwgk store (one row per key and name) and by in-memory journals in tests.
 */
public interface DeliveryJournal {

    /** Everything recorded so far for this idempotency key. */
    Map<String, String> load(String idempotencyKey);

    /** Record one fact durably before returning (e.g. {@code media_id}, {@code publish_id}). */
    void record(String idempotencyKey, String name, String value);
}
