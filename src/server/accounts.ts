// Users, invites and API tokens. Admin-only operations are guarded by the route's rule
// (src/server/policy.ts); what depends on the row (an editor's own tokens, the last admin) is
// checked here. Every change is written to the audit log in the same transaction.
import type {
  ApiToken,
  CreatedApiToken,
  CreatedInvite,
  Invite,
  InviteAcceptInput,
  InviteInput,
  TokenInput,
  User,
  UserPatch,
} from '../domain/accounts.ts';
import { can, type Actor, type Role, type UserActor } from '../domain/roles.ts';
import { recordAudit } from './audit.ts';
import { clock } from './clock.ts';
import type { Sql } from './db.ts';
import { Problem, notFound } from './http.ts';
import {
  createSession,
  newApiTokenSecret,
  randomSecret,
  revokeUserSessions,
  sha256,
  toUserActor,
  type NewSession,
} from './identity.ts';
import { measureOwner } from './ownership.ts';
import { all, newId, one, stale } from './rows.ts';
import { hashPassword } from './passwords.ts';
import { says } from '../domain/problem.ts';
import { NO_PASSWORD } from './backup.ts';

/** An invite link is valid for 7 days. */
export const INVITE_MS = 7 * 24 * 3600_000;
export const inviteLink = (token: string) => `/invite/?token=${token}`;

// ---------- users ----------
const USER_SELECT = `SELECT u.id, u.email, u.name, u.role, u.active, u.version, u.created_at AS createdAt, u.updated_at AS updatedAt,
  (SELECT coalesce(json_group_array(department_id), '[]') FROM
     (SELECT department_id FROM user_departments WHERE user_id = u.id ORDER BY department_id)) AS departmentIds
  FROM users u`;

interface UserRow extends Omit<User, 'active' | 'departmentIds'> {
  active: number;
  departmentIds: string;
}

/** The user as the actor of their own changes (accepting an invite). */
const asActor = (u: User): UserActor => ({
  type: 'user',
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  departmentIds: u.departmentIds,
});

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  departmentIds: JSON.parse(r.departmentIds) as string[],
  active: r.active === 1,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const listUsers = async (sql: Sql) => (await all<UserRow>(sql, `${USER_SELECT} ORDER BY u.email`)).map(toUser);

export async function findUser(sql: Sql, id: string): Promise<User | null> {
  const row = await one<UserRow>(sql, `${USER_SELECT} WHERE u.id = ?`, [id]);
  return row && toUser(row);
}

export async function getUser(sql: Sql, id: string): Promise<User> {
  const u = await findUser(sql, id);
  if (!u) throw notFound('User');
  return u;
}

/** The account behind an e-mail address, with its password hash (for signing in only). */
export async function findCredentials(sql: Sql, email: string) {
  const row = await one<UserRow & { passwordHash: string }>(
    sql,
    `SELECT u.id, u.email, u.name, u.role, u.active, u.version, u.created_at AS createdAt, u.updated_at AS updatedAt, u.password_hash AS passwordHash,
       (SELECT coalesce(json_group_array(department_id), '[]') FROM
          (SELECT department_id FROM user_departments WHERE user_id = u.id ORDER BY department_id)) AS departmentIds
       FROM users u WHERE u.email = ? COLLATE NOCASE`,
    [email],
  );
  return row && { user: toUser(row), actor: toUserActor(row), passwordHash: row.passwordHash };
}

