-- Due dates recomputed after calendar data was added (DeadlineMonitor.recomputeProvisional; `zwgk obligations
-- recompute`): one row per obligation whose due date, provisional flag or calendar version changed, with the values
-- before and after, who ran it and when. Every obligation has a row here, including a 五公开 obligation that waits
-- for its information and so has no item event chain; an obligation of an item also gets a DUE_DATE_RECOMPUTED
-- event on that item's tamper-evident chain (zwgk_event).
CREATE TABLE zwgk_obligation_change (
    id                   ${identity},
    obligation_id        BIGINT NOT NULL,
    obligation_key       VARCHAR(400) NOT NULL,
    old_due_on           DATE NOT NULL,
    new_due_on           DATE NOT NULL,
    old_provisional      BOOLEAN NOT NULL,
    new_provisional      BOOLEAN NOT NULL,
    old_calendar_version VARCHAR(100) NOT NULL,
    new_calendar_version VARCHAR(100) NOT NULL,
    changed_by           VARCHAR(200) NOT NULL,
    changed_at           ${timestamp} NOT NULL
);

CREATE INDEX zwgk_obligation_change_obligation ON zwgk_obligation_change (obligation_id);
