-- 005-follow-up.sql: the follow-up of the procedure (3.10, 5.4.2, 5.7,
-- 5.8): action items in one place, communications and their meetings,
-- audits and findings (nonconformities and corrective actions), risk
-- assessment results, projects, and hand-overs of equipment.

-- Every follow-up item (跟催), whatever it came from: the source is named
-- by its kind and the id of its record, for a link back.
CREATE TABLE action_item (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL CHECK (length (trim (title)) > 0),
  owner_id          INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  created_on        TEXT NOT NULL CHECK (date (created_on) IS created_on),
  due_date          TEXT NOT NULL CHECK (date (due_date) IS due_date AND due_date >= created_on),
  status            TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
  source_kind       TEXT NOT NULL CHECK (source_kind IN ('review', 'communication', 'meeting', 'finding',
                                                         'project-review', 'other')),
  source_id         INTEGER,
  source_label      TEXT,
  done_on           TEXT CHECK (done_on IS NULL OR date (done_on) IS done_on),
  -- The effectiveness evaluation (成效評估), once done.
  effectiveness     TEXT NOT NULL DEFAULT 'not-evaluated'
                    CHECK (effectiveness IN ('not-evaluated', 'effective', 'not-effective')),
  evaluated_by      TEXT,
  evaluated_on      TEXT CHECK (evaluated_on IS NULL OR date (evaluated_on) IS evaluated_on),
  evaluation_note   TEXT,
  notes             TEXT,
  CHECK (status <> 'done' OR done_on IS NOT NULL)
);
CREATE INDEX action_item_status ON action_item (status, due_date);
CREATE INDEX action_item_source ON action_item (source_kind, source_id);
CREATE INDEX action_item_owner ON action_item (owner_id);

CREATE TABLE action_progress (
  id         INTEGER PRIMARY KEY,
  action_id  INTEGER NOT NULL REFERENCES action_item (id) ON DELETE RESTRICT,
  noted_on   TEXT NOT NULL CHECK (date (noted_on) IS noted_on),
  note       TEXT NOT NULL CHECK (length (trim (note)) > 0),
  noted_by   TEXT
);
CREATE INDEX action_progress_action ON action_progress (action_id, noted_on);

-- A communication (5.7). A media statement is released only after the
-- deputy director's approval (5.7.3): the database refuses a release
-- without it.
CREATE TABLE communication (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('internal', 'cross-unit', 'external', 'media', 'announcement')),
  occurred_on        TEXT NOT NULL CHECK (date (occurred_on) IS occurred_on),
  channel            TEXT NOT NULL CHECK (channel IN ('face-to-face', 'phone', 'email', 'meeting', 'letter', 'notice')),
  parties            TEXT,
  subject            TEXT NOT NULL CHECK (length (trim (subject)) > 0),
  outcome            TEXT,
  follow_up_needed   INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_needed IN (0, 1)),
  officer_id         INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  effectiveness      TEXT NOT NULL DEFAULT 'not-evaluated'
                     CHECK (effectiveness IN ('not-evaluated', 'effective', 'not-effective')),
  evaluated_by       TEXT,
  evaluated_on       TEXT CHECK (evaluated_on IS NULL OR date (evaluated_on) IS evaluated_on),
  evaluation_note    TEXT,
  approved_by        TEXT,
  approved_on        TEXT CHECK (approved_on IS NULL OR date (approved_on) IS approved_on),
  released_on        TEXT CHECK (released_on IS NULL OR date (released_on) IS released_on),
  CHECK (kind <> 'media' OR released_on IS NULL
         OR (approved_on IS NOT NULL AND length (trim (coalesce (approved_by, ''))) > 0 AND approved_on <= released_on))
);
CREATE INDEX communication_on ON communication (occurred_on);

-- A meeting across units (5.7.1.2): its notice and its record.
CREATE TABLE meeting (
  id                INTEGER PRIMARY KEY,
  communication_id  INTEGER REFERENCES communication (id) ON DELETE RESTRICT,
  topic             TEXT NOT NULL CHECK (length (trim (topic)) > 0),
  starts_at         TEXT NOT NULL,
  ends_at           TEXT,
  place             TEXT,
  attendees         TEXT,
  decisions         TEXT,
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX meeting_starts ON meeting (starts_at);

CREATE TABLE audit (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('internal', 'external')),
  held_on  TEXT NOT NULL CHECK (date (held_on) IS held_on),
  scope    TEXT NOT NULL CHECK (length (trim (scope)) > 0),
  auditor  TEXT,
  notes    TEXT
);

