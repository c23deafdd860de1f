-- zwgk core schema. Types common to H2 2.x and PostgreSQL; ${...} placeholders are filled by the Dialect
-- (the one place where databases differ), so 达梦/人大金仓 can be added without touching this file.
-- Statements are separated by a line holding only ';'-terminated statements; no procedural code.

CREATE TABLE zwgk_item (
    item_id            VARCHAR(200) NOT NULL PRIMARY KEY,
    body_code          VARCHAR(64)  NOT NULL,
    catalogue_item_id  VARCHAR(200),
    title              VARCHAR(1000) NOT NULL,
    content            ${text} NOT NULL,
    publisher          VARCHAR(400) NOT NULL,
    document_number    VARCHAR(200),
    formed_on          DATE NOT NULL,
    policy_document    BOOLEAN NOT NULL,
    index_number       VARCHAR(100),
    state              VARCHAR(32) NOT NULL,
    version            INTEGER NOT NULL,
    channels           VARCHAR(1000) NOT NULL,
    attribute          VARCHAR(32),
    grounds            VARCHAR(1000),
    reason             ${text},
    third_party_override VARCHAR(32),
    redactions         ${text},
    proposer           VARCHAR(200),
    office_reviewer    VARCHAR(200),
    decider            VARCHAR(200),
    decided_on         DATE,
    review_outcome     VARCHAR(32),
    review_reviewer    VARCHAR(200),
    review_signer      VARCHAR(200),
    review_on          DATE,
    review_remarks     ${text},
    log_head           VARCHAR(64) NOT NULL,
    log_length         INTEGER NOT NULL,
    created_at         ${timestamp} NOT NULL,
    updated_at         ${timestamp} NOT NULL
);

CREATE UNIQUE INDEX zwgk_item_index_number ON zwgk_item (index_number);

CREATE TABLE zwgk_obligation (
    id                 ${identity},
    obligation_key     VARCHAR(400) NOT NULL,
    step_id            VARCHAR(200),
    matter_id          VARCHAR(200),
    item_id            VARCHAR(200),
    catalogue_item_id  VARCHAR(200),
    kind               VARCHAR(32) NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    status             VARCHAR(32) NOT NULL,
    start_on           DATE NOT NULL,
    due_on             DATE NOT NULL,
    provisional        BOOLEAN NOT NULL,
    calendar_version   VARCHAR(100) NOT NULL,
    rule_text          VARCHAR(400) NOT NULL,
    exemption          VARCHAR(1000),
    created_at         ${timestamp} NOT NULL,
    closed_at          ${timestamp},
    CONSTRAINT zwgk_obligation_key UNIQUE (obligation_key)
);

CREATE INDEX zwgk_obligation_step ON zwgk_obligation (step_id);
CREATE INDEX zwgk_obligation_item ON zwgk_obligation (item_id);
CREATE INDEX zwgk_obligation_due ON zwgk_obligation (status, due_on);

CREATE TABLE zwgk_outbox (
    id                 ${identity},
    item_id            VARCHAR(200) NOT NULL,
    channel            VARCHAR(64) NOT NULL,
    action             VARCHAR(16) NOT NULL,
    version            INTEGER NOT NULL,
    idempotency_key    VARCHAR(100) NOT NULL,
    payload            ${text} NOT NULL,
    status             VARCHAR(32) NOT NULL,
    attempts           INTEGER NOT NULL,
    next_attempt_at    ${timestamp} NOT NULL,
    claimed_by         VARCHAR(200),
    claim_token        VARCHAR(64),
    lease_until        ${timestamp},
    last_error_kind    VARCHAR(32),
    last_error_code    VARCHAR(32),
    last_error         VARCHAR(2000),
    remote_id          VARCHAR(400),
    public_url         VARCHAR(2000),
    created_at         ${timestamp} NOT NULL,
    updated_at         ${timestamp} NOT NULL,
    CONSTRAINT zwgk_outbox_key UNIQUE (idempotency_key)
);

CREATE INDEX zwgk_outbox_ready ON zwgk_outbox (status, next_attempt_at);
CREATE INDEX zwgk_outbox_item ON zwgk_outbox (item_id, channel, id);

CREATE TABLE zwgk_event (
    seq                ${identity},
    item_id            VARCHAR(200) NOT NULL,
    position           INTEGER NOT NULL,
    event_type         VARCHAR(48) NOT NULL,
    from_state         VARCHAR(32),
    to_state           VARCHAR(32) NOT NULL,
    actor              VARCHAR(200) NOT NULL,
    at                 ${timestamp} NOT NULL,
    details            ${text} NOT NULL,
    prev_hash          VARCHAR(64) NOT NULL,
    hash               VARCHAR(64) NOT NULL,
    CONSTRAINT zwgk_event_position UNIQUE (item_id, position)
);

CREATE TABLE zwgk_matter (
    matter_id          VARCHAR(200) NOT NULL PRIMARY KEY,
    stage              VARCHAR(32) NOT NULL,
    updated_at         ${timestamp} NOT NULL
);

CREATE TABLE zwgk_journal (
    idempotency_key    VARCHAR(100) NOT NULL,
    name               VARCHAR(200) NOT NULL,
    entry_value        ${text} NOT NULL,
    recorded_at        ${timestamp} NOT NULL,
    PRIMARY KEY (idempotency_key, name)
);

CREATE TABLE zwgk_index_counter (
    body_code          VARCHAR(64) NOT NULL,
    period             VARCHAR(16) NOT NULL,
    last_value         INTEGER NOT NULL,
    PRIMARY KEY (body_code, period)
);

CREATE TABLE zwgk_index_number (
    index_number       VARCHAR(100) NOT NULL PRIMARY KEY,
    body_code          VARCHAR(64) NOT NULL,
    period             VARCHAR(16) NOT NULL,
    serial             INTEGER NOT NULL,
    issued_at          ${timestamp} NOT NULL
);
