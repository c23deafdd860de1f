package org.zwgk.gate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.zwgk.index.IndexNumberTemplate;
import org.zwgk.index.IndexNumbers;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LogKey;
import org.zwgk.lifecycle.LogVerifier;
import org.zwgk.spi.Secret;
import org.zwgk.lifecycle.LogVerification;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.publish.Dispatcher;
import org.zwgk.publish.Outbox;
import org.zwgk.screen.Screener;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;
import org.zwgk.store.internal.Persistence;

/**
 * The zwgk engine: one per application. Built once, then used inside host transactions:
 *
 * <pre>{@code
 * Zwgk zwgk = Zwgk.builder().dataSource(ds).catalogue(catalogue).channel(website).clock(clock).build();
 * // inside the approval step's transaction:
 * Gate gate = zwgk.gate(conn);
 * gate.register(disclosure);            // obligation + deadline, in the host transaction
 * gate.classify(id, classification);    // 公开属性, decided by the signer
 * gate.review(id, secrecyReview);       // 保密审查
 * gate.publish(id, "张三");              // outbox rows, delivered after commit
 * gate.require(stepId);                 // throws UnmetObligationsException if anything is left
 * }</pre>
 */
public final class Zwgk implements AutoCloseable {

    private final ZwgkStore store;
    private final Persistence persistence;
    private final CatalogueView catalogue;
    private final DueDateCalculator dueDates;
    private final IndexNumbers indexNumbers;
    private final Clock clock;
    private final List<ChannelAdapter> channels;
    private final AttachmentPolicy attachmentPolicy;
    private final DutyPolicy dutyPolicy;
    private final EventLog eventLog;
    private final Screener screener;
    private Dispatcher dispatcher;

    private Zwgk(Builder b) {
        this.clock = b.clock;
        this.store = ZwgkStore.open(b.dataSource, b.clock);
        this.persistence = new Persistence(store.dialect());
        this.catalogue = b.catalogue;
        this.dueDates = b.dueDates;
        this.indexNumbers = new IndexNumbers(b.indexTemplate, store.dialect(), clock);
        this.channels = List.copyOf(b.channels);
        this.attachmentPolicy = b.attachmentPolicy;
        this.dutyPolicy = b.dutyPolicy;
        this.eventLog = EventLog.of(b.logKey == null ? null : LogKey.of(b.logKey));
        this.screener = !b.screening ? null : b.screener != null ? b.screener
                : Screener.builder().clock(b.clock).fingerprintKey(b.logKey).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configuration; {@code dataSource} and {@code clock} are required. */
    public static final class Builder {
        private DataSource dataSource;
        private CatalogueView catalogue = CatalogueView.of(List.of());
        private DueDateCalculator dueDates;
        private IndexNumberTemplate indexTemplate = IndexNumberTemplate.DEFAULT;
        private AttachmentPolicy attachmentPolicy = AttachmentPolicy.DEFAULT;
        private DutyPolicy dutyPolicy = DutyPolicy.DEFAULT;
        private Secret logKey;
        private Screener screener;
        private boolean screening = true;
        private Clock clock;
        private final List<ChannelAdapter> channels = new ArrayList<>();

        public Builder dataSource(DataSource ds) {
            this.dataSource = ds;
            return this;
        }

        public Builder catalogue(CatalogueView c) {
            this.catalogue = Objects.requireNonNull(c, "catalogue");
            return this;
        }

        /** A loaded catalogue, with the standard channel mapping (政府网站 → website, 两微一端 → wechat). */
        public Builder catalogue(org.zwgk.catalogue.Catalogue c) {
            return catalogue(CatalogueView.of(c));
        }

        /** How due dates are computed; default: the national working-day calendar and the time-limit parser. */
        public Builder dueDates(DueDateCalculator d) {
            this.dueDates = d;
            return this;
        }

        public Builder indexNumbers(IndexNumberTemplate t) {
            this.indexTemplate = Objects.requireNonNull(t, "template");
            return this;
        }

        /** A channel delivered to by {@link Zwgk#startDispatcher()} in this process. */
        public Builder channel(ChannelAdapter adapter) {
            channels.add(Objects.requireNonNull(adapter, "adapter"));
            return this;
        }

        /** Which attachments registration accepts; default {@link AttachmentPolicy#DEFAULT}. */
        public Builder attachmentPolicy(AttachmentPolicy p) {
            this.attachmentPolicy = Objects.requireNonNull(p, "attachmentPolicy");
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Who may do what at the gate; default {@link DutyPolicy#DEFAULT}. */
        public Builder dutyPolicy(DutyPolicy p) {
            this.dutyPolicy = Objects.requireNonNull(p, "dutyPolicy");
            return this;
        }

        /**
         * The event log key ({@code zwgk.log.key}): events are then HMAC-SHA256, and queued payloads carry an HMAC.
         * Keep it outside the database; every process appending to the log (host, {@code zwgk dispatch}, operator
         * commands that recompute) needs the same key. ZWGK-3360 if shorter than 16 characters.
         */
        public Builder logKey(Secret key) {
            if (key != null) {
                LogKey.of(key); // refuse a short key now, not at the first event
            }
            this.logKey = key;
            return this;
        }

        /**
         * The personal-data screening applied to everything that leaves for a public channel (title, body, each
         * attachment; for 部分公开 the public version). Default: all detectors, the text extractors on the class path
         * ({@code zwgk-extract} for PDF, Word and Excel; without it those attachments are unreadable findings), the
         * engine's clock, fingerprints keyed with the log key if one is set. Configure sensitive words here.
         */
        public Builder screener(Screener s) {
            this.screener = Objects.requireNonNull(s, "screener");
            return this;
        }

        /**
         * Turns the screening at the gate off — for a host that screens every document itself before it reaches
         * zwgk, and says so in its own records. On by default; never silently off.
         */
        public Builder screening(boolean on) {
            this.screening = on;
            return this;
        }

        public Zwgk build() {
            Objects.requireNonNull(dataSource, "dataSource");
            Objects.requireNonNull(clock, "clock (use Clock.system(ZoneId.of(\"Asia/Shanghai\")))");
            if (dueDates == null) {
                dueDates = DueDateCalculator.official(org.zwgk.calendar.WorkingCalendar.national());
            }
            return new Zwgk(this);
        }
    }

    /** The gate bound to the host's connection, inside the host's transaction (auto-commit off). */
    public Gate gate(Connection hostConnection) {
        return new Gate(this, hostConnection);
    }

    /**
     * Runs {@code work} in a transaction of zwgk's own data source: committed when it returns, rolled back when
     * it throws. For hosts without their own transaction (or with a transaction-aware data source proxy).
     */
    public <T> T inTransaction(Function<Gate, T> work) {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(gate(c));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "transaction", StoreException.describe(e));
        }
    }

    /** The operator API of the outbox. */
    public Outbox outbox() {
        return new Outbox(store);
    }

    public DeadlineMonitor deadlines() {
        return new DeadlineMonitor(store, eventLog);
    }

    /**
     * Recomputes the provisional due dates of open obligations with this engine's {@link DueDateCalculator} — after
     * the next year's holiday notice was added to the calendar it was built with (issue: a due date past the data
     * is provisional until then). See {@link DeadlineMonitor#recomputeProvisional}.
     */
    public DeadlineMonitor.Recomputation recomputeProvisional() {
        return deadlines().recomputeProvisional(dueDates, "zwgk:recompute-provisional");
    }

    /** A dispatcher builder preconfigured with this engine's store, clock and channels. */
    public Dispatcher.Builder dispatcher() {
        return Dispatcher.builder(store).clock(clock).channels(channels).eventLog(eventLog);
    }

    /** Starts an in-process dispatcher for the registered channels (stopped by {@link #close()}). */
    public synchronized Dispatcher startDispatcher() {
        if (dispatcher == null) {
            dispatcher = dispatcher().build();
            dispatcher.start();
        }
        return dispatcher;
    }

    /**
     * Verifies the record: every item's event chain (with this engine's log key, if it has one), and the content
     * the chain recorded — title, body, public version, attachments, queued payloads — against what is stored now.
     * Each problem names the item and the event, file or entry that fails. See {@link LogVerifier}.
     */
    public LogVerification verifyLog() {
        try (Connection c = store.connection()) {
            return LogVerifier.full(eventLog.key().orElse(null)).verify(c);
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "verifyLog", StoreException.describe(e));
        }
    }

