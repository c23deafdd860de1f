package org.zwgk.benchmarks.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.publish.OutboxAction;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.Attachment;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spi.channel.ChannelCapability;
import org.zwgk.spi.channel.ChannelErrorKind;
import org.zwgk.spi.channel.ChannelException;
import org.zwgk.spi.channel.DeliveryJournal;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.spi.channel.Receipt;
import org.zwgk.spi.channel.Withdrawal;
import org.zwgk.store.JdbcDeliveryJournal;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;
import org.zwgk.store.ZwgkStore;

/**
 * FROZEN COPY of {@code org.zwgk.publish.Dispatcher} as of commit d23e966 (before issue 11: no fencing, no lease
 * renewal, no newest-intent checks), kept only as the baseline of {@link org.zwgk.benchmarks.DispatchThroughput}
 * ("today's dispatcher measured in the same run"). Never used by zwgk itself; not maintained; its SQL on zwgk's
 * tables is the old dispatcher's, and the architecture test exempts this package for that reason alone.
 *
 * <p>Delivers outbox entries to channel adapters after the host transaction committed.
 *
 * <ul>
 *   <li><b>At least once</b>, with the entry's idempotency key on every attempt;</li>
 *   <li><b>claims</b> with {@code SELECT … FOR UPDATE SKIP LOCKED} plus a lease ({@code claimed_by},
 *       {@code lease_until}, a claim token): several dispatchers — threads or processes sharing one database —
 *       never deliver one entry concurrently, and a killed dispatcher's claims expire and are retried;</li>
 *   <li><b>per-item ordering</b>: an entry is claimable only when every earlier entry of the same item and
 *       channel is done, so a withdrawal never overtakes its publication and version 2 never overtakes 1;</li>
 *   <li><b>backoff</b> with jitter per entry, <b>quarantine</b> after {@code maxAttempts} or a non-retryable
 *       error, without blocking other items;</li>
 *   <li><b>channel pause</b>: a {@link ChannelErrorKind#RATE_LIMITED} failure with a {@code retryAfter} (WeChat
 *       45009, the daily quota) pauses the whole channel until then for every dispatcher on the database
 *       ({@code zwgk_channel_pause}); the attempt is recorded but not counted towards quarantine;</li>
 *   <li><b>policy re-check</b>: before building a {@link Publication} it re-reads the item and refuses (quarantines
 *       with ZWGK-4013) anything withheld, on request, not secrecy-reviewed, or partial without redaction record,
 *       and any publication whose attachments differ from the digests queued with it;</li>
 *   <li><b>refresh</b>: on channels with {@link ChannelCapability#REFRESH} an {@code ACCEPTED} publication is not
 *       final: it is claimed again (same lease, never concurrently) at its receipt's refresh time and the adapter's
 *       {@link ChannelAdapter#refresh} asked until it is {@code LIVE}; on a channel with
 *       {@link ChannelCapability#ARCHIVAL_HANDOVER} a live current version moves the item to
 *       {@link LifecycleState#ARCHIVED} in the same transaction as the outbox row.</li>
 * </ul>
 */
