package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.zwgk.gate.DisclosureColumn;
import org.zwgk.gate.ObligationKind;
import org.zwgk.gate.ObligationStatus;
import org.zwgk.lifecycle.LifecycleState;
import org.zwgk.publish.OutboxAction;
import org.zwgk.spi.channel.DeliveryStatus;
import org.zwgk.spi.channel.DisclosureAttribute;

/**
 * What the self-check ({@code org.zwgk.check}) reads: every table once, in bulk, without the heavy columns it does not
 * need (content is streamed only where personal data is looked for). Read-only; one query per fact, so the check's
 * cost grows with the rows, never with rows times rows.
 */
public final class CheckRows {

    CheckRows() {
    }

    /** An item without its content. {@code createdAt} is its registration. */
    public record ItemFact(String itemId, String catalogueItemId, String title, String documentNumber,
                           LocalDate formedOn, boolean policyDocument, String indexNumber, LifecycleState state,
                           int version, List<String> channels, DisclosureAttribute attribute, Instant createdAt,
                           DisclosureColumn column) {
        public ItemFact {
            channels = List.copyOf(channels);
        }

        /** The same item under another title (the check prints titles masked). */
        public ItemFact withTitle(String t) {
            return new ItemFact(itemId, catalogueItemId, t, documentNumber, formedOn, policyDocument, indexNumber,
                    state, version, channels, attribute, createdAt, column);
        }
    }

