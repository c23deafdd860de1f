-- When each outbox entry was first accepted by its channel and when it went live, written by the dispatcher in the
-- transaction that records the delivery (the same moment as its DELIVERED event). The self-check reads what reached
-- which channel and when from these two columns instead of scanning the whole event log: the log stays the evidence
-- (zwgk log verify), the outbox row says when its own delivery happened. A delivery only moves an entry from SENT or
-- ACCEPTED, and LIVE is final, so an entry goes live at most once; it may be accepted again after a retry, and the
-- first acceptance is kept.
ALTER TABLE zwgk_outbox ADD COLUMN accepted_at ${timestamp};
ALTER TABLE zwgk_outbox ADD COLUMN live_at ${timestamp};
-- Entries delivered before this version: the times their DELIVERED events carry (details "channel=…; version=…;
-- key=<idempotency key>; status=…; remoteId=…", the key unique to the entry; '_' matches the ';' that a statement
-- here cannot hold, as scripts are split at semicolons), found through the (item, position) index of each item.
UPDATE zwgk_outbox SET accepted_at = (SELECT MIN(e.at) FROM zwgk_event e WHERE e.item_id = zwgk_outbox.item_id
    AND e.event_type = 'DELIVERED'
    AND e.details LIKE ('%key=' || zwgk_outbox.idempotency_key || '_ status=ACCEPTED_ remoteId=%'))
    WHERE action = 'PUBLISH';
UPDATE zwgk_outbox SET live_at = (SELECT MIN(e.at) FROM zwgk_event e WHERE e.item_id = zwgk_outbox.item_id
    AND e.event_type = 'DELIVERED'
    AND e.details LIKE ('%key=' || zwgk_outbox.idempotency_key || '_ status=LIVE_ remoteId=%'))
    WHERE action = 'PUBLISH';
