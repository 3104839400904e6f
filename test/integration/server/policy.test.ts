// EVERY route × every role, with enforcement on. Routes are discovered from netlify/functions/
// (each file's config.path; its methods from the 405 `allow` answer), so a new route fails this
// file until it has (1) a rule in src/server/policy.ts and (2) a line in MATRIX below saying
// what it touches and how to build a request for it. Nobody adds an unguarded route.
//
// For each case and role the test builds fresh rows (so deletes and closes do not interfere),
// sends the request as that role, and asserts the status; where refused, that the database is
// unchanged (every table but the bookkeeping of sessions/sign-in attempts/token use); where an
// allowed write changed data, that the audit log recorded it, attributed to that role.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../../src/domain/accounts.ts';
import type { Measure } from '../../../src/domain/types.ts';
import { readBackup } from '../../../src/server/backup.ts';
import { createApiToken } from '../../../src/server/accounts.ts';
import { createSession } from '../../../src/server/identity.ts';
import { setAuthEnforcement } from '../../../src/server/http.ts';
import { ruleFor } from '../../../src/server/policy.ts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  freshDatabase,
  setDefaultHeaders,
  type Handler,
} from '../helpers.ts';
import {
  BOOKKEEPING,
  ORIGIN,
  TEST_PASSWORD,
  asAdmin,
  createTestUser,
  sessionHeaders,
  snapshotAll,
} from '../sign-in.ts';

const db = await freshDatabase();

// ---------- discovery ----------
const FUNCTIONS = path.resolve(import.meta.dirname, '../../../netlify/functions');
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  file: string;
  path: string;
  handler: Handler;
  methods: Method[];
}
const samplePath = (pattern: string, params: Record<string, string> = {}) =>
  pattern.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? `sample-${name}`));

const ROUTES: Route[] = [];
for (const file of readdirSync(FUNCTIONS)
  .filter((f) => /\.(mts|ts|mjs|js)$/.test(f))
  .sort()) {
  const mod = (await import(pathToFileURL(path.join(FUNCTIONS, file)).href)) as {
    default: Handler;
    config?: { path?: string | string[] };
  };
  for (const p of [mod.config?.path ?? []].flat()) {
    // route() answers an unknown method with 405 and the ones it has in `allow`.
    const probe = await mod.default(new Request(`http://localhost${samplePath(p)}`, { method: 'OPTIONS' }), {
      params: {},
    });
    const methods = (probe.headers.get('allow') ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean) as Method[];
    ROUTES.push({ file, path: p, handler: mod.default, methods });
  }
}
const handlerOf = (p: string) => {
  const r = ROUTES.find((x) => x.path === p);
  if (!r) throw new Error(`No function serves ${p}`);
  return r.handler;
};

// ---------- the world every case starts from ----------
type Side = 'A' | 'B';
const dept = {} as Record<Side, string>;
const users = {} as Record<'viewer' | 'editorA' | 'editorB' | 'admin', User>;
let unrelatedMeasure: Measure;
let seq = 0;

beforeAll(async () => {
  setAuthEnforcement(true);
  setDefaultHeaders(await asAdmin()); // fixtures are made by an admin through the real handlers
  dept.A = (await createDepartment('Department A')).id;
  dept.B = (await createDepartment('Department B')).id;
  users.viewer = await createTestUser('viewer', { departmentIds: [dept.A] });
  users.editorA = await createTestUser('editor', { departmentIds: [dept.A] });
  users.editorB = await createTestUser('editor', { departmentIds: [dept.B] });
  users.admin = await createTestUser('admin');
  unrelatedMeasure = await createMeasure((await createGoal(dept.A)).id);
});
afterAll(() => setAuthEnforcement(undefined));

