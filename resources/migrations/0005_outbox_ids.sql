-- What the server needs to replay an op exactly and what the desk needs if the server turns it down:
-- the record ids the command handed out, in order, and the synced rows it wrote ("table/id,…").
ALTER TABLE outbox ADD COLUMN ids TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN rows TEXT NOT NULL DEFAULT '';
