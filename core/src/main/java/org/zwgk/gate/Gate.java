package org.zwgk.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.zwgk.classify.Classification;
import org.zwgk.classify.ReviewOutcome;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.lifecycle.EventLog;
import org.zwgk.lifecycle.LifecycleErrors;
import org.zwgk.lifecycle.LifecycleException;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.catalogue.Stage;
import org.zwgk.publish.IdempotencyKeys;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.spi.channel.Publication;
import org.zwgk.store.Dialect;
import org.zwgk.store.StoreErrors;
import org.zwgk.store.StoreException;

/**
 * The gate, bound to the host's JDBC connection. Every call writes in the host's transaction: obligations, outbox
 * rows and lifecycle events commit with the host's own data, and a rollback leaves nothing. The gate never
 * commits, rolls back or closes the connection.
 *
 * <p>Obtain one with {@link Zwgk#gate(Connection)}; it is cheap and meant to be used for one transaction.
 */
public final class Gate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ITEM_INSERT = "INSERT INTO zwgk_item (item_id, body_code, catalogue_item_id, title, "
            + "content, publisher, document_number, formed_on, policy_document, state, version, channels, log_head, "
            + "log_length, created_at, updated_at, validity, report_kind) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?, ?, ?, ?)";

    private static final String OBLIGATION_COLUMNS_INSERT = "obligation_key, step_id, matter_id, item_id, "
            + "catalogue_item_id, kind, title, status, start_on, due_on, provisional, calendar_version, rule_text, "
            + "created_at";

    // For registerInOneStatement: parameters in a SELECT list carry no column type, hence the casts.
    private static final String OBLIGATION_INSERT_FROM_ITEM = "INSERT INTO zwgk_obligation ("
            + OBLIGATION_COLUMNS_INSERT + ") SELECT CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS DATE), CAST(? AS DATE), CAST(? AS BOOLEAN), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE) FROM item";

    private static final String EVENT_INSERT_FROM_ITEM = "INSERT INTO zwgk_event (" + EventLog.COLUMNS + ") SELECT "
            + "CAST(? AS VARCHAR), CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR) FROM item";

    private final Zwgk zwgk;
    private final Connection c;

    Gate(Zwgk zwgk, Connection connection) {
        this.zwgk = zwgk;
        this.c = Objects.requireNonNull(connection, "connection");
        try {
            if (c.getAutoCommit()) {
                throw new GateException(GateErrors.CONNECTION_STATE);
            }
        } catch (SQLException e) {
            throw db("autoCommit", e);
        }
    }

    /** What {@link #register} created. */
    public record Registration(String itemId, List<Obligation> obligations) {
        public Registration {
            obligations = List.copyOf(obligations);
        }
    }

    /** What {@link #publish} queued: one outbox entry per channel. */
    public record PublishRequest(String itemId, int version, String indexNumber, List<Long> outboxIds) {
        public PublishRequest {
            outboxIds = List.copyOf(outboxIds);
        }
    }

    /**
     * Registers a piece of information and its publication obligation, with a due date from the catalogue item's
     * time limit (Art. 26 default: 20 working days) counted from its formation date.
     */
    public Registration register(Disclosure d) {
        CatalogueEntry entry = null;
        if (d.catalogueItemId() != null) {
            entry = zwgk.catalogue().item(d.catalogueItemId())
                    .orElseThrow(() -> new GateException(GateErrors.UNKNOWN_CATALOGUE_ITEM, d.catalogueItemId()));
        }
        List<String> channels = !d.channels().isEmpty() ? d.channels() : entry == null ? List.of() : entry.channels();
        if (channels.isEmpty()) {
            throw new GateException(GateErrors.NO_CHANNEL, d.itemId());
        }
        // Checked before anything is written: a refused attachment leaves the host transaction untouched.
        List<AttachmentRules.Checked> files = AttachmentRules.check(d.itemId(), d.attachments(),
                zwgk.attachmentPolicy());
        OffsetDateTime now = OffsetDateTime.now(zwgk.clock());
        try {
            // The digests go into the first event, so the hash chain (verifyLog) also covers the files.
            String details = "step=" + d.stepId() + "; catalogue=" + d.catalogueItemId()
                    + (d.validity() == Validity.VALID ? "" : "; validity=" + d.validity().name())
                    // In the chain too: the annual report counts the item by it (section 二), so the log keeps what was registered.
                    + (d.reportKind() == null ? "" : "; reportKind=" + d.reportKind().name())
                    + (files.isEmpty() ? "" : "; attachments=" + files.stream()
                    .map(f -> f.fileName() + ":sha256:" + f.sha256()).collect(Collectors.joining(",")));
            org.zwgk.lifecycle.LifecycleEvent first = EventLog.prepareFirst(d.itemId(), "REGISTERED",
                    LifecycleState.REGISTERED, d.publisher(), now.toInstant(), details);
            Long waiting = waitingObligation(d);
            DueDate due = null;
            if (waiting == null) {
                String phrase = entry != null ? entry.timeLimit() : DueDateCalculator.DEFAULT_PUBLICATION_RULE;
                due = zwgk.dueDates().compute(d.formedOn(), phrase);
            }
            Dialect dialect = zwgk.store().dialect();
            if (waiting == null && dialect.supportsDataModifyingCte()) {
                Registration r = registerInOneStatement(d, channels, first, due, now);
                insertAttachments(d.itemId(), files, now);
                return r;
            }
            // No existence query first: the insert itself detects a duplicate (one statement fewer).
            try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent(ITEM_INSERT, "item_id"))) {
                bindItem(ps, d, channels, first, now);
                if (!dialect.executeInsertIfAbsent(ps)) {
                    throw alreadyRegistered(d.itemId());
                }
            }
            List<Obligation> obligations = new ArrayList<>();
            if (waiting != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET item_id = ?, "
                        + "step_id = COALESCE(?, step_id), title = ? WHERE id = ?")) {
                    ps.setString(1, d.itemId());
                    ps.setString(2, d.stepId());
                    ps.setString(3, d.title());
                    ps.setLong(4, waiting);
                    ps.executeUpdate();
                }
                obligations.addAll(obligationsWhere("item_id = ?", d.itemId()));
            } else {
                String key = "publish:" + d.itemId();
                long id = insertObligation(key, ObligationKind.PUBLISH, d.title(), d.stepId(),
                        d.matterId(), d.itemId(), d.catalogueItemId(), d.formedOn(), due, now);
                obligations.add(publishObligation(id, key, d, due));
            }
            EventLog.insertFirst(c, first);
            insertAttachments(d.itemId(), files, now);
            return new Registration(d.itemId(), obligations);
        } catch (SQLException e) {
            throw db("register", e);
        }
    }

    private void insertAttachments(String itemId, List<AttachmentRules.Checked> files, OffsetDateTime now)
            throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_attachment (item_id, position, file_name, "
                + "media_type, size_bytes, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AttachmentRules.Checked f : files) {
                ps.setString(1, itemId);
                ps.setInt(2, f.position());
                ps.setString(3, f.fileName());
                ps.setString(4, f.mediaType());
                ps.setLong(5, f.content().length);
                ps.setString(6, f.sha256());
                ps.setBytes(7, f.content());
                ps.setObject(8, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The attachment manifest of a queued publication: what the dispatcher must find unchanged. */
    private List<Map<String, Object>> attachmentManifest(String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position, file_name, media_type, size_bytes, sha256 "
                + "FROM zwgk_attachment WHERE item_id = ? ORDER BY position")) {
            ps.setString(1, itemId);
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("position", rs.getInt(1));
                    m.put("fileName", rs.getString(2));
                    m.put("mediaType", rs.getString(3));
                    m.put("size", rs.getLong(4));
                    m.put("sha256", rs.getString(5));
                    out.add(m);
                }
            }
            return out;
        }
    }

    /** A 五公开 obligation created when the matter entered its stage waits for exactly this information. */
    private Long waitingObligation(Disclosure d) throws SQLException {
        if (d.matterId() == null || d.catalogueItemId() == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM zwgk_obligation WHERE matter_id = ? "
                + "AND catalogue_item_id = ? AND item_id IS NULL AND kind = ? ORDER BY id")) {
            ps.setString(1, d.matterId());
            ps.setString(2, d.catalogueItemId());
            ps.setString(3, ObligationKind.PUBLISH.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Item, obligation and first event in one statement (one round trip instead of three, on databases with
     * data-modifying CTEs: PostgreSQL). The obligation and the event are inserted only from the item CTE's
     * RETURNING row, so a duplicate item id inserts nothing at all and the statement returns no row.
     */
    private Registration registerInOneStatement(Disclosure d, List<String> channels,
                                                org.zwgk.lifecycle.LifecycleEvent first, DueDate due,
                                                OffsetDateTime now) throws SQLException {
        String sql = "WITH item AS (" + zwgk.store().dialect().insertIfAbsent(ITEM_INSERT, "item_id")
                + " RETURNING item_id), obligation AS (" + OBLIGATION_INSERT_FROM_ITEM + " RETURNING id), "
                + "event AS (" + EVENT_INSERT_FROM_ITEM + ") SELECT id FROM obligation";
        String key = "publish:" + d.itemId();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bindItem(ps, d, channels, first, now);
            next = bindObligation(ps, next, key, ObligationKind.PUBLISH, d.title(), d.stepId(), d.matterId(),
                    d.itemId(), d.catalogueItemId(), d.formedOn(), due, now);
            EventLog.bind(ps, next, first);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw alreadyRegistered(d.itemId());
                }
                return new Registration(d.itemId(), List.of(publishObligation(rs.getLong(1), key, d, due)));
            }
        }
    }

    private static Obligation publishObligation(long id, String key, Disclosure d, DueDate due) {
        return new Obligation(id, key, ObligationKind.PUBLISH, ObligationStatus.OPEN, d.title(), d.stepId(),
                d.matterId(), d.itemId(), d.catalogueItemId(), d.formedOn(), due.due(), due.provisional(),
                due.calendarVersion(), due.rule(), null);
    }

    /** The insert found the item id taken (no other unique column of zwgk_item is set at registration). */
    private RuntimeException alreadyRegistered(String itemId) throws SQLException {
        if (!itemExists(itemId)) { // not expected; never report a duplicate that is not one
            return db("register", new SQLException("zwgk_item: unique violation", Dialect.UNIQUE_VIOLATION));
        }
        return new GateException(GateErrors.ALREADY_REGISTERED, itemId);
    }

    /** Binds the 16 parameters of {@link #ITEM_INSERT} from parameter 1; returns the next index. */
    private static int bindItem(PreparedStatement ps, Disclosure d, List<String> channels,
                                org.zwgk.lifecycle.LifecycleEvent first, OffsetDateTime now) throws SQLException {
        ps.setString(1, d.itemId());
        ps.setString(2, d.bodyCode());
        ps.setString(3, d.catalogueItemId());
        ps.setString(4, d.title());
        ps.setString(5, d.content());
        ps.setString(6, d.publisher());
        ps.setString(7, d.documentNumber());
        ps.setDate(8, Date.valueOf(d.formedOn()));
        ps.setBoolean(9, d.policyDocument());
        ps.setString(10, LifecycleState.REGISTERED.name());
        ps.setString(11, String.join(",", channels));
        ps.setString(12, first.hash());
        ps.setObject(13, now);
        ps.setObject(14, now);
        ps.setString(15, d.validity().name());
        // Typed null: PostgreSQL must know the parameter's type even inside the one-statement CTE.
        if (d.reportKind() == null) {
            ps.setNull(16, Types.VARCHAR);
        } else {
            ps.setString(16, d.reportKind().name());
        }
        return 17;
    }

    /** Records the attribute decision. Withheld and on-request information exempts the publication obligation. */
    public void classify(String itemId, Classification cl) {
        Objects.requireNonNull(cl, "classification");
        try {
            Item item = lock(itemId);
            transition(item, LifecycleState.CLASSIFIED, "定属性");
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET attribute = ?, grounds = ?, "
                    + "reason = ?, third_party_override = ?, redactions = ?, proposer = ?, office_reviewer = ?, "
                    + "decider = ?, decided_on = ?, review_outcome = NULL, review_reviewer = NULL, "
                    + "review_signer = NULL, review_on = NULL, review_remarks = NULL, state = ?, updated_at = ? "
                    + "WHERE item_id = ?")) {
                ps.setString(1, cl.attribute().name());
                ps.setString(2, cl.grounds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                ps.setString(3, cl.reason());
                ps.setString(4, cl.thirdPartyOverride() == null ? null : cl.thirdPartyOverride().name());
                ps.setString(5, json(cl.redactions().stream().map(r -> Map.of("removed", r.removed(),
                        "ground", r.ground().name(), "reason", r.reason())).toList()));
                ps.setString(6, cl.proposer());
                ps.setString(7, cl.reviewer());
                ps.setString(8, cl.decider());
                ps.setDate(9, Date.valueOf(cl.decidedOn()));
                ps.setString(10, LifecycleState.CLASSIFIED.name());
                ps.setObject(11, now());
                ps.setString(12, itemId);
                ps.executeUpdate();
            }
            if (cl.attribute().isPublicChannelAllowed()) {
                setObligations(itemId, ObligationKind.PUBLISH, ObligationStatus.EXEMPTED, ObligationStatus.OPEN, null);
            } else {
                String why = cl.attribute().label() + "：" + cl.grounds().stream()
                        .map(g -> g.label() + "（" + g.citationZh() + "）").sorted().collect(Collectors.joining("、"))
                        + " " + cl.reason();
                setObligations(itemId, ObligationKind.PUBLISH, ObligationStatus.OPEN, ObligationStatus.EXEMPTED, why);
            }
            EventLog.append(c, itemId, "CLASSIFIED", item.state, LifecycleState.CLASSIFIED, cl.decider(),
                    zwgk.clock().instant(), "attribute=" + cl.attribute() + "; grounds=" + cl.grounds()
                            + "; proposer=" + cl.proposer() + "; reviewer=" + cl.reviewer());
        } catch (SQLException e) {
            throw db("classify", e);
        }
    }

    /** Records the secrecy review (保密审查, seed 000). Only a PASSED review allows publication. */
    public void review(String itemId, SecrecyReview r) {
        Objects.requireNonNull(r, "review");
        try {
            Item item = lock(itemId);
            if (item.attribute == null) {
                throw new LifecycleException(LifecycleErrors.NOT_CLASSIFIED, itemId);
            }
            LifecycleState to = r.outcome() == ReviewOutcome.PASSED ? LifecycleState.REVIEWED : LifecycleState.CLASSIFIED;
            transition(item, to, "保密审查");
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET review_outcome = ?, "
                    + "review_reviewer = ?, review_signer = ?, review_on = ?, review_remarks = ?, state = ?, "
                    + "updated_at = ? WHERE item_id = ?")) {
                ps.setString(1, r.outcome().name());
                ps.setString(2, r.reviewer());
                ps.setString(3, r.signer());
                ps.setDate(4, Date.valueOf(r.reviewedOn()));
                ps.setString(5, r.remarks());
                ps.setString(6, to.name());
                ps.setObject(7, now());
                ps.setString(8, itemId);
                ps.executeUpdate();
            }
            EventLog.append(c, itemId, "SECRECY_REVIEW", item.state, to, r.signer(), zwgk.clock().instant(),
                    "outcome=" + r.outcome() + "; reviewer=" + r.reviewer() + "; remarks=" + r.remarks());
        } catch (SQLException e) {
            throw db("review", e);
        }
    }

    /**
     * Queues the item for every channel (one outbox entry each, delivered after commit). Refuses withheld and
     * on-request information, anything without a passed secrecy review, and partial disclosure without its
     * redaction record. Publishing again after publication queues a new version (a correction).
     */
    public PublishRequest publish(String itemId, String actor) {
        try {
            Item item = lock(itemId);
            checkPublishable(item);
            transition(item, LifecycleState.PUBLISHED, "发布");
            OffsetDateTime now = now();
            String index = item.indexNumber;
            if (index == null) {
                index = zwgk.indexNumbers().issue(c, item.bodyCode, item.formedOn);
            }
            int version = item.version + 1;
            try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET index_number = ?, version = ?, "
                    + "state = ?, updated_at = ? WHERE item_id = ?")) {
                ps.setString(1, index);
                ps.setInt(2, version);
                ps.setString(3, LifecycleState.PUBLISHED.name());
                ps.setObject(4, now);
                ps.setString(5, itemId);
                ps.executeUpdate();
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("title", item.title);
            payload.put("body", item.content);
            payload.put("publisher", item.publisher);
            payload.put("documentNumber", item.documentNumber);
            payload.put("formedOn", item.formedOn.toString());
            payload.put("publishedAt", now.toInstant().toString());
            payload.put("indexNumber", index);
            payload.put("attribute", item.attribute.name());
            payload.put("validity", item.validity.label());
            // Files are not inlined: the dispatcher reads them by item id and checks them against these digests.
            payload.put("attachments", attachmentManifest(itemId));
            Map<String, String> catalogue = new LinkedHashMap<>();
            if (item.catalogueItemId != null) {
                catalogue.put(Publication.ITEM_ID, item.catalogueItemId);
                zwgk.catalogue().item(item.catalogueItemId).ifPresent(e -> {
                    // Keys of Publication.catalogue(): channels file the item by them (the website's domain index).
                    CatalogueEntry.Placement pl = e.placement();
                    if (pl != null) {
                        catalogue.put(Publication.CATALOGUE_ID, pl.catalogueId());
                        catalogue.put(Publication.CATALOGUE_TITLE, pl.catalogueTitle());
                        catalogue.put(Publication.DOMAIN_CODE, pl.domainCode());
                        catalogue.put(Publication.DOMAIN_NAME, pl.domainName());
                        catalogue.put(Publication.PATH, String.join(" / ", pl.path()));
                    } else {
                        catalogue.put(Publication.PATH, e.title());
                    }
                    if (e.stage() != null) {
                        catalogue.put(Publication.STAGE, e.stage().label());
                    }
                });
            }
            payload.put("catalogue", catalogue);
            List<Long> ids = new ArrayList<>();
            for (String ch : item.channels) {
                ids.add(insertOutbox(itemId, ch, OutboxAction.PUBLISH, version, json(payload), now));
            }
            setObligations(itemId, ObligationKind.PUBLISH, ObligationStatus.OPEN, ObligationStatus.QUEUED, null);
            if (item.policyDocument) {
                LocalDate start = LocalDate.now(zwgk.clock());
                DueDate due = zwgk.dueDates().compute(start, DueDateCalculator.INTERPRETATION_RULE);
                if (obligationsWhere("obligation_key = ?", "interpret:" + itemId).isEmpty()) {
                    insertObligation("interpret:" + itemId, ObligationKind.INTERPRET, item.title, null, null, itemId,
                            item.catalogueItemId, start, due, now);
                }
            }
            EventLog.append(c, itemId, "PUBLISH_QUEUED", item.state, LifecycleState.PUBLISHED, actor,
                    now.toInstant(), "version=" + version + "; index=" + index + "; channels=" + item.channels);
            return new PublishRequest(itemId, version, index, ids);
        } catch (SQLException e) {
            throw db("publish", e);
        }
    }

    /** Records the 解读 (or response to public concern) of a published item. */
    public void interpret(String itemId, String actor, String note) {
        try {
            Item item = lock(itemId);
            requirePublished(item, "解读");
            transition(item, LifecycleState.INTERPRETED, "解读");
            setState(itemId, LifecycleState.INTERPRETED);
            setObligations(itemId, ObligationKind.INTERPRET, ObligationStatus.OPEN, ObligationStatus.FULFILLED, null);
            EventLog.append(c, itemId, "INTERPRETED", item.state, LifecycleState.INTERPRETED, actor,
                    zwgk.clock().instant(), note);
        } catch (SQLException e) {
            throw db("interpret", e);
        }
    }

    /** Records the hand-over to the archives and library (两馆, Art. 25 ¶3). */
    public void archive(String itemId, String actor, String note) {
        try {
            Item item = lock(itemId);
            requirePublished(item, "归档");
            transition(item, LifecycleState.ARCHIVED, "归档");
            setState(itemId, LifecycleState.ARCHIVED);
            EventLog.append(c, itemId, "ARCHIVED", item.state, LifecycleState.ARCHIVED, actor,
                    zwgk.clock().instant(), note);
        } catch (SQLException e) {
            throw db("archive", e);
        }
    }

    /**
     * Withdraws (废止/撤回) a published item from every channel it was queued for. The withdrawal entries are
     * written after the publication entries, and the dispatcher never lets them overtake a publication.
     */
    public List<Long> withdraw(String itemId, String reason, String actor) {
        try {
            Item item = lock(itemId);
            requirePublished(item, "撤回");
            transition(item, LifecycleState.WITHDRAWN, "撤回");
            OffsetDateTime now = now();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("title", item.title);
            payload.put("indexNumber", item.indexNumber);
            payload.put("reason", reason);
            payload.put("withdrawnAt", now.toInstant().toString());
            List<Long> ids = new ArrayList<>();
            for (String ch : publishedChannels(itemId)) {
                ids.add(insertOutbox(itemId, ch, OutboxAction.WITHDRAW, item.version, json(payload), now));
            }
            setState(itemId, LifecycleState.WITHDRAWN);
            EventLog.append(c, itemId, "WITHDRAWN", item.state, LifecycleState.WITHDRAWN, actor, now.toInstant(),
                    reason);
            return ids;
        } catch (SQLException e) {
            throw db("withdraw", e);
        }
    }

    /**
     * 五公开: the matter enters a stage; every catalogue item tagged with that stage becomes an obligation, due by
     * the item's time limit counted from {@code startOn}, to be met by registering and publishing the information
     * (with {@link Disclosure#matterId()} and {@link Disclosure#catalogueItemId()} set).
     */
    public List<Obligation> enterStage(String matterId, Stage stage, String stepId, LocalDate startOn) {
        return enterStage(matterId, stage, stepId, startOn, Set.of());
    }

    /**
     * As {@link #enterStage(String, Stage, String, LocalDate)}, for a matter that concerns only some of the
     * catalogue's domains (领域): a township road project is a 重大建设项目 matter and has no 社会救助 obligations.
     * An empty set means every domain. A domain code the catalogue does not have is refused (ZWGK-3207) rather than
     * silently yielding no obligations.
     */
    public List<Obligation> enterStage(String matterId, Stage stage, String stepId, LocalDate startOn,
                                       Set<String> domainCodes) {
        Set<String> scope = Set.copyOf(domainCodes);
        if (!scope.isEmpty()) {
            Set<String> known = zwgk.catalogue().domainCodes();
            for (String d : new java.util.TreeSet<>(scope)) {
                if (!known.contains(d)) {
                    throw new GateException(GateErrors.UNKNOWN_DOMAIN, d, String.join(", ", new java.util.TreeSet<>(known)));
                }
            }
        }
        OffsetDateTime now = now();
        try {
            int updated;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE zwgk_matter SET stage = ?, updated_at = ? WHERE matter_id = ?")) {
                ps.setString(1, stage.name());
                ps.setObject(2, now);
                ps.setString(3, matterId);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO zwgk_matter (matter_id, stage, updated_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, matterId);
                    ps.setString(2, stage.name());
                    ps.setObject(3, now);
                    ps.executeUpdate();
                }
            }
            List<Obligation> out = new ArrayList<>();
            for (CatalogueEntry e : zwgk.catalogue().itemsForStage(stage)) {
                if (!e.method().isPublicChannelAllowed()) {
                    continue; // 依申请公开 items create no proactive obligation
                }
                if (!scope.isEmpty() && (e.placement() == null || !scope.contains(e.placement().domainCode()))) {
                    continue;
                }
                String key = "matter:" + matterId + ":" + stage.name() + ":" + e.id();
                if (obligationsWhere("obligation_key = ?", key).isEmpty()) {
                    insertObligation(key, ObligationKind.PUBLISH, e.title(), stepId, matterId, null, e.id(), startOn,
                            zwgk.dueDates().compute(startOn, e.timeLimit()), now);
                }
                out.addAll(obligationsWhere("obligation_key = ?", key));
            }
            return out;
        } catch (SQLException e) {
            throw db("enterStage", e);
        }
    }

    /**
     * Checks that a host step may complete: every obligation attached to it is queued for publication, fulfilled
     * or lawfully exempted. Otherwise throws {@link UnmetObligationsException} listing all unmet ones.
     */
    public void require(String stepId) {
        List<Obligation> unmet = obligations(stepId).stream().filter(o -> !o.status().satisfiesStep()).toList();
        if (!unmet.isEmpty()) {
            throw new UnmetObligationsException(stepId, unmet);
        }
    }

    /** The obligations attached to a host step. */
    public List<Obligation> obligations(String stepId) {
        try {
            return obligationsWhere("step_id = ?", stepId);
        } catch (SQLException e) {
            throw db("obligations", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void checkPublishable(Item item) {
        if (item.attribute == null) {
            throw new LifecycleException(LifecycleErrors.NOT_CLASSIFIED, item.id);
        }
        if (!item.attribute.isPublicChannelAllowed()) {
            throw new LifecycleException(LifecycleErrors.NOT_PUBLIC, item.id, item.attribute.label());
        }
        if (!"PASSED".equals(item.reviewOutcome)) {
            throw new LifecycleException(LifecycleErrors.NOT_REVIEWED, item.id);
        }
        if (item.attribute == DisclosureAttribute.PARTIAL && item.redactionCount == 0) {
            throw new org.zwgk.classify.ClassificationException(org.zwgk.classify.ClassifyErrors.REDACTION_REQUIRED);
        }
    }

    private void requirePublished(Item item, String what) {
        if (item.state != LifecycleState.PUBLISHED && item.state != LifecycleState.INTERPRETED
                && item.state != LifecycleState.ARCHIVED) {
            throw new LifecycleException(LifecycleErrors.NOT_PUBLISHED, item.id, what);
        }
    }

    private void transition(Item item, LifecycleState to, String what) {
        if (!item.state.canMoveTo(to)) {
            String missing = switch (item.state) {
                case REGISTERED -> "尚未定属性 / not classified";
                case CLASSIFIED -> "尚未通过保密审查 / secrecy review not passed";
                case WITHDRAWN -> "已撤回 / withdrawn";
                default -> "当前状态不允许" + what;
            };
            throw new LifecycleException(LifecycleErrors.ILLEGAL_TRANSITION, item.id, item.state.label(),
                    to.label(), missing);
        }
    }

    private boolean itemExists(String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM zwgk_item WHERE item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Locks the item row for the rest of the host transaction: serialises work (and the log chain) per item. */
    private Item lock(String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, body_code, catalogue_item_id, title, content, "
                + "publisher, document_number, formed_on, policy_document, index_number, state, version, channels, "
                + "attribute, redactions, review_outcome, validity FROM zwgk_item WHERE item_id = ? FOR UPDATE")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LifecycleException(LifecycleErrors.UNKNOWN_ITEM, itemId);
                }
                Item i = new Item();
                i.id = rs.getString(1);
                i.bodyCode = rs.getString(2);
                i.catalogueItemId = rs.getString(3);
                i.title = rs.getString(4);
                i.content = rs.getString(5);
                i.publisher = rs.getString(6);
                i.documentNumber = rs.getString(7);
                i.formedOn = rs.getDate(8).toLocalDate();
                i.policyDocument = rs.getBoolean(9);
                i.indexNumber = rs.getString(10);
                i.state = LifecycleState.valueOf(rs.getString(11));
                i.version = rs.getInt(12);
                i.channels = Arrays.asList(rs.getString(13).split(","));
                String a = rs.getString(14);
                i.attribute = a == null ? null : DisclosureAttribute.valueOf(a);
                i.redactionCount = countRedactions(rs.getString(15));
                i.reviewOutcome = rs.getString(16);
                i.validity = Validity.valueOf(rs.getString(17));
                return i;
            }
        }
    }

    static int countRedactions(String json) {
        if (json == null || json.isBlank()) {
            return 0;
        }
        try {
            return JSON.readTree(json).size();
        } catch (JsonProcessingException e) {
            return 0;
        }
    }

    private static final class Item {
        String id;
        String bodyCode;
        String catalogueItemId;
        String title;
        String content;
        String publisher;
        String documentNumber;
        LocalDate formedOn;
        boolean policyDocument;
        String indexNumber;
        LifecycleState state;
        int version;
        List<String> channels;
        DisclosureAttribute attribute;
        int redactionCount;
        String reviewOutcome;
        Validity validity;
    }

    private void setState(String itemId, LifecycleState s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_item SET state = ?, updated_at = ? WHERE item_id = ?")) {
            ps.setString(1, s.name());
            ps.setObject(2, now());
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
    }

    private List<String> publishedChannels(String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT channel FROM zwgk_outbox WHERE item_id = ? "
                + "AND action = ? ORDER BY channel")) {
            ps.setString(1, itemId);
            ps.setString(2, OutboxAction.PUBLISH.name());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private long insertOutbox(String itemId, String channel, OutboxAction action, int version, String payload,
                              OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_outbox (item_id, channel, action, version, "
                + "idempotency_key, payload, status, attempts, next_attempt_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, itemId);
            ps.setString(2, channel);
            ps.setString(3, action.name());
            ps.setInt(4, version);
            ps.setString(5, IdempotencyKeys.of(itemId, channel, version, action));
            ps.setString(6, payload);
            ps.setString(7, DeliveryStatus.QUEUED.name());
            ps.setObject(8, now);
            ps.setObject(9, now);
            ps.setObject(10, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long insertObligation(String key, ObligationKind kind, String title, String stepId, String matterId,
                                  String itemId, String catalogueItemId, LocalDate start, DueDate due,
                                  OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_obligation (" + OBLIGATION_COLUMNS_INSERT
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            bindObligation(ps, 1, key, kind, title, stepId, matterId, itemId, catalogueItemId, start, due, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Binds the 14 parameters of {@link #OBLIGATION_COLUMNS_INSERT} from {@code first}; returns the next index. */
    private static int bindObligation(PreparedStatement ps, int first, String key, ObligationKind kind, String title,
                                      String stepId, String matterId, String itemId, String catalogueItemId,
                                      LocalDate start, DueDate due, OffsetDateTime now) throws SQLException {
        int i = first;
        ps.setString(i++, key);
        ps.setString(i++, stepId);
        ps.setString(i++, matterId);
        ps.setString(i++, itemId);
        ps.setString(i++, catalogueItemId);
        ps.setString(i++, kind.name());
        ps.setString(i++, title);
        ps.setString(i++, ObligationStatus.OPEN.name());
        ps.setDate(i++, Date.valueOf(start));
        ps.setDate(i++, Date.valueOf(due.due()));
        ps.setBoolean(i++, due.provisional());
        ps.setString(i++, due.calendarVersion());
        ps.setString(i++, due.rule());
        ps.setObject(i++, now);
        return i;
    }

    private void setObligations(String itemId, ObligationKind kind, ObligationStatus from, ObligationStatus to,
                                String exemption) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_obligation SET status = ?, exemption = ?, "
                + "closed_at = ? WHERE item_id = ? AND kind = ? AND status = ?")) {
            ps.setString(1, to.name());
            if (exemption == null) {
                ps.setNull(2, Types.VARCHAR);
            } else {
                ps.setString(2, exemption);
            }
            ps.setObject(3, to == ObligationStatus.OPEN ? null : now(), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(4, itemId);
            ps.setString(5, kind.name());
            ps.setString(6, from.name());
            ps.executeUpdate();
        }
    }

    private List<Obligation> obligationsWhere(String where, String arg) throws SQLException {
        return readObligations(c, "SELECT " + OBLIGATION_COLUMNS + " FROM zwgk_obligation WHERE " + where
                + " ORDER BY id", arg);
    }

    static final String OBLIGATION_COLUMNS = "id, obligation_key, kind, status, title, step_id, matter_id, item_id, "
            + "catalogue_item_id, start_on, due_on, provisional, calendar_version, rule_text, exemption";

    /** Reads obligations with a query selecting {@link #OBLIGATION_COLUMNS}; {@code args} bind in order. */
    public static List<Obligation> readObligations(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(zwgk.clock());
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoreException db(String op, SQLException e) {
        return new StoreException(StoreErrors.DATABASE_ERROR, e, op, StoreException.describe(e));
    }
}
