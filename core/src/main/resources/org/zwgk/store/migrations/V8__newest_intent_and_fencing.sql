-- The newest intent wins, and fencing (docs/gate.md, "Delivery guarantees").
--
-- fence: incremented by every claim (and by an operator's release or cancel); a dispatcher records a result only
-- where the fence is still the one its claim got. claim_token (V1) is no longer written; it stays, unused, so this
-- migration only adds (and the benchmark's frozen copy of the pre-V8 dispatcher runs on the same schema).
ALTER TABLE zwgk_outbox ADD COLUMN fence BIGINT DEFAULT 0 NOT NULL;

-- SUPERSEDED entries: the newer entry (a withdrawal or a newer version of the item on the same channel) that
-- replaced them before they were delivered.
ALTER TABLE zwgk_outbox ADD COLUMN superseded_by BIGINT;

-- CANCELLED entries: the operator who cancelled them (`zwgk outbox cancel`); the reason is in last_error.
ALTER TABLE zwgk_outbox ADD COLUMN cancelled_by VARCHAR(200);

-- Results that arrived under a fence that was no longer current (the delivery's claim had been taken over):
-- kept for operators and auditors, never the entry's outcome.
CREATE TABLE zwgk_outbox_late (
    id                 ${identity},
    entry_id           BIGINT NOT NULL,
    fence              BIGINT NOT NULL,
    worker             VARCHAR(200) NOT NULL,
    outcome            VARCHAR(32) NOT NULL,
    remote_id          VARCHAR(400),
    public_url         VARCHAR(2000),
    detail             VARCHAR(2000),
    recorded_at        ${timestamp} NOT NULL
);

CREATE INDEX zwgk_outbox_late_entry ON zwgk_outbox_late (entry_id);