async function assertDepartments(sql: Sql, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const found = await all<{ id: string }>(
    sql,
    `SELECT id FROM departments WHERE id IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length)
    throw new Problem(422, 'Invalid reference', says('account.departmentMissing'), {
      departmentIds: [says('account.departmentIds', { list: missing.join(', ') })],
    });
}

async function setDepartments(sql: Sql, userId: string, ids: readonly string[]): Promise<void> {
  await sql.execute({ sql: 'DELETE FROM user_departments WHERE user_id = ?', args: [userId] });
  for (const d of new Set(ids))
    await sql.execute({
      sql: 'INSERT INTO user_departments (user_id, department_id) VALUES (?, ?)',
      args: [userId, d],
    });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  departmentIds?: readonly string[];
  /** Either a password (hashed here) or a ready hash (the demo seed's precomputed ones). */
  password?: string;
  passwordHash?: string;
}

/** Creates an active account (scripts, the demo seed, tests, invite acceptance). */
export async function createUser(sql: Sql, input: NewUser, actor: Actor, now: Date = clock()): Promise<User> {
  const passwordHash = input.passwordHash ?? (input.password !== undefined ? await hashPassword(input.password) : null);
  if (!passwordHash) throw new Error('createUser needs a password or a password hash');
  const email = input.email.trim().toLowerCase();
  if (await one(sql, 'SELECT 1 AS ok FROM users WHERE email = ? COLLATE NOCASE', [email]))
    throw new Problem(409, 'Already exists', says('account.emailTaken'), { email: [says('account.emailTaken')] });
  await assertDepartments(sql, input.departmentIds ?? []);
  const id = newId();
  const at = now.toISOString();
  await sql.execute({
    sql: 'INSERT INTO users (id, email, name, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    args: [id, email, input.name, passwordHash, input.role, at, at],
  });
  await setDepartments(sql, id, input.departmentIds ?? []);
  const user = (await findUser(sql, id))!;
  await recordAudit(sql, actor, { action: 'create', entity: 'user', entityId: id, after: user }, now);
  return user;
}

const activeAdminsOtherThan = async (sql: Sql, id: string) =>
  (await one<{ n: number }>(sql, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1 AND id <> ?", [
    id,
  ]))!.n;

/** Changes name, role, departments or active; deactivating ends the person's sessions. */
export async function updateUser(
  sql: Sql,
  actor: Actor,
  id: string,
  patch: UserPatch,
  now: Date = clock(),
): Promise<User> {
  const before = await getUser(sql, id);
  if (patch.version !== before.version) throw stale('User', before);
  const next = {
    name: patch.name ?? before.name,
    role: patch.role ?? before.role,
    active: patch.active ?? before.active,
    departmentIds: patch.departmentIds ?? before.departmentIds,
  };
  const losesAdmin = before.role === 'admin' && before.active && (next.role !== 'admin' || !next.active);
  if (losesAdmin && (await activeAdminsOtherThan(sql, id)) === 0)
    throw new Problem(409, 'Last admin', says('account.lastAdmin'), {
      [patch.active === false ? 'active' : 'role']: [says('account.lastAdminField')],
    });
  await assertDepartments(sql, next.departmentIds);
  const rs = await sql.execute({
    sql: 'UPDATE users SET name = ?, role = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?',
    args: [next.name, next.role, next.active ? 1 : 0, now.toISOString(), id, patch.version],
  });
  if (rs.rowsAffected === 0) throw stale('User', await getUser(sql, id));
  if (patch.departmentIds) await setDepartments(sql, id, next.departmentIds);
  if (!next.active) await revokeUserSessions(sql, id, now);
  const after = await getUser(sql, id);
  await recordAudit(sql, actor, { action: 'update', entity: 'user', entityId: id, before, after }, now);
  return after;
}

// ---------- invites ----------
interface InviteRow {
  id: string;
  email: string;
  role: Role;
  departmentIds: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}
const INVITE_SELECT = `SELECT id, email, role, department_ids AS departmentIds, created_by AS createdBy, created_at AS createdAt,
  expires_at AS expiresAt, used_at AS usedAt, revoked_at AS revokedAt FROM invites`;
const toInvite = (r: InviteRow): Invite => ({
  id: r.id,
  email: r.email,
  role: r.role,
  departmentIds: JSON.parse(r.departmentIds) as string[],
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  expiresAt: r.expiresAt,
});

/**
 * Creates a one-time invite link for an e-mail address with a role and departments. Refused
 * while an active account has the address (re-inviting a deactivated one reactivates it).
 */
export async function createInvite(
  sql: Sql,
  actor: Actor,
  input: InviteInput,
  now: Date = clock(),
): Promise<CreatedInvite> {
  if (
    input.email &&
    (await one(sql, 'SELECT 1 AS ok FROM users WHERE email = ? COLLATE NOCASE AND active = 1', [input.email]))
  )
    throw new Problem(409, 'Already exists', says('account.emailActive'), { email: [says('account.emailActive')] });
  await assertDepartments(sql, input.departmentIds);
  const token = randomSecret();
  const id = newId();
  const expiresAt = new Date(now.getTime() + INVITE_MS).toISOString();
  await sql.execute({
    sql: `INSERT INTO invites (id, token_hash, email, role, department_ids, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      id,
      sha256(token),
      input.email,
      input.role,
      JSON.stringify([...new Set(input.departmentIds)]),
      actor.type === 'user' ? actor.id : null,
      now.toISOString(),
      expiresAt,
    ],
  });
  const invite = toInvite((await one<InviteRow>(sql, `${INVITE_SELECT} WHERE id = ?`, [id]))!);
  await recordAudit(sql, actor, { action: 'create', entity: 'invite', entityId: id, after: invite }, now);
  return { invite, token, link: inviteLink(token) };
}

