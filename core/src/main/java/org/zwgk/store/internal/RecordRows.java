package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The reads of a record verification: every item's and public version's text, and every queued payload. */
public final class RecordRows {

    public RecordRows() {
    }

    /** Receives one text row. */
    public interface TextRow {
        void accept(String itemId, String title, String content);
    }

    /** Receives one publication payload. */
    public interface PayloadRow {
        void accept(long entryId, String itemId, int version, String payload);
    }

    public void items(Connection c, TextRow row) throws SQLException {
        scan(c, "SELECT item_id, title, content FROM zwgk_item ORDER BY item_id", row);
    }

    public void publicVersions(Connection c, TextRow row) throws SQLException {
        scan(c, "SELECT item_id, title, content FROM zwgk_public_version ORDER BY item_id", row);
    }

    public AttachmentRows attachments() {
        return AttachmentRows.original();
    }

    public AttachmentRows publicAttachments() {
        return AttachmentRows.publicVersion();
    }

    /** Publication entries with their payloads, in id order. */
    public void publicationPayloads(Connection c, PayloadRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, version, payload FROM zwgk_outbox "
                + "WHERE action = 'PUBLISH' ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.accept(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4));
            }
        }
    }

    private static void scan(Connection c, String sql, TextRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.accept(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }
}
