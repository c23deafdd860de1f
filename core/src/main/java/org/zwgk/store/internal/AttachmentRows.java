package org.zwgk.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code zwgk_attachment}, the files registered with an item, and {@code zwgk_public_attachment}, the files of a
 * partially disclosed item's public version; both with their SHA-256 digests.
 */
public final class AttachmentRows {

    private final String table;

    private AttachmentRows(String table) {
        this.table = table;
    }

    /** The original files, as registered. */
    static AttachmentRows original() {
        return new AttachmentRows("zwgk_attachment");
    }

    /** The files of public versions (部分公开). */
    static AttachmentRows publicVersion() {
        return new AttachmentRows("zwgk_public_attachment");
    }

    /** Removes the item's files (a public version replaced before publication). */
    public void deleteAll(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE item_id = ?")) {
            ps.setString(1, itemId);
            ps.executeUpdate();
        }
    }

    /** One stored file. {@code content} is null where only the manifest was read. */
    public record StoredFile(int position, String fileName, String mediaType, long size, String sha256,
                             byte[] content) {
        /** The manifest entry of this file (no content). */
        public OutboxPayload.FileRef ref() {
            return new OutboxPayload.FileRef(position, fileName, mediaType, size, sha256);
        }
    }

    public void insert(Connection c, String itemId, List<StoredFile> files, OffsetDateTime now) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (item_id, position, file_name, "
                + "media_type, size_bytes, sha256, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredFile f : files) {
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

    /** The item's files without their content, in position order: what a queued publication refers to. */
    public List<OutboxPayload.FileRef> manifest(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position, file_name, media_type, size_bytes, sha256 "
                + "FROM " + table + " WHERE item_id = ? ORDER BY position")) {
            ps.setString(1, itemId);
            List<OutboxPayload.FileRef> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OutboxPayload.FileRef(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5)));
                }
            }
            return out;
        }
    }

    /** The item's files with their content as stored now (the digest column as stored, not recomputed). */
    public List<StoredFile> read(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position, file_name, media_type, size_bytes, sha256, "
                + "content FROM " + table + " WHERE item_id = ? ORDER BY position")) {
            ps.setString(1, itemId);
            List<StoredFile> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getBytes(6)));
                }
            }
            return out;
        }
    }
}
