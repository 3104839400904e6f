// Accounts for the integration tests: users made straight in the test database (with one
// password hashed once per file) and real sessions, returned as the headers a browser would send
// (session cookie + its own Origin). `freshDatabase()` makes every `call` an admin's by default.
import type { User } from '../../src/domain/accounts.ts';
import { SYSTEM, type Role } from '../../src/domain/roles.ts';
import { createApiToken, createUser } from '../../src/server/accounts.ts';
import { SESSION_COOKIE } from '../../src/server/cookies.ts';
import { getDatabase } from '../../src/server/db.ts';
import { createSession } from '../../src/server/identity.ts';
import { hashPassword } from '../../src/server/passwords.ts';

/** The password of every user made here. */
export const TEST_PASSWORD = 'correct horse battery staple';
/** The origin `call()` sends requests to (http://localhost…). */
export const ORIGIN = 'http://localhost';

let hash: Promise<string> | null = null;
let seq = 0;

export interface SignedIn {
  user: User;
  /** Cookie and Origin, as the browser sends them on a same-site request. */
  headers: Record<string, string>;
}

export const sessionHeaders = (token: string): Record<string, string> => ({
  cookie: `${SESSION_COOKIE}=${token}`,
  origin: ORIGIN,
});

/** A new active user with `TEST_PASSWORD` (no request, no audit noise beyond the system's). */
export async function createTestUser(
  role: Role,
  opts: { departmentIds?: string[]; email?: string; name?: string } = {},
): Promise<User> {
  hash ??= hashPassword(TEST_PASSWORD);
  const n = ++seq;
  return createUser(
    await getDatabase(),
    {
      email: opts.email ?? `${role}${n}@example.com`,
      name: opts.name ?? `${role} ${n}`,
      role,
      departmentIds: opts.departmentIds ?? [],
      passwordHash: await hash,
    },
    SYSTEM,
  );
}

/** A new user of `role` with a real session. */
export async function signedIn(role: Role, opts: { departmentIds?: string[]; email?: string } = {}): Promise<SignedIn> {
  const user = await createTestUser(role, opts);
  const session = await createSession(await getDatabase(), user.id);
  return { user, headers: sessionHeaders(session.token) };
}

/** Headers of a new signed-in user of `role` (editors: of `departmentIds`). */
export const signIn = async (role: Role, departmentIds: string[] = []) =>
  (await signedIn(role, { departmentIds })).headers;

let admin: Promise<Record<string, string>> | null = null;
/** Headers of one admin per test file. */
export const asAdmin = () => (admin ??= signIn('admin'));

/** An API token (`Authorization` header) for check-ins of `measureIds`, created by `creator` (default: a new admin). */
export async function bearerFor(
  measureIds: string[],
  creator?: User,
): Promise<{ id: string; headers: Record<string, string> }> {
  const owner = creator ?? (await createTestUser('admin'));
  const { token, secret } = await createApiToken(
    await getDatabase(),
    {
      type: 'user',
      id: owner.id,
      email: owner.email,
      name: owner.name,
      role: owner.role,
      departmentIds: owner.departmentIds,
    },
    { name: `token ${++seq}`, measureIds },
  );
  return { id: token.id, headers: { authorization: `Bearer ${secret}` } };
}

/**
 * Every row of every table (found in the schema, so tables added later are included), except
 * `except`: equal snapshots mean nothing was written. Each table comes back as one sorted JSON
 * text built inside SQLite (fast enough to take before and after every request).
 */
export async function snapshotAll(except: readonly string[] = []): Promise<Record<string, string>> {
  const db = await getDatabase();
  const tables = (
    await db.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
    )
  ).rows
    .map((r) => String(r.name))
    .filter((t) => !except.includes(t));
  const columns = await db.batch(tables.map((t) => `SELECT name FROM pragma_table_info('${t}') ORDER BY cid`));
  const results = await db.batch(
    tables.map((t, i) => {
      const cols = columns[i]!.rows.map((r) => `"${String(r.name)}"`).join(', ');
      return `SELECT coalesce(json_group_array(row), '[]') AS rows FROM (SELECT json_array(${cols}) AS row FROM "${t}" ORDER BY row)`;
    }),
  );
  return Object.fromEntries(tables.map((t, i) => [t, String(results[i]!.rows[0]!.rows)]));
}

/** Tables that record *that* a request happened (last seen, failed sign-ins), not what it changed. */
export const BOOKKEEPING = ['sessions', 'sign_in_attempts', 'api_tokens'] as const;