public final class LegacyDispatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The only adaptation to today's API: the event log became an instance (unkeyed, as it was). */
    private static final EventLog LOG = EventLog.unkeyed();
    private static final String DONE = "('ACCEPTED', 'LIVE', 'WITHDRAWN')";
    /**
     * The longest a rate limit may pause a channel at once (WeChat's daily quota resets within a day); a remote
     * asking for longer is asked again after this, so a wrong Retry-After cannot stop a channel for weeks.
     */
    static final Duration MAX_PAUSE = Duration.ofHours(24);

    private final ZwgkStore store;
    private final Map<String, ChannelAdapter> adapters;
    private final Clock clock;
    private final RandomGenerator random;
    private final String workerId;
    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration lease;
    private final int batchSize;
    private final Duration pollInterval;
    private final int threads;
    private final DeliveryJournal journal;
    private final List<String> claimSqls;
    /** Claims ACCEPTED publications due for {@link ChannelAdapter#refresh}; null when no channel refreshes. */
    private final String refreshSql;
    /** Channels whose live publications are hand-overs to the archives (item becomes ARCHIVED). */
    private final Set<String> archival;
    /** Channels whose ACCEPTED publications are completed later through {@link ChannelAdapter#refresh}. */
    private final Set<String> refreshing;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Set by {@link #close}: workers finish the entry in hand and hand back the rest of their batch. */
    private final AtomicBoolean closing = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong delivered = new AtomicLong();
    private Worker inline;

    private LegacyDispatcher(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.adapters = Map.copyOf(b.adapters);
        this.clock = b.clock != null ? b.clock : store.clock();
        this.random = b.random != null ? b.random : RandomGenerator.getDefault();
        this.workerId = b.workerId != null ? b.workerId
                : ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.lease = b.lease;
        this.batchSize = b.batchSize;
        this.pollInterval = b.pollInterval;
        this.threads = b.threads;
        this.journal = b.journal != null ? b.journal : new JdbcDeliveryJournal(store);
        this.claimSqls = claimSqls(adapters.keySet());
        this.archival = channelsWith(ChannelCapability.ARCHIVAL_HANDOVER);
        this.refreshing = channelsWith(ChannelCapability.REFRESH);
        // Walks zwgk_outbox_ready too: while an entry is claimed its next_attempt_at is its lease end.
        this.refreshSql = refreshing.isEmpty() ? null : "SELECT o.id FROM zwgk_outbox o WHERE o.status = 'ACCEPTED' "
                + "AND o.next_attempt_at <= ? AND o.action = 'PUBLISH' AND o.channel IN (" + refreshing.stream()
                .map(k -> "'" + k.replace("'", "''") + "'").sorted().collect(Collectors.joining(", ")) + ") "
                + "ORDER BY o.id FETCH FIRST " + batchSize + " ROWS ONLY" + store.dialect().forUpdateSkipLocked();
    }

    /** The claim queries for entries of {@code channelIds} (all adapters, or those not paused). */
    private List<String> claimSqls(java.util.Collection<String> channelIds) {
        String channels = channelIds.stream().map(k -> "'" + k.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        // Two queries rather than one with OR: each can walk zwgk_outbox_ready (status, next_attempt_at) instead of
        // the whole table in id order — with the OR, H2 scans every delivered row on each claim, O(n) per claim.
        // Expired leases (a crashed dispatcher's entries; rare) come first so a busy queue cannot starve them.
        String head = "SELECT o.id FROM zwgk_outbox o WHERE o.channel IN (" + (channels.isEmpty() ? "''" : channels)
                + ") AND ";
        String tail = " AND NOT EXISTS (SELECT 1 FROM zwgk_outbox p WHERE p.item_id = o.item_id "
                + "AND p.channel = o.channel AND p.id < o.id AND p.status NOT IN " + DONE + ") "
                + "ORDER BY o.id FETCH FIRST " + batchSize + " ROWS ONLY" + store.dialect().forUpdateSkipLocked();
        return List.of(head + "o.status = 'SENT' AND o.lease_until < ?" + tail,
                head + "o.status IN ('QUEUED', 'FAILED') AND o.next_attempt_at <= ?" + tail);
    }

    public static Builder builder(ZwgkStore store) {
        return new Builder(store);
    }

    /** Configuration of a dispatcher. */
    public static final class Builder {
        private final ZwgkStore store;
        private final Map<String, ChannelAdapter> adapters = new LinkedHashMap<>();
        private Clock clock;
        private RandomGenerator random;
        private String workerId;
        private int maxAttempts = 8;
        private Duration baseDelay = Duration.ofSeconds(2);
        private Duration maxDelay = Duration.ofHours(1);
        private Duration lease = Duration.ofMinutes(2);
        private int batchSize = 16;
        private Duration pollInterval = Duration.ofMillis(500);
        private int threads = 1;
        private DeliveryJournal journal;

        private Builder(ZwgkStore store) {
            this.store = store;
        }

        public Builder channel(ChannelAdapter adapter) {
            adapters.put(adapter.channelId(), adapter);
            return this;
        }

        public Builder channels(Iterable<? extends ChannelAdapter> all) {
            all.forEach(this::channel);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** Jitter source; inject a seeded one in tests. */
        public Builder random(RandomGenerator r) {
            this.random = r;
            return this;
        }

        public Builder workerId(String id) {
            this.workerId = id;
            return this;
        }

        /** Attempts before an entry is quarantined (default 8). */
        public Builder maxAttempts(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxAttempts >= 1");
            }
            this.maxAttempts = n;
            return this;
        }

        /** Backoff: {@code base · 2^(attempt-1)}, capped at {@code max}, with equal jitter. */
        public Builder backoff(Duration base, Duration max) {
            this.baseDelay = base;
            this.maxDelay = max;
            return this;
        }

        /** How long a claim is held; must exceed the slowest delivery (default 2 minutes). */
        public Builder lease(Duration d) {
            this.lease = d;
            return this;
        }

        public Builder batchSize(int n) {
            this.batchSize = n;
            return this;
        }

        public Builder pollInterval(Duration d) {
            this.pollInterval = d;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder journal(DeliveryJournal j) {
            this.journal = j;
            return this;
        }

        public LegacyDispatcher build() {
            return new LegacyDispatcher(this);
        }
    }

    public String workerId() {
        return workerId;
    }

    /** Entries delivered (accepted, live or withdrawn) by this dispatcher since it was built. */
    public long deliveredCount() {
        return delivered.get();
    }

    /** Claims one batch and processes it on the calling thread; returns the number of entries processed. */
    public synchronized int runOnce() {
        if (inline == null) {
            inline = new Worker(workerId);
        }
        return inline.runOnce();
    }

    /**
     * Runs {@link #runOnce} until nothing is ready (tests, CLI one-shot). Returns the entries processed: deliveries
     * and refreshes of accepted publications that were due.
     */
    public int drain() {
        int total = 0;
        int n;
        while ((n = runOnce()) > 0) {
            total += n;
        }
        return total;
    }

    /** Starts the background worker threads. */
    public synchronized void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        for (int i = 0; i < threads; i++) {
            Worker w = new Worker(workerId + "#" + i);
            Thread t = new Thread(() -> w.loop(), "zwgk-dispatcher-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /**
     * Stops the workers after their current entry (no delivery is cut in half), releases the claims they hold but
     * have not started (claimable at once by another dispatcher, attempt not counted) and closes connections. A
     * delivery still running after the lease is left to its lease.
     */
    @Override
    public void close() {
        // Not synchronized on this: an inline runOnce() holds the monitor and must see the flag mid-batch.
        closing.set(true);
        closeWorkers();
    }

    private synchronized void closeWorkers() {
        running.set(false);
        for (Thread t : workers) {
            try {
                t.join(Math.max(1000, lease.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        if (inline != null) {
            inline.closeConnection();
            inline = null;
        }
    }

    /** One claim loop with its own connection. */
    private final class Worker {
        private final String id;
        private Connection c;
        /** Channels paused until the given instant, as of this worker's last claim (plus pauses it recorded since). */
        private final Map<String, Instant> paused = new java.util.HashMap<>();

        Worker(String id) {
            this.id = id;
        }

        void loop() {
            while (running.get()) {
                int n;
                try {
                    n = runOnce();
                } catch (RuntimeException e) {
                    closeConnection(); // reconnect on the next round (database restart, network)
                    n = 0;
                }
                if (n == 0) {
                    try {
                        Thread.sleep(pollInterval.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            closeConnection();
        }

        void closeConnection() {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing a broken connection
                }
                c = null;
            }
        }

        Connection conn() throws SQLException {
            if (c == null || c.isClosed()) {
                c = store.connection();
                c.setAutoCommit(false);
            }
            return c;
        }

        int runOnce() {
            if (closing.get()) {
                return 0;
            }
            List<Claim> claims;
            try {
                claims = claim();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.claim", StoreException.describe(e));
            }
            for (int i = 0; i < claims.size(); i++) {
                if (closing.get()) {
                    release(claims.subList(i, claims.size()));
                    return i;
                }
                Claim cl = claims.get(i);
                try {
                    Instant until = paused.get(cl.channel);
                    if (until != null && until.isAfter(clock.instant())) {
                        postpone(cl, until); // the channel was paused after this batch was claimed
                        continue;
                    }
                    process(cl);
                } catch (SQLException e) {
                    rollbackQuietly();
                    // The lease expires and another round retries; at-least-once is preserved.
                    throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.finish", StoreException.describe(e));
                }
            }
            return claims.size() + refreshAccepted();
        }

        /**
         * Hands back claims not yet started: QUEUED, no claimant, attempt count restored (nothing was attempted).
         * Guarded by the claim token. If this fails the claims simply wait for their lease.
         */
        private void release(List<Claim> unstarted) {
            try {
                Connection c = conn();
                try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'QUEUED', "
                        + "attempts = attempts - 1, claimed_by = NULL, claim_token = NULL, lease_until = NULL, "
                        + "updated_at = ? WHERE id = ? AND claim_token = ?")) {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    for (Claim cl : unstarted) {
                        ps.setObject(1, now);
                        ps.setLong(2, cl.id);
                        ps.setString(3, cl.token);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
            }
        }

        private void rollbackQuietly() {
            try {
                if (c != null) {
                    c.rollback();
                }
            } catch (SQLException ignored) {
                closeConnection();
            }
        }

        private List<Claim> claim() throws SQLException {
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Long> ids = new ArrayList<>();
            for (String sql : unpausedClaimSqls(c, now)) {
                if (ids.size() >= batchSize) {
                    break;
                }
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next() && ids.size() < batchSize) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            List<Claim> out = new ArrayList<>();
            if (ids.isEmpty()) {
                c.commit();
                return out;
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE zwgk_outbox SET status = 'SENT', claimed_by = ?, "
                    + "claim_token = ?, lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?");
                 PreparedStatement q = c.prepareStatement("SELECT o.item_id, o.channel, o.action, o.version, "
                         + "o.idempotency_key, o.payload, o.attempts FROM zwgk_outbox o WHERE o.id = ?")) {
                for (long entryId : ids) {
                    String token = UUID.randomUUID().toString();
                    up.setString(1, id);
                    up.setString(2, token);
                    up.setObject(3, now.plus(lease));
                    up.setObject(4, now);
                    up.setLong(5, entryId);
                    up.executeUpdate();
                    q.setLong(1, entryId);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        out.add(new Claim(entryId, token, rs.getString(1), rs.getString(2),
                                OutboxAction.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                                rs.getString(6), rs.getInt(7)));
                    }
                }
            }
            c.commit();
            return out;
        }

        private void process(Claim cl) throws SQLException {
            ChannelAdapter adapter = adapters.get(cl.channel);
            Receipt receipt;
            try {
                if (cl.action == OutboxAction.PUBLISH) {
                    Publication pub = buildPublication(cl);
                    if (pub == null) {
                        return; // refused by policy and quarantined
                    }
                    receipt = adapter.publish(pub, journal);
                } else {
                    receipt = adapter.withdraw(buildWithdrawal(cl), journal);
                }
            } catch (ChannelException e) {
                if (e.kind() == ChannelErrorKind.RATE_LIMITED
                        && e.retryAfter().filter(d -> d.compareTo(Duration.ZERO) > 0).isPresent()) {
                    pauseChannel(cl, e);
                } else {
                    fail(cl, e.kind(), e.getMessage(), e.retryAfter().orElse(null));
                }
                return;
            } catch (ZwgkException e) {
                fail(cl, ChannelErrorKind.PERMANENT, e.getMessage(), null);
                return;
            } catch (RuntimeException e) {
                // An adapter bug or an unexpected I/O failure: the outcome is unknown, so retry (idempotent key).
                fail(cl, ChannelErrorKind.TRANSIENT, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
                return;
            }
            succeed(cl, receipt);
        }

        private Publication buildPublication(Claim cl) throws SQLException {
            Connection c = conn();
            String attribute;
            String review;
            String redactions;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT attribute, review_outcome, redactions FROM zwgk_item WHERE item_id = ?")) {
                ps.setString(1, cl.itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        refuse(cl, "item not found");
                        return null;
                    }
                    attribute = rs.getString(1);
                    review = rs.getString(2);
                    redactions = rs.getString(3);
                }
            }
            c.commit();
            DisclosureAttribute attr = attribute == null ? null : DisclosureAttribute.valueOf(attribute);
            if (attr == null || !attr.isPublicChannelAllowed()) {
                refuse(cl, "attribute " + (attr == null ? "none" : attr.label()));
                return null;
            }
            if (!"PASSED".equals(review)) {
                refuse(cl, "secrecy review " + (review == null ? "missing" : review));
                return null;
            }
            if (attr == DisclosureAttribute.PARTIAL && redactionCount(redactions) == 0) {
                refuse(cl, "partial disclosure without redaction record");
                return null;
            }
            JsonNode p;
            try {
                p = JSON.readTree(cl.payload);
            } catch (java.io.IOException e) {
                refuse(cl, "unreadable payload: " + e.getMessage());
                return null;
            }
            List<Attachment> attachments = List.of();
            JsonNode manifest = p.path("attachments");
            if (manifest.size() > 0) { // only items with files pay for the query
                attachments = readAttachments(c, cl, manifest);
                c.commit();
                if (attachments == null) {
                    return null;
                }
            }
            try {
                Map<String, String> catalogue = new LinkedHashMap<>();
                p.path("catalogue").properties().forEach(e -> catalogue.put(e.getKey(), e.getValue().asText()));
                // Payloads queued before V4 carry no validity: they were all published as 有效.
                return new Publication(cl.itemId, cl.version, cl.key, p.path("indexNumber").asText(),
                        p.path("title").asText(), p.path("body").asText(), attr, p.path("publisher").asText(),
                        p.path("documentNumber").asText(""), LocalDate.parse(p.path("formedOn").asText()),
                        Instant.parse(p.path("publishedAt").asText()), p.path("validity").asText("有效"), catalogue,
                        attachments);
            } catch (RuntimeException e) {
                refuse(cl, "unreadable payload: " + e.getMessage());
                return null;
            }
        }

        /**
         * The item's files, checked against the manifest queued with this version: a file added, removed, renamed
         * or changed behind zwgk's back (its SHA-256 no longer the one recorded at registration) refuses the
         * publication like any other tampering — nothing unreviewed reaches a channel. Null when refused.
         */
        private List<Attachment> readAttachments(Connection c, Claim cl, JsonNode manifest) throws SQLException {
            List<Attachment> out = new ArrayList<>();
            String problem = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT position, file_name, media_type, content "
                    + "FROM zwgk_attachment WHERE item_id = ? ORDER BY position")) {
                ps.setString(1, cl.itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (problem == null && rs.next()) {
                        JsonNode m = manifest.path(out.size());
                        byte[] content = rs.getBytes(4);
                        String name = rs.getString(2);
                        if (m.isMissingNode() || m.path("position").asInt() != rs.getInt(1)
                                || !m.path("fileName").asText().equals(name)
                                || !m.path("mediaType").asText().equals(rs.getString(3))
                                || !m.path("sha256").asText().equals(sha256(content))) {
                            problem = "attachment " + rs.getInt(1) + " (" + name + ") differs from the one "
                                    + "registered and reviewed (sha256 " + m.path("sha256").asText("none") + ")";
                        } else {
                            out.add(new Attachment(name, rs.getString(3), content));
                        }
                    }
                }
            }
            if (problem == null && out.size() != manifest.size()) {
                problem = "attachments missing: " + manifest.size() + " registered, " + out.size() + " found";
            }
            if (problem != null) {
                refuse(cl, problem);
                return null;
            }
            return out;
        }

        private Withdrawal buildWithdrawal(Claim cl) {
            try {
                JsonNode p = JSON.readTree(cl.payload);
                return new Withdrawal(cl.itemId, p.path("indexNumber").asText(""), p.path("title").asText(),
                        p.path("reason").asText(), cl.key, Instant.parse(p.path("withdrawnAt").asText()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void refuse(Claim cl, String why) throws SQLException {
            finish(cl, "UPDATE zwgk_outbox SET status = 'QUARANTINED', last_error_kind = 'PERMANENT', "
                    + "last_error_code = ?, last_error = ?, claimed_by = NULL, claim_token = NULL, lease_until = NULL, "
                    + "updated_at = ? WHERE id = ? AND claim_token = ?",
                    StoreErrors.DISPATCH_POLICY_BLOCKED.code(), truncate(why));
        }

        private void fail(Claim cl, ChannelErrorKind kind, String message, Duration retryAfter) throws SQLException {
            boolean quarantine = !kind.isRetryable() || cl.attempts >= maxAttempts;
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            Duration delay = backoff(cl.attempts);
            if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
                delay = retryAfter;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = ?, last_error_kind = ?, "
                    + "last_error_code = NULL, last_error = ?, next_attempt_at = ?, claimed_by = NULL, "
                    + "claim_token = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND claim_token = ?")) {
                ps.setString(1, quarantine ? DeliveryStatus.QUARANTINED.name() : DeliveryStatus.FAILED.name());
                ps.setString(2, kind.name());
                ps.setString(3, truncate(message));
                ps.setObject(4, now.plus(delay));
                ps.setObject(5, now);
                ps.setLong(6, cl.id);
                ps.setString(7, cl.token);
                ps.executeUpdate();
            }
            c.commit();
        }

        /**
         * The claim queries without the channels paused now ({@code zwgk_channel_pause}, written by any dispatcher
         * on this database); none when every channel is paused. One query on a table of a few rows per round.
         */
        private List<String> unpausedClaimSqls(Connection c, OffsetDateTime now) throws SQLException {
            paused.clear();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT channel, paused_until FROM zwgk_channel_pause WHERE paused_until > ?")) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        paused.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                    }
                }
            }
            if (paused.isEmpty() || java.util.Collections.disjoint(paused.keySet(), adapters.keySet())) {
                return claimSqls;
            }
            List<String> open = adapters.keySet().stream().filter(ch -> !paused.containsKey(ch)).toList();
            return open.isEmpty() ? List.of() : claimSqls(open);
        }

        /**
         * A rate limit with a reset time: the channel is paused until then for every dispatcher on the database,
         * and this entry waits for the same moment. The attempt is recorded (error, next try) but not counted:
         * a quota shortage lasting days must not quarantine entries that nothing is wrong with.
         */
        private void pauseChannel(Claim cl, ChannelException e) throws SQLException {
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            Duration wait = e.retryAfter().orElseThrow();
            OffsetDateTime until = now.plus(wait.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : wait);
            String message = truncate(e.getMessage());
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'FAILED', "
                    + "attempts = attempts - 1, last_error_kind = ?, last_error_code = NULL, last_error = ?, "
                    + "next_attempt_at = ?, claimed_by = NULL, claim_token = NULL, lease_until = NULL, updated_at = ? "
                    + "WHERE id = ? AND claim_token = ?")) {
                ps.setString(1, e.kind().name());
                ps.setString(2, message);
                ps.setObject(3, until);
                ps.setObject(4, now);
                ps.setLong(5, cl.id);
                ps.setString(6, cl.token);
                ps.executeUpdate();
            }
            boolean inserted;
            try (PreparedStatement ps = c.prepareStatement(store.dialect().insertIfAbsent("INSERT INTO "
                    + "zwgk_channel_pause (paused_until, error_kind, remote_code, reason, paused_by, paused_at, channel) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", "channel"))) {
                bindPause(ps, cl, e, until, message, now);
                inserted = store.dialect().executeInsertIfAbsent(ps);
            }
            if (!inserted) { // only ever extended here; an operator ends a pause early with Outbox.resume
                try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_channel_pause SET paused_until = ?, "
                        + "error_kind = ?, remote_code = ?, reason = ?, paused_by = ?, paused_at = ? "
                        + "WHERE channel = ? AND paused_until < ?")) {
                    bindPause(ps, cl, e, until, message, now);
                    ps.setObject(8, until);
                    ps.executeUpdate();
                }
            }
            c.commit();
            paused.merge(cl.channel, until.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }

        private void bindPause(PreparedStatement ps, Claim cl, ChannelException e, OffsetDateTime until,
                               String message, OffsetDateTime now) throws SQLException {
            ps.setObject(1, until);
            ps.setString(2, e.kind().name());
            ps.setString(3, e.remoteCode().map(LegacyDispatcher::truncateCode).orElse(null));
            ps.setString(4, message);
            ps.setString(5, id);
            ps.setObject(6, now);
            ps.setString(7, cl.channel);
        }

        /**
         * Hands back a claimed entry of a channel paused since the claim, unattempted: QUEUED at the pause's end,
         * attempt count restored, its last error kept. Guarded by the claim token.
         */
        private void postpone(Claim cl, Instant until) throws SQLException {
            Connection c = conn();
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'QUEUED', "
                    + "attempts = attempts - 1, next_attempt_at = ?, claimed_by = NULL, claim_token = NULL, "
                    + "lease_until = NULL, updated_at = ? WHERE id = ? AND claim_token = ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC));
                ps.setObject(2, OffsetDateTime.now(clock));
                ps.setLong(3, cl.id);
                ps.setString(4, cl.token);
                ps.executeUpdate();
            }
            c.commit();
        }

        private void succeed(Claim cl, Receipt r) throws SQLException {
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            DeliveryStatus status = cl.action == OutboxAction.WITHDRAW ? DeliveryStatus.WITHDRAWN
                    : r.status() == DeliveryStatus.LIVE ? DeliveryStatus.LIVE : DeliveryStatus.ACCEPTED;
            // Lock the item first (same order as the gate: item, then outbox) so the event chain stays linear.
            String state;
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM zwgk_item WHERE item_id = ? FOR UPDATE")) {
                ps.setString(1, cl.itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    state = rs.next() ? rs.getString(1) : null;
                }
            }
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = ?, remote_id = ?, "
                    + "public_url = ?, last_error_kind = NULL, last_error_code = NULL, last_error = NULL, "
                    + "claimed_by = NULL, claim_token = NULL, lease_until = NULL, updated_at = ? "
                    + "WHERE id = ? AND claim_token = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, truncate(r.remoteId()));
                ps.setString(3, r.url().map(Object::toString).orElse(null));
                ps.setObject(4, now);
                ps.setLong(5, cl.id);
                ps.setString(6, cl.token);
                updated = ps.executeUpdate();
            }
            if (updated == 1 && state != null) {
                if (cl.action == OutboxAction.PUBLISH) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET status = 'FULFILLED', "
                            + "closed_at = ? WHERE item_id = ? AND kind = 'PUBLISH' AND status = 'QUEUED' AND NOT EXISTS "
                            + "(SELECT 1 FROM zwgk_outbox o WHERE o.item_id = ? AND o.action = 'PUBLISH' "
                            + "AND o.status NOT IN " + DONE + ")")) {
                        ps.setObject(1, now);
                        ps.setString(2, cl.itemId);
                        ps.setString(3, cl.itemId);
                        ps.executeUpdate();
                    }
                }
                LifecycleState s = LifecycleState.valueOf(state);
                LOG.append(c, cl.itemId, cl.action == OutboxAction.PUBLISH ? "DELIVERED" : "WITHDRAWN_ON_CHANNEL",
                        s, s, "dispatcher:" + id, now.toInstant(), "channel=" + cl.channel + "; version=" + cl.version
                                + "; key=" + cl.key + "; status=" + status + "; remoteId=" + r.remoteId());
                afterDelivery(c, cl.id, cl.itemId, cl.channel, cl.action, cl.version, s, status, r, now);
            }
            c.commit();
            if (updated == 1) {
                delivered.incrementAndGet();
            }
        }

        // ---- SPI 1.1: refresh of accepted publications, and the hand-over to the archives

        /**
         * What a recorded delivery implies beyond its own row, in the same transaction (item row locked): an
         * ACCEPTED publication on a refreshing channel is asked again at its receipt's refresh time; a LIVE current
         * version on an archival channel moves the item to ARCHIVED.
         */
        private void afterDelivery(Connection c, long entryId, String itemId, String channel, OutboxAction action,
                                   int version, LifecycleState state, DeliveryStatus status, Receipt r,
                                   OffsetDateTime now) throws SQLException {
            if (action != OutboxAction.PUBLISH) {
                return;
            }
            if (status == DeliveryStatus.ACCEPTED && refreshing.contains(channel)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE zwgk_outbox SET next_attempt_at = ? WHERE id = ?")) {
                    ps.setObject(1, nextRefresh(r, now, now));
                    ps.setLong(2, entryId);
                    ps.executeUpdate();
                }
            }
            if (status == DeliveryStatus.LIVE && archival.contains(channel)) {
                archive(c, itemId, channel, version, state, r.remoteId(), now);
            }
        }

        /**
         * The item becomes ARCHIVED when the version handed over is its current one and its state allows it
         * (PUBLISHED or INTERPRETED). Already ARCHIVED (an earlier version, or {@code Gate.archive} by hand): no
         * second event. WITHDRAWN stays WITHDRAWN: the archive holds the package and, in the same or a later batch,
         * the notice of withdrawal; the DELIVERED event (status LIVE) records the hand-over.
         */
        private void archive(Connection c, String itemId, String channel, int version, LifecycleState state,
                             String remoteId, OffsetDateTime now) throws SQLException {
            if (!state.canMoveTo(LifecycleState.ARCHIVED)) {
                return;
            }
            int current;
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM zwgk_item WHERE item_id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    current = rs.next() ? rs.getInt(1) : -1;
                }
            }
            if (current != version) {
                return; // a newer version is on its way; its own hand-over archives the item
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE zwgk_item SET state = ?, updated_at = ? WHERE item_id = ?")) {
                ps.setString(1, LifecycleState.ARCHIVED.name());
                ps.setObject(2, now);
                ps.setString(3, itemId);
                ps.executeUpdate();
            }
            LOG.append(c, itemId, "ARCHIVED", state, LifecycleState.ARCHIVED, "dispatcher:" + id,
                    now.toInstant(), "channel=" + channel + "; version=" + version + "; remoteId=" + remoteId);
        }

        /** The receipt's refresh time if it is in the future, else a poll delay growing with the entry's age. */
        private OffsetDateTime nextRefresh(Receipt r, OffsetDateTime now, OffsetDateTime createdAt) {
            Instant hint = r == null ? null : r.refreshAt();
            if (hint != null && hint.isAfter(now.toInstant())) {
                return hint.atOffset(now.getOffset());
            }
            long half = Math.max(0, Duration.between(createdAt, now).toMillis() / 2);
            long floor = Math.max(1000, baseDelay.toMillis()); // > 0: drain() must see the entry leave "due"
            return now.plus(Duration.ofMillis(Math.max(floor, Math.min(half, maxDelay.toMillis()))));
        }

        /** One round of refreshes (bounded by the batch size), after the round of deliveries. */
        private int refreshAccepted() {
            if (refreshSql == null || closing.get()) {
                return 0;
            }
            List<Accepted> claims;
            try {
                claims = claimAccepted();
            } catch (SQLException e) {
                rollbackQuietly();
                throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.refresh", StoreException.describe(e));
            }
            for (int i = 0; i < claims.size(); i++) {
                if (closing.get()) {
                    releaseAccepted(claims.subList(i, claims.size()));
                    return i;
                }
                try {
                    refresh(claims.get(i));
                } catch (SQLException e) {
                    rollbackQuietly();
                    throw new StoreException(StoreErrors.DATABASE_ERROR, e, "dispatcher.refresh", StoreException.describe(e));
                }
            }
            return claims.size();
        }

        /**
         * Claims due ACCEPTED entries: the status stays ACCEPTED (operators see no change), the claim token guards
         * the result, and {@code next_attempt_at} moves to the lease end so that no other dispatcher claims the entry
         * until the lease expires (a killed dispatcher's refresh is simply asked again).
         */
        private List<Accepted> claimAccepted() throws SQLException {
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(refreshSql)) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<Accepted> out = new ArrayList<>();
            if (ids.isEmpty()) {
                c.commit();
                return out;
            }
            try (PreparedStatement q = c.prepareStatement("SELECT item_id, channel, version, idempotency_key, "
                    + "remote_id, public_url, created_at, updated_at FROM zwgk_outbox WHERE id = ?");
                 PreparedStatement up = c.prepareStatement("UPDATE zwgk_outbox SET claimed_by = ?, claim_token = ?, "
                         + "lease_until = ?, next_attempt_at = ? WHERE id = ?")) {
                for (long entryId : ids) {
                    String token = UUID.randomUUID().toString();
                    q.setLong(1, entryId);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        OffsetDateTime updated = rs.getObject(8, OffsetDateTime.class);
                        out.add(new Accepted(entryId, token, rs.getString(1), rs.getString(2), rs.getInt(3),
                                rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getObject(7, OffsetDateTime.class), updated == null ? now : updated));
                    }
                    up.setString(1, id);
                    up.setString(2, token);
                    up.setObject(3, now.plus(lease));
                    up.setObject(4, now.plus(lease));
                    up.setLong(5, entryId);
                    up.executeUpdate();
                }
            }
            c.commit();
            return out;
        }

        private void releaseAccepted(List<Accepted> unstarted) {
            try {
                Connection c = conn();
                try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET claimed_by = NULL, "
                        + "claim_token = NULL, lease_until = NULL, next_attempt_at = ? WHERE id = ? AND claim_token = ?")) {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    for (Accepted a : unstarted) {
                        ps.setObject(1, now);
                        ps.setLong(2, a.id);
                        ps.setString(3, a.token);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
            }
        }

        private void refresh(Accepted a) throws SQLException {
            ChannelAdapter adapter = adapters.get(a.channel);
            Receipt accepted = new Receipt(a.remoteId == null ? "" : a.remoteId,
                    a.publicUrl == null ? null : java.net.URI.create(a.publicUrl), a.updatedAt.toInstant(),
                    DeliveryStatus.ACCEPTED, Map.of());
            Optional<Receipt> r;
            try {
                r = adapter.refresh(a.key, accepted, journal);
            } catch (ChannelException e) {
                refreshFailed(a, e.kind(), e.getMessage(), e.retryAfter().orElse(null));
                return;
            } catch (RuntimeException e) {
                refreshFailed(a, ChannelErrorKind.TRANSIENT, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
                return;
            }
            if (r.isPresent() && r.get().status() == DeliveryStatus.LIVE) {
                refreshedLive(a, r.get());
            } else {
                stillAccepted(a, r.orElse(null), null, null, null);
            }
        }

        /**
         * A retryable failure is asked again later and never quarantines (the channel has the item; waiting loses
         * nothing); any other kind quarantines the entry for an operator, whose retry delivers it again.
         */
        private void refreshFailed(Accepted a, ChannelErrorKind kind, String message, Duration retryAfter)
                throws SQLException {
            if (kind.isRetryable()) {
                stillAccepted(a, null, kind, message, retryAfter);
                return;
            }
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'QUARANTINED', "
                    + "last_error_kind = ?, last_error_code = NULL, last_error = ?, next_attempt_at = ?, "
                    + "claimed_by = NULL, claim_token = NULL, lease_until = NULL, updated_at = ? "
                    + "WHERE id = ? AND claim_token = ?")) {
                ps.setString(1, kind.name());
                ps.setString(2, truncate(message));
                ps.setObject(3, now);
                ps.setObject(4, now);
                ps.setLong(5, a.id);
                ps.setString(6, a.token);
                ps.executeUpdate();
            }
            c.commit();
        }

        private void stillAccepted(Accepted a, Receipt r, ChannelErrorKind kind, String message, Duration retryAfter)
                throws SQLException {
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime next = nextRefresh(r, now, a.createdAt);
            if (retryAfter != null && now.plus(retryAfter).isAfter(next)) {
                next = now.plus(retryAfter);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET next_attempt_at = ?, "
                    + "remote_id = COALESCE(?, remote_id), public_url = COALESCE(?, public_url), last_error_kind = ?, "
                    + "last_error_code = NULL, last_error = ?, claimed_by = NULL, claim_token = NULL, lease_until = NULL, "
                    + "updated_at = ? WHERE id = ? AND claim_token = ?")) {
                ps.setObject(1, next);
                ps.setString(2, r == null ? null : truncate(r.remoteId()));
                ps.setString(3, r == null ? null : r.url().map(Object::toString).orElse(null));
                ps.setString(4, kind == null ? null : kind.name());
                ps.setString(5, truncate(message));
                ps.setObject(6, now);
                ps.setLong(7, a.id);
                ps.setString(8, a.token);
                ps.executeUpdate();
            }
            c.commit();
        }

        /** LIVE: the outbox row, the DELIVERED event and, on an archival channel, ARCHIVED — one transaction. */
        private void refreshedLive(Accepted a, Receipt r) throws SQLException {
            Connection c = conn();
            OffsetDateTime now = OffsetDateTime.now(clock);
            String state;
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM zwgk_item WHERE item_id = ? FOR UPDATE")) {
                ps.setString(1, a.itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    state = rs.next() ? rs.getString(1) : null;
                }
            }
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_outbox SET status = 'LIVE', remote_id = ?, "
                    + "public_url = ?, last_error_kind = NULL, last_error_code = NULL, last_error = NULL, "
                    + "claimed_by = NULL, claim_token = NULL, lease_until = NULL, updated_at = ? "
                    + "WHERE id = ? AND claim_token = ?")) {
                ps.setString(1, truncate(r.remoteId()));
                ps.setString(2, r.url().map(Object::toString).orElse(null));
                ps.setObject(3, now);
                ps.setLong(4, a.id);
                ps.setString(5, a.token);
                updated = ps.executeUpdate();
            }
            if (updated == 1 && state != null) {
                LifecycleState s = LifecycleState.valueOf(state);
                LOG.append(c, a.itemId, "DELIVERED", s, s, "dispatcher:" + id, now.toInstant(), "channel="
                        + a.channel + "; version=" + a.version + "; key=" + a.key + "; status=" + DeliveryStatus.LIVE
                        + "; remoteId=" + r.remoteId() + "; refreshed");
                if (archival.contains(a.channel)) {
                    archive(c, a.itemId, a.channel, a.version, s, r.remoteId(), now);
                }
            }
            c.commit();
        }

        private void finish(Claim cl, String sql, String code, String message) throws SQLException {
            Connection c = conn();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, code);
                ps.setString(2, message);
                ps.setObject(3, OffsetDateTime.now(clock));
                ps.setLong(4, cl.id);
                ps.setString(5, cl.token);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    /** Equal jitter: half the exponential delay fixed, half random, so retries of many entries spread out. */
    Duration backoff(int attempt) {
        long base = baseDelay.toMillis();
        long exp = attempt >= 40 ? Long.MAX_VALUE : base * (1L << Math.max(0, attempt - 1));
        long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }

    private static int redactionCount(String json) {
        if (json == null || json.isBlank()) {
            return 0;
        }
        try {
            return JSON.readTree(json).size();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncateCode(String code) {
        return code.length() > 64 ? code.substring(0, 64) : code;
    }

    private static String truncate(String s) {
        if (s == null) {
            return null;
        }
        return s.length() > 1900 ? s.substring(0, 1900) + "…" : s;
    }

    private Set<String> channelsWith(ChannelCapability capability) {
        Set<String> out = new java.util.TreeSet<>();
        adapters.forEach((k, a) -> {
            if (a.capabilities().contains(capability)) {
                out.add(k);
            }
        });
        return Set.copyOf(out);
    }

    /** An ACCEPTED publication claimed for {@link ChannelAdapter#refresh}. */
    private record Accepted(long id, String token, String itemId, String channel, int version, String key,
                            String remoteId, String publicUrl, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private record Claim(long id, String token, String itemId, String channel, OutboxAction action, int version,
                         String key, String payload, int attempts) {
    }
}
