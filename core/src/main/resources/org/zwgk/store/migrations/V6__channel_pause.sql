-- A channel paused by a rate limit with a reset time (WeChat 45009, the daily API quota: until the next midnight in
-- China; HTTP 429 with Retry-After). One row per channel, shared by every dispatcher on this database: while
-- paused_until lies ahead no dispatcher claims entries of that channel, so the quota is not hit again by each
-- queued entry or by each process. The row stays after the pause ends (the last pause, for operators) and is
-- replaced by the next one. Operators see it in `zwgk outbox list` and can end it with `zwgk outbox resume`.
CREATE TABLE zwgk_channel_pause (
    channel            VARCHAR(64) NOT NULL PRIMARY KEY,
    paused_until       ${timestamp} NOT NULL,
    error_kind         VARCHAR(32) NOT NULL,
    remote_code        VARCHAR(64),
    reason             VARCHAR(2000),
    paused_by          VARCHAR(200) NOT NULL,
    paused_at          ${timestamp} NOT NULL
);
