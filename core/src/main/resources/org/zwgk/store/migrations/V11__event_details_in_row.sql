-- Event details in the row: on H2 a CHARACTER LARGE OBJECT of more than 256 bytes is stored apart from its row,
-- and since V9 the first event of every item (title, body and file digests) is longer than that, so each
-- gate.register wrote a LOB (measured: three quarters of the event insert, register 2–4× slower than before).
-- ${longtext} is CHARACTER VARYING(1000000) on H2 (the longest details written are a few KB: the redaction list of
-- a public version) and TEXT on PostgreSQL, where this statement changes nothing.
ALTER TABLE zwgk_event ALTER COLUMN details SET DATA TYPE ${longtext};
