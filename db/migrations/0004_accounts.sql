-- Accounts, roles and an audit trail (issue 5).
-- Secrets are never stored: sessions, invites and API tokens keep only the SHA-256 of the random
-- value the browser or system holds; passwords are scrypt hashes with their parameters.
-- Timestamps are ISO instants (TEXT, UTC).

CREATE TABLE users (
  id             TEXT PRIMARY KEY,
  email          TEXT NOT NULL,                 -- stored trimmed and lower-cased
  name           TEXT NOT NULL,
  password_hash  TEXT NOT NULL,                 -- scrypt$N$r$p$salt$hash (src/server/passwords.ts)
  role           TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX users_email ON users (email COLLATE NOCASE);

-- The departments an editor may change (ignored for admins and viewers).
CREATE TABLE user_departments (
  user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  department_id  TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, department_id)
) WITHOUT ROWID;
CREATE INDEX user_departments_department ON user_departments (department_id);

-- id = SHA-256 (hex) of the cookie's random value. Valid while not revoked, before expires_at
-- (absolute lifetime) and within the idle limit after last_seen_at.
CREATE TABLE sessions (
  id            TEXT PRIMARY KEY,
  user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    TEXT NOT NULL,
  expires_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  revoked_at    TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One-time invite links; created_by is null for a setup link printed at start or by user:add.
CREATE TABLE invites (
  id              TEXT PRIMARY KEY,
  token_hash      TEXT NOT NULL UNIQUE,
  email           TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  department_ids  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(department_ids) AND json_type(department_ids) = 'array'),
  created_by      TEXT REFERENCES users (id),
  created_at      TEXT NOT NULL,
  expires_at      TEXT NOT NULL,
  used_at         TEXT,
  used_by         TEXT REFERENCES users (id),
  revoked_at      TEXT
);
CREATE INDEX invites_email ON invites (email COLLATE NOCASE);

-- Systems that push check-ins. A token may only add check-ins to its measures, and only while its
-- creator is active and may still change those measures.
CREATE TABLE api_tokens (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  token_hash    TEXT NOT NULL UNIQUE,
  created_by    TEXT NOT NULL REFERENCES users (id),
  created_at    TEXT NOT NULL,
  revoked_at    TEXT,
  last_used_at  TEXT
);
CREATE INDEX api_tokens_created_by ON api_tokens (created_by);

CREATE TABLE api_token_measures (
  token_id    TEXT NOT NULL REFERENCES api_tokens (id) ON DELETE CASCADE,
  measure_id  TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  PRIMARY KEY (token_id, measure_id)
) WITHOUT ROWID;
CREATE INDEX api_token_measures_measure ON api_token_measures (measure_id);

-- Failed sign-ins in a fixed window, per 'email:<address>' and per 'ip:<address>'. In the
-- database, not in memory, so the limit holds across function instances.
CREATE TABLE sign_in_attempts (
  key           TEXT PRIMARY KEY,
  window_start  TEXT NOT NULL,
  count         INTEGER NOT NULL CHECK (count >= 0)
) WITHOUT ROWID;

-- Who changed what, when, with the values before and after. Append-only: the triggers below
-- refuse UPDATE and DELETE, whoever asks. No foreign keys: history outlives what it describes.
CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  at             TEXT NOT NULL,
  actor_type     TEXT NOT NULL CHECK (actor_type IN ('user', 'token', 'system', 'anonymous')),
  actor_id       TEXT,
  actor_label    TEXT NOT NULL,
  action         TEXT NOT NULL,                 -- create, update, delete, or a verb such as close, revoke
  entity         TEXT NOT NULL,                 -- vision, department, goal, measure, check_in, user, …
  entity_id      TEXT NOT NULL,
  department_id  TEXT,                          -- the department the change belongs to, if any
  goal_id        TEXT,                          -- the goal it belongs to (a goal's page shows its history)
  before         TEXT CHECK (before IS NULL OR json_valid(before)),
  after          TEXT CHECK (after IS NULL OR json_valid(after))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_goal ON audit_log (goal_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
CREATE INDEX audit_log_department ON audit_log (department_id, id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
