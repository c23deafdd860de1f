package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zwgk.gate.DueDate;
import org.zwgk.gate.Obligation;
import org.zwgk.gate.ObligationKind;
import org.zwgk.gate.ObligationStatus;

/** {@code zwgk_obligation} and its audit table {@code zwgk_obligation_change}. */
public final class ObligationRows {

    static final String INSERT_COLUMNS = "obligation_key, step_id, matter_id, item_id, catalogue_item_id, kind, "
            + "title, status, start_on, due_on, provisional, calendar_version, rule_text, created_at";

    private static final String COLUMNS = "id, obligation_key, kind, status, title, step_id, matter_id, item_id, "
            + "catalogue_item_id, start_on, due_on, provisional, calendar_version, rule_text, exemption";

    private static final String OPEN = "status IN ('OPEN', 'QUEUED')";

    ObligationRows() {
    }

    /** An obligation to insert (status OPEN). */
    public record NewObligation(String key, ObligationKind kind, String title, String stepId, String matterId,
                                String itemId, String catalogueItemId, LocalDate startOn, DueDate due) {
    }

    /** Inserts an OPEN obligation; returns its id. */
    public long insert(Connection c, NewObligation o, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_obligation (" + INSERT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            bind(ps, 1, o, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Binds the 14 parameters of {@link #INSERT_COLUMNS} from {@code first}; returns the next index. */
    static int bind(PreparedStatement ps, int first, NewObligation o, OffsetDateTime now) throws SQLException {
        int i = first;
        ps.setString(i++, o.key());
        ps.setString(i++, o.stepId());
        ps.setString(i++, o.matterId());
        ps.setString(i++, o.itemId());
        ps.setString(i++, o.catalogueItemId());
        ps.setString(i++, o.kind().name());
        ps.setString(i++, o.title());
        ps.setString(i++, ObligationStatus.OPEN.name());
        ps.setDate(i++, Date.valueOf(o.startOn()));
        ps.setDate(i++, Date.valueOf(o.due().due()));
        ps.setBoolean(i++, o.due().provisional());
        ps.setString(i++, o.due().calendarVersion());
        ps.setString(i++, o.due().rule());
        ps.setObject(i++, now);
        return i;
    }

    /** The obligation as just inserted by {@link #insert}. */
    public static Obligation inserted(long id, NewObligation o) {
        return new Obligation(id, o.key(), o.kind(), ObligationStatus.OPEN, o.title(), o.stepId(), o.matterId(),
                o.itemId(), o.catalogueItemId(), o.startOn(), o.due().due(), o.due().provisional(),
                o.due().calendarVersion(), o.due().rule(), null);
    }

    /** Every obligation, in id order. */
    public List<Obligation> all(Connection c) throws SQLException {
        return query(c, "1 = 1 ORDER BY id");
    }

    public List<Obligation> byStep(Connection c, String stepId) throws SQLException {
        return query(c, "step_id = ? ORDER BY id", stepId);
    }

    public List<Obligation> byItem(Connection c, String itemId) throws SQLException {
        return query(c, "item_id = ? ORDER BY id", itemId);
    }

    public Optional<Obligation> byKey(Connection c, String key) throws SQLException {
        return query(c, "obligation_key = ?", key).stream().findFirst();
    }

    /** Open (OPEN or QUEUED) obligations due before {@code day}, earliest first. */
    public List<Obligation> openDueBefore(Connection c, LocalDate day) throws SQLException {
        return query(c, OPEN + " AND due_on < ? ORDER BY due_on, id", Date.valueOf(day));
    }

    /** Open obligations due from {@code from} to {@code to} inclusive, earliest first. */
    public List<Obligation> openDueBetween(Connection c, LocalDate from, LocalDate to) throws SQLException {
        return query(c, OPEN + " AND due_on >= ? AND due_on <= ? ORDER BY due_on, id", Date.valueOf(from),
                Date.valueOf(to));
    }

    /**
     * Open obligations due before {@code today} and due from {@code today} to {@code last}, in one query:
     * {@code [overdue, dueSoon]}.
     */
    public long[] countOpen(Connection c, LocalDate today, LocalDate last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT "
                + "COALESCE(SUM(CASE WHEN due_on < ? THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN due_on >= ? AND due_on <= ? THEN 1 ELSE 0 END), 0) "
                + "FROM zwgk_obligation WHERE " + OPEN)) {
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today));
            ps.setDate(3, Date.valueOf(last));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Open obligations whose due date is provisional (past the calendar's data when computed). */
    public List<Obligation> openProvisional(Connection c) throws SQLException {
        return query(c, OPEN + " AND provisional = TRUE ORDER BY id");
    }

    /** The 五公开 obligation of (matter, catalogue item) still waiting for its information, if any. */
    public Optional<Long> waitingFor(Connection c, String matterId, String catalogueItemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM zwgk_obligation WHERE matter_id = ? "
                + "AND catalogue_item_id = ? AND item_id IS NULL AND kind = ? ORDER BY id")) {
            ps.setString(1, matterId);
            ps.setString(2, catalogueItemId);
            ps.setString(3, ObligationKind.PUBLISH.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Links a waiting 五公开 obligation to the item registered for it. */
    public void attachItem(Connection c, long id, String itemId, String stepId, String title) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET item_id = ?, "
                + "step_id = COALESCE(?, step_id), title = ? WHERE id = ?")) {
            ps.setString(1, itemId);
            ps.setString(2, stepId);
            ps.setString(3, title);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** Moves the item's obligations of {@code kind} from {@code from} to {@code to}, with a note (exemption …). */
    public void setStatus(Connection c, String itemId, ObligationKind kind, ObligationStatus from,
                          ObligationStatus to, String note, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET status = ?, exemption = ?, "
                + "closed_at = ? WHERE item_id = ? AND kind = ? AND status = ?")) {
            ps.setString(1, to.name());
            Jdbc.setNullable(ps, 2, note);
            ps.setObject(3, to == ObligationStatus.OPEN ? null : now, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(4, itemId);
            ps.setString(5, kind.name());
            ps.setString(6, from.name());
            ps.executeUpdate();
        }
    }