-- A nonconformity or observation with its corrective action. A finding
-- is closed only after its effectiveness was verified.
CREATE TABLE finding (
  id                 INTEGER PRIMARY KEY,
  source             TEXT NOT NULL CHECK (source IN ('internal-audit', 'external-audit', 'incident', 'self-check')),
  audit_id           INTEGER REFERENCES audit (id) ON DELETE RESTRICT,
  clause             TEXT,
  description        TEXT NOT NULL CHECK (length (trim (description)) > 0),
  grading            TEXT NOT NULL CHECK (grading IN ('major', 'minor', 'observation')),
  raised_on          TEXT NOT NULL CHECK (date (raised_on) IS raised_on),
  root_cause         TEXT,
  correction         TEXT,
  corrective_action  TEXT,
  owner_id           INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  due_date           TEXT CHECK (due_date IS NULL OR date (due_date) IS due_date),
  verified_by        TEXT,
  verified_on        TEXT CHECK (verified_on IS NULL OR date (verified_on) IS verified_on),
  verification_note  TEXT,
  effectiveness      TEXT NOT NULL DEFAULT 'not-evaluated'
                     CHECK (effectiveness IN ('not-evaluated', 'effective', 'not-effective')),
  closed_on          TEXT CHECK (closed_on IS NULL OR date (closed_on) IS closed_on),
  CHECK (closed_on IS NULL OR (verified_on IS NOT NULL AND effectiveness = 'effective' AND closed_on >= raised_on))
);
CREATE INDEX finding_raised ON finding (raised_on);
CREATE INDEX finding_audit ON finding (audit_id);

-- The results of a risk assessment, recorded for the review; the
-- assessment itself follows another procedure.
CREATE TABLE risk_result (
  id             INTEGER PRIMARY KEY,
  assessed_on    TEXT NOT NULL CHECK (date (assessed_on) IS assessed_on),
  scope          TEXT NOT NULL CHECK (length (trim (scope)) > 0),
  summary        TEXT,
  n_high         INTEGER NOT NULL DEFAULT 0 CHECK (n_high >= 0),
  n_medium       INTEGER NOT NULL DEFAULT 0 CHECK (n_medium >= 0),
  n_low          INTEGER NOT NULL DEFAULT 0 CHECK (n_low >= 0),
  plan_planned   INTEGER NOT NULL DEFAULT 0 CHECK (plan_planned >= 0),
  plan_done      INTEGER NOT NULL DEFAULT 0 CHECK (plan_done >= 0),
  plan_late      INTEGER NOT NULL DEFAULT 0 CHECK (plan_late >= 0),
  notes          TEXT
);

-- A project (5.8).
CREATE TABLE project (
  id                        INTEGER PRIMARY KEY,
  name                      TEXT NOT NULL CHECK (length (trim (name)) > 0),
  owner_id                  INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  start_date                TEXT NOT NULL CHECK (date (start_date) IS start_date),
  end_date                  TEXT CHECK (end_date IS NULL OR (date (end_date) IS end_date AND end_date >= start_date)),
  security_in_requirements  INTEGER NOT NULL DEFAULT 0 CHECK (security_in_requirements IN (0, 1)),
  requirements_ref          TEXT,
  risk_assessed_on          TEXT CHECK (risk_assessed_on IS NULL OR date (risk_assessed_on) IS risk_assessed_on),
  risk_result               TEXT,
  notes                     TEXT
);

CREATE TABLE project_review (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
  reviewed_on  TEXT NOT NULL CHECK (date (reviewed_on) IS reviewed_on),
  findings     TEXT,
  actions      TEXT
);
CREATE INDEX project_review_project ON project_review (project_id);

CREATE TABLE project_role (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
  person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  role        TEXT NOT NULL CHECK (length (trim (role)) > 0)
);
CREATE INDEX project_role_project ON project_role (project_id);

-- A hand-over of information-processing equipment (3.10), authorised by
-- the responsible supervisor, with the receiver taking responsibility.
CREATE TABLE handover (
  id             INTEGER PRIMARY KEY,
  handed_on      TEXT NOT NULL CHECK (date (handed_on) IS handed_on),
  reason         TEXT NOT NULL CHECK (reason IN ('new', 'moved')),
  from_party     TEXT NOT NULL CHECK (length (trim (from_party)) > 0),
  to_party       TEXT NOT NULL CHECK (length (trim (to_party)) > 0),
  authorised_by  TEXT,
  authorised_on  TEXT CHECK (authorised_on IS NULL OR date (authorised_on) IS authorised_on),
  accepted_by    TEXT,
  accepted_on    TEXT CHECK (accepted_on IS NULL OR date (accepted_on) IS accepted_on),
  notes          TEXT
);

CREATE TABLE handover_item (
  id            INTEGER PRIMARY KEY,
  handover_id   INTEGER NOT NULL REFERENCES handover (id) ON DELETE RESTRICT,
  name          TEXT NOT NULL CHECK (length (trim (name)) > 0),
  asset_number  TEXT,
  serial        TEXT
);
CREATE INDEX handover_item_handover ON handover_item (handover_id);

PRAGMA user_version = 5;
