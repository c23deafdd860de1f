package org.zwgk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.store.internal.JournalRows;

/**
 * The durable {@link DeliveryJournal}: one row per (idempotency key, name), each {@link #record} committed on its
 * own connection before it returns, so a remote id survives a crash of the dispatcher right after.
 */
public final class JdbcDeliveryJournal implements DeliveryJournal {

    private final ZwgkStore store;
    private final JournalRows rows;

    public JdbcDeliveryJournal(ZwgkStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.rows = new JournalRows(store.dialect());
    }

    @Override
    public Map<String, String> load(String idempotencyKey) {
        try (Connection c = store.connection()) {
            return rows.load(c, idempotencyKey);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "journal.load", StoreException.describe(e));
        }
    }

    @Override
    public void record(String idempotencyKey, String name, String value) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        try (Connection c = store.connection()) {
            c.setAutoCommit(true);
            rows.record(c, idempotencyKey, name, value, OffsetDateTime.now(store.clock()));
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "journal.record", StoreException.describe(e));
        }
    }
}
