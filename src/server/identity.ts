// Who is asking: sessions (cookie) and API tokens (bearer), looked up by the SHA-256 of the
// secret the client holds. No secret is stored. Used by the access gate (src/server/access.ts)
// and the session/invite handlers; imports nothing from http.ts so the gate can.
import { createHash, randomBytes } from 'node:crypto';
import type { Role, TokenActor, UserActor } from '../domain/roles.ts';
import { clock } from './clock.ts';
import { rowsOf, type Sql } from './db.ts';

/** A session ends after 12 hours without a request, and 7 days after sign-in at the latest. */
export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
/** last_seen_at is written at most this often (not on every request). */
export const SESSION_TOUCH_MS = 5 * 60_000;

export const sha256 = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');
/** 32 random bytes, base64url (43 characters). */
export const randomSecret = () => randomBytes(32).toString('base64url');

const iso = (ms: number) => new Date(ms).toISOString();

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: number;
  departmentIds: string;
}

/** The columns of a user with their department ids (as JSON text), for `u`. */
export const USER_ACTOR_COLUMNS = `u.id AS id, u.email AS email, u.name AS name, u.role AS role, u.active AS active,
  (SELECT coalesce(json_group_array(department_id), '[]') FROM
     (SELECT department_id FROM user_departments WHERE user_id = u.id ORDER BY department_id)) AS departmentIds`;

export function toUserActor(row: UserRow): UserActor {
  return {
    type: 'user',
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentIds: JSON.parse(row.departmentIds) as string[],
  };
}

// ---------- sessions ----------
export interface NewSession {
  /** The cookie value: shown to the browser only. */
  token: string;
  id: string;
  expiresAt: string;
  maxAgeSeconds: number;
}

/** A brand-new session: a fresh random secret every time (a value the client brought is never adopted). */
export async function createSession(sql: Sql, userId: string, now: Date = clock()): Promise<NewSession> {
  const token = randomSecret();
  const id = sha256(token);
  const t = now.getTime();
  await sql.execute({
    sql: 'INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
    args: [id, userId, iso(t), iso(t + SESSION_MAX_MS), iso(t)],
  });
  return { token, id, expiresAt: iso(t + SESSION_MAX_MS), maxAgeSeconds: SESSION_MAX_MS / 1000 };
}

export type SessionActor = UserActor & { sessionId: string };

/** How the last-seen refresh runs: at once on `sql` by default (callers inside their write transaction). */
export type RefreshSession = (refresh: () => Promise<unknown>) => void | Promise<void>;
const refreshAtOnce: RefreshSession = async (refresh) => {
  await refresh();
};

/**
 * The active user behind a session token, or null when the session is unknown, revoked, expired
 * (absolute or idle) or its user is deactivated. Refreshes last_seen_at now and then, through
 * `refreshWith` (the access gate, outside any transaction, queues it as a write of its own); that
 * write is best-effort: it must never turn a read into an error.
 */
export async function findSessionUser(
  sql: Sql,
  token: string,
  now: Date = clock(),
  refreshWith: RefreshSession = refreshAtOnce,
): Promise<SessionActor | null> {
  const rs = await sql.execute({
    sql: `SELECT s.id AS sessionId, s.expires_at AS expiresAt, s.last_seen_at AS lastSeenAt, ${USER_ACTOR_COLUMNS}
            FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.id = ? AND s.revoked_at IS NULL AND u.active = 1`,
    args: [sha256(token)],
  });
  const row = rowsOf<UserRow & { sessionId: string; expiresAt: string; lastSeenAt: string }>(rs)[0];
  if (!row) return null;
  const t = now.getTime();
  if (Date.parse(row.expiresAt) <= t || Date.parse(row.lastSeenAt) + SESSION_IDLE_MS <= t) return null;
  if (t - Date.parse(row.lastSeenAt) >= SESSION_TOUCH_MS)
    await refreshWith(() =>
      sql
        .execute({
          sql: 'UPDATE sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?',
          args: [iso(t), row.sessionId, iso(t)],
        })
        .catch(() => {}),
    );
  return { ...toUserActor(row), sessionId: row.sessionId };
}

export async function revokeSession(sql: Sql, sessionId: string, now: Date = clock()): Promise<void> {
  await sql.execute({
    sql: 'UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    args: [now.toISOString(), sessionId],
  });
}

/** Ends every session of a user (deactivation). */
export async function revokeUserSessions(sql: Sql, userId: string, now: Date = clock()): Promise<number> {
  const rs = await sql.execute({
    sql: 'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL',
    args: [now.toISOString(), userId],
  });
  return rs.rowsAffected;
}

// ---------- API tokens ----------
export const API_TOKEN_PREFIX = 'tlr_';
const API_TOKEN = /^tlr_[A-Za-z0-9_-]{43}$/;

export const newApiTokenSecret = () => API_TOKEN_PREFIX + randomSecret();

/** The bearer token of an `Authorization: Bearer …` header; '' for a malformed one; null for none. */
export function readBearer(req: Request): string | null {
  const header = req.headers.get('authorization');
  if (header === null) return null;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : '';
}

/** The token actor for a secret, or null when unknown, revoked, or its creator is deactivated. */
export async function findApiToken(sql: Sql, secret: string): Promise<TokenActor | null> {
  if (!API_TOKEN.test(secret)) return null;
  const rs = await sql.execute({
    sql: `SELECT t.id AS tokenId, t.name AS tokenName,
                 (SELECT coalesce(json_group_array(measure_id), '[]') FROM api_token_measures WHERE token_id = t.id) AS measureIds,
                 ${USER_ACTOR_COLUMNS}
            FROM api_tokens t JOIN users u ON u.id = t.created_by
           WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.active = 1`,
    args: [sha256(secret)],
  });
  const row = rowsOf<UserRow & { tokenId: string; tokenName: string; measureIds: string }>(rs)[0];
  if (!row) return null;
  const owner = toUserActor(row);
  return {
    type: 'token',
    id: row.tokenId,
    name: row.tokenName,
    measureIds: JSON.parse(row.measureIds) as string[],
    owner: { id: owner.id, role: owner.role, departmentIds: owner.departmentIds },
  };
}

export async function touchApiToken(sql: Sql, tokenId: string, now: Date = clock()): Promise<void> {
  await sql.execute({ sql: 'UPDATE api_tokens SET last_used_at = ? WHERE id = ?', args: [now.toISOString(), tokenId] });
}
