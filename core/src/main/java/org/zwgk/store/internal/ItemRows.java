package org.zwgk.store.internal;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zwgk.classify.Classification;
import org.zwgk.classify.SecrecyReview;
import org.zwgk.gate.Disclosure;
import org.zwgk.gate.DisclosureColumn;
import org.zwgk.gate.Validity;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.store.Dialect;

/** {@code zwgk_item}: registered information, its classification, review, version and state. */
public final class ItemRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String INSERT = "INSERT INTO zwgk_item (item_id, body_code, catalogue_item_id, title, "
            + "content, publisher, document_number, formed_on, policy_document, state, version, channels, log_head, "
            + "log_length, created_at, updated_at, validity, report_kind, disclosure_column) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?, ?, ?, ?, ?)";

    private static final String COLUMNS = "item_id, body_code, catalogue_item_id, title, content, publisher, "
            + "document_number, formed_on, policy_document, index_number, state, version, channels, attribute, "
            + "redactions, review_outcome, validity, proposer, decided_on, disclosure_column";

    private final Dialect dialect;

    ItemRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Inserts a new item whose first event has hash {@code logHead}; false when the id is taken. */
    public boolean insertIfAbsent(Connection c, Disclosure d, List<String> channels, String logHead,
                                  OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIfAbsent(INSERT, "item_id"))) {
            bindInsert(ps, d, channels, logHead, now);
            return dialect.executeInsertIfAbsent(ps);
        }
    }

    /** Binds the 17 parameters of {@link #INSERT} from parameter 1; returns the next index. */
    static int bindInsert(PreparedStatement ps, Disclosure d, List<String> channels, String logHead,
                          OffsetDateTime now) throws SQLException {
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
        ps.setString(12, logHead);
        ps.setObject(13, now);
        ps.setObject(14, now);
        ps.setString(15, d.validity().name());
        // Typed null: PostgreSQL must know the parameter's type even inside the one-statement CTE.
        if (d.reportKind() == null) {
            ps.setNull(16, Types.VARCHAR);
        } else {
            ps.setString(16, d.reportKind().name());
        }
        // The statutory content (the default) is stored as NULL, as for items registered before V10.
        if (d.column() == DisclosureColumn.STATUTORY) {
            ps.setNull(17, Types.VARCHAR);
        } else {
            ps.setString(17, d.column().name());
        }
        return 18;
    }

    public boolean exists(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM zwgk_item WHERE item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Reads the item and locks its row for the rest of the transaction: serialises every change of one item (and
     * of its event chain and outbox entries) — the gate, the dispatcher and the deadline monitor all lock it first.
     */
    public Optional<ItemRecord> lock(Connection c, String itemId) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM zwgk_item WHERE item_id = ? FOR UPDATE", itemId);
    }

    /** Reads the item without locking it (a consistent snapshot of one row). */
    public Optional<ItemRecord> find(Connection c, String itemId) throws SQLException {
        return read(c, "SELECT " + COLUMNS + " FROM zwgk_item WHERE item_id = ?", itemId);
    }

    /** What the dispatcher re-checks right before it calls a channel: the item's state, version and policy. */
    public record Policy(LifecycleState state, int version, DisclosureAttribute attribute, String reviewOutcome,
                         int redactionCount, boolean hasPublicVersion) {
    }

    /** The item's {@link Policy}, without locking it and without reading its content. */
    public Optional<Policy> policy(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.state, i.version, i.attribute, i.review_outcome, "
                + "i.redactions, CASE WHEN EXISTS (SELECT 1 FROM zwgk_public_version p WHERE p.item_id = i.item_id) "
                + "THEN 1 ELSE 0 END FROM zwgk_item i WHERE i.item_id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String a = rs.getString(3);
                return Optional.of(new Policy(LifecycleState.valueOf(rs.getString(1)), rs.getInt(2),
                        a == null ? null : DisclosureAttribute.valueOf(a), rs.getString(4),
                        countRedactions(rs.getString(5)), rs.getInt(6) == 1));
            }
        }
    }

    /** Locks the item row and returns its state only (the dispatcher's lock before it records a delivery). */
    public Optional<LifecycleState> lockState(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM zwgk_item WHERE item_id = ? FOR UPDATE")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(LifecycleState.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private Optional<ItemRecord> read(Connection c, String sql, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String a = rs.getString(14);
                return Optional.of(new ItemRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate(),
                        rs.getBoolean(9), rs.getString(10), LifecycleState.valueOf(rs.getString(11)), rs.getInt(12),
                        Arrays.asList(rs.getString(13).split(",")), a == null ? null : DisclosureAttribute.valueOf(a),
                        countRedactions(rs.getString(15)), rs.getString(16), Validity.valueOf(rs.getString(17)),
                        rs.getString(18), rs.getDate(19) == null ? null : rs.getDate(19).toLocalDate(),
                        column(rs.getString(20))));
            }
        }
    }

    /** A stored column: NULL is the statutory content. */
    static DisclosureColumn column(String stored) {
        return stored == null ? DisclosureColumn.STATUTORY : DisclosureColumn.valueOf(stored);
    }

    /** Entries of a stored redaction record; an unreadable record counts as none (publication is then refused). */
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

    /** Records the attribute decision; a re-classification clears the secrecy review. */
    public void classify(Connection c, String itemId, Classification cl, OffsetDateTime now) throws SQLException {
        String redactions;
        try {
            redactions = JSON.writeValueAsString(cl.redactions().stream().map(r -> Map.of("removed", r.removed(),
                    "ground", r.ground().name(), "reason", r.reason())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET attribute = ?, grounds = ?, "
                + "reason = ?, third_party_override = ?, redactions = ?, proposer = ?, office_reviewer = ?, "
                + "decider = ?, decided_on = ?, review_outcome = NULL, review_reviewer = NULL, "
                + "review_signer = NULL, review_on = NULL, review_remarks = NULL, state = ?, updated_at = ? "
                + "WHERE item_id = ?")) {
            ps.setString(1, cl.attribute().name());
            ps.setString(2, cl.grounds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            ps.setString(3, cl.reason());
            ps.setString(4, cl.thirdPartyOverride() == null ? null : cl.thirdPartyOverride().name());
            ps.setString(5, redactions);
            ps.setString(6, cl.proposer());
            ps.setString(7, cl.reviewer());
            ps.setString(8, cl.decider());
            ps.setDate(9, Date.valueOf(cl.decidedOn()));
            ps.setString(10, LifecycleState.CLASSIFIED.name());
            ps.setObject(11, now);
            ps.setString(12, itemId);
            ps.executeUpdate();
        }
    }

    /** Records the secrecy review and the state it leads to. */
    public void review(Connection c, String itemId, SecrecyReview r, LifecycleState to, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET review_outcome = ?, "
                + "review_reviewer = ?, review_signer = ?, review_on = ?, review_remarks = ?, state = ?, "
                + "updated_at = ? WHERE item_id = ?")) {
            ps.setString(1, r.outcome().name());
            ps.setString(2, r.reviewer());
            ps.setString(3, r.signer());
            ps.setDate(4, Date.valueOf(r.reviewedOn()));
            ps.setString(5, r.remarks());
            ps.setString(6, to.name());
            ps.setObject(7, now);
            ps.setString(8, itemId);
            ps.executeUpdate();
        }
    }

    /** Clears the secrecy review (the item goes back to CLASSIFIED): what it reviewed has changed. */
    public void clearReview(Connection c, String itemId, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET review_outcome = NULL, "
                + "review_reviewer = NULL, review_signer = NULL, review_on = NULL, review_remarks = NULL, state = ?, "
                + "updated_at = ? WHERE item_id = ?")) {
            ps.setString(1, LifecycleState.CLASSIFIED.name());
            ps.setObject(2, now);
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
    }

    /** A version was queued for publication: its number, the index number, state PUBLISHED. */
    public void published(Connection c, String itemId, String indexNumber, int version, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zwgk_item SET index_number = ?, version = ?, "
                + "state = ?, updated_at = ? WHERE item_id = ?")) {
            ps.setString(1, indexNumber);
            ps.setInt(2, version);
            ps.setString(3, LifecycleState.PUBLISHED.name());
            ps.setObject(4, now);
            ps.setString(5, itemId);
            ps.executeUpdate();
        }
    }

    public void setState(Connection c, String itemId, LifecycleState s, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_item SET state = ?, updated_at = ? WHERE item_id = ?")) {
            ps.setString(1, s.name());
            ps.setObject(2, now);
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
    }

    /** A withheld, on-request or partially disclosed item whose decision is due for re-assessment (Art. 18). */
    public record Decided(String itemId, String title, DisclosureAttribute attribute, String grounds, String reason,
                          LocalDate decidedOn) {
    }

    /** Items classified 不予公开, 依申请公开 or 部分公开 on or before {@code cutoff}, oldest decision first. */
    public List<Decided> decidedNotFullyPublic(Connection c, LocalDate cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, title, attribute, grounds, reason, decided_on "
                + "FROM zwgk_item WHERE attribute IN ('WITHHELD', 'ON_REQUEST', 'PARTIAL') AND decided_on <= ? "
                + "ORDER BY decided_on, item_id")) {
            ps.setDate(1, Date.valueOf(cutoff));
            List<Decided> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Decided(rs.getString(1), rs.getString(2), DisclosureAttribute.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate()));
                }
            }
            return out;
        }
    }

    /** How many items are in each lifecycle state (states without items are absent). */
    public Map<LifecycleState, Integer> countByState(Connection c) throws SQLException {
        Map<LifecycleState, Integer> out = new EnumMap<>(LifecycleState.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT state, COUNT(*) FROM zwgk_item GROUP BY state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(LifecycleState.valueOf(rs.getString(1)), rs.getInt(2));
            }
        }
        return out;
    }

    /** One item section 二 of the annual report may count: its kind, formation date and withdrawal time if any. */
    public record ReportRow(String itemId, String reportKind, LocalDate formedOn, java.time.Instant withdrawnAt) {
    }

    /**
     * Published (or later withdrawn) proactive or partial items of {@code bodyCode} with a report kind, formed on or
     * before {@code last}, in item id order, each with the time of its withdrawal event if it has one.
     */
    public List<ReportRow> reportRows(Connection c, String bodyCode, LocalDate last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.item_id, i.report_kind, i.formed_on, e.at "
                + "FROM zwgk_item i LEFT JOIN zwgk_event e ON e.item_id = i.item_id AND e.event_type = 'WITHDRAWN' "
                + "WHERE i.body_code = ? AND i.report_kind IS NOT NULL AND i.formed_on <= ? "
                + "AND i.state IN ('PUBLISHED', 'INTERPRETED', 'ARCHIVED', 'WITHDRAWN') "
                + "AND i.attribute IN ('PROACTIVE', 'PARTIAL') ORDER BY i.item_id")) {
            ps.setString(1, bodyCode);
            ps.setDate(2, Date.valueOf(last));
            List<ReportRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            Jdbc.instant(rs, 4)));
                }
            }
            return out;
        }
    }

    /** Sets the 五公开 stage of a host matter, creating its row on first use. */
    public void matterStage(Connection c, String matterId, String stage, OffsetDateTime now) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_matter SET stage = ?, updated_at = ? WHERE matter_id = ?")) {
            ps.setString(1, stage);
            ps.setObject(2, now);
            ps.setString(3, matterId);
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO zwgk_matter (matter_id, stage, updated_at) VALUES (?, ?, ?)")) {
                ps.setString(1, matterId);
                ps.setString(2, stage);
                ps.setObject(3, now);
                ps.executeUpdate();
            }
        }
    }
}
