/**
 * The persistence layer: the one owner of zwgk's tables. Every SQL statement on {@code zwgk_*} tables lives in a
 * {@code *Rows} class of this package (one class per table or small group of tables), in the manner of the
 * transactional-outbox libraries' persistors: the engines — the gate, the dispatcher, the operator API, the deadline
 * monitor, the report's gate records — decide, this package reads and writes. Every method takes the caller's
 * {@link java.sql.Connection}, so the gate writes in the host's transaction and the dispatcher in its own; nothing
 * here commits, except where a method says so.
 *
 * <p>The rows exchange the public value types of the domain packages (lifecycle states, obligations, outbox entries)
 * and their own records; they know no engine. Not exported: hosts use {@code org.zwgk.gate}, {@code org.zwgk.publish}
 * and {@code org.zwgk.store}.
 */
package org.zwgk.store.internal;
