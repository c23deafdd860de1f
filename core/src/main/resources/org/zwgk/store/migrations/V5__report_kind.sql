-- The row of the annual report's section 二 (OGI Art. 20 (一)(五)(六); 国办公开办函〔2021〕30号) an item counts in:
-- RULE, NORMATIVE_DOCUMENT, LICENSING_DECISION, PENALTY_DECISION or COERCION_DECISION; NULL = none. Items
-- registered before V5 have no recorded kind, so NULL is their true value (the host said nothing).
-- No index: the report reads the column once a year per body, and every registration would pay for one.
ALTER TABLE zwgk_item ADD COLUMN report_kind VARCHAR(32);
