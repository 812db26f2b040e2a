-- A schema step that only the store tests carry, so that migrating an
-- older file, with its backup, is tested before Steward has a second step
-- of its own.
CREATE TABLE test_only_step (
  id    INTEGER PRIMARY KEY,
  note  TEXT
);

PRAGMA user_version = 999;
