// Backup and restore of the whole organisation: GET /api/backup, POST /api/restore, and the
// command-line copies (`npm run backup` / `npm run restore`), on the demo organisation.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import backupFn from '../../../netlify/functions/backup.mts';
import restoreFn from '../../../netlify/functions/restore.mts';
import inviteFn from '../../../netlify/functions/invite.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import reviewsFn from '../../../netlify/functions/reviews.mts';
import reviewActionsFn from '../../../netlify/functions/review-actions.mts';
import reviewCloseFn from '../../../netlify/functions/review-close.mts';
import { setClock } from '../../../src/server/clock.ts';
import { seedDemo } from '../../../db/seed/demo.ts';
import { BACKUP_TABLES, readBackup, restoreBackup, type Backup } from '../../../src/server/backup.ts';
import { openDatabase, useDatabase } from '../../../src/server/db.ts';
import { migrate } from '../../../src/server/migrate.ts';
import { findCredentials } from '../../../src/server/accounts.ts';
import { call, expectProblem, snapshot } from '../helpers.ts';
import { signIn, signedIn } from '../sign-in.ts';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), 'tiller-backup-'));
const clients: Client[] = [];
afterAll(() => {
  for (const c of clients) c.close();
  rmSync(dir, { recursive: true, force: true });
});

async function database(name: string): Promise<{ client: Client; url: string; file: string }> {
  const file = path.join(dir, `${name}.db`);
  const url = pathToFileURL(file).href;
  const client = await openDatabase(url);
  clients.push(client);
  await migrate(client);
  return { client, url, file };
}

/** The document without the moment it was made. */
const timeless = ({ createdAt: _, ...rest }: Backup) => rest;

let source: Awaited<ReturnType<typeof database>>;
let original: Backup;
let admin: Record<string, string>;

beforeAll(async () => {
  source = await database('source');
  useDatabase(source.client);
  await seedDemo(source.client, '2026-11-23');
  admin = await signIn('admin');
  // A closed review with its frozen snapshot and an action, as of the demo's day.
  setClock(() => new Date('2026-11-23T12:00:00Z'));
  const review = await call<{ id: string }>(reviewsFn, 'POST', '/api/reviews', {
    headers: admin,
    body: { period: '2026-Q4', meetingDate: '2026-11-23', forum: 'leadership_review' },
  });
  expect(review.status, JSON.stringify(review.body)).toBe(201);
  const p = { id: review.body.id };
  const action = await call(reviewActionsFn, 'POST', `/api/reviews/${p.id}/actions`, {
    params: p,
    headers: admin,
    body: { text: 'Call the three biggest customers', owner: 'Sofia' },
  });
  expect(action.status, JSON.stringify(action.body)).toBe(201);
  const closed = await call(reviewCloseFn, 'POST', `/api/reviews/${p.id}/close`, {
    params: p,
    headers: admin,
    body: {},
  });
  expect(closed.status, JSON.stringify(closed.body)).toBeLessThan(300);
  setClock(null);
  // Something in the bin too: a deleted goal with what was under it.
  const goal = (
    await source.client.execute('SELECT id, version FROM goals WHERE parent_goal_id IS NOT NULL ORDER BY id LIMIT 1')
  ).rows[0]!;
  const del = await call(goalFn, 'DELETE', `/api/goals/${goal.id}?children=delete&version=${goal.version}`, {
    params: { id: String(goal.id) },
    headers: admin,
  });
  expect(del.status, JSON.stringify(del.body)).toBeLessThan(300);
  const res = await call<Backup>(backupFn, 'GET', '/api/backup', { headers: admin });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(
    /^attachment; filename="tiller-backup-\d{4}-\d\d-\d\d\.json"$/,
  );
  original = res.body;
});

