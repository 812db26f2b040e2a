-- 004-context.sql: the context of the ISMS (procedure 5.1, 5.2, 5.5):
-- internal and external issues, interested parties with their
-- requirements and feedback, the external contacts list, the scope
-- statement's versions, the yearly reviews of these registers and the
-- organizational changes that make a review due at once.

CREATE TABLE context_issue (
  id             INTEGER PRIMARY KEY,
  scope          TEXT NOT NULL CHECK (scope IN ('internal', 'external')),
  category       TEXT NOT NULL CHECK (category IN (
                   'national', 'regional', 'social-cultural', 'legal-regulatory', 'economic',
                   'technological', 'environmental', 'drivers-trends', 'external-relations',
                   'governance-roles', 'policies-strategy', 'capabilities-knowledge',
                   'systems-processes', 'culture', 'standards-contracts')),
  description    TEXT NOT NULL CHECK (length (trim (description)) > 0),
  effect         TEXT,
  source         TEXT NOT NULL CHECK (source IN ('security-meeting', 'superior-directive', 'review', 'other')),
  source_ref     TEXT,
  source_date    TEXT CHECK (source_date IS NULL OR date (source_date) IS source_date),
  status         TEXT NOT NULL CHECK (status IN ('open', 'monitored', 'retired')),
  identified_on  TEXT NOT NULL CHECK (date (identified_on) IS identified_on),
  notes          TEXT
);
CREATE INDEX context_issue_status ON context_issue (status);

CREATE TABLE party (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL CHECK (length (trim (name)) > 0),
  scope  TEXT NOT NULL CHECK (scope IN ('internal', 'external')),
  kind   TEXT NOT NULL CHECK (kind IN ('superior-agency', 'schools', 'citizens', 'suppliers', 'staff',
                                       'regulators', 'partners', 'other')),
  notes  TEXT
);

CREATE TABLE party_requirement (
  id             INTEGER PRIMARY KEY,
  party_id       INTEGER NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
  kind           TEXT NOT NULL CHECK (kind IN ('requirement', 'expectation', 'need')),
  text           TEXT NOT NULL CHECK (length (trim (text)) > 0),
  addressed_by   TEXT,
  decision_ref   TEXT,
  decision_date  TEXT CHECK (decision_date IS NULL OR date (decision_date) IS decision_date),
  retired_on     TEXT CHECK (retired_on IS NULL OR date (retired_on) IS retired_on)
);
CREATE INDEX party_requirement_party ON party_requirement (party_id);

CREATE TABLE party_feedback (
  id            INTEGER PRIMARY KEY,
  party_id      INTEGER NOT NULL REFERENCES party (id) ON DELETE RESTRICT,
  received_on   TEXT NOT NULL CHECK (date (received_on) IS received_on),
  content       TEXT NOT NULL CHECK (length (trim (content)) > 0),
  response      TEXT,
  responded_on  TEXT CHECK (responded_on IS NULL OR date (responded_on) IS responded_on)
);
CREATE INDEX party_feedback_party ON party_feedback (party_id, received_on);

CREATE TABLE contact (
  id            INTEGER PRIMARY KEY,
  organization  TEXT NOT NULL CHECK (length (trim (organization)) > 0),
  unit          TEXT,
  person        TEXT,
  role          TEXT,
  phone         TEXT,
  email         TEXT,
  address       TEXT,
  purpose       TEXT NOT NULL CHECK (purpose IN ('incident-reporting', 'law-enforcement', 'utilities',
                                                 'supplier', 'superior-agency', 'cert', 'other')),
  verified_on   TEXT CHECK (verified_on IS NULL OR date (verified_on) IS verified_on),
  notes         TEXT
);

-- The yearly review of a register (5.2): "no change", or what changed.
CREATE TABLE register_review (
  id           INTEGER PRIMARY KEY,
  register     TEXT NOT NULL CHECK (register IN ('issues', 'parties', 'contacts', 'scope')),
  reviewed_on  TEXT NOT NULL CHECK (date (reviewed_on) IS reviewed_on),
  reviewer     TEXT NOT NULL CHECK (length (trim (reviewer)) > 0),
  no_change    INTEGER NOT NULL DEFAULT 1 CHECK (no_change IN (0, 1)),
  changes      TEXT,
  note         TEXT
);
CREATE INDEX register_review_on ON register_review (register, reviewed_on);

-- A major organizational change or a new business line: every register
-- is due for review from its date on (5.2).
CREATE TABLE org_change (
  id           INTEGER PRIMARY KEY,
  occurred_on  TEXT NOT NULL CHECK (date (occurred_on) IS occurred_on),
  kind         TEXT NOT NULL CHECK (kind IN ('organizational-change', 'new-business')),
  description  TEXT NOT NULL CHECK (length (trim (description)) > 0)
);

-- The scope statement, versioned; each version records the decision of
-- the security meeting or the directive of a superior agency that caused
-- it (5.1.1).
CREATE TABLE scope_version (
  id              INTEGER PRIMARY KEY,
  version         INTEGER NOT NULL UNIQUE CHECK (version > 0),
  effective_from  TEXT NOT NULL CHECK (date (effective_from) IS effective_from),
  statement       TEXT NOT NULL CHECK (length (trim (statement)) > 0),
  decision_kind   TEXT NOT NULL CHECK (decision_kind IN ('security-meeting', 'superior-directive')),
  decision_ref    TEXT NOT NULL CHECK (length (trim (decision_ref)) > 0),
  decision_date   TEXT CHECK (decision_date IS NULL OR date (decision_date) IS decision_date)
);

PRAGMA user_version = 4;
