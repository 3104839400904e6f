-- Tiller's first schema: vision → goals (any depth, owned by a department) → measures → check-ins.
-- Dates are calendar dates (TEXT 'YYYY-MM-DD'); timestamps are ISO instants (TEXT, UTC).

CREATE TABLE vision (
  id            TEXT PRIMARY KEY,
  statement     TEXT NOT NULL,
  horizon_year  INTEGER NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE departments (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX departments_name ON departments (name COLLATE NOCASE);

CREATE TABLE goals (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  department_id   TEXT NOT NULL REFERENCES departments (id),
  parent_goal_id  TEXT REFERENCES goals (id),
  owner           TEXT NOT NULL DEFAULT '',
  start_date      TEXT NOT NULL,
  due_date        TEXT NOT NULL,
  review_date     TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (due_date > start_date)
);
CREATE INDEX goals_parent ON goals (parent_goal_id);
CREATE INDEX goals_department ON goals (department_id);

CREATE TABLE measures (
  id             TEXT PRIMARY KEY,
  goal_id        TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  unit           TEXT NOT NULL,
  direction      TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'keep_above', 'keep_below', 'range')),
  baseline       REAL NOT NULL,
  baseline_date  TEXT NOT NULL,
  target         REAL,
  target_low     REAL,
  target_high    REAL,
  target_date    TEXT NOT NULL,
  frequency      TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'quarterly')),
  purpose        TEXT NOT NULL DEFAULT '',
  weight         REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX measures_goal ON measures (goal_id);

CREATE TABLE check_ins (
  id          TEXT PRIMARY KEY,
  measure_id  TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  value       REAL NOT NULL,
  date        TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX check_ins_measure_date ON check_ins (measure_id, date);
