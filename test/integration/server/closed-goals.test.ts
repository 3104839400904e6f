// Closed goals are read-only. Every write route is discovered from netlify/functions/ (as the
// authorization matrix does) and must be classified here: either a request that writes to a
// closed goal or something under it (refused with 409 goal.closed, the database unchanged,
// byte for byte), or a route that is not about a goal's record. A new route fails this file
// until it is classified. Then: reopening (admins only, with a reason, audited), carried goals
// and their successors, and review closing leaving closed goals closed.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Goal, Measure } from '../../../src/domain/types.ts';
import { setAuthEnforcement } from '../../../src/server/http.ts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  type Handler,
} from '../helpers.ts';
import { BOOKKEEPING, bearerFor, signIn, snapshotAll } from '../sign-in.ts';

const db = await freshDatabase();

// ---------- discovery (the same as test/integration/server/policy.test.ts) ----------
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const FUNCTIONS = path.resolve(import.meta.dirname, '../../../netlify/functions');
const ROUTES: { path: string; handler: Handler; methods: Method[] }[] = [];
for (const file of readdirSync(FUNCTIONS)
  .filter((f) => /\.(mts|ts|mjs|js)$/.test(f))
  .sort()) {
  const mod = (await import(pathToFileURL(path.join(FUNCTIONS, file)).href)) as {
    default: Handler;
    config?: { path?: string | string[] };
  };
  for (const p of [mod.config?.path ?? []].flat()) {
    const probe = await mod.default(
      new Request(`http://localhost${p.replace(/:(\w+)/g, 'x')}`, { method: 'OPTIONS' }),
      { params: {} },
    );
    const methods = (probe.headers.get('allow') ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean) as Method[];
    ROUTES.push({ path: p, handler: mod.default, methods });
  }
}
const handlerOf = (p: string) =>
  ROUTES.find((r) => r.path === p)?.handler ??
  (() => {
    throw new Error(`No function serves ${p}`);
  })();
const urlOf = (pattern: string, params: Record<string, string>) =>
  pattern.replace(/:(\w+)/g, (_m, n: string) => encodeURIComponent(params[n]!));
const send = (pattern: string, method: Method, req: Req, headers?: Record<string, string>) =>
  call(handlerOf(pattern), method, `${urlOf(pattern, req.params ?? {})}${req.query ? `?${req.query}` : ''}`, {
    params: req.params ?? {},
    ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? { body: req.body ?? {} } : {}),
    ...(headers ? { headers, anonymous: true } : {}),
  });

