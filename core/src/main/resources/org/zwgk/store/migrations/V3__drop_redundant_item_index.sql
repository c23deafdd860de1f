-- Registration is on the host's hot path (docs/gate.md, Performance): every index on zwgk_item is written, and
-- on H2 committed, in the host's transaction. zwgk_item_index_number (V1) served no query and duplicated a
-- guarantee the schema already gives: every 索引号 is inserted into zwgk_index_number (primary key) in the same
-- transaction in which org.zwgk.index.IndexNumbers issues it, and the gate sets zwgk_item.index_number only from a
-- freshly issued number (on first publication). So a number can still be issued, and assigned, only once.
DROP INDEX IF EXISTS zwgk_item_index_number;
