package org.zwgk.publish;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zwgk.gate.Gate;
import org.zwgk.gate.Obligation;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;

/**
 * Lists obligations that are due soon or overdue. An obligation counts until it is FULFILLED (delivered to every
 * channel, or interpreted) or EXEMPTED: a publication merely queued but not yet live still shows here, because
 * the public has not seen it yet.
 */
public final class DeadlineMonitor {

    private static final String SELECT = "SELECT id, obligation_key, kind, status, title, step_id, matter_id, "
            + "item_id, catalogue_item_id, start_on, due_on, provisional, calendar_version, rule_text, exemption "
            + "FROM zwgk_obligation WHERE status IN ('OPEN', 'QUEUED') AND ";

    private final ZwgkStore store;

    public DeadlineMonitor(ZwgkStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Obligations whose due date is before {@code today}. */
    public List<Obligation> overdue(LocalDate today) {
        return query(SELECT + "due_on < ? ORDER BY due_on, id", Date.valueOf(today));
    }

    /** Obligations due from {@code today} to {@code today + days} inclusive. */
    public List<Obligation> dueWithin(LocalDate today, int days) {
        return query(SELECT + "due_on >= ? AND due_on <= ? ORDER BY due_on, id", Date.valueOf(today),
                Date.valueOf(today.plusDays(days)));
    }

    /** Overdue as of the store clock's date. */
    public List<Obligation> overdue() {
        return overdue(LocalDate.now(store.clock()));
    }

    private List<Obligation> query(String sql, Object... args) {
        try (Connection c = store.connection()) {
            return Gate.readObligations(c, sql, args);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "deadlines", StoreException.describe(e));
        }
    }
}
