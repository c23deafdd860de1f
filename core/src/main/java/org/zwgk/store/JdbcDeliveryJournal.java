package org.zwgk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.zwgk.spi.channel.DeliveryJournal;

/**
 * The durable {@link DeliveryJournal}: one row per (idempotency key, name), each {@link #record} committed on its
 * own connection before it returns, so a remote id survives a crash of the dispatcher right after.
 */
public final class JdbcDeliveryJournal implements DeliveryJournal {

    private final ZwgkStore store;

    public JdbcDeliveryJournal(ZwgkStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Map<String, String> load(String idempotencyKey) {
        try (Connection c = store.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT name, entry_value FROM zwgk_journal WHERE idempotency_key = ? ORDER BY recorded_at, name")) {
            ps.setString(1, idempotencyKey);
            Map<String, String> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
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
            try (PreparedStatement ps = c.prepareStatement(store.dialect().upsertJournal())) {
                ps.setString(1, idempotencyKey);
                ps.setString(2, name);
                ps.setString(3, value);
                ps.setObject(4, OffsetDateTime.now(store.clock()));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "journal.record", StoreException.describe(e));
        }
    }
}