// ---------- the world: one closed goal with everything under it ----------
interface Req {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** Sent with an API token scoped to this measure instead of as an admin. */
  token?: string;
}
const w = {} as {
  dept: string;
  closed: Goal;
  m1: Measure;
  m2: Measure;
  aht: Measure;
  checkIn: string;
  segment: string;
  practice: string;
  open: Goal;
  openMeasure: Measure;
  openMeasure2: Measure;
  /** An open goal with a closed sub-goal (deleting it would delete or move the closed one). */
  openParent: Goal;
  closedChild: Goal;
  review: string;
};
let seq = 0;
const ok = async <T = any>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> => {
  const res = await p;
  if (res.status < 200 || res.status > 299)
    throw new Error(`Fixture ${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const close = (g: Goal, outcome = 'achieved') =>
  ok<Goal>(
    send('/api/goals/:id/close', 'POST', { params: { id: g.id }, body: { outcome, comment: 'Reached in Q4' } }),
    'close',
  );

beforeAll(async () => {
  setAuthEnforcement(true);
  w.dept = (await createDepartment('Customer Service')).id;
  w.closed = await createGoal(w.dept, { title: 'Raise FCR' });
  w.m1 = await createMeasure(w.closed.id, { name: 'FCR' });
  w.m2 = await createMeasure(w.closed.id, { name: 'Repeat contacts' });
  w.aht = await createMeasure(w.closed.id, {
    name: 'AHT',
    libraryKey: 'aht',
    unit: 's',
    direction: 'decrease',
    baseline: 400,
    target: 360,
  });
  w.checkIn = (await createCheckIn(w.m1.id, 12)).id;
  w.segment = (
    await ok(
      send('/api/measures/:id/segments', 'POST', { params: { id: w.m1.id }, body: { name: 'Phone' } }),
      'segment',
    )
  ).id;
  w.practice = (
    await ok(
      send('/api/goals/:id/practices', 'POST', { params: { id: w.closed.id }, body: { text: 'Ask open questions' } }),
      'practice',
    )
  ).id;
  w.open = await createGoal(w.dept, { title: 'Cut backlog' });
  w.openMeasure = await createMeasure(w.open.id, { name: 'Backlog' });
  w.openMeasure2 = await createMeasure(w.open.id, { name: 'Backlog age' });
  await ok(
    send('/api/measures/:id/counterweights', 'POST', { params: { id: w.m1.id }, body: { counterweightId: w.m2.id } }),
    'pair inside',
  );
  await ok(
    send('/api/measures/:id/counterweights', 'POST', {
      params: { id: w.openMeasure.id },
      body: { counterweightId: w.m2.id },
    }),
    'pair across',
  );
  w.openParent = await createGoal(w.dept, { title: 'Parent' });
  w.closedChild = await createGoal(w.dept, { title: 'Closed child', parentGoalId: w.openParent.id });
  w.review = (
    await ok(
      send('/api/reviews', 'POST', {
        body: { period: '2025-Q4', meetingDate: '2025-12-15', forum: 'department_review', departmentId: w.dept },
      }),
      'review',
    )
  ).id;
  w.closed = await close(w.closed);
  await close(w.closedChild, 'missed');
});
afterAll(() => setAuthEnforcement(undefined));

// ---------- every write route, classified ----------
const g = () => ({ params: { id: w.closed.id } });
/** Writes that touch a closed goal or something under it: each must be refused. */
const UNDER_A_CLOSED_GOAL: Record<string, Partial<Record<Method, Record<string, () => Req>>>> = {
  '/api/goals': {
    POST: {
      'a sub-goal under it': () => ({
        body: {
          title: 'New',
          departmentId: w.dept,
          parentGoalId: w.closed.id,
          startDate: '2025-01-01',
          dueDate: '2025-12-31',
        },
      }),
    },
  },
  '/api/goals/:id': {
    PATCH: {
      'renaming it': () => ({ ...g(), body: { title: 'Renamed', version: w.closed.version } }),
      'changing its dates': () => ({ ...g(), body: { dueDate: '2026-06-30', version: w.closed.version } }),
      'moving another goal under it': () => ({
        params: { id: w.open.id },
        body: { parentGoalId: w.closed.id, version: w.open.version },
      }),
    },
    DELETE: {
      'deleting it': () => g(),
      'deleting its open parent with it': () => ({ params: { id: w.openParent.id }, query: 'children=delete' }),
      'deleting its open parent and moving it up': () => ({
        params: { id: w.openParent.id },
        query: 'children=reparent',
      }),
      'deleting an open goal whose measure is paired with its measure (the pair would go)': () => ({
        params: { id: w.open.id },
      }),
    },
  },
  '/api/goals/:id/measures': {
    POST: {
      'a new measure': () => ({
        ...g(),
        body: {
          name: 'CSAT',
          unit: '%',
          direction: 'increase',
          baseline: 70,
          baselineDate: '2025-01-01',
          target: 80,
          targetDate: '2025-12-31',
        },
      }),
    },
  },
  '/api/measures/:id': {
    PATCH: { 'changing a measure': () => ({ params: { id: w.m1.id }, body: { target: 30, version: w.m1.version } }) },
    DELETE: {
      'deleting a measure': () => ({ params: { id: w.m1.id } }),
      'deleting an open measure paired with its measure (the pair would go)': () => ({
        params: { id: w.openMeasure.id },
      }),
    },
  },
  '/api/measures/:id/check-ins': {
    POST: {
      'a check-in': () => ({ params: { id: w.m1.id }, body: { value: 19, date: '2025-04-01' } }),
      "an API token's check-in": () => ({
        params: { id: w.m1.id },
        body: { value: 19, date: '2025-04-01' },
        token: w.m1.id,
      }),
    },
  },
  '/api/check-ins/:id': {
    PATCH: { 'correcting a check-in': () => ({ params: { id: w.checkIn }, body: { value: 20, version: 1 } }) },
    DELETE: { 'deleting a check-in': () => ({ params: { id: w.checkIn } }) },
  },
  '/api/measures/:id/segments': { POST: { 'a segment': () => ({ params: { id: w.m1.id }, body: { name: 'Chat' } }) } },
  '/api/segments/:id': {
    PATCH: { 'renaming a segment': () => ({ params: { id: w.segment }, body: { name: 'E-mail', version: 1 } }) },
    DELETE: { 'deleting a segment': () => ({ params: { id: w.segment } }) },
  },
  '/api/goals/:id/practices': { POST: { 'a practice': () => ({ ...g(), body: { text: 'Offer the add-on' } }) } },
  '/api/practices/:id': {
    PATCH: {
      'changing a practice': () => ({ params: { id: w.practice }, body: { text: 'Map the situation', version: 1 } }),
    },
    DELETE: { 'deleting a practice': () => ({ params: { id: w.practice } }) },
  },
  '/api/measures/:id/counterweights': {
    POST: {
      'pairing from its measure': () => ({ params: { id: w.aht.id }, body: { counterweightId: w.openMeasure2.id } }),
      'pairing an open measure with its measure': () => ({
        params: { id: w.openMeasure2.id },
        body: { counterweightId: w.aht.id },
      }),
    },
  },
  '/api/measures/:id/counterweights/:otherId': {
    DELETE: {
      'unpairing inside it': () => ({ params: { id: w.m1.id, otherId: w.m2.id } }),
      'unpairing from the open side': () => ({ params: { id: w.openMeasure.id, otherId: w.m2.id } }),
    },
  },
  '/api/measures/:id/suggested-counterweight': {
    POST: { 'the one-click counterweight': () => ({ params: { id: w.aht.id }, body: {} }) },
  },
  '/api/reviews/:id/items/:goalId': {
    PUT: {
      'a status override in a review': () => ({
        params: { id: w.review, goalId: w.closed.id },
        body: { notes: '', status: 'on_track', reason: 'Looks fine' },
      }),
    },
  },
  '/api/goals/:id/close': {
    POST: { 'closing it again': () => ({ ...g(), body: { outcome: 'missed', comment: 'Again' } }) },
  },
  '/api/goals/:id/carry-over': {
    POST: { 'carrying it over': () => ({ ...g(), body: { startDate: '2026-01-01', dueDate: '2026-03-31' } }) },
  },
};
/** Write routes that are not about a goal's record (or are the way out of the closed state). */
const NOT_ABOUT_A_GOAL: Record<string, string> = {
  'PUT /api/vision': 'organisation',
  'POST /api/departments': 'organisation',
  'PATCH /api/departments/:id': 'organisation',
  'DELETE /api/departments/:id': 'organisation (refused while it owns goals)',
  'POST /api/reviews': 'a meeting',
  'PATCH /api/reviews/:id': 'a meeting',
  'DELETE /api/reviews/:id': 'a meeting',
  'POST /api/reviews/:id/close': 'a meeting: freezes its record, leaves closed goals closed (tested below)',
  'POST /api/reviews/:id/actions': "the meeting's decisions, also about a closed goal",
  'PATCH /api/actions/:id': "the meeting's decisions",
  'DELETE /api/actions/:id': "the meeting's decisions",
  'POST /api/goals/:id/reopen': 'the way out (tested below)',
  'POST /api/bin/:id/restore':
    'the bin (admins): a restore under a closed goal is refused (test/integration/server/bin.test.ts)',
  'DELETE /api/bin/:id': 'the bin (admins): purges a deleted goal',
  'POST /api/import':
    'an import writes through the same repository functions, each refused under a closed goal (test/integration/server/import.test.ts)',
  'POST /api/restore': 'restore (admins): only into an empty organisation, where no goal is closed',
  'POST /api/session': 'accounts',
  'DELETE /api/session': 'accounts',
  'POST /api/users': 'accounts',
  'PATCH /api/users/:id': 'accounts',
  'POST /api/invites/:token': 'accounts',
  'DELETE /api/invites/:token': 'accounts',
  'POST /api/tokens': 'accounts',
  'DELETE /api/tokens/:id': 'accounts',
};

const writeRoutes = ROUTES.flatMap((r) => r.methods.filter((m) => m !== 'GET').map((m) => `${m} ${r.path}`));

describe('every write route is classified', () => {
  it('finds the write routes (sanity)', () => expect(writeRoutes.length).toBeGreaterThan(30));
  it('each is either refused under a closed goal or not about a goal', () => {
    const unclassified = writeRoutes.filter((k) => {
      const [m, p] = k.split(' ') as [Method, string];
      return !UNDER_A_CLOSED_GOAL[p]?.[m] && !NOT_ABOUT_A_GOAL[k];
    });
    expect(unclassified, 'Add these to UNDER_A_CLOSED_GOAL or NOT_ABOUT_A_GOAL').toEqual([]);
  });
});

const cases = Object.entries(UNDER_A_CLOSED_GOAL).flatMap(([p, methods]) =>
  Object.entries(methods).flatMap(([m, named]) =>
    Object.entries(named!).map(([label, build]) => ({ name: `${m} ${p}: ${label}`, p, m: m as Method, build })),
  ),
);

describe.each(cases)('$name', ({ p, m, build }) => {
  it('is refused with 409 goal.closed and writes nothing', async () => {
    const req = build();
    const headers = req.token ? (await bearerFor([req.token])).headers : undefined;
    const before = await snapshotAll([...BOOKKEEPING]);
    const res = await send(p, m, req, headers);
    expectProblem(res, 409);
    expect(res.body).toMatchObject({ title: 'Goal is closed', code: 'goal.closed' });
    expect([w.closed.id, w.closedChild.id]).toContain(res.body.goalId);
    expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
  });
});

describe('what stays possible around a closed goal', () => {
  it('reads, the review notes on it and decisions about it', async () => {
    expect((await send('/api/goals/:id', 'GET', g())).status).toBe(200);
    const item = await send('/api/reviews/:id/items/:goalId', 'PUT', {
      params: { id: w.review, goalId: w.closed.id },
      body: { notes: 'Celebrated', status: null },
    });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    const action = await send('/api/reviews/:id/actions', 'POST', {
      params: { id: w.review },
      body: { text: 'Share what worked', goalId: w.closed.id },
    });
    expect(action.status, JSON.stringify(action.body)).toBe(201);
  });

  it('closing a review keeps a closed goal closed and its review date where it was', async () => {
    const goal = await createGoal(w.dept, {
      title: 'Closed before the meeting',
      startDate: '2025-01-01',
      dueDate: '2025-09-30',
      reviewDate: '2025-10-01',
    });
    const closedOne = await close(goal);
    const review = await ok(
      send('/api/reviews', 'POST', {
        body: { period: '2025-Q4', meetingDate: '2025-10-15', forum: 'department_review', departmentId: w.dept },
      }),
      'review',
    );
    const res = await send('/api/reviews/:id/close', 'POST', { params: { id: review.id }, body: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = (await send('/api/goals/:id', 'GET', { params: { id: goal.id } })).body as Goal;
    expect(after).toMatchObject({ state: 'achieved', reviewDate: '2025-10-01', version: closedOne.version });
  });

  it('an open sub-goal of a closed goal stays editable (it is its own goal)', async () => {
    const parent = await createGoal(w.dept, { title: 'Parent to close' });
    const kid = await createGoal(w.dept, { title: 'Open kid', parentGoalId: parent.id });
    await close(parent);
    const res = await send('/api/goals/:id', 'PATCH', {
      params: { id: kid.id },
      body: { title: 'Open kid, renamed', version: kid.version },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('reopening a closed goal', () => {
  const reopen = (id: string, body: unknown, headers?: Record<string, string>) =>
    send('/api/goals/:id/reopen', 'POST', { params: { id }, body }, headers);

  it('is for admins only: editors and viewers get 403 and nothing changes', async () => {
    const goal = await close(await createGoal(w.dept));
    for (const role of ['editor', 'viewer'] as const) {
      const headers = await signIn(role, [w.dept]);
      const before = await snapshotAll([...BOOKKEEPING]);
      const res = await reopen(goal.id, { reason: 'Not done yet' }, headers);
      expectProblem(res, 403);
      expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
    }
  });

  it('needs a reason: 422 with the field, nothing changes', async () => {
    const goal = await close(await createGoal(w.dept));
    for (const body of [{}, { reason: '   ' }]) {
      const before = await snapshotAll([...BOOKKEEPING]);
      expectProblem(await reopen(goal.id, body), 422, 'reason');
      expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
    }
  });

  it('opens the goal, audits before, after and the reason, and writes are allowed again', async () => {
    const goal = await createGoal(w.dept, { title: 'Reopen me' });
    const m = await createMeasure(goal.id);
    const closed = await close(goal);
    expectProblem(
      await send('/api/measures/:id/check-ins', 'POST', {
        params: { id: m.id },
        body: { value: 14, date: '2025-05-01' },
      }),
      409,
    );
    const res = await reopen(goal.id, { reason: 'Closed a quarter too early', version: closed.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ state: 'open', closedAt: null, version: closed.version + 1 });
    const audit = await db.execute({
      sql: "SELECT before, after FROM audit_log WHERE action = 'reopen' AND entity_id = ?",
      args: [goal.id],
    });
    expect(audit.rows).toHaveLength(1);
    expect(JSON.parse(String(audit.rows[0]!.before))).toMatchObject({
      state: 'achieved',
      closedComment: 'Reached in Q4',
    });
    expect(JSON.parse(String(audit.rows[0]!.after))).toMatchObject({
      state: 'open',
      reopenReason: 'Closed a quarter too early',
    });
    expect(
      (
        await send('/api/measures/:id/check-ins', 'POST', {
          params: { id: m.id },
          body: { value: 14, date: '2025-05-01' },
        })
      ).status,
    ).toBe(201);
    const renamed = await send('/api/goals/:id', 'PATCH', {
      params: { id: goal.id },
      body: { title: 'Reopened', version: res.body.version },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  });

  it('refuses an open goal (409 goal.open) and a stale version', async () => {
    const goal = await createGoal(w.dept);
    const open = await reopen(goal.id, { reason: 'Why not' });
    expectProblem(open, 409);
    expect(open.body.code).toBe('goal.open');
    const closed = await close(goal);
    expectProblem(await reopen(goal.id, { reason: 'Why not', version: closed.version - 1 }), 409, 'version');
  });

  it('a carried goal: refused while its successor exists, allowed once that is deleted', async () => {
    const goal = await createGoal(w.dept, { title: `Carry ${++seq}` });
    const carried = await ok(
      send('/api/goals/:id/carry-over', 'POST', {
        params: { id: goal.id },
        body: { startDate: '2026-01-01', dueDate: '2026-03-31' },
      }),
      'carry',
    );
    const before = await snapshotAll([...BOOKKEEPING]);
    const refused = await reopen(goal.id, { reason: 'Carried by mistake' });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'goal.has_successor', successorId: carried.goal.id });
    expect(await snapshotAll([...BOOKKEEPING])).toEqual(before);
    expect((await send('/api/goals/:id', 'DELETE', { params: { id: carried.goal.id } })).status).toBe(204);
    const res = await reopen(goal.id, { reason: 'Carried by mistake' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.state).toBe('open');
  });
});
