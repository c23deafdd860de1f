/**
 * The transactional outbox and its dispatcher: publication requests written in the host transaction, delivered
 * after commit to channel adapters at least once, with idempotency keys, backoff, quarantine and per-item order.
 */
package org.zwgk.publish;
