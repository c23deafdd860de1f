package org.zwgk.gate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.spi.ZwgkException;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;
import org.zwgk.store.internal.ObligationRows;
import org.zwgk.store.internal.Persistence;

/**
 * Lists obligations that are due soon or overdue. An obligation counts until it is FULFILLED (delivered to every
 * channel, or interpreted) or EXEMPTED: a publication merely queued but not yet live still shows here, because
 * the public has not seen it yet.
 *
 * <p>Due dates past the calendar's coverage are stored provisional (weekends only); {@link #recomputeProvisional}
 * recomputes them once the year's holiday notice has been added.
 */
public final class DeadlineMonitor {

    private final ZwgkStore store;
    private final Persistence db;
    private final EventLog log;

    /** A monitor that appends unkeyed events (no {@code zwgk.log.key}). */
    public DeadlineMonitor(ZwgkStore store) {
        this(store, EventLog.unkeyed());
    }

    /** A monitor appending its recomputation events to {@code log} (keyed as the engine's). */
    public DeadlineMonitor(ZwgkStore store, EventLog log) {
        this.store = Objects.requireNonNull(store, "store");
        this.db = new Persistence(store.dialect());
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Obligations whose due date is before {@code today}. */
    public List<Obligation> overdue(LocalDate today) {
        return query((rows, c) -> rows.openDueBefore(c, today));
    }

    /** Obligations due from {@code today} to {@code today + days} inclusive. */
    public List<Obligation> dueWithin(LocalDate today, int days) {
        return query((rows, c) -> rows.openDueBetween(c, today, today.plusDays(days)));
    }

    /**
     * How many open (OPEN or QUEUED) obligations are overdue and how many are due within {@code days} days from
     * {@code today}, in one query (for health checks and metrics, which must not list the rows). Same definitions
     * as {@link #overdue(LocalDate)} and {@link #dueWithin(LocalDate, int)}.
     */
    public Counts counts(LocalDate today, int days) {
        try (Connection c = store.connection()) {
            long[] n = db.obligations().countOpen(c, today, today.plusDays(days));
            return new Counts(n[0], n[1]);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "deadlines.counts", StoreException.describe(e));
        }
    }

    /** Open obligations overdue, and due within the window ({@link #counts(LocalDate, int)}). */
    public record Counts(long overdue, long dueSoon) {
    }

    /** Overdue as of the store clock's date. */
    public List<Obligation> overdue() {
        return overdue(LocalDate.now(store.clock()));
    }

    /**
     * Recomputes every open (OPEN or QUEUED) provisional obligation from its stored start date and rule with
     * {@code calculator} (e.g. {@code DueDateCalculator.official(calendar)} with the new year's file added) and
     * stores the result: due date, provisional flag, calendar version. Each change is recorded in
     * {@code zwgk_obligation_change} (before and after, {@code actor}, time) and, for an obligation of a registered
     * item, as a {@code DUE_DATE_RECOMPUTED} event on the item's hash chain. Fulfilled and exempted obligations are
     * never touched. One short transaction per changed obligation (the item row is locked first, as the gate does);
     * running it again with the same calendar changes nothing.
     *
     * @param actor who runs it, recorded with every change (e.g. {@code "运维 张三"} or {@code "zwgk:recompute"})
     */
    public Recomputation recomputeProvisional(DueDateCalculator calculator, String actor) {
        Objects.requireNonNull(calculator, "calculator");
        Objects.requireNonNull(actor, "actor");
        List<Obligation> open = query(ObligationRows::openProvisional);
        List<DueDateChange> changed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Obligation o : open) {
            DueDate d;
            try {
                d = calculator.recompute(o.startOn(), o.rule());
            } catch (ZwgkException e) {
                skipped.add(new Skipped(o, e));
                continue;
            }
            if (d.due().equals(o.dueOn()) && d.provisional() == o.provisional()
                    && d.calendarVersion().equals(o.calendarVersion())) {
                continue;
            }
            try (Connection c = store.connection()) {
                c.setAutoCommit(false);
                try {
                    if (write(c, o, d, actor)) {
                        c.commit();
                        changed.add(new DueDateChange(o, d.due(), d.provisional(), d.calendarVersion()));
                    } else {
                        c.rollback();
                        skipped.add(new Skipped(o, null));
                    }
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(StoreErrors.DATABASE_ERROR, e, "recomputeProvisional",
                        StoreException.describe(e));
            }
        }
        return new Recomputation(open.size(), changed, skipped);
    }

    /** Writes one recomputed due date, guarded by the values it was computed from; false if they changed. */
    private boolean write(Connection c, Obligation o, DueDate d, String actor) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(store.clock());
        LifecycleState state = null;
        if (o.itemId() != null) { // lock order of the gate and the dispatcher: item row, then its obligations
            state = db.items().lockState(c, o.itemId()).orElse(null);
        }
        if (!db.obligations().recompute(c, o, d, actor, now)) {
            return false;
        }
        if (state != null) {
            log.append(c, o.itemId(), "DUE_DATE_RECOMPUTED", state, state, actor, now.toInstant(), "obligation="
                    + o.key() + "; due=" + o.dueOn() + "->" + d.due() + "; provisional=" + o.provisional() + "->"
                    + d.provisional() + "; calendar=" + o.calendarVersion() + "->" + d.calendarVersion());
        }
        return true;
    }

    /** What {@link #recomputeProvisional} did: how many open provisional obligations it examined, and the outcome. */
    public record Recomputation(int examined, List<DueDateChange> changed, List<Skipped> skipped) {
        public Recomputation {
            changed = List.copyOf(changed);
            skipped = List.copyOf(skipped);
        }

        /** Changed obligations whose due date is still provisional (the calendar still ends before it). */
        public long stillProvisional() {
            return changed.stream().filter(DueDateChange::provisional).count();
        }
    }

    /**
     * One recomputed obligation.
     *
     * @param before      the obligation as it was (old due date, calendar version)
     * @param provisional whether the new due date is still provisional
     */
    public record DueDateChange(Obligation before, LocalDate newDue, boolean provisional, String calendarVersion) {
        public LocalDate oldDue() {
            return before.dueOn();
        }
    }

    /**
     * An obligation left as it was: its rule could not be computed ({@code error}, e.g. ZWGK-2005 from a strict
     * calendar without the year), or — {@code error} null — it changed while being recomputed (the next run takes it).
     */
    public record Skipped(Obligation obligation, ZwgkException error) {

        /** Why, in Chinese. */
        public String problem() {
            return problem(java.util.Locale.CHINA);
        }

        /** Why, in the reader's language. */
        public String problem(java.util.Locale locale) {
            if (error != null) {
                return error.message(locale);
            }
            return org.zwgk.spi.ErrorCode.isEnglish(locale)
                    ? "changed meanwhile (closed, recomputed or linked to an item); run again"
                    : "处理期间已变更（已关闭、已重算或已关联信息）；请再次运行";
        }
    }

    /** A read of obligation rows on a fresh connection. */
    private interface Read {
        List<Obligation> apply(ObligationRows rows, Connection c) throws SQLException;
    }

    private List<Obligation> query(Read read) {
        try (Connection c = store.connection()) {
            return read.apply(db.obligations(), c);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "deadlines", StoreException.describe(e));
        }
    }
}
