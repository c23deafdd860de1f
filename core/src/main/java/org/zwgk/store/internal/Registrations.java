package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.zwgk.gate.Disclosure;
import org.zwgk.lifecycle.LifecycleEvent;
import org.zwgk.store.Dialect;

/**
 * Registration on the host's hot path: the item row, its publication obligation and its first event. On databases
 * with data-modifying CTEs (PostgreSQL) in one statement — one round trip instead of three; elsewhere as three
 * inserts.
 */
public final class Registrations {

    // Parameters in a SELECT list carry no column type, hence the casts.
    private static final String OBLIGATION_FROM_ITEM = "INSERT INTO zwgk_obligation ("
            + ObligationRows.INSERT_COLUMNS + ") SELECT CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS DATE), CAST(? AS DATE), CAST(? AS BOOLEAN), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE) FROM item";

    private static final String EVENT_FROM_ITEM = "INSERT INTO zwgk_event (" + EventRows.COLUMNS + ") SELECT "
            + "CAST(? AS VARCHAR), CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR), CAST(? AS VARCHAR) FROM item";

    private final Dialect dialect;
    private final String oneStatement;

    Registrations(Dialect dialect) {
        this.dialect = dialect;
        this.oneStatement = "WITH item AS (" + dialect.insertIfAbsent(ItemRows.INSERT, "item_id")
                + " RETURNING item_id), obligation AS (" + OBLIGATION_FROM_ITEM + " RETURNING id), "
                + "event AS (" + EVENT_FROM_ITEM + ") SELECT id FROM obligation";
    }

    /** Whether {@link #registerInOneStatement} is available. */
    public boolean oneStatement() {
        return dialect.supportsDataModifyingCte();
    }

    /**
     * Item, obligation and first event in one statement. The obligation and the event are inserted only from the
     * item CTE's RETURNING row, so a duplicate item id inserts nothing at all.
     *
     * @return the obligation's id, or empty when the item id was taken
     */
    public OptionalLong registerInOneStatement(Connection c, Disclosure d, List<String> channels,
                                               LifecycleEvent first, ObligationRows.NewObligation o,
                                               OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(oneStatement)) {
            int next = ItemRows.bindInsert(ps, d, channels, first.hash(), now);
            next = ObligationRows.bind(ps, next, o, now);
            EventRows.bind(ps, next, first);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
