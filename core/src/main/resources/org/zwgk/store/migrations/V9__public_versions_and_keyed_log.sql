-- 部分公开 done right, and a record that proves itself (docs/redaction.md).
--
-- The public version of a partially disclosed item (Art. 37): the text and files that may leave, with the record of
-- each redaction (category, legal ground, where). The original stays in zwgk_item / zwgk_attachment and never
-- enters an outbox payload; a 部分公开 item is published only from its public version.
CREATE TABLE zwgk_public_version (
    item_id            VARCHAR(200) NOT NULL PRIMARY KEY,
    title              VARCHAR(1000) NOT NULL,
    content            ${text} NOT NULL,
    redactions         ${text} NOT NULL,
    prepared_by        VARCHAR(200) NOT NULL,
    created_at         ${timestamp} NOT NULL
);

CREATE TABLE zwgk_public_attachment (
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

-- Screening findings a reviewer accepted (a value that must stay, e.g. an office phone number), with the reason;
-- the acceptance is also an event on the item's chain.
CREATE TABLE zwgk_finding_acceptance (
    item_id            VARCHAR(200) NOT NULL,
    fingerprint        VARCHAR(128) NOT NULL,
    accepted_by        VARCHAR(200) NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    accepted_at        ${timestamp} NOT NULL,
    PRIMARY KEY (item_id, fingerprint)
);

-- How an event's hash was made: 'sha256' (unkeyed, as before V9) or 'hmac-sha256:<key id>' with zwgk.log.key.
ALTER TABLE zwgk_event ADD COLUMN mac_alg VARCHAR(40) DEFAULT 'sha256' NOT NULL;

-- The digest of the queued payload (HMAC-SHA256 with zwgk.log.key, else SHA-256): the dispatcher refuses a payload
-- changed after it was queued; NULL for entries queued before V9.
ALTER TABLE zwgk_outbox ADD COLUMN payload_mac VARCHAR(100);
