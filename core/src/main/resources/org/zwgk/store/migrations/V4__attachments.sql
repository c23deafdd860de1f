-- Attachments (附件) registered with an item and its 有效性 (validity). Content is stored in the host's
-- transaction, with its SHA-256 recorded at registration; the dispatcher reads the files by item id and refuses a
-- publication whose files no longer match the digests in the queued payload. ${blob} is BLOB on H2 and BYTEA on
-- PostgreSQL (Dialect).
CREATE TABLE zwgk_attachment (
    item_id            VARCHAR(200) NOT NULL,
    position           INTEGER NOT NULL,
    file_name          VARCHAR(800) NOT NULL,
    media_type         VARCHAR(200) NOT NULL,
    size_bytes         BIGINT NOT NULL,
    sha256             VARCHAR(64) NOT NULL,
    content            ${blob} NOT NULL,
    created_at         ${timestamp} NOT NULL,
    PRIMARY KEY (item_id, position)
);

-- Items registered before V4 were all published as 有效 (the value was fixed), so VALID is their true value.
ALTER TABLE zwgk_item ADD COLUMN validity VARCHAR(16) DEFAULT 'VALID' NOT NULL;