const created = async <T = any>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> => {
  const res = await p;
  if (res.status < 200 || res.status > 299)
    throw new Error(`Fixture ${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

const fx = {
  goal: (s: Side) => createGoal(dept[s]),
  closedGoal: async (s: Side) => {
    const g = await fx.goal(s);
    return created(
      call(handlerOf('/api/goals/:id/close'), 'POST', `/api/goals/${g.id}/close`, {
        params: { id: g.id },
        body: { outcome: 'achieved', comment: 'Done' },
      }),
      'closed goal',
    );
  },
  /** A goal of side s, deleted: in the bin. */
  binned: async (s: Side) => {
    const g = await fx.goal(s);
    await created(
      call(handlerOf('/api/goals/:id'), 'DELETE', `/api/goals/${g.id}`, { params: { id: g.id } }),
      'deleted goal',
    );
    return g;
  },
  measure: async (s: Side, overrides: Record<string, unknown> = {}) => createMeasure((await fx.goal(s)).id, overrides),
  checkIn: async (s: Side) => createCheckIn((await fx.measure(s)).id, 12),
  review: (s: Side, departmentId: string | null = dept[s]) =>
    created(
      call(handlerOf('/api/reviews'), 'POST', '/api/reviews', {
        body: { period: '2025-Q1', meetingDate: '2025-03-15', forum: 'department_review', departmentId },
      }),
      'review',
    ),
  action: async (s: Side) => {
    const r = await fx.review(s);
    const g = await fx.goal(s);
    return created(
      call(handlerOf('/api/reviews/:id/actions'), 'POST', `/api/reviews/${r.id}/actions`, {
        params: { id: r.id },
        body: { text: 'Call back', goalId: g.id },
      }),
      'action',
    );
  },
  practice: async (s: Side) => {
    const g = await fx.goal(s);
    return created(
      call(handlerOf('/api/goals/:id/practices'), 'POST', `/api/goals/${g.id}/practices`, {
        params: { id: g.id },
        body: { text: 'Ask open questions' },
      }),
      'practice',
    );
  },
  segment: async (s: Side) => {
    const m = await fx.measure(s);
    return created(
      call(handlerOf('/api/measures/:id/segments'), 'POST', `/api/measures/${m.id}/segments`, {
        params: { id: m.id },
        body: { name: `Phone ${++seq}` },
      }),
      'segment',
    );
  },
  pair: async (s: Side) => {
    const g = await fx.goal(s);
    const [m1, m2] = [await createMeasure(g.id), await createMeasure(g.id)];
    await created(
      call(handlerOf('/api/measures/:id/counterweights'), 'POST', `/api/measures/${m1.id}/counterweights`, {
        params: { id: m1.id },
        body: { counterweightId: m2.id },
      }),
      'pair',
    );
    return { id: m1.id, otherId: m2.id };
  },
  invite: () =>
    created<{ token: string; invite: { id: string } }>(
      call(handlerOf('/api/users'), 'POST', '/api/users', {
        body: { email: `invited${++seq}@example.com`, role: 'viewer' },
      }),
      'invite',
    ),
  /** An API token created by side's editor (A: the editor whose role is tested). */
  apiToken: async (s: Side) => {
    const owner = s === 'A' ? users.editorA : users.editorB;
    const m = await fx.measure(s);
    const { token } = await createApiToken(
      db,
      { type: 'user', ...owner, departmentIds: owner.departmentIds },
      { name: `t${++seq}`, measureIds: [m.id] },
    );
    return token;
  },
};

// ---------- what each route touches ----------
/**
 * - read: any signed-in user
 * - admin: organisation-wide (vision, departments, users, invites, org-wide reviews)
 * - department: editors of the department it touches, and admins
 * - check_in: like department, plus an API token scoped to the measure
 * - public: anyone, even nobody (sign-in, invites); API tokens never
 * - tokens: admins and editors (their own)
 * - restore: admins only, and only into an empty organisation (this one is not: 409 for admins)
 */
type Kind = 'read' | 'admin' | 'department' | 'check_in' | 'public' | 'tokens' | 'restore';
interface Req {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** The measure a check-in goes to (the scoped token is made for it). */
  measureId?: string;
}
interface Case {
  kind: Kind;
  /** Names a second case of the same route and method (e.g. an org-wide review). */
  label?: string;
  /** Fresh rows for one request, on side A (own department) or B (another department). */
  build: (side: Side) => Promise<Req>;
}
const id = (row: { id: string }): Req => ({ params: { id: row.id } });
/** A preview of an import (writes nothing): the access rule decides, the rows are checked later. */
function importPreview(): FormData {
  const form = new FormData();
  form.set('file', new File(['Department,Goal\n'], 'empty.csv'));
  form.set('options', JSON.stringify({ kind: 'goals', dryRun: true }));
  return form;
}
/** A valid backup (of this very database), so that only the access rule and emptiness decide. */
const backupOfThisDatabase = () => readBackup(db);
const c = (kind: Kind, build: Case['build'] = async () => ({}), label?: string): Case => ({
  kind,
  build,
  ...(label ? { label } : {}),
});

/** One case per route and method, or several (each with a label) when the rule depends on the target. */
const MATRIX: Record<string, Partial<Record<Method, Case | Case[]>>> = {
  // ---------- foundation ----------
  '/api/tree': { GET: c('read') },
  '/api/goal-index': { GET: c('read') },
  '/api/goal-names': { GET: c('read') },
  '/api/department-summaries': { GET: c('read') },
  '/api/influence': { GET: c('read') },
  '/api/vision': {
    GET: c('read', async () => {
      if ((await call(handlerOf('/api/vision'), 'GET', '/api/vision')).status === 404)
        await created(
          call(handlerOf('/api/vision'), 'PUT', '/api/vision', {
            body: { statement: 'Lead the market', horizonYear: 2030 },
          }),
          'vision',
        );
      return {};
    }),
    PUT: c('admin', async () => {
      const current = await call(handlerOf('/api/vision'), 'GET', '/api/vision');
      return {
        body: {
          statement: `Vision ${++seq}`,
          horizonYear: 2030,
          ...(current.status === 200 ? { version: current.body.version } : {}),
        },
      };
    }),
  },
  '/api/departments': { GET: c('read'), POST: c('admin', async () => ({ body: { name: `Dept ${++seq}` } })) },
  '/api/departments/:id': {
    GET: c('read', async (s) => ({ params: { id: dept[s] } })),
    PATCH: c('admin', async () => ({
      ...id(await createDepartment(`Old ${++seq}`)),
      body: { name: `New ${++seq}`, version: 1 },
    })),
    DELETE: c('admin', async () => id(await createDepartment())),
  },
  '/api/goals': {
    GET: c('read'),
    POST: c('department', async (s) => ({
      body: { title: 'New goal', departmentId: dept[s], startDate: '2025-01-01', dueDate: '2025-12-31' },
    })),
  },
  '/api/goals/:id': {
    GET: c('read', async (s) => id(await fx.goal(s))),
    PATCH: c('department', async (s) => ({ ...id(await fx.goal(s)), body: { title: 'Renamed', version: 1 } })),
    DELETE: c('department', async (s) => id(await fx.goal(s))),
  },
  '/api/goals/:id/measures': {
    GET: c('read', async (s) => id(await fx.goal(s))),
    POST: c('department', async (s) => ({
      ...id(await fx.goal(s)),
      body: {
        name: 'FCR',
        unit: '%',
        direction: 'increase',
        baseline: 60,
        baselineDate: '2025-01-01',
        target: 80,
        targetDate: '2025-12-31',
      },
    })),
  },
  '/api/measures/:id': {
    GET: c('read', async (s) => id(await fx.measure(s))),
    PATCH: c('department', async (s) => ({ ...id(await fx.measure(s)), body: { weight: 2, version: 1 } })),
    DELETE: c('department', async (s) => id(await fx.measure(s))),
  },
  '/api/measures/:id/check-ins': {
    GET: c('read', async (s) => id(await fx.measure(s))),
    POST: c('check_in', async (s) => {
      const m = await fx.measure(s);
      return { ...id(m), measureId: m.id, body: { value: 15, date: '2025-02-01' } };
    }),
  },
  '/api/check-ins/:id': {
    GET: c('read', async (s) => id(await fx.checkIn(s))),
    PATCH: c('department', async (s) => ({ ...id(await fx.checkIn(s)), body: { note: 'corrected', version: 1 } })),
    DELETE: c('department', async (s) => id(await fx.checkIn(s))),
  },

  // ---------- accounts (issue 5) ----------
  '/api/session': {
    GET: c('read'), // nobody signed in → 401 from the handler itself
    POST: c('public', async () => ({
      body: { email: (await createTestUser('viewer')).email, password: TEST_PASSWORD },
    })),
    DELETE: c('public'),
  },
  '/api/users': {
    GET: c('admin'),
    POST: c('admin', async () => ({
      body: { email: `new${++seq}@example.com`, role: 'editor', departmentIds: [dept.A] },
    })),
  },
  '/api/users/:id': {
    GET: c('admin', async () => id(await createTestUser('viewer'))),
    PATCH: c('admin', async () => ({ ...id(await createTestUser('viewer')), body: { role: 'editor', version: 1 } })),
  },
  '/api/invites': { GET: c('admin') },
  '/api/invites/:token': {
    GET: c('public', async () => ({ params: { token: (await fx.invite()).token } })),
    POST: c('public', async () => ({
      params: { token: 'accept' },
      body: { token: (await fx.invite()).token, name: 'Invited', password: 'a long enough password' },
    })),
    DELETE: c('admin', async () => ({ params: { token: (await fx.invite()).invite.id } })),
  },
  '/api/tokens': {
    GET: c('tokens'),
    POST: c('department', async (s) => ({ body: { name: 'Telephony', measureIds: [(await fx.measure(s)).id] } })),
  },
  '/api/tokens/:id': { DELETE: c('department', async (s) => id(await fx.apiToken(s))) },
  '/api/audit': {
    GET: [
      c('read', async (s) => ({ query: `goalId=${(await fx.goal(s)).id}` }), "one goal's history"),
      c('admin', async (s) => ({ query: `departmentId=${dept[s]}` }), 'the whole log'),
    ],
  },

  // ---------- reviews (issue 3) ----------
  '/api/reviews': {
    GET: c('read'),
    POST: [
      c(
        'department',
        async (s) => ({
          body: { period: '2025-Q2', meetingDate: '2025-06-15', forum: 'department_review', departmentId: dept[s] },
        }),
        'department review',
      ),
      c(
        'admin',
        async () => ({
          body: { period: '2025-Q2', meetingDate: '2025-06-15', forum: 'leadership_review', departmentId: null },
        }),
        'organisation-wide review',
      ),
    ],
  },
  '/api/reviews/:id': {
    GET: c('read', async (s) => id(await fx.review(s))),
    PATCH: [
      c(
        'department',
        async (s) => ({ ...id(await fx.review(s)), body: { notes: 'Agenda agreed', version: 1 } }),
        'department review',
      ),
      c(
        'admin',
        async (s) => ({ ...id(await fx.review(s, null)), body: { notes: 'Agenda agreed', version: 1 } }),
        'organisation-wide review',
      ),
      c(
        'admin',
        async (s) => ({ ...id(await fx.review(s)), body: { departmentId: null, version: 1 } }),
        'widening a review to the organisation',
      ),
    ],
    DELETE: c('department', async (s) => id(await fx.review(s))),
  },
  '/api/reviews/:id/close': {
    POST: [
      c('department', async (s) => ({ ...id(await fx.review(s)), body: {} }), 'department review'),
      c('admin', async (s) => ({ ...id(await fx.review(s, null)), body: {} }), 'organisation-wide review'),
    ],
  },
  '/api/reviews/:id/export.md': { GET: c('read', async (s) => id(await fx.review(s))) },
  '/api/reviews/:id/items/:goalId': {
    PUT: c('department', async (s) => ({
      params: { id: (await fx.review(s)).id, goalId: (await fx.goal(s)).id },
      body: { notes: 'On track' },
    })),
  },
  '/api/reviews/:id/actions': {
    GET: c('read', async (s) => id(await fx.review(s))),
    POST: c('department', async (s) => ({
      ...id(await fx.review(s)),
      body: { text: 'Train the team', goalId: (await fx.goal(s)).id },
    })),
  },
  '/api/actions/:id': {
    GET: c('read', async (s) => id(await fx.action(s))),
    PATCH: c('department', async (s) => ({ ...id(await fx.action(s)), body: { state: 'done', version: 1 } })),
    DELETE: c('department', async (s) => id(await fx.action(s))),
  },
  '/api/due': { GET: c('read') },
  '/api/timeline': { GET: c('read') },
  '/api/goals/:id/close': {
    POST: c('department', async (s) => ({
      ...id(await fx.goal(s)),
      body: { outcome: 'achieved', comment: 'Reached in Q4' },
    })),
  },
  '/api/goals/:id/carry-over': {
    POST: c('department', async (s) => ({
      ...id(await fx.goal(s)),
      body: { startDate: '2026-01-01', dueDate: '2026-12-31' },
    })),
  },
  // Only admins open a closed goal again (closed goals are read-only for everyone else).
  '/api/goals/:id/reopen': {
    POST: c('admin', async (s) => ({ ...id(await fx.closedGoal(s)), body: { reason: 'Closed by mistake' } })),
  },
  // Downloads: whoever may read the view.
  '/api/export/:view': { GET: c('read', async () => ({ params: { view: 'due' } })) },
  // Spreadsheet import: admins and editors (each row is then checked against their departments).
  '/api/import': { POST: c('tokens', async () => ({ body: importPreview() })) },
  // The whole organisation out and back in.
  '/api/backup': { GET: c('admin') },
  '/api/restore': { POST: c('restore', async () => ({ body: await backupOfThisDatabase() })) },
  // The bin of deleted goals is for admins only, whoever's goal it was.
  '/api/bin': { GET: c('admin') },
  '/api/bin/:id': { DELETE: c('admin', async (s) => id(await fx.binned(s))) },
  '/api/bin/:id/restore': { POST: c('admin', async (s) => ({ ...id(await fx.binned(s)), body: {} })) },

  // ---------- measurement (issue 4) ----------
  '/api/kpi-library': { GET: c('read') },
  '/api/quality-levels': { GET: c('read') },
  '/api/goals/:id/warnings': { GET: c('read', async (s) => id(await fx.goal(s))) },
  '/api/goals/:id/practices': {
    GET: c('read', async (s) => id(await fx.goal(s))),
    POST: c('department', async (s) => ({ ...id(await fx.goal(s)), body: { text: 'Offer the add-on and ask' } })),
  },
  '/api/practices/:id': {
    GET: c('read', async (s) => id(await fx.practice(s))),
    PATCH: c('department', async (s) => ({
      ...id(await fx.practice(s)),
      body: { text: 'Map the whole situation', version: 1 },
    })),
    DELETE: c('department', async (s) => id(await fx.practice(s))),
  },
  '/api/measures/:id/segments': {
    GET: c('read', async (s) => id(await fx.measure(s))),
    POST: c('department', async (s) => ({ ...id(await fx.measure(s)), body: { name: 'Chat' } })),
  },
  '/api/segments/:id': {
    GET: c('read', async (s) => id(await fx.segment(s))),
    PATCH: c('department', async (s) => ({
      ...id(await fx.segment(s)),
      body: { name: `E-mail ${++seq}`, version: 1 },
    })),
    DELETE: c('department', async (s) => id(await fx.segment(s))),
  },
  '/api/measures/:id/counterweights': {
    GET: c('read', async (s) => id(await fx.measure(s))),
    POST: c('department', async (s) => {
      const g = await fx.goal(s);
      const [m1, m2] = [await createMeasure(g.id), await createMeasure(g.id)];
      return { ...id(m1), body: { counterweightId: m2.id } };
    }),
  },
  '/api/measures/:id/counterweights/:otherId': { DELETE: c('department', async (s) => ({ params: await fx.pair(s) })) },
  '/api/measures/:id/suggested-counterweight': {
    GET: c('read', async (s) =>
      id(await fx.measure(s, { libraryKey: 'aht', unit: 's', direction: 'decrease', baseline: 400, target: 360 })),
    ),
    POST: c('department', async (s) => ({
      ...id(await fx.measure(s, { libraryKey: 'aht', unit: 's', direction: 'decrease', baseline: 400, target: 360 })),
      body: {},
    })),
  },
};

// ---------- roles and what each kind allows them ----------
const ROLES = [
  'anonymous',
  'viewer',
  'editor of A on B',
  'editor of A on A',
  'admin',
  'token with scope',
  'token without scope',
] as const;
type Role = (typeof ROLES)[number];
/** 'ok', or the refusal: 409 where the rule lets the caller in but the state does not (a restore into a non-empty organisation). */
type Expect = 'ok' | 401 | 403 | 409;
const EXPECT: Record<Kind, Record<Role, Expect>> = {
  read: {
    anonymous: 401,
    viewer: 'ok',
    'editor of A on B': 'ok',
    'editor of A on A': 'ok',
    admin: 'ok',
    'token with scope': 403,
    'token without scope': 403,
  },
  admin: {
    anonymous: 401,
    viewer: 403,
    'editor of A on B': 403,
    'editor of A on A': 403,
    admin: 'ok',
    'token with scope': 403,
    'token without scope': 403,
  },
  department: {
    anonymous: 401,
    viewer: 403,
    'editor of A on B': 403,
    'editor of A on A': 'ok',
    admin: 'ok',
    'token with scope': 403,
    'token without scope': 403,
  },
  check_in: {
    anonymous: 401,
    viewer: 403,
    'editor of A on B': 403,
    'editor of A on A': 'ok',
    admin: 'ok',
    'token with scope': 'ok',
    'token without scope': 403,
  },
  public: {
    anonymous: 'ok',
    viewer: 'ok',
    'editor of A on B': 'ok',
    'editor of A on A': 'ok',
    admin: 'ok',
    'token with scope': 403,
    'token without scope': 403,
  },
  tokens: {
    anonymous: 401,
    viewer: 403,
    'editor of A on B': 'ok',
    'editor of A on A': 'ok',
    admin: 'ok',
    'token with scope': 403,
    'token without scope': 403,
  },
  restore: {
    anonymous: 401,
    viewer: 403,
    'editor of A on B': 403,
    'editor of A on A': 403,
    admin: 409,
    'token with scope': 403,
    'token without scope': 403,
  },
};

/** Headers and the audit actor id for a role (a fresh session per request: sign-out cases end theirs). */
async function as(role: Role, req: Req): Promise<{ headers: Record<string, string>; actorId: string | null }> {
  const session = async (u: User) => ({
    headers: sessionHeaders((await createSession(db, u.id)).token),
    actorId: u.id,
  });
  switch (role) {
    case 'anonymous':
      return { headers: { origin: ORIGIN }, actorId: null };
    case 'viewer':
      return session(users.viewer);
    case 'editor of A on B':
    case 'editor of A on A':
      return session(users.editorA);
    case 'admin':
      return session(users.admin);
    case 'token with scope':
    case 'token without scope': {
      const measureIds = [role === 'token with scope' ? (req.measureId ?? unrelatedMeasure.id) : unrelatedMeasure.id];
      const owner = users.editorA;
      const { token, secret } = await createApiToken(
        db,
        { type: 'user', ...owner, departmentIds: owner.departmentIds },
        { name: `t${++seq}`, measureIds },
      );
      return { headers: { authorization: `Bearer ${secret}` }, actorId: token.id };
    }
  }
}

const sideOf = (role: Role): Side => (role === 'editor of A on B' ? 'B' : 'A');

/** The database without bookkeeping, and the audit log by size (it is append-only). */
async function state() {
  const tables = await snapshotAll([...BOOKKEEPING, 'audit_log']);
  return { tables, audit: Number((await db.execute('SELECT count(*) AS n FROM audit_log')).rows[0]!.n) };
}

async function send(route: Route, method: Method, req: Req, headers: Record<string, string>) {
  const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
  const url = `http://localhost${samplePath(route.path, req.params)}${req.query ? `?${req.query}` : ''}`;
  // A FormData body (a file upload) sets its own multipart content type.
  const form = req.body instanceof FormData;
  const res = await route.handler(
    new Request(url, {
      method,
      headers: { ...headers, ...(withBody && !form ? { 'content-type': 'application/json' } : {}) },
      body: withBody ? (form ? (req.body as FormData) : JSON.stringify(req.body ?? {})) : undefined,
    }),
    { params: req.params ?? {} },
  );
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

// ---------- the tests ----------
const routeMethods = ROUTES.flatMap((r) => r.methods.map((m) => ({ route: r, method: m, key: `${m} ${r.path}` })));

describe('every route is guarded', () => {
  it('finds the functions (sanity)', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(10);
    expect(routeMethods.length).toBeGreaterThanOrEqual(20);
  });

  it('every route and method has an access rule in src/server/policy.ts', () => {
    const missing = routeMethods
      .filter(({ route, method }) => ruleFor(samplePath(route.path), method) === null)
      .map((x) => x.key);
    expect(missing, 'Add these to POLICY in src/server/policy.ts').toEqual([]);
  });

  it('every route and method has a line in this MATRIX', () => {
    const missing = routeMethods.filter(({ route, method }) => !MATRIX[route.path]?.[method]).map((x) => x.key);
    expect(missing, 'Add these to MATRIX in test/integration/server/policy.test.ts').toEqual([]);
    const served = new Set(routeMethods.map((x) => x.key));
    const stale = Object.entries(MATRIX)
      .flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m} ${p}`))
      .filter((k) => !served.has(k));
    // A line for a route that is not (or not yet) served is harmless: say so, do not fail.
    if (stale.length)
      console.warn(`MATRIX lines without a route (not yet added, renamed or removed?): ${stale.join(', ')}`);
  });
});

const cases = routeMethods.flatMap(({ route, method, key }) =>
  [MATRIX[route.path]?.[method] ?? []]
    .flat()
    .map((spec) => ({ route, method, key, spec, name: spec.label ? `${key} (${spec.label})` : key })),
);
describe.each(cases)('$name', ({ route, method, key, spec }) => {
  const write = method !== 'GET';
  it.each(ROLES.map((role) => ({ role, expected: EXPECT[spec.kind][role] })))(
    '$role → $expected',
    async ({ role, expected }) => {
      const req = await spec.build(sideOf(role));
      const { headers, actorId } = await as(role, req);
      const before = await state();
      const res = await send(route, method, req, headers);
      const after = await state();
      const detail = `${key} as ${role}: ${res.status} ${res.text.slice(0, 300)}`;
      if (expected === 'ok') {
        expect(res.status, detail).toBeGreaterThanOrEqual(200);
        expect(res.status, detail).toBeLessThan(300);
        if (!write) expect(after, 'a read changed the database').toEqual(before);
        const changedData = JSON.stringify(after.tables) !== JSON.stringify(before.tables);
        if (write && spec.kind !== 'public' && changedData) {
          expect(after.audit, `${key} changed data without an audit row`).toBeGreaterThan(before.audit);
          const newest = (
            await db.execute({
              sql: 'SELECT actor_id FROM audit_log ORDER BY id DESC LIMIT ?',
              args: [after.audit - before.audit],
            })
          ).rows;
          expect(newest.map((r) => r.actor_id)).toContain(actorId);
        }
      } else {
        expect(res.status, detail).toBe(expected);
        expect(res.type).toMatch(/^application\/problem\+json/);
        expect(after, `${key} as ${role} was refused but changed the database`).toEqual(before);
      }
    },
  );
});