    /**
     * Art. 18 (动态调整): withheld and on-request items whose decision is older than {@code age} — their reasons
     * may have lapsed and should be re-assessed (seed 002: yearly).
     */
    public List<ReReviewCandidate> reReviewDue(Period age) {
        LocalDate cutoff = LocalDate.now(clock).minus(age);
        try (Connection c = store.connection()) {
            return persistence.items().decidedNotFullyPublic(c, cutoff).stream()
                    .map(d -> new ReReviewCandidate(d.itemId(), d.title(), d.attribute(), d.grounds(), d.reason(),
                            d.decidedOn())).toList();
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "reReviewDue", StoreException.describe(e));
        }
    }

    /** An item to re-assess under Art. 18. */
    public record ReReviewCandidate(String itemId, String title, org.zwgk.spi.channel.DisclosureAttribute attribute,
                                    String grounds, String reason, LocalDate decidedOn) {
    }

    /** How many registered items are in each lifecycle state (every state present, zero where none). */
    public Map<LifecycleState, Integer> itemsByState() {
        try (Connection c = store.connection()) {
            Map<LifecycleState, Integer> counts = persistence.items().countByState(c);
            Map<LifecycleState, Integer> out = new EnumMap<>(LifecycleState.class);
            for (LifecycleState s : LifecycleState.values()) {
                out.put(s, counts.getOrDefault(s, 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(StoreErrors.DATABASE_ERROR, e, "itemsByState", StoreException.describe(e));
        }
    }

    public ZwgkStore store() {
        return store;
    }

    /** The attachment rules registration applies. */
    public AttachmentPolicy attachmentPolicy() {
        return attachmentPolicy;
    }

    public Clock clock() {
        return clock;
    }

    Persistence persistence() {
        return persistence;
    }

    /** The screening applied at publication, empty when a host turned it off. */
    public java.util.Optional<Screener> screener() {
        return java.util.Optional.ofNullable(screener);
    }

    DutyPolicy dutyPolicy() {
        return dutyPolicy;
    }

    /** The event log the gate appends to (keyed with {@code zwgk.log.key} if configured). */
    public EventLog eventLog() {
        return eventLog;
    }

    CatalogueView catalogue() {
        return catalogue;
    }

    DueDateCalculator dueDates() {
        return dueDates;
    }

    IndexNumbers indexNumbers() {
        return indexNumbers;
    }

    @Override
    public synchronized void close() {
        if (dispatcher != null) {
            dispatcher.close();
            dispatcher = null;
        }
    }
}
