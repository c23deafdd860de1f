package org.zwgk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The oracle of V13's delivery times: every outbox entry's {@code accepted_at} and {@code live_at} are the first
 * DELIVERED events of the entry's key with that status, as the event log says (parsed here in Java, independently
 * of the dispatcher's UPDATE and of the migration's SQL), and null when there is none; withdrawals carry neither.
 */
public final class DeliveryTimes {

    /** One entry's two times. */
    public record Times(Instant acceptedAt, Instant liveAt) {
    }

    private DeliveryTimes() {
    }

    /** The times the outbox keeps, by idempotency key. */
    public static Map<String, Times> kept(DataSource ds) throws SQLException {
        Map<String, Times> out = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT idempotency_key, accepted_at, live_at FROM zwgk_outbox")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Times(instant(rs, 2), instant(rs, 3)));
            }
        }
        return out;
    }

    /** The times the event log implies, for every key in the outbox. */
    public static Map<String, Times> logged(DataSource ds) throws SQLException {
        Map<String, Times> out = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT idempotency_key FROM zwgk_outbox")) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Times(null, null));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT at, details FROM zwgk_event WHERE event_type = 'DELIVERED'")) {
                while (rs.next()) {
                    Instant at = instant(rs, 1);
                    Map<String, String> d = details(rs.getString(2));
                    out.computeIfPresent(d.get("key"), (k, t) -> switch (d.get("status")) {
                        case "ACCEPTED" -> new Times(earlier(t.acceptedAt(), at), t.liveAt());
                        case "LIVE" -> new Times(t.acceptedAt(), earlier(t.liveAt(), at));
                        default -> t;
                    });
                }
            }
        }
        return out;
    }

    /** Asserts that the outbox keeps exactly the times the log implies, and that some were kept at all. */
    public static void assertKeptAsLogged(DataSource ds, String where) throws SQLException {
        Map<String, Times> kept = kept(ds);
        Map<String, Times> logged = logged(ds);
        assertThat(kept.keySet()).as(where).isEqualTo(logged.keySet());
        java.util.List<String> differ = kept.keySet().stream().filter(k -> !kept.get(k).equals(logged.get(k)))
                .sorted().map(k -> k + ": kept " + kept.get(k) + ", logged " + logged.get(k)).toList();
        assertThat(differ).as(where + ": outbox delivery times (V13) against the DELIVERED events").isEmpty();
        assertThat(kept.values()).as(where + ": some entry went live").anyMatch(t -> t.liveAt() != null);
    }

    private static Map<String, String> details(String details) {
        Map<String, String> out = new HashMap<>();
        for (String part : details.split("; ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
