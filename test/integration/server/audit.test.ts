// The audit trail: every write records who, when, what and the values before and after, in the
// write's own transaction; refused writes record nothing; the log cannot be changed.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import auditFn from '../../../netlify/functions/audit.mts';
import goalsFn from '../../../netlify/functions/goals.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import checkInFn from '../../../netlify/functions/check-in.mts';
import visionFn from '../../../netlify/functions/vision.mts';
import departmentFn from '../../../netlify/functions/department.mts';
import { setAuthEnforcement } from '../../../src/server/http.ts';
import type { AuditEntry } from '../../../src/domain/accounts.ts';
import {
  call,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  goalBody,
  measureBody,
  setDefaultHeaders,
} from '../helpers.ts';
import { asAdmin, bearerFor, signedIn, snapshotAll } from '../sign-in.ts';

const db = await freshDatabase();
beforeAll(async () => {
  setAuthEnforcement(true);
  setDefaultHeaders(await asAdmin());
});
afterAll(() => setAuthEnforcement(undefined));
afterEach(async () => {
  vi.restoreAllMocks();
  await db.execute('DROP TRIGGER IF EXISTS refuse_goal_delete');
});

const one = (id: string) => ({ params: { id } });
const auditCount = async () => Number((await db.execute('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);
const history = async (query: string, headers?: Record<string, string>) =>
  (
    await call<{ entries: AuditEntry[]; nextCursor: string | null }>(
      auditFn,
      'GET',
      `/api/audit?${query}`,
      headers ? { headers } : {},
    )
  ).body;

describe('what is recorded', () => {
  it("a goal's life by an editor: create, update, move between their departments, measures, check-ins, delete — each with before/after", async () => {
    const a = await createDepartment();
    const b = await createDepartment();
    const ed = await signedIn('editor', { departmentIds: [a.id, b.id] });
    const h = ed.headers;
    const goal = (
      await call(goalsFn, 'POST', '/api/goals', { headers: h, body: goalBody(a.id, { title: 'Cut complaints' }) })
    ).body;
    const renamed = (
      await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, {
        headers: h,
        ...one(goal.id),
        body: { title: 'Cut complaints 15 %', version: 1 },
      })
    ).body;
    const moved = (
      await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, {
        headers: h,
        ...one(goal.id),
        body: { departmentId: b.id, version: 2 },
      })
    ).body;
    const m = (
      await call(goalMeasuresFn, 'POST', `/api/goals/${goal.id}/measures`, {
        headers: h,
        ...one(goal.id),
        body: measureBody(),
      })
    ).body;
    const mv2 = (
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
        headers: h,
        ...one(m.id),
        body: { weight: 2, version: 1 },
      })
    ).body;
    const c = (
      await call(measureCheckInsFn, 'POST', `/api/measures/${m.id}/check-ins`, {
        headers: h,
        ...one(m.id),
        body: { value: 14, date: '2025-02-01' },
      })
    ).body;
    expect((await call(checkInFn, 'DELETE', `/api/check-ins/${c.id}`, { headers: h, ...one(c.id) })).status).toBe(204);
    expect((await call(measureFn, 'DELETE', `/api/measures/${m.id}`, { headers: h, ...one(m.id) })).status).toBe(204);
    expect((await call(goalFn, 'DELETE', `/api/goals/${goal.id}`, { headers: h, ...one(goal.id) })).status).toBe(204);

    const { entries } = await history(`goalId=${goal.id}`, h);
    const actor = { type: 'user', id: ed.user.id, label: `${ed.user.name} <${ed.user.email}>` };
    expect(entries.map((e) => [e.action, e.entity, e.entityId, e.departmentId])).toEqual([
      ['delete', 'goal', goal.id, b.id],
      ['delete', 'measure', m.id, b.id],
      ['delete', 'check_in', c.id, b.id],
      ['create', 'check_in', c.id, b.id],
      ['update', 'measure', m.id, b.id],
      ['create', 'measure', m.id, b.id],
      ['update', 'goal', goal.id, b.id],
      ['update', 'goal', goal.id, a.id],
      ['create', 'goal', goal.id, a.id],
    ]);
    for (const e of entries) {
      expect(e.actor).toEqual(actor);
      expect(e.goalId).toBe(goal.id);
      expect(Date.parse(e.at)).toBeGreaterThan(Date.now() - 60_000);
    }
    const [del, , , , mUpdate, , move, rename, create] = entries;
    expect(create).toMatchObject({ before: null, after: goal });
    expect(rename).toMatchObject({ before: goal, after: renamed });
    expect(move).toMatchObject({ before: { departmentId: a.id }, after: moved });
    expect(mUpdate).toMatchObject({ before: { weight: 1, version: 1 }, after: { weight: 2, version: 2 } });
    expect(mv2.weight).toBe(2);
    expect(del).toMatchObject({ before: { ...moved, measures: [] }, after: null });
    // The goal's own rows only:
    expect((await history(`entity=goal&entityId=${goal.id}`, h)).entries).toHaveLength(4);
  });

  it('vision and departments are recorded as organisation-wide changes by the admin', async () => {
    const v = await call(visionFn, 'PUT', '/api/vision', { body: { statement: 'Be the best', horizonYear: 2030 } });
    const d = await createDepartment('Renamable');
    await call(departmentFn, 'PATCH', `/api/departments/${d.id}`, {
      ...one(d.id),
      body: { name: 'Renamed', version: 1 },
    });
    const visionLog = (await history(`entity=vision&entityId=${v.body.id}`)).entries;
    expect(visionLog).toMatchObject([{ action: 'create', departmentId: null, after: { statement: 'Be the best' } }]);
    const deptLog = (await history(`entity=department&entityId=${d.id}`)).entries;
    expect(
      deptLog.map((e) => [
        e.action,
        (e.before as { name?: string } | null)?.name ?? null,
        (e.after as { name: string }).name,
      ]),
    ).toEqual([
      ['update', 'Renamable', 'Renamed'],
      ['create', null, 'Renamable'],
    ]);
  });

  it('a check-in pushed with an API token is attributed to the token', async () => {
    const a = await createDepartment();
    const m = await createMeasure((await createGoal(a.id)).id);
    const { id, headers } = await bearerFor([m.id]);
    const res = await call(measureCheckInsFn, 'POST', `/api/measures/${m.id}/check-ins`, {
      anonymous: true,
      headers,
      ...one(m.id),
      body: { value: 9, date: '2025-02-01' },
    });
    expect(res.status).toBe(201);
    const [entry] = (await history(`entity=check_in&entityId=${res.body.id}`)).entries;
    expect(entry!.actor).toEqual({ type: 'token', id, label: expect.stringMatching(/^API token “token \d+”$/) });
  });

  it('never records a password, hash or secret', async () => {
    const rows = (await db.execute('SELECT before, after FROM audit_log')).rows
      .map((r) => `${r.before} ${r.after}`)
      .join('\n');
    expect(rows).not.toMatch(/scrypt\$|password|token_hash|tlr_/i);
  });
});

