-- The bin: a deleted goal with everything under it (sub-goals, measures, check-ins with their
-- segment values, segments, practices, pairs, token scopes, the links of review actions), kept as
-- the rows themselves (JSON) for 30 days so an admin can restore it exactly or purge it. A
-- snapshot table instead of soft-delete columns: no other query has to filter deleted rows.
-- No foreign keys: the goal, its parent and its department may all be gone.
CREATE TABLE deleted_goals (
  id               TEXT PRIMARY KEY,            -- the deleted (top) goal's id
  title            TEXT NOT NULL,
  department_id    TEXT NOT NULL,
  department_name  TEXT NOT NULL,
  parent_goal_id   TEXT,
  parent_title     TEXT,
  deleted_at       TEXT NOT NULL,
  deleted_by       TEXT NOT NULL,               -- the actor's label
  deleted_by_id    TEXT,
  contents         TEXT NOT NULL,               -- JSON counts: goals, measures, checkIns, practices, pairs
  snapshot         TEXT NOT NULL                -- JSON rows per table
);
CREATE INDEX deleted_goals_deleted_at ON deleted_goals (deleted_at);