/**
 * A one-time link for a person restored from a backup (their account exists, without a password):
 * accepting it sets their password and keeps their role and departments.
 */
export async function createSetPasswordInvite(
  sql: Sql,
  createdBy: string | null,
  user: { email: string; role: string; departmentIds: string[] },
  now: Date = clock(),
): Promise<string> {
  const token = randomSecret();
  await sql.execute({
    sql: `INSERT INTO invites (id, token_hash, email, role, department_ids, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      newId(),
      sha256(token),
      user.email,
      user.role,
      JSON.stringify(user.departmentIds),
      createdBy,
      now.toISOString(),
      new Date(now.getTime() + INVITE_MS).toISOString(),
    ],
  });
  return token;
}

/** Pending invites (not used, revoked or expired), newest first. */
export async function listInvites(sql: Sql, now: Date = clock()): Promise<Invite[]> {
  const rows = await all<InviteRow>(
    sql,
    `${INVITE_SELECT} WHERE used_at IS NULL AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC`,
    [now.toISOString()],
  );
  return rows.map(toInvite);
}

/** The invite behind a link's token: 404 unknown, 410 used, revoked or expired. */
export async function inviteByToken(sql: Sql, token: string, now: Date = clock()): Promise<Invite> {
  const row =
    token.length <= 200 ? await one<InviteRow>(sql, `${INVITE_SELECT} WHERE token_hash = ?`, [sha256(token)]) : null;
  if (!row) throw new Problem(404, 'Invite not found', says('invite.invalid'));
  if (row.usedAt) throw new Problem(410, 'Invite already used', says('invite.used'));
  if (row.revokedAt || row.expiresAt <= now.toISOString())
    throw new Problem(410, 'Invite expired', says('invite.expired'));
  return toInvite(row);
}

/** Accepts an invite: creates (or reactivates) the account, uses up the invite, and signs in. */
export async function acceptInvite(
  sql: Sql,
  input: InviteAcceptInput,
  now: Date = clock(),
): Promise<{ user: User; session: NewSession }> {
  const invite = await inviteByToken(sql, input.token, now);
  // A setup link names no address: the person accepting it gives theirs.
  const email = invite.email || input.email;
  if (!email)
    throw new Problem(400, 'Invalid input', says('invite.emailRequired'), { email: [says('input.required')] });
  const existing = await one<{ id: string; active: number; passwordHash: string }>(
    sql,
    'SELECT id, active, password_hash AS passwordHash FROM users WHERE email = ? COLLATE NOCASE',
    [email],
  );
  // An account restored from a backup is active but has no password until its link is used.
  if (existing?.active === 1 && existing.passwordHash !== NO_PASSWORD)
    throw new Problem(409, 'Already exists', says('invite.accountExists'), {
      token: [says('invite.accountExistsField')],
    });
  const used = await sql.execute({
    sql: 'UPDATE invites SET used_at = ? WHERE id = ? AND used_at IS NULL',
    args: [now.toISOString(), invite.id],
  });
  if (used.rowsAffected === 0) throw new Problem(410, 'Invite already used', says('invite.usedRace'));
  let user: User;
  const departmentIds = (
    await all<{ id: string }>(sql, `SELECT id FROM departments WHERE id IN (SELECT value FROM json_each(?))`, [
      JSON.stringify(invite.departmentIds),
    ])
  ).map((d) => d.id);
  if (existing) {
    const before = await getUser(sql, existing.id);
    await sql.execute({
      sql: 'UPDATE users SET name = ?, password_hash = ?, role = ?, active = 1, version = version + 1, updated_at = ? WHERE id = ?',
      args: [input.name, await hashPassword(input.password), invite.role, now.toISOString(), existing.id],
    });
    await setDepartments(sql, existing.id, departmentIds);
    user = await getUser(sql, existing.id);
    await recordAudit(
      sql,
      asActor(user),
      { action: 'reactivate', entity: 'user', entityId: user.id, before, after: user },
      now,
    );
    // The new password itself is never logged (nor its hash), only that it was set.
    await recordAudit(sql, asActor(user), { action: 'password_change', entity: 'user', entityId: user.id }, now);
  } else {
    const id = newId();
    const at = now.toISOString();
    await sql.execute({
      sql: 'INSERT INTO users (id, email, name, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      args: [id, email, input.name, await hashPassword(input.password), invite.role, at, at],
    });
    await setDepartments(sql, id, departmentIds);
    user = await getUser(sql, id);
    await recordAudit(sql, asActor(user), { action: 'create', entity: 'user', entityId: id, after: user }, now);
  }
  await sql.execute({ sql: 'UPDATE invites SET used_by = ? WHERE id = ?', args: [user.id, invite.id] });
  return { user, session: await createSession(sql, user.id, now) };
}

export async function revokeInvite(sql: Sql, actor: Actor, id: string, now: Date = clock()): Promise<void> {
  const row = await one<InviteRow>(sql, `${INVITE_SELECT} WHERE id = ?`, [id]);
  if (!row) throw notFound('Invite');
  if (row.usedAt) throw new Problem(409, 'Invite already used', says('invite.usedWithdraw'));
  await sql.execute({
    sql: 'UPDATE invites SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?',
    args: [now.toISOString(), id],
  });
  await recordAudit(sql, actor, { action: 'revoke', entity: 'invite', entityId: id, before: toInvite(row) }, now);
}

/**
 * An invite made from the command line: the setup link printed at start while no admin exists
 * (`email` '' — the person accepting gives theirs), or `npm run user:add`. Earlier unused
 * command-line links stop working, so only the latest printed link is valid.
 */
export async function createSetupInvite(
  sql: Sql,
  input: { email: string; role?: Role; departmentIds?: string[] },
  now: Date = clock(),
): Promise<CreatedInvite> {
  await sql.execute({
    sql: 'UPDATE invites SET revoked_at = ? WHERE created_by IS NULL AND used_at IS NULL AND revoked_at IS NULL',
    args: [now.toISOString()],
  });
  return createInvite(
    sql,
    { type: 'system', label: 'command line' },
    { email: input.email.trim().toLowerCase(), role: input.role ?? 'admin', departmentIds: input.departmentIds ?? [] },
    now,
  );
}

export const hasActiveAdmin = async (sql: Sql) =>
  (await one(sql, "SELECT 1 AS ok FROM users WHERE role = 'admin' AND active = 1", [])) !== null;

// ---------- API tokens ----------
interface TokenRow extends Omit<ApiToken, 'measureIds'> {
  measureIds: string;
}
const TOKEN_SELECT = `SELECT id, name, created_by AS createdBy, created_at AS createdAt, revoked_at AS revokedAt, last_used_at AS lastUsedAt,
  (SELECT coalesce(json_group_array(measure_id), '[]') FROM (SELECT measure_id FROM api_token_measures WHERE token_id = t.id ORDER BY measure_id)) AS measureIds
  FROM api_tokens t`;
const toToken = (r: TokenRow): ApiToken => ({ ...r, measureIds: JSON.parse(r.measureIds) as string[] });

/** Admins see every token; editors the ones they created. */
export async function listApiTokens(sql: Sql, actor: UserActor): Promise<ApiToken[]> {
  const rows =
    actor.role === 'admin'
      ? await all<TokenRow>(sql, `${TOKEN_SELECT} ORDER BY created_at DESC`)
      : await all<TokenRow>(sql, `${TOKEN_SELECT} WHERE created_by = ? ORDER BY created_at DESC`, [actor.id]);
  return rows.map(toToken);
}

/** A token for check-ins of `measureIds`; an editor may only name measures of their departments. */
export async function createApiToken(
  sql: Sql,
  actor: UserActor,
  input: TokenInput,
  now: Date = clock(),
): Promise<CreatedApiToken> {
  const measureIds = [...new Set(input.measureIds)];
  const missing: string[] = [];
  const foreign: string[] = [];
  for (const measureId of measureIds) {
    const owner = await measureOwner(sql, measureId);
    if (!owner) missing.push(measureId);
    else if (!can(actor, 'create_check_in', { kind: 'measure', measureId, departmentId: owner.departmentId }))
      foreign.push(measureId);
  }
  if (missing.length)
    throw new Problem(422, 'Invalid reference', says('token.measureMissing'), {
      measureIds: [says('token.measureIds', { list: missing.join(', ') })],
    });
  if (foreign.length)
    throw new Problem(403, 'Not allowed', says('token.foreignMeasures'), {
      measureIds: [says('token.foreignMeasureIds', { list: foreign.join(', ') })],
    });
  const secret = newApiTokenSecret();
  const id = newId();
  await sql.execute({
    sql: 'INSERT INTO api_tokens (id, name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
    args: [id, input.name, sha256(secret), actor.id, now.toISOString()],
  });
  for (const m of measureIds)
    await sql.execute({ sql: 'INSERT INTO api_token_measures (token_id, measure_id) VALUES (?, ?)', args: [id, m] });
  const token = toToken((await one<TokenRow>(sql, `${TOKEN_SELECT} WHERE id = ?`, [id]))!);
  await recordAudit(sql, actor, { action: 'create', entity: 'api_token', entityId: id, after: token }, now);
  return { token, secret };
}

/** Revokes a token (admins: any; editors: their own). Revoking twice is harmless. */
export async function revokeApiToken(sql: Sql, actor: UserActor, id: string, now: Date = clock()): Promise<void> {
  const row = await one<TokenRow>(sql, `${TOKEN_SELECT} WHERE id = ?`, [id]);
  if (!row) throw notFound('API token');
  if (actor.role !== 'admin' && row.createdBy !== actor.id)
    throw new Problem(403, 'Not allowed', says('token.revokeForeign'));
  if (row.revokedAt) return;
  await sql.execute({ sql: 'UPDATE api_tokens SET revoked_at = ? WHERE id = ?', args: [now.toISOString(), id] });
  await recordAudit(sql, actor, { action: 'revoke', entity: 'api_token', entityId: id, before: toToken(row) }, now);
}