    /**
     * Every item, in id order, with the title the public saw: a 部分公开 item's public-version title, never the
     * original's (the report is shared; a redacted title must not come back through it).
     */
    public List<ItemFact> items(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.item_id, i.catalogue_item_id, "
                + "COALESCE(p.title, i.title), i.document_number, i.formed_on, i.policy_document, i.index_number, "
                + "i.state, i.version, i.channels, i.attribute, i.created_at, i.disclosure_column FROM zwgk_item i "
                + "LEFT JOIN zwgk_public_version p ON p.item_id = i.item_id AND i.attribute = 'PARTIAL' ORDER BY i.item_id")) {
            List<ItemFact> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String a = rs.getString(11);
                    out.add(new ItemFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate(), rs.getBoolean(6), rs.getString(7),
                            LifecycleState.valueOf(rs.getString(8)), rs.getInt(9),
                            Arrays.asList(rs.getString(10).split(",")),
                            a == null ? null : DisclosureAttribute.valueOf(a), Jdbc.instant(rs, 12),
                            ItemRows.column(rs.getString(13))));
                }
            }
            return out;
        }
    }

    /** An obligation with the times it was created and closed (fulfilled, exempted, ended by a withdrawal). */
    public record ObligationFact(long id, String key, ObligationKind kind, ObligationStatus status, String title,
                                 String matterId, String itemId, String catalogueItemId, LocalDate startOn,
                                 LocalDate dueOn, boolean provisional, String rule, Instant createdAt,
                                 Instant closedAt) {
        /** The same obligation under another title (the check prints titles masked). */
        public ObligationFact withTitle(String t) {
            return new ObligationFact(id, key, kind, status, t, matterId, itemId, catalogueItemId, startOn, dueOn,
                    provisional, rule, createdAt, closedAt);
        }
    }

    /** Every obligation, in id order. */
    public List<ObligationFact> obligations(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, obligation_key, kind, status, title, matter_id, "
                + "item_id, catalogue_item_id, start_on, due_on, provisional, rule_text, created_at, closed_at "
                + "FROM zwgk_obligation ORDER BY id")) {
            List<ObligationFact> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ObligationFact(rs.getLong(1), rs.getString(2),
                            ObligationKind.valueOf(rs.getString(3)), ObligationStatus.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getDate(9).toLocalDate(), rs.getDate(10).toLocalDate(), rs.getBoolean(11),
                            rs.getString(12), Jdbc.instant(rs, 13), Jdbc.instant(rs, 14)));
                }
            }
            return out;
        }
    }

    /**
     * When each withdrawn item was withdrawn (its gate's {@code WITHDRAWN} event; WITHDRAWN is final, so only items in
     * that state have one), read through the (item, position) index: the check never scans the whole event log.
     */
    public Map<String, Instant> withdrawals(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.item_id, MIN(e.at) FROM zwgk_item i "
                + "JOIN zwgk_event e ON e.item_id = i.item_id AND e.event_type = 'WITHDRAWN' "
                + "WHERE i.state = 'WITHDRAWN' GROUP BY e.item_id")) {
            Map<String, Instant> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Jdbc.instant(rs, 2));
                }
            }
            return out;
        }
    }

    /**
     * An outbox entry without its payload; {@code acceptedAt} and {@code liveAt}: when its channel first accepted it
     * and when it went live (V13; null when that did not happen).
     */
    public record EntryFact(long id, String itemId, String channel, OutboxAction action, int version,
                            DeliveryStatus status, Instant createdAt, Instant updatedAt, String lastError,
                            Instant acceptedAt, Instant liveAt) {
    }

    /** Every outbox entry, per item and channel in order (the newest of an (item, channel) last). */
    public void entries(Connection c, Consumer<EntryFact> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, channel, action, version, status, "
                + "created_at, updated_at, last_error, accepted_at, live_at FROM zwgk_outbox "
                + "ORDER BY item_id, channel, id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new EntryFact(rs.getLong(1), rs.getString(2), rs.getString(3),
                            OutboxAction.valueOf(rs.getString(4)), rs.getInt(5),
                            DeliveryStatus.valueOf(rs.getString(6)), Jdbc.instant(rs, 7), Jdbc.instant(rs, 8),
                            rs.getString(9), Jdbc.instant(rs, 10), Jdbc.instant(rs, 11)));
                }
            }
        }
    }

    /** The text of an item the public can see now. */
    public record PublicText(String itemId, String title, String content) {
    }

    private static final String PUBLIC = "i.state IN ('PUBLISHED', 'INTERPRETED', 'ARCHIVED') "
            + "AND i.attribute IN ('PROACTIVE', 'PARTIAL')";

    /** Whether the public can see the item now: {@link #PUBLIC} for an item already read. */
    public static boolean isPublic(ItemFact i) {
        return (i.state() == LifecycleState.PUBLISHED || i.state() == LifecycleState.INTERPRETED
                || i.state() == LifecycleState.ARCHIVED)
                && (i.attribute() == DisclosureAttribute.PROACTIVE || i.attribute() == DisclosureAttribute.PARTIAL);
    }

    /** Ids per {@code IN (…)}: few statements, each well under every database's parameter limit. */
    static final int CHUNK = 500;

    /**
     * Title and content as published of the given items that are public now — published (or interpreted,
     * archived) and disclosed in full or in part; for a 部分公开 item with a public version, that version (the
     * original never left) — streamed in id order, so that the contents are never all in memory at once.
     */
    public void publicTexts(Connection c, List<String> itemIds, Consumer<PublicText> sink) throws SQLException {
        for (List<String> ids : chunks(itemIds)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT i.item_id, COALESCE(p.title, i.title), "
                    + "COALESCE(p.content, i.content) FROM zwgk_item i LEFT JOIN zwgk_public_version p "
                    + "ON p.item_id = i.item_id AND i.attribute = 'PARTIAL' WHERE " + PUBLIC + " AND i.item_id IN ("
                    + marks(ids) + ") ORDER BY i.item_id")) {
                bind(ps, ids);
                ps.setFetchSize(200);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new PublicText(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
        }
    }

    /** An attachment of an item that is public now, as published. */
    public record PublicFile(String itemId, String fileName, String mediaType, byte[] content) {
    }

    private static final String ORIGINAL_FILES = "zwgk_attachment a JOIN zwgk_item i ON i.item_id = a.item_id WHERE "
            + PUBLIC + " AND NOT (i.attribute = 'PARTIAL' AND EXISTS (SELECT 1 FROM zwgk_public_version p "
            + "WHERE p.item_id = i.item_id))";
    private static final String PUBLIC_VERSION_FILES = "zwgk_public_attachment a JOIN zwgk_item i "
            + "ON i.item_id = a.item_id WHERE " + PUBLIC + " AND i.attribute = 'PARTIAL'";

    /**
     * The attachments as published of the given items that are public now — the public version's files for a
     * 部分公开 item that has one, the registered files otherwise — streamed per item in position order.
     */
    public void publicFiles(Connection c, List<String> itemIds, Consumer<PublicFile> sink) throws SQLException {
        String cols = "SELECT a.item_id, a.file_name, a.media_type, a.content FROM ";
        for (List<String> ids : chunks(itemIds)) {
            String in = " AND a.item_id IN (" + marks(ids) + ") ORDER BY a.item_id, a.position";
            for (String sql : List.of(cols + ORIGINAL_FILES + in, cols + PUBLIC_VERSION_FILES + in)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, ids);
                    ps.setFetchSize(20);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sink.accept(new PublicFile(rs.getString(1), rs.getString(2), rs.getString(3),
                                    rs.getBytes(4)));
                        }
                    }
                }
            }
        }
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += CHUNK) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + CHUNK)));
        }
        return out;
    }

    private static String marks(List<String> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    private static void bind(PreparedStatement ps, List<String> ids) throws SQLException {
        for (int k = 0; k < ids.size(); k++) {
            ps.setString(k + 1, ids.get(k));
        }
    }

    /** The screening findings a reviewer accepted, per item: their fingerprints. */
    public Map<String, Set<String>> acceptedFindings(Connection c) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, fingerprint FROM zwgk_finding_acceptance");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** The JSON document attached to an item published under 政府信息公开年报. */
    public record ReportFile(String itemId, byte[] content) {
    }

    /** The JSON attachments of every item of the annual-report column (a few per year). */
    public List<ReportFile> annualReportFiles(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.item_id, a.content FROM zwgk_attachment a "
                + "JOIN zwgk_item i ON i.item_id = a.item_id WHERE i.disclosure_column = 'ANNUAL_REPORT' "
                + "AND a.media_type = 'application/json' ORDER BY a.item_id, a.position")) {
            List<ReportFile> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportFile(rs.getString(1), rs.getBytes(2)));
                }
            }
            return out;
        }
    }

    /** An issued annual report (the period lock of {@code AnnualReports.issue}). */
    public record IssuedReport(String body, int year, LocalDate issuedOn) {
    }

    /** Every issued annual report, by body and year. */
    public List<IssuedReport> issuedReports(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body, report_year, issued_on "
                + "FROM zwgk_report_period_lock ORDER BY body, report_year")) {
            List<IssuedReport> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IssuedReport(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate()));
                }
            }
            return out;
        }
    }

    /** The bodies that have applications (the annual report is theirs to issue). */
    public List<String> applicationBodies(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT body FROM zwgk_request_application ORDER BY body")) {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** When the first item was registered, null when none: zwgk knows nothing of the time before. */
    public Instant firstRegistration(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(created_at) FROM zwgk_item");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Jdbc.instant(rs, 1) : null;
        }
    }

    /** The day the first application was received, null when none. */
    public LocalDate firstApplication(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(received_on) FROM zwgk_request_application");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : null;
        }
    }
}
