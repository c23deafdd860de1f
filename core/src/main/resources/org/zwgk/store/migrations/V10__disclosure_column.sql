-- The part of the disclosure column (政府信息公开专栏, 国办公开办函〔2019〕61号) an item is published under:
-- RULES (政府信息公开制度) or ANNUAL_REPORT (政府信息公开年报); NULL = the statutory content filed by catalogue domain
-- (法定主动公开内容), which is what every item registered before V10 was. Channels receive it as
-- Publication.catalogue()["column"]; the self-check finds the published annual reports by it.
ALTER TABLE zwgk_item ADD COLUMN disclosure_column VARCHAR(32);