describe('GET /api/backup', () => {
  it('holds every table of the organisation, with the schema it matches', async () => {
    expect(original.format).toBe('tiller-backup');
    expect(original.version).toBe(1);
    expect(original.migration).toMatch(/^\d{4}_.+\.sql$/);
    expect(Object.keys(original.tables)).toEqual([...BACKUP_TABLES]);
    for (const table of BACKUP_TABLES) {
      const n = Number((await source.client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
      expect(original.tables[table].length, table).toBe(n);
    }
    for (const table of [
      'vision',
      'departments',
      'goals',
      'measures',
      'check_ins',
      'reviews',
      'actions',
      'deleted_goals',
      'audit_log',
      'users',
    ] as const)
      expect(original.tables[table].length, table).toBeGreaterThan(0);
  });

  it('never holds a password hash, a session, an invite or an API token', () => {
    const text = JSON.stringify(original);
    expect(text).not.toContain('password_hash');
    expect(text).not.toMatch(/scrypt\$/);
    expect(Object.keys(original.tables)).not.toEqual(expect.arrayContaining(['sessions', 'invites', 'api_tokens']));
  });

  it('is for admins only', async () => {
    expectProblem(await call(backupFn, 'GET', '/api/backup', { headers: await signIn('viewer') }), 403);
    expectProblem(await call(backupFn, 'GET', '/api/backup', { headers: await signIn('editor') }), 403);
  });
});

describe('restore', () => {
  it('round trip: restore into a fresh database, back up again: the same document', async () => {
    const target = await database('round-trip');
    const tx = await target.client.transaction('write');
    await restoreBackup(tx, original);
    await tx.commit();
    tx.close();
    const again = await readBackup(target.client);
    expect(timeless(again)).toEqual(timeless(original));
  });

  it('POST /api/restore into an empty organisation: everything back, the admin stays, others get set-password links', async () => {
    const target = await database('api');
    useDatabase(target.client);
    const restorer = await signedIn('admin', { email: 'restorer@example.com' });
    const res = await call<{ rows: Record<string, number>; setPasswordLinks: { email: string; link: string }[] }>(
      restoreFn,
      'POST',
      '/api/restore',
      {
        headers: restorer.headers,
        body: original,
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.rows.goals).toBe(original.tables.goals.length);
    const activeUsers = original.tables.users.filter((u) => u.active === 1);
    expect(res.body.setPasswordLinks.map((l) => l.email).sort()).toEqual(
      activeUsers.map((u) => String(u.email)).sort(),
    );

    const after = await readBackup(target.client);
    for (const table of BACKUP_TABLES.filter((t) => !['users', 'audit_log'].includes(t)))
      expect(after.tables[table], table).toEqual(original.tables[table]);
    // The restorer's own account and set-up come first; the restored history follows, then the restore itself.
    const strip = (r: Record<string, unknown>) => ({ ...r, id: undefined });
    const restoredLog = after.tables.audit_log.slice(-original.tables.audit_log.length - 1, -1);
    expect(restoredLog.map(strip)).toEqual(original.tables.audit_log.map(strip));
    expect(after.tables.audit_log.at(-1)).toMatchObject({
      action: 'restore',
      entity: 'organisation',
      actor_id: restorer.user.id,
    });

    // A restored person has no password until they use their link; then they keep their role.
    const viewer = activeUsers.find((u) => u.role === 'viewer')!;
    const link = res.body.setPasswordLinks.find((l) => l.email === viewer.email)!.link;
    const token = new URL(link, 'http://localhost').searchParams.get('token')!;
    const accepted = await call(inviteFn, 'POST', '/api/invites/accept', {
      anonymous: true,
      headers: { origin: 'http://localhost' },
      params: { token: 'accept' },
      body: { token, name: String(viewer.name), password: 'a long new password for tiller' },
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const credentials = await findCredentials(target.client, String(viewer.email));
    expect(credentials?.user).toMatchObject({ id: viewer.id, role: 'viewer', active: true });
    expect(credentials?.passwordHash).toMatch(/^scrypt\$/);

    // A second restore is refused and writes nothing.
    const before = await snapshot(target.client);
    expectProblem(await call(restoreFn, 'POST', '/api/restore', { headers: restorer.headers, body: original }), 409);
    expect(await snapshot(target.client)).toEqual(before);
  });

  it('refuses a document that does not fit, and writes nothing', async () => {
    const target = await database('bad');
    useDatabase(target.client);
    const restorer = await signIn('admin');
    const before = await snapshot(target.client);
    const post = (body: unknown) => call(restoreFn, 'POST', '/api/restore', { headers: restorer, body });
    expectProblem(await post({ ...original, format: 'something else' }), 400, 'format');
    expectProblem(await post({ ...original, migration: '0001_init.sql' }), 422);
    const [firstGoal, ...rest] = original.tables.goals;
    expectProblem(
      await post({ ...original, tables: { ...original.tables, goals: [{ ...firstGoal, shoe_size: 42 }, ...rest] } }),
      422,
    );
    // A goal whose department is not in the backup.
    expectProblem(
      await post({ ...original, tables: { ...original.tables, departments: original.tables.departments.slice(1) } }),
      422,
    );
    expect(await snapshot(target.client)).toEqual(before);
    expect(Number((await target.client.execute('SELECT count(*) AS n FROM users')).rows[0]!.n)).toBe(1);
    expectProblem(
      await call(restoreFn, 'POST', '/api/restore', { headers: await signIn('viewer'), body: original }),
      403,
    );
  });
});

describe('npm run backup / restore', () => {
  const node = process.execPath;
  const script = (name: string) => path.resolve('scripts', `${name}.ts`);

  it('copies the database file while it is open, and puts it back', async () => {
    const copy = path.join(dir, 'copy.db');
    await run(node, [script('backup'), copy], { env: { ...process.env, LIBSQL_URL: source.url } });
    const target = path.join(dir, 'restored-file.db');
    await run(node, [script('restore'), copy], { env: { ...process.env, LIBSQL_URL: pathToFileURL(target).href } });
    const restored = await openDatabase(pathToFileURL(target).href);
    clients.push(restored);
    expect(timeless(await readBackup(restored))).toEqual(timeless(await readBackup(source.client)));
  }, 120_000);

  it('writes and restores the JSON document, printing each person a set-password link', async () => {
    const json = path.join(dir, 'copy.json');
    await run(node, [script('backup'), json], { env: { ...process.env, LIBSQL_URL: source.url } });
    expect(timeless(JSON.parse(readFileSync(json, 'utf8')) as Backup)).toEqual(
      timeless(await readBackup(source.client)),
    );
    const target = path.join(dir, 'restored-json.db');
    const { stdout } = await run(node, [script('restore'), json], {
      env: { ...process.env, LIBSQL_URL: pathToFileURL(target).href },
    });
    expect(stdout).toMatch(/Restored \d+ rows/);
    expect(stdout).toMatch(/\/invite\/\?token=/);
    const restored = await openDatabase(pathToFileURL(target).href);
    clients.push(restored);
    expect(timeless(await readBackup(restored))).toEqual(timeless(await readBackup(source.client)));
    // A backup never overwrites a file.
    await expect(
      run(node, [script('backup'), json], { env: { ...process.env, LIBSQL_URL: source.url } }),
    ).rejects.toMatchObject({ code: 2 });
  }, 120_000);
});