describe('refused writes record nothing', () => {
  it('403 (another department), 409 (stale), 400 (invalid), 404: audit log and data unchanged', async () => {
    const a = await createDepartment();
    const b = await createDepartment();
    const gb = await createGoal(b.id);
    const ga = await createGoal(a.id);
    const ed = await signedIn('editor', { departmentIds: [a.id] });
    const before = await snapshotAll(['sessions']);
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${gb.id}`, {
        headers: ed.headers,
        ...one(gb.id),
        body: { title: 'Mine now', version: 1 },
      }),
      403,
    );
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${ga.id}`, {
        headers: ed.headers,
        ...one(ga.id),
        body: { departmentId: b.id, version: 1 },
      }),
      403,
    );
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${ga.id}`, {
        headers: ed.headers,
        ...one(ga.id),
        body: { title: 'Stale', version: 7 },
      }),
      409,
    );
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${ga.id}`, {
        headers: ed.headers,
        ...one(ga.id),
        body: { title: '', version: 1 },
      }),
      400,
    );
    expectProblem(await call(goalFn, 'DELETE', '/api/goals/nope', { headers: ed.headers, ...one('nope') }), 404);
    expect(await snapshotAll(['sessions'])).toEqual(before);
  });

  it("deleting a goal whose sub-goals belong to another department needs that department's editor too", async () => {
    const a = await createDepartment();
    const b = await createDepartment();
    const parent = await createGoal(a.id);
    const child = await createGoal(b.id, { parentGoalId: parent.id });
    const ed = await signedIn('editor', { departmentIds: [a.id] });
    const before = await snapshotAll(['sessions']);
    for (const children of ['delete', 'reparent']) {
      const res = await call(goalFn, 'DELETE', `/api/goals/${parent.id}?children=${children}`, {
        headers: ed.headers,
        ...one(parent.id),
      });
      expectProblem(res, 403);
      expect(res.body.detail).toMatch(/another department|cannot edit/);
    }
    expect(await snapshotAll(['sessions'])).toEqual(before);
    // An admin may; both goals' deletions are recorded.
    expect((await call(goalFn, 'DELETE', `/api/goals/${parent.id}?children=delete`, one(parent.id))).status).toBe(204);
    expect((await history(`entity=goal&entityId=${child.id}`)).entries[0]).toMatchObject({
      action: 'delete',
      departmentId: b.id,
      before: { id: child.id },
    });
  });

  it('the audit row is part of the write: when the write fails after it, neither remains', async () => {
    const a = await createDepartment();
    const g = await createGoal(a.id);
    await db.execute(
      `CREATE TRIGGER refuse_goal_delete BEFORE DELETE ON goals WHEN old.id = '${g.id}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const count = await auditCount();
    expectProblem(await call(goalFn, 'DELETE', `/api/goals/${g.id}`, one(g.id)), 500);
    expect(await auditCount()).toBe(count);
  });
});

describe('the log is append-only', () => {
  it('UPDATE and DELETE are refused by the database itself', async () => {
    await createDepartment();
    await expect(db.execute("UPDATE audit_log SET actor_label = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(db.execute('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    expect(await auditCount()).toBeGreaterThan(0);
  });

  it('the API offers only GET on the log', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await call(auditFn, method, '/api/audit', method === 'DELETE' ? {} : { body: {} });
      expectProblem(res, 405);
      expect(res.headers.get('allow')).toBe('GET');
    }
  });
});

describe('reading the log', () => {
  it('admins filter by person, department and date, newest first, page by page', async () => {
    const a = await createDepartment();
    const ed = await signedIn('editor', { departmentIds: [a.id] });
    for (let i = 0; i < 5; i++)
      await call(goalsFn, 'POST', '/api/goals', { headers: ed.headers, body: goalBody(a.id) });
    const byPerson = await history(`actorId=${ed.user.id}&limit=2`);
    expect(byPerson.entries).toHaveLength(2);
    expect(byPerson.nextCursor).not.toBeNull();
    const page2 = await history(`actorId=${ed.user.id}&limit=2&cursor=${byPerson.nextCursor}`);
    const page3 = await history(`actorId=${ed.user.id}&limit=2&cursor=${page2.nextCursor}`);
    expect(page3.nextCursor).toBeNull();
    const ids = [...byPerson.entries, ...page2.entries, ...page3.entries].map((e) => e.id);
    expect(ids).toHaveLength(5);
    expect([...ids].sort((x, y) => y - x)).toEqual(ids);
    expect((await history(`departmentId=${a.id}`)).entries.every((e) => e.departmentId === a.id)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await history(`actorId=${ed.user.id}&from=${today}&to=${today}`)).entries).toHaveLength(5);
    expect((await history(`actorId=${ed.user.id}&to=2000-01-01`)).entries).toHaveLength(0);
    expectProblem(await call(auditFn, 'GET', '/api/audit?from=yesterday'), 400, 'from');
    expectProblem(await call(auditFn, 'GET', '/api/audit?limit=1000'), 400, 'limit');
    expectProblem(await call(auditFn, 'GET', '/api/audit?secret=1'), 400);
  });

  it("editors and viewers read one goal's history, not the whole log; nobody reads nothing", async () => {
    const a = await createDepartment();
    const g = await createGoal(a.id);
    for (const role of ['editor', 'viewer'] as const) {
      const { headers } = await signedIn(role, { departmentIds: [a.id] });
      expect((await call(auditFn, 'GET', `/api/audit?goalId=${g.id}`, { headers })).status).toBe(200);
      expect((await call(auditFn, 'GET', `/api/audit?entity=goal&entityId=${g.id}`, { headers })).status).toBe(200);
      expectProblem(await call(auditFn, 'GET', '/api/audit', { headers }), 403);
      expectProblem(await call(auditFn, 'GET', `/api/audit?departmentId=${a.id}`, { headers }), 403);
    }
    expectProblem(await call(auditFn, 'GET', `/api/audit?goalId=${g.id}`, { anonymous: true }), 401);
  });
});
