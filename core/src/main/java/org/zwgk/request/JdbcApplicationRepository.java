package org.zwgk.request;

import org.zwgk.timelimit.ReceiptRules;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.zwgk.request.internal.EventCodec;
import org.zwgk.spi.ZwgkException;

/**
 * Applications in a relational database (H2 or PostgreSQL) as a registration row plus an append-only event table;
 * the state is rebuilt (and re-checked) from the events on load. Saving is one transaction with optimistic locking
 * on the version column. Also the {@link PeriodLocks} table ({@link #periodLocks()}).
 *
 * <p>Errors never echo row contents: SQL messages can contain bound values (applicant data), so only the SQL state
 * is reported.
 */
public final class JdbcApplicationRepository implements ApplicationRepository {

    private final DataSource dataSource;

    public JdbcApplicationRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Brings the schema up to date through the store's one migration list ({@code org.zwgk.store.Migrations};
     * the application tables are migration {@code V2__requests.sql}); idempotent.
     */
    public JdbcApplicationRepository migrate() {
        org.zwgk.store.ZwgkStore.open(dataSource, java.time.Clock.systemUTC());
        return this;
    }

    @Override
    public Application save(Application a) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int stored;
                if (a.version() == 0) {
                    insertRegistration(c, a.registration());
                    stored = 0;
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE zwgk_request_application SET version = version + 1 WHERE id = ? AND version = ?")) {
                        ps.setString(1, a.id().value());
                        ps.setLong(2, a.version());
                        if (ps.executeUpdate() != 1) {
                            c.rollback();
                            throw new ZwgkException(RequestErrors.CONCURRENT_CHANGE, a.id(), currentVersion(c, a.id()));
                        }
                    }
                    stored = eventCount(c, a.id());
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_request_event "
                        + "(application_id, seq, kind, on_date, payload) VALUES (?, ?, ?, ?, ?)")) {
                    List<ApplicationEvent> events = a.events();
                    for (int i = stored; i < events.size(); i++) {
                        ApplicationEvent e = events.get(i);
                        ps.setString(1, a.id().value());
                        ps.setInt(2, i);
                        ps.setString(3, e.kind());
                        ps.setDate(4, Date.valueOf(e.on()));
                        ps.setString(5, EventCodec.payload(e));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState()) && a.version() == 0) {
                    throw new ZwgkException(RequestErrors.DUPLICATE_APPLICATION, a.id());
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return Application.restore(a.registration(), a.events(), a.version() + 1);
    }

    private static void insertRegistration(Connection c, Registration r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_request_application (id, body, "
                + "applicant_type, applicant_name, applicant_id_document, applicant_contact, request_text, channel, "
                + "received_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            ps.setString(1, r.id().value());
            ps.setString(2, r.body());
            ps.setString(3, r.applicant().type().name());
            ps.setString(4, r.applicant().name());
            ps.setString(5, r.applicant().idDocument());
            ps.setString(6, r.applicant().contact());
            ps.setString(7, r.request());
            ps.setString(8, r.channel().name());
            ps.setDate(9, Date.valueOf(r.receivedOn()));
            ps.executeUpdate();
        }
    }

    private static long currentVersion(Connection c, ApplicationId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM zwgk_request_application WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static int eventCount(Connection c, ApplicationId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM zwgk_request_event WHERE application_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        List<Application> found = query(" WHERE a.id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Application> findByBody(String body) {
        return query(" WHERE a.body = ?", body);
    }

    @Override
    public List<Application> findAll() {
        return query("", null);
    }

    private List<Application> query(String where, String arg) {
        String sql = "SELECT a.id, a.body, a.applicant_type, a.applicant_name, a.applicant_id_document, "
                + "a.applicant_contact, a.request_text, a.channel, a.received_on, a.version, e.seq, e.kind, e.on_date, "
                + "e.payload FROM zwgk_request_application a LEFT JOIN zwgk_request_event e "
                + "ON e.application_id = a.id" + where + " ORDER BY a.id, e.seq";
        Map<String, Registration> regs = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        Map<String, List<ApplicationEvent>> events = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!regs.containsKey(id)) {
                        regs.put(id, new Registration(ApplicationId.of(id), rs.getString(2),
                                new Applicant(ApplicantType.valueOf(rs.getString(3)), rs.getString(4),
                                        rs.getString(5), rs.getString(6)),
                                rs.getString(7), ReceiptRules.Channel.valueOf(rs.getString(8)),
                                rs.getDate(9).toLocalDate()));
                        versions.put(id, rs.getLong(10));
                        events.put(id, new ArrayList<>());
                    }
                    String kind = rs.getString(12);
                    if (kind != null) {
                        LocalDate on = rs.getDate(13).toLocalDate();
                        events.get(id).add(EventCodec.event(kind, on, rs.getString(14)));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new ZwgkException(RequestErrors.STORE_FAILURE, e, "event payload");
        }
        List<Application> out = new ArrayList<>();
        regs.forEach((id, r) -> out.add(Application.restore(r, events.get(id), versions.get(id))));
        return out;
    }

    /** The period locks kept in the same database. */
    public PeriodLocks periodLocks() {
        return new PeriodLocks() {
            @Override
            public Optional<LocalDate> issuedOn(String body, int year) {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "SELECT issued_on FROM zwgk_report_period_lock WHERE body = ? AND report_year = ?")) {
                    ps.setString(1, body);
                    ps.setInt(2, year);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getDate(1).toLocalDate()) : Optional.empty();
                    }
                } catch (SQLException e) {
                    throw failure(e);
                }
            }

            @Override
            public void lock(String body, int year, LocalDate issuedOn) {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO zwgk_report_period_lock (body, report_year, issued_on) VALUES (?, ?, ?)")) {
                    ps.setString(1, body);
                    ps.setInt(2, year);
                    ps.setDate(3, Date.valueOf(issuedOn));
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw failure(e);
                }
            }
        };
    }

    private static ZwgkException failure(SQLException e) {
        // the SQL message may contain bound values (personal data): report the SQL state only
        return new ZwgkException(RequestErrors.STORE_FAILURE, "SQLState " + e.getSQLState() + ", code "
                + e.getErrorCode());
    }
}