    /**
     * The item's QUEUED publication obligation becomes FULFILLED once no publication entry of the item is still on
     * its way ({@link OutboxRows#DONE}: delivered, superseded by a newer intent, or cancelled).
     */
    public void fulfilWhenDelivered(Connection c, String itemId, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET status = 'FULFILLED', "
                + "closed_at = ? WHERE item_id = ? AND kind = 'PUBLISH' AND status = 'QUEUED' AND NOT EXISTS "
                + "(SELECT 1 FROM zwgk_outbox o WHERE o.item_id = ? AND o.action = 'PUBLISH' "
                + "AND o.status NOT IN " + OutboxRows.DONE + ")")) {
            ps.setObject(1, now);
            ps.setString(2, itemId);
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
    }

    /**
     * Stores a recomputed due date, guarded by the values it was computed from (false if the obligation changed
     * meanwhile), and records the change in {@code zwgk_obligation_change}.
     */
    public boolean recompute(Connection c, Obligation o, DueDate d, String actor, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET due_on = ?, provisional = ?, "
                + "calendar_version = ? WHERE id = ? AND " + OPEN + " AND provisional = TRUE "
                + "AND due_on = ? AND calendar_version = ? AND "
                + (o.itemId() == null ? "item_id IS NULL" : "item_id = ?"))) {
            ps.setDate(1, Date.valueOf(d.due()));
            ps.setBoolean(2, d.provisional());
            ps.setString(3, d.calendarVersion());
            ps.setLong(4, o.id());
            ps.setDate(5, Date.valueOf(o.dueOn()));
            ps.setString(6, o.calendarVersion());
            if (o.itemId() != null) {
                ps.setString(7, o.itemId());
            }
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_obligation_change (obligation_id, "
                + "obligation_key, old_due_on, new_due_on, old_provisional, new_provisional, old_calendar_version, "
                + "new_calendar_version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, o.id());
            ps.setString(2, o.key());
            ps.setDate(3, Date.valueOf(o.dueOn()));
            ps.setDate(4, Date.valueOf(d.due()));
            ps.setBoolean(5, o.provisional());
            ps.setBoolean(6, d.provisional());
            ps.setString(7, o.calendarVersion());
            ps.setString(8, d.calendarVersion());
            ps.setString(9, actor);
            ps.setObject(10, now);
            ps.executeUpdate();
        }
        return true;
    }

    private List<Obligation> query(Connection c, String where, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM zwgk_obligation WHERE "
                + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Obligation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Obligation(rs.getLong(1), rs.getString(2), ObligationKind.valueOf(rs.getString(3)),
                            ObligationStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getDate(10).toLocalDate(),
                            rs.getDate(11).toLocalDate(), rs.getBoolean(12), rs.getString(13), rs.getString(14),
                            rs.getString(15)));
                }
            }
            return out;
        }
    }
}
