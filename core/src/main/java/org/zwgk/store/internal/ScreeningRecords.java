package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code zwgk_screening_record}: the personal-data screening of each item's newest publication (V12), written by the
 * gate when a publication passes its screening and read by the self-check, which screens again only what a record
 * does not vouch for.
 */
public final class ScreeningRecords {

    /** Longest list a row holds; a screening with more findings is not recorded (the check screens it again). */
    static final int MAX_CHARS = 1_000_000;

    ScreeningRecords() {
    }

    /**
     * The screening of {@code version} of an item by the screener with signature {@code screening}: the
     * fingerprints of all its findings, and the values {@code DETECTOR:masked} of those that are values.
     */
    public record Screened(String itemId, int version, String screening, Set<String> fingerprints,
                           Set<String> maskedValues) {
        public Screened {
            fingerprints = Set.copyOf(fingerprints);
            maskedValues = Set.copyOf(maskedValues);
        }
    }

    /**
     * Records the screening of the version being published, replacing the item's record; none when its lists are too
     * long to keep (the check then screens the item itself).
     */
    public void record(Connection c, Screened s, OffsetDateTime now) throws SQLException {
        String fingerprints = String.join("\n", s.fingerprints().stream().sorted().toList());
        String values = String.join("\n", s.maskedValues().stream().sorted().toList());
        delete(c, s.itemId());
        if (fingerprints.length() > MAX_CHARS || values.length() > MAX_CHARS) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zwgk_screening_record (item_id, version, "
                + "screening, fingerprints, masked_values, screened_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.itemId());
            ps.setInt(2, s.version());
            ps.setString(3, s.screening());
            ps.setString(4, fingerprints);
            ps.setString(5, values);
            ps.setObject(6, now);
            ps.executeUpdate();
        }
    }

    /** Removes the item's record: its newest publication was not screened. */
    public void delete(Connection c, String itemId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM zwgk_screening_record WHERE item_id = ?")) {
            del.setString(1, itemId);
            del.executeUpdate();
        }
    }

    /** Every item's record, by item id. */
    public Map<String, Screened> all(Connection c) throws SQLException {
        Map<String, Screened> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, version, screening, fingerprints, "
                + "masked_values FROM zwgk_screening_record");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Screened(rs.getString(1), rs.getInt(2), rs.getString(3),
                        lines(rs.getString(4)), lines(rs.getString(5))));
            }
        }
        return out;
    }

    private static Set<String> lines(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : s.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }
}
