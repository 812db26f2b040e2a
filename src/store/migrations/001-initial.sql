-- 001-initial.sql: the history, the people and the bodies of the organization.
--
-- Dates are ISO 8601 text. Every table of records has an INTEGER PRIMARY KEY
-- called id, which the history refers to.

PRAGMA application_id = 1398036292; -- "STWD"

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
) WITHOUT ROWID;

CREATE TABLE history (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  user_name   TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  row_id      INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  old_values  TEXT CHECK (old_values IS NULL OR json_valid (old_values)),
  new_values  TEXT CHECK (new_values IS NULL OR json_valid (new_values))
);
CREATE INDEX history_row ON history (table_name, row_id);
CREATE INDEX history_at ON history (at);

CREATE TABLE person (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),
  title      TEXT,
  unit       TEXT,
  phone      TEXT,
  extension  TEXT,
  email      TEXT,
  notes      TEXT
);
CREATE INDEX person_name ON person (name);

CREATE TABLE body (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('committee', 'ciso', 'management-team',
                                              'emergency-team', 'audit-team', 'other')),
  name          TEXT NOT NULL CHECK (length (trim (name)) > 0),
  parent_id     INTEGER REFERENCES body (id) ON DELETE RESTRICT,
  appointed_by  TEXT,
  position      INTEGER NOT NULL DEFAULT 0,
  description   TEXT,
  retired_on    TEXT
);
CREATE INDEX body_parent ON body (parent_id);

CREATE TABLE duty (
  id        INTEGER PRIMARY KEY,
  -- RESTRICT, not CASCADE: a cascade would remove duties behind the
  -- history's back. Bodies are retired, not deleted.
  body_id   INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
  position  INTEGER NOT NULL DEFAULT 0,
  clause    TEXT,
  text      TEXT NOT NULL CHECK (length (trim (text)) > 0)
);
CREATE INDEX duty_body ON duty (body_id, position);

PRAGMA user_version = 1;
