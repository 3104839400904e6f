-- Review meetings (issue 3): goal review cadence and lifecycle, reviews, review items, actions.
-- Dates are calendar dates (TEXT 'YYYY-MM-DD'); timestamps are ISO instants (TEXT, UTC).

-- How often a goal comes up for review; closing a review advances review_date by it.
ALTER TABLE goals ADD COLUMN review_cadence TEXT NOT NULL DEFAULT 'quarterly'
  CHECK (review_cadence IN ('monthly', 'quarterly', 'half_yearly', 'yearly'));
-- Lifecycle: open, closed with an outcome, or carried into a next-period goal.
ALTER TABLE goals ADD COLUMN state TEXT NOT NULL DEFAULT 'open'
  CHECK (state IN ('open', 'achieved', 'missed', 'dropped', 'carried'));
ALTER TABLE goals ADD COLUMN closed_at TEXT;
ALTER TABLE goals ADD COLUMN closed_comment TEXT NOT NULL DEFAULT '';
-- The previous-period goal this one continues; history stays on the old goal.
ALTER TABLE goals ADD COLUMN carried_from_goal_id TEXT REFERENCES goals (id) ON DELETE SET NULL;
CREATE INDEX goals_state_review ON goals (state, review_date);
CREATE INDEX goals_carried_from ON goals (carried_from_goal_id);

CREATE TABLE reviews (
  id             TEXT PRIMARY KEY,
  period         TEXT NOT NULL,                 -- canonical: 2027, 2027-H1, 2027-Q1, 2027-03
  period_start   TEXT NOT NULL,
  period_end     TEXT NOT NULL,
  meeting_date   TEXT NOT NULL,
  forum          TEXT NOT NULL CHECK (forum IN ('leadership_review', 'department_review', 'team_huddle')),
  -- Scopes the agenda to one department's goals; null = the whole organisation.
  department_id  TEXT REFERENCES departments (id) ON DELETE SET NULL,
  attendees      TEXT NOT NULL DEFAULT '[]',    -- JSON array of names
  notes          TEXT NOT NULL DEFAULT '',
  state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  closed_at      TEXT,
  -- Frozen at close: the agenda's departments, carried actions and general actions (JSON).
  snapshot       TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (meeting_date BETWEEN period_start AND period_end),
  CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX reviews_meeting ON reviews (meeting_date, created_at);
CREATE INDEX reviews_state_meeting ON reviews (state, meeting_date);

-- One row per review × goal: notes and a status override during the meeting, and the goal's
-- frozen snapshot once the review closes. goal_id has no foreign key on purpose: a closed
-- review's record must survive the goal's deletion (an open review simply stops showing it).
CREATE TABLE review_items (
  id               TEXT PRIMARY KEY,
  review_id        TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  goal_id          TEXT NOT NULL,
  notes            TEXT NOT NULL DEFAULT '',
  override_status  TEXT CHECK (override_status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'achieved', 'missed')),
  override_reason  TEXT NOT NULL DEFAULT '',
  snapshot         TEXT,                        -- JSON AgendaItem, frozen at close
  frozen_progress  REAL,                        -- the goal's progress at close (for "changed since")
  frozen_status    TEXT,                        -- its status at close, override applied
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (override_status IS NULL OR override_reason <> '')
);
CREATE UNIQUE INDEX review_items_review_goal ON review_items (review_id, goal_id);
CREATE INDEX review_items_goal ON review_items (goal_id);

-- Decisions and actions agreed in a review, optionally about one goal.
CREATE TABLE actions (
  id          TEXT PRIMARY KEY,
  review_id   TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  goal_id     TEXT REFERENCES goals (id) ON DELETE SET NULL,
  kind        TEXT NOT NULL DEFAULT 'action' CHECK (kind IN ('action', 'decision')),
  text        TEXT NOT NULL CHECK (text <> ''),
  owner       TEXT NOT NULL DEFAULT '',
  due_date    TEXT,
  state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
  done_at     TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX actions_review ON actions (review_id);
CREATE INDEX actions_state_due ON actions (state, due_date);
CREATE INDEX actions_goal ON actions (goal_id);
