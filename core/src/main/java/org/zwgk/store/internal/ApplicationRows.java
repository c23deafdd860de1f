package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code zwgk_request_application}, {@code zwgk_request_event} (applications for disclosure, append-only events)
 * and {@code zwgk_report_period_lock}. The request package turns rows into applications and back.
 */
public final class ApplicationRows {

    public ApplicationRows() {
    }

    /** The registration columns of an application (applicant data: personal, never logged). */
    public record Registered(String id, String body, String applicantType, String applicantName,
                             String applicantIdDocument, String applicantContact, String request, String channel,
                             LocalDate receivedOn) {
    }

    /** One stored event. */
    public record Event(String kind, LocalDate on, String payload) {
    }

    /** An application as stored: registration, version, events in order. */
    public record Stored(Registered registration, long version, List<Event> events) {
    }

    public void insert(Connection c, Registered r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_request_application (id, body, "
                + "applicant_type, applicant_name, applicant_id_document, applicant_contact, request_text, channel, "
                + "received_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.body());
            ps.setString(3, r.applicantType());
            ps.setString(4, r.applicantName());
            ps.setString(5, r.applicantIdDocument());
            ps.setString(6, r.applicantContact());
            ps.setString(7, r.request());
            ps.setString(8, r.channel());
            ps.setDate(9, Date.valueOf(r.receivedOn()));
            ps.executeUpdate();
        }
    }

    /** Optimistic lock: increments the version if it is still {@code expected}; false otherwise. */
    public boolean bumpVersion(Connection c, String id, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE zwgk_request_application SET version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setString(1, id);
            ps.setLong(2, expected);
            return ps.executeUpdate() == 1;
        }
    }

    /** The stored version, or -1 when there is no such application. */
    public long version(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM zwgk_request_application WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public int eventCount(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM zwgk_request_event WHERE application_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Appends events with sequence numbers from {@code firstSeq}. */
    public void appendEvents(Connection c, String id, int firstSeq, List<Event> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_request_event "
                + "(application_id, seq, kind, on_date, payload) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                ps.setString(1, id);
                ps.setInt(2, firstSeq + i);
                ps.setString(3, e.kind());
                ps.setDate(4, Date.valueOf(e.on()));
                ps.setString(5, e.payload());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<Stored> byId(Connection c, String id) throws SQLException {
        return query(c, " WHERE a.id = ?", id);
    }

    public List<Stored> byBody(Connection c, String body) throws SQLException {
        return query(c, " WHERE a.body = ?", body);
    }

    public List<Stored> all(Connection c) throws SQLException {
        return query(c, "", null);
    }

    private List<Stored> query(Connection c, String where, String arg) throws SQLException {
        String sql = "SELECT a.id, a.body, a.applicant_type, a.applicant_name, a.applicant_id_document, "
                + "a.applicant_contact, a.request_text, a.channel, a.received_on, a.version, e.seq, e.kind, e.on_date, "
                + "e.payload FROM zwgk_request_application a LEFT JOIN zwgk_request_event e "
                + "ON e.application_id = a.id" + where + " ORDER BY a.id, e.seq";
        Map<String, Registered> regs = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        Map<String, List<Event>> events = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!regs.containsKey(id)) {
                        regs.put(id, new Registered(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getDate(9).toLocalDate()));
                        versions.put(id, rs.getLong(10));
                        events.put(id, new ArrayList<>());
                    }
                    String kind = rs.getString(12);
                    if (kind != null) {
                        events.get(id).add(new Event(kind, rs.getDate(13).toLocalDate(), rs.getString(14)));
                    }
                }
            }
        }
        List<Stored> out = new ArrayList<>();
        regs.forEach((id, r) -> out.add(new Stored(r, versions.get(id), events.get(id))));
        return out;
    }

    /** The day the annual report of (body, year) was issued, if it was (the period lock). */
    public Optional<LocalDate> issuedOn(Connection c, String body, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT issued_on FROM zwgk_report_period_lock WHERE body = ? AND report_year = ?")) {
            ps.setString(1, body);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getDate(1).toLocalDate()) : Optional.empty();
            }
        }
    }

    public void lock(Connection c, String body, int year, LocalDate issuedOn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO zwgk_report_period_lock (body, report_year, issued_on) VALUES (?, ?, ?)")) {
            ps.setString(1, body);
            ps.setInt(2, year);
            ps.setDate(3, Date.valueOf(issuedOn));
            ps.executeUpdate();
        }
    }
}
