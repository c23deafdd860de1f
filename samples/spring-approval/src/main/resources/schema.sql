-- The approval system's own table. zwgk's tables (zwgk_*) are created by zwgk itself at start-up.
CREATE TABLE IF NOT EXISTS sample_document (
    id             VARCHAR(64) PRIMARY KEY,
    title          VARCHAR(500) NOT NULL,
    content        VARCHAR(20000) NOT NULL,
    catalogue_item VARCHAR(64),
    state          VARCHAR(16) NOT NULL,
    process_id     VARCHAR(64),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
