-- 006-reviews.sql: the management reviews of procedure 5.4: the meeting
-- with its attendance, the agenda items of 5.4.2 with what was said and
-- concluded, the decisions (those with an action point to a follow-up
-- item), and the minutes under document control (5.4.3): versions that
-- are drafted, then issued, and never changed once issued.

CREATE TABLE review (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('regular', 'extraordinary')),
  -- Numbered per year and kind: 114年度第1次管理審查會議. The year is the
  -- Gregorian year of the meeting.
  year          INTEGER NOT NULL CHECK (year BETWEEN 1912 AND 9999),
  number        INTEGER NOT NULL CHECK (number > 0),
  title         TEXT NOT NULL CHECK (length (trim (title)) > 0),
  starts_at     TEXT NOT NULL,
  ends_at       TEXT,
  place         TEXT,
  chair_id      INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  secretary_id  INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  -- Where the secretary left the wizard: an agenda item, "decisions" or
  -- "summary".
  wizard_page   TEXT,
  notes         TEXT,
  CHECK (ends_at IS NULL OR ends_at >= starts_at),
  UNIQUE (year, kind, number)
);
CREATE INDEX review_starts ON review (starts_at);

-- Who was invited, from the roster, and whether they came.
CREATE TABLE review_attendee (
  id              INTEGER PRIMARY KEY,
  review_id       INTEGER NOT NULL REFERENCES review (id) ON DELETE RESTRICT,
  person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  position        INTEGER NOT NULL DEFAULT 0,
  -- The person's role in the committee on the day, as written on the
  -- minutes (召集人, 委員, ...).
  role_label      TEXT,
  attendance      TEXT NOT NULL DEFAULT 'present'
                  CHECK (attendance IN ('present', 'absent', 'on-leave', 'represented')),
  represented_by  TEXT,
  CHECK (attendance <> 'represented' OR length (trim (coalesce (represented_by, ''))) > 0),
  UNIQUE (review_id, person_id)
);
CREATE INDEX review_attendee_review ON review_attendee (review_id, position);

-- An agenda item of 5.4.2 on the meeting's agenda. A regular meeting has
-- all eight; an extraordinary one those the secretary chose.
CREATE TABLE review_item (
  id                 INTEGER PRIMARY KEY,
  review_id          INTEGER NOT NULL REFERENCES review (id) ON DELETE RESTRICT,
  item               TEXT NOT NULL CHECK (item IN ('policy', 'previous-actions', 'issues', 'parties',
                                                   'performance', 'feedback', 'risks', 'improvement')),
  position           INTEGER NOT NULL DEFAULT 0,
  discussion         TEXT,
  conclusion         TEXT,
  nothing_to_report  INTEGER NOT NULL DEFAULT 0 CHECK (nothing_to_report IN (0, 1)),
  reason             TEXT,
  UNIQUE (review_id, item)
);

-- A decision of the meeting (9.3.3), under an agenda item or among the
-- general decisions (item NULL). One that needs doing has a follow-up
-- item (action_item with source_kind 'review').
CREATE TABLE review_decision (
  id         INTEGER PRIMARY KEY,
  review_id  INTEGER NOT NULL REFERENCES review (id) ON DELETE RESTRICT,
  item       TEXT CHECK (item IS NULL OR item IN ('policy', 'previous-actions', 'issues', 'parties',
                                                  'performance', 'feedback', 'risks', 'improvement')),
  position   INTEGER NOT NULL DEFAULT 0,
  text       TEXT NOT NULL CHECK (length (trim (text)) > 0),
  action_id  INTEGER REFERENCES action_item (id) ON DELETE RESTRICT
);
CREATE INDEX review_decision_review ON review_decision (review_id, item, position);

-- The minutes, a record under document control (5.4.3). Version 1 is made
-- with the meeting; a correction of issued minutes is a new version that
-- names the one it replaces. Issued, a version keeps what it showed (the
-- content, as JSON) and the PDF that was issued, with its SHA-256.
CREATE TABLE minutes (
  id               INTEGER PRIMARY KEY,
  review_id        INTEGER NOT NULL REFERENCES review (id) ON DELETE RESTRICT,
  version          INTEGER NOT NULL CHECK (version > 0),
  replaces_id      INTEGER REFERENCES minutes (id) ON DELETE RESTRICT,
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  document_number  TEXT,
  -- Why a correction was made.
  reason           TEXT,
  issued_by        TEXT,
  issued_at        TEXT,
  content          TEXT CHECK (content IS NULL OR json_valid (content)),
  pdf              BLOB,
  pdf_sha256       TEXT,
  CHECK ((version = 1) = (replaces_id IS NULL)),
  CHECK (status = 'draft'
         OR (length (trim (coalesce (issued_by, ''))) > 0 AND issued_at IS NOT NULL
             AND content IS NOT NULL AND pdf IS NOT NULL AND length (pdf_sha256) = 64)),
  UNIQUE (review_id, version)
);
-- At most one draft per meeting: the version being written.
CREATE UNIQUE INDEX minutes_one_draft ON minutes (review_id) WHERE status = 'draft';

-- Issued minutes never change and are never deleted.
CREATE TRIGGER minutes_issued_update
BEFORE UPDATE ON minutes
WHEN OLD.status = 'issued'
BEGIN
  SELECT RAISE (ABORT, 'minutes: issued minutes cannot be changed; make a correction instead');
END;

CREATE TRIGGER minutes_issued_delete
BEFORE DELETE ON minutes
WHEN OLD.status = 'issued'
BEGIN
  SELECT RAISE (ABORT, 'minutes: issued minutes cannot be deleted');
END;

-- A correction replaces an issued version of the same meeting.
CREATE TRIGGER minutes_correction_insert
BEFORE INSERT ON minutes
WHEN NEW.replaces_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM minutes AS m
   WHERE m.id = NEW.replaces_id AND m.review_id = NEW.review_id
     AND m.status = 'issued' AND m.version = NEW.version - 1)
BEGIN
  SELECT RAISE (ABORT, 'minutes: a correction replaces the issued version before it');
END;

-- What issued minutes show is fixed as long as no correction is being
-- drafted: the meeting, its attendance, its items and decisions. (The
-- follow-up items themselves go on: their status is not the minutes'.)
CREATE TRIGGER review_locked_update
BEFORE UPDATE ON review
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_locked_delete
BEFORE DELETE ON review
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.id AND status = 'issued')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_attendee_locked_insert
BEFORE INSERT ON review_attendee
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = NEW.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = NEW.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_attendee_locked_update
BEFORE UPDATE ON review_attendee
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_attendee_locked_delete
BEFORE DELETE ON review_attendee
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_item_locked_insert
BEFORE INSERT ON review_item
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = NEW.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = NEW.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_item_locked_update
BEFORE UPDATE ON review_item
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_item_locked_delete
BEFORE DELETE ON review_item
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_decision_locked_insert
BEFORE INSERT ON review_decision
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = NEW.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = NEW.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_decision_locked_update
BEFORE UPDATE ON review_decision
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

CREATE TRIGGER review_decision_locked_delete
BEFORE DELETE ON review_decision
WHEN EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'issued')
 AND NOT EXISTS (SELECT 1 FROM minutes WHERE review_id = OLD.review_id AND status = 'draft')
BEGIN
  SELECT RAISE (ABORT, 'review: the minutes are issued; make a correction instead');
END;

PRAGMA user_version = 6;
