-- The record ids a command handed out, in order, so the server's replay of the op writes the same ids.
ALTER TABLE outbox ADD COLUMN ids TEXT NOT NULL DEFAULT '';
