-- 002-memberships.sql: who holds which role in which body, and when; the
-- yearly reviews of the roster (procedure 5.3.7) with their snapshots.

CREATE TABLE membership (
  id             INTEGER PRIMARY KEY,
  person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  body_id        INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
  role           TEXT NOT NULL CHECK (role IN ('convener', 'deputy-convener', 'member', 'ciso',
                                               'document-controller', 'process-owner',
                                               'audit-lead', 'auditor', 'secretary')),
  process_name   TEXT,
  start_date     TEXT NOT NULL CHECK (date (start_date) IS start_date),
  end_date       TEXT CHECK (end_date IS NULL OR (date (end_date) IS end_date AND end_date >= start_date)),
  decision_ref   TEXT,
  decision_date  TEXT CHECK (decision_date IS NULL OR date (decision_date) IS decision_date),
  notes          TEXT
);
CREATE INDEX membership_body ON membership (body_id, role);
CREATE INDEX membership_person ON membership (person_id);

-- One convener of a body at a time, whoever writes: the form says so
-- before saving, the database makes sure.
CREATE TRIGGER membership_one_convener_insert
BEFORE INSERT ON membership
WHEN NEW.role = 'convener' AND EXISTS (
  SELECT 1 FROM membership AS m
   WHERE m.body_id = NEW.body_id AND m.role = 'convener'
     AND m.start_date <= coalesce (NEW.end_date, '9999-12-31')
     AND NEW.start_date <= coalesce (m.end_date, '9999-12-31'))
BEGIN
  SELECT RAISE (ABORT, 'membership: two conveners of one body at the same time');
END;

CREATE TRIGGER membership_one_convener_update
BEFORE UPDATE ON membership
WHEN NEW.role = 'convener' AND EXISTS (
  SELECT 1 FROM membership AS m
   WHERE m.body_id = NEW.body_id AND m.role = 'convener' AND m.id <> NEW.id
     AND m.start_date <= coalesce (NEW.end_date, '9999-12-31')
     AND NEW.start_date <= coalesce (m.end_date, '9999-12-31'))
BEGIN
  SELECT RAISE (ABORT, 'membership: two conveners of one body at the same time');
END;

CREATE TABLE roster_review (
  id           INTEGER PRIMARY KEY,
  reviewed_on  TEXT NOT NULL CHECK (date (reviewed_on) IS reviewed_on),
  reviewer     TEXT NOT NULL CHECK (length (trim (reviewer)) > 0),
  note         TEXT,
  snapshot     TEXT CHECK (snapshot IS NULL OR json_valid (snapshot))
);
CREATE INDEX roster_review_on ON roster_review (reviewed_on);

PRAGMA user_version = 2;
