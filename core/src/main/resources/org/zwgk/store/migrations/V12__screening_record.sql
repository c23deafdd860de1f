-- What the personal-data screening found in an item's newest publication: the version published, which screening
-- ran (Screener.signature(): rules revision, detectors, sensitive words, extractors, fingerprint key) and what it
-- found: the findings' fingerprints, and their values masked with their detector (never the values themselves).
-- The publication passed, so a reviewer had accepted every finding. A publication made with the screening off
-- removes the row. The self-check reads this instead of extracting and screening the same version again with the
-- same screening; anything else (another version or screening, a finding no longer accepted, no row) is screened.
CREATE TABLE zwgk_screening_record (
    item_id            VARCHAR(200) NOT NULL PRIMARY KEY,
    version            INTEGER      NOT NULL,
    screening          VARCHAR(64)  NOT NULL,
    fingerprints       ${longtext}  NOT NULL,
    masked_values      ${longtext}  NOT NULL,
    screened_at        ${timestamp} NOT NULL
);
