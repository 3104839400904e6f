-- Customer-service measurement (issue 4): KPI library origin, influence ring, quality levels and
-- honest samples on measures; samples and per-segment values on check-ins; counterweight pairs;
-- segments; a goal's practices (its quality-assurance form). Additive: existing rows keep working.

ALTER TABLE measures ADD COLUMN library_key TEXT;
ALTER TABLE measures ADD COLUMN influence TEXT NOT NULL DEFAULT 'partial' CHECK (influence IN ('direct', 'partial', 'none'));
-- A JSON array of 'technical' | 'spirit' | 'access'.
ALTER TABLE measures ADD COLUMN quality_levels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(quality_levels) AND json_type(quality_levels) = 'array');
ALTER TABLE measures ADD COLUMN survey INTEGER NOT NULL DEFAULT 0 CHECK (survey IN (0, 1));
ALTER TABLE measures ADD COLUMN sample_kind TEXT CHECK (sample_kind IS NULL OR sample_kind IN ('nps', 'share', 'score'));
ALTER TABLE measures ADD COLUMN min_sample INTEGER NOT NULL DEFAULT 30 CHECK (min_sample >= 1);
ALTER TABLE measures ADD COLUMN threshold_seconds REAL CHECK (threshold_seconds IS NULL OR threshold_seconds > 0);

-- n, and for NPS the counts behind the value; for a share (CSAT, QA compliance) k of n.
ALTER TABLE check_ins ADD COLUMN sample_size INTEGER CHECK (sample_size IS NULL OR sample_size >= 1);
ALTER TABLE check_ins ADD COLUMN promoters INTEGER CHECK (promoters IS NULL OR promoters >= 0);
ALTER TABLE check_ins ADD COLUMN passives INTEGER CHECK (passives IS NULL OR passives >= 0);
ALTER TABLE check_ins ADD COLUMN detractors INTEGER CHECK (detractors IS NULL OR detractors >= 0);
ALTER TABLE check_ins ADD COLUMN successes INTEGER CHECK (successes IS NULL OR successes >= 0);

-- Two measures that keep each other honest. Unordered: (a, b) and (b, a) are the same pair.
CREATE TABLE measure_pairs (
  id               TEXT PRIMARY KEY,
  measure_id       TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  counterweight_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (measure_id <> counterweight_id)
);
CREATE UNIQUE INDEX measure_pairs_unordered ON measure_pairs (min(measure_id, counterweight_id), max(measure_id, counterweight_id));
CREATE INDEX measure_pairs_counterweight ON measure_pairs (counterweight_id);

-- Channels or teams a measure is split by.
CREATE TABLE segments (
  id          TEXT PRIMARY KEY,
  measure_id  TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX segments_measure_name ON segments (measure_id, name COLLATE NOCASE);

-- A check-in recorded by segment: each segment's value and volume; the check-in's value is their
-- volume-weighted mean. A segment with values cannot be deleted (the reference has no action);
-- deleting the measure or the check-in removes them.
CREATE TABLE check_in_segments (
  check_in_id  TEXT NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
  segment_id   TEXT NOT NULL REFERENCES segments (id),
  value        REAL NOT NULL,
  volume       REAL NOT NULL CHECK (volume >= 0),
  PRIMARY KEY (check_in_id, segment_id)
) WITHOUT ROWID;
CREATE INDEX check_in_segments_segment ON check_in_segments (segment_id);

-- What to do in every customer contact to reach a goal, in order: its quality-assurance form.
CREATE TABLE practices (
  id          TEXT PRIMARY KEY,
  goal_id     TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  position    INTEGER NOT NULL CHECK (position >= 0),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX practices_goal ON practices (goal_id, position);
