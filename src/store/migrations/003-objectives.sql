-- 003-objectives.sql: the information security objectives (procedure 5.6),
-- their plans (5.6.2), their target levels over time and their
-- measurements, the rows of the ISMS effectiveness measurement table
-- (5.4.2.4.4).

CREATE TABLE objective (
  id           INTEGER PRIMARY KEY,
  statement    TEXT NOT NULL CHECK (length (trim (statement)) > 0),
  policy_goal  TEXT,
  owner_id     INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  kpi_name     TEXT NOT NULL CHECK (length (trim (kpi_name)) > 0),
  kpi_unit     TEXT,
  kpi_method   TEXT,
  kpi_source   TEXT,
  direction    TEXT NOT NULL CHECK (direction IN ('at-least', 'at-most', 'within')),
  frequency    TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'half-yearly', 'yearly')),
  start_date   TEXT NOT NULL CHECK (date (start_date) IS start_date),
  end_date     TEXT CHECK (end_date IS NULL OR (date (end_date) IS end_date AND end_date >= start_date)),
  notes        TEXT
);
CREATE INDEX objective_owner ON objective (owner_id);

-- The target level from a date on: a past period is judged against the
-- target that held then. "At least" uses low, "at most" uses high,
-- "within a range" both.
CREATE TABLE objective_target (
  id            INTEGER PRIMARY KEY,
  objective_id  INTEGER NOT NULL REFERENCES objective (id) ON DELETE RESTRICT,
  valid_from    TEXT NOT NULL CHECK (date (valid_from) IS valid_from),
  low           REAL NOT NULL,
  high          REAL NOT NULL CHECK (high >= low),
  decision_ref  TEXT,
  UNIQUE (objective_id, valid_from)
);

CREATE TABLE objective_plan (
  id                   INTEGER PRIMARY KEY,
  objective_id         INTEGER NOT NULL REFERENCES objective (id) ON DELETE RESTRICT,
  activities           TEXT NOT NULL CHECK (length (trim (activities)) > 0),
  resource_people      TEXT,
  budget_amount        REAL NOT NULL DEFAULT 0 CHECK (budget_amount >= 0),
  budget_currency      TEXT NOT NULL DEFAULT 'TWD',
  resource_equipment   TEXT,
  resource_procedures  TEXT,
  responsible_id       INTEGER REFERENCES person (id) ON DELETE RESTRICT,
  due_date             TEXT CHECK (due_date IS NULL OR date (due_date) IS due_date),
  evaluation           TEXT,
  status               TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled'))
);
CREATE INDEX objective_plan_objective ON objective_plan (objective_id);

-- One value per period of the objective's frequency; the period is named
-- by its first day.
CREATE TABLE measurement (
  id            INTEGER PRIMARY KEY,
  objective_id  INTEGER NOT NULL REFERENCES objective (id) ON DELETE RESTRICT,
  period_start  TEXT NOT NULL CHECK (date (period_start) IS period_start),
  value         REAL NOT NULL,
  evidence      TEXT,
  recorded_by   TEXT NOT NULL CHECK (length (trim (recorded_by)) > 0),
  recorded_at   TEXT NOT NULL,
  notes         TEXT,
  UNIQUE (objective_id, period_start)
);

PRAGMA user_version = 3;
