// Deleting a goal with its sub-goals removed measures, check-ins, practices and pairs by ON DELETE
// CASCADE with audit rows for the goals only, and nothing could be recovered. Now every removed
// row is audited with its before values, and the goal goes to the bin for 30 days: restore brings
// back the very same rows, purge removes them, and after 30 days they are gone.
import { afterEach, describe, expect, it } from 'vitest';
import type { BinEntry } from '../../../src/domain/bin.ts';
import type { AuditPage } from '../../../src/domain/accounts.ts';
import binFn from '../../../netlify/functions/bin.mts';
import binItemFn from '../../../netlify/functions/bin-item.mts';
import binRestoreFn from '../../../netlify/functions/bin-restore.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import goalPracticesFn from '../../../netlify/functions/goal-practices.mts';
import counterweightsFn from '../../../netlify/functions/measure-counterweights.mts';
import goalCloseFn from '../../../netlify/functions/goal-close.mts';
import departmentFn from '../../../netlify/functions/department.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import auditFn from '../../../netlify/functions/audit.mts';
import { setClock } from '../../../src/server/clock.ts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  snapshot,
} from '../helpers.ts';
import { signIn } from '../sign-in.ts';

const db = await freshDatabase();
afterEach(() => setClock(null));

/** A goal with a sub-goal, 2 measures, 5 check-ins, a practice and a pair: the defect's case. */
async function tree() {
  const dep = await createDepartment();
  const goal = await createGoal(dep.id, { title: 'Cut complaints' });
  const sub = await createGoal(dep.id, { title: 'Fewer invoice errors', parentGoalId: goal.id });
  const m1 = await createMeasure(goal.id, { name: 'Complaints' });
  const m2 = await createMeasure(sub.id, { name: 'Invoice errors' });
  for (const [i, v] of [1, 2, 3].entries()) await createCheckIn(m1.id, v, `2025-0${i + 2}-01`);
  for (const [i, v] of [4, 5].entries()) await createCheckIn(m2.id, v, `2025-0${i + 2}-01`);
  const p = await call(goalPracticesFn, 'POST', `/api/goals/${goal.id}/practices`, {
    params: { id: goal.id },
    body: { text: 'Ask open questions' },
  });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  const pair = await call(counterweightsFn, 'POST', `/api/measures/${m1.id}/counterweights`, {
    params: { id: m1.id },
    body: { counterweightId: m2.id },
  });
  expect(pair.status, JSON.stringify(pair.body)).toBe(201);
  return { dep, goal, sub, m1, m2 };
}

const del = (id: string) => call(goalFn, 'DELETE', `/api/goals/${id}?children=delete`, { params: { id } });
const list = async () => {
  const res = await call<BinEntry[]>(binFn, 'GET', '/api/bin');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const restore = (id: string, body?: unknown) =>
  call(binRestoreFn, 'POST', `/api/bin/${id}/restore`, { params: { id }, body: body ?? {} });

describe('deleting a goal with everything under it', () => {
  it('audits every removed row with its before values', async () => {
    const { goal } = await tree();
    const before = await snapshot(db);
    const fromId = Number((await db.execute('SELECT coalesce(max(id), 0) AS n FROM audit_log')).rows[0]!.n);
    expect((await del(goal.id)).status).toBe(204);
    const log = (await call<AuditPage>(auditFn, 'GET', '/api/audit?limit=200')).body.entries.filter(
      (e) => e.id > fromId,
    );
    const deleted = (entity: string) =>
      log
        .filter((e) => e.action === 'delete' && e.entity === entity)
        .map((e) => e.entityId)
        .sort();
    const idsOf = (table: string) => (before[table] as { id: string }[]).filter(Boolean).map((r) => r.id);
    expect(deleted('goal')).toHaveLength(2);
    expect(deleted('measure')).toHaveLength(2);
    expect(deleted('check_in')).toHaveLength(5);
    expect(deleted('practice')).toHaveLength(1);
    expect(deleted('measure_pair')).toHaveLength(1);
    for (const e of log.filter((x) => x.action === 'delete')) expect(e.before, e.entity).toBeTruthy();
    // The before values are the rows as they were.
    const checkIn = log.find((e) => e.entity === 'check_in')!;
    expect(idsOf('check_ins')).toContain(checkIn.entityId);
    expect(before.check_ins).toContainEqual(checkIn.before);
  });

  it('deleting a measure audits its check-ins and pair too', async () => {
    const { m1 } = await tree();
    const before = await snapshot(db);
    const fromId = Number((await db.execute('SELECT coalesce(max(id), 0) AS n FROM audit_log')).rows[0]!.n);
    expect((await call(measureFn, 'DELETE', `/api/measures/${m1.id}`, { params: { id: m1.id } })).status).toBe(204);
    const log = (await call<AuditPage>(auditFn, 'GET', '/api/audit?limit=200')).body.entries.filter(
      (e) => e.id > fromId,
    );
    expect(log.filter((e) => e.entity === 'measure').map((e) => e.entityId)).toEqual([m1.id]);
    const gone = (before.check_ins as { id: string; measure_id: string }[]).filter((c) => c.measure_id === m1.id);
    expect(
      log
        .filter((e) => e.entity === 'check_in')
        .map((e) => e.before)
        .sort((a: any, b: any) => a.id.localeCompare(b.id)),
    ).toEqual([...gone].sort((a, b) => a.id.localeCompare(b.id)));
    expect(log.filter((e) => e.entity === 'measure_pair')).toHaveLength(1);
  });

  it('goes to the bin; restoring brings back the very same rows, and is audited', async () => {
    const { goal, dep } = await tree();
    const before = await snapshot(db);
    expect((await del(goal.id)).status).toBe(204);
    expect(await snapshot(db)).not.toEqual(before);
    const entry = (await list()).find((e) => e.id === goal.id)!;
    expect(entry).toMatchObject({
      title: 'Cut complaints',
      departmentName: dep.name,
      contents: { goals: 2, measures: 2, checkIns: 5, practices: 1, pairs: 1 },
    });
    const res = await restore(goal.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await snapshot(db)).toEqual(before);
    expect((await list()).find((e) => e.id === goal.id)).toBeUndefined();
    const log = (await call<AuditPage>(auditFn, 'GET', `/api/audit?entity=goal&entityId=${goal.id}`)).body.entries;
    expect(log[0]).toMatchObject({ action: 'restore', entity: 'goal', entityId: goal.id });
  });

  it('refuses a restore under a goal that is gone (409) and restores to the top level on request', async () => {
    const { goal, sub } = await tree();
    expect((await call(goalFn, 'DELETE', `/api/goals/${sub.id}`, { params: { id: sub.id } })).status).toBe(204);
    expect((await del(goal.id)).status).toBe(204);
    expect((await call(binItemFn, 'DELETE', `/api/bin/${goal.id}`, { params: { id: goal.id } })).status).toBe(204);
    const refused = await restore(sub.id);
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'bin.parent_gone', canRestoreToTopLevel: true });
    const ok = await restore(sub.id, { toTopLevel: true });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const back = await call(goalFn, 'GET', `/api/goals/${sub.id}`, { params: { id: sub.id } });
    expect(back.body).toMatchObject({ id: sub.id, parentGoalId: null });
  });

  it('refuses a restore under a closed goal (409), restoring nothing', async () => {
    const { goal, sub } = await tree();
    expect((await call(goalFn, 'DELETE', `/api/goals/${sub.id}`, { params: { id: sub.id } })).status).toBe(204);
    const closed = await call(goalCloseFn, 'POST', `/api/goals/${goal.id}/close`, {
      params: { id: goal.id },
      body: { outcome: 'achieved', comment: 'Done' },
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const before = await snapshot(db);
    expectProblem(await restore(sub.id), 409);
    expect(await snapshot(db)).toEqual(before);
    expect((await list()).map((e) => e.id)).toContain(sub.id);
  });

  it('refuses a restore when the department is gone (409)', async () => {
    const dep = await createDepartment();
    const goal = await createGoal(dep.id);
    expect((await del(goal.id)).status).toBe(204);
    expect((await call(departmentFn, 'DELETE', `/api/departments/${dep.id}`, { params: { id: dep.id } })).status).toBe(
      204,
    );
    const res = await restore(goal.id);
    expectProblem(res, 409);
    expect(res.body).toMatchObject({ code: 'bin.department_gone' });
  });

  it('purge removes it for good', async () => {
    const { goal } = await tree();
    expect((await del(goal.id)).status).toBe(204);
    expect((await call(binItemFn, 'DELETE', `/api/bin/${goal.id}`, { params: { id: goal.id } })).status).toBe(204);
    expect((await list()).find((e) => e.id === goal.id)).toBeUndefined();
    expectProblem(await restore(goal.id), 404);
  });

  it('keeps a deleted goal for 30 days, then purges it', async () => {
    const t0 = Date.parse('2026-01-01T12:00:00Z');
    setClock(() => new Date(t0));
    const { goal } = await tree();
    expect((await del(goal.id)).status).toBe(204);
    setClock(() => new Date(t0 + 29 * 86_400_000));
    expect((await list()).map((e) => e.id)).toContain(goal.id);
    setClock(() => new Date(t0 + 31 * 86_400_000));
    expect((await list()).map((e) => e.id)).not.toContain(goal.id);
    expectProblem(await restore(goal.id), 404);
    expect(
      (await db.execute({ sql: 'SELECT count(*) AS n FROM deleted_goals WHERE id = ?', args: [goal.id] })).rows[0]!.n,
    ).toBe(0);
  });

  it('is for admins only', async () => {
    const { goal, dep } = await tree();
    expect((await del(goal.id)).status).toBe(204);
    const editor = await signIn('editor', [dep.id]);
    expectProblem(await call(binFn, 'GET', '/api/bin', { headers: editor }), 403);
    expectProblem(
      await call(binRestoreFn, 'POST', `/api/bin/${goal.id}/restore`, {
        params: { id: goal.id },
        body: {},
        headers: editor,
      }),
      403,
    );
    expectProblem(
      await call(binItemFn, 'DELETE', `/api/bin/${goal.id}`, { params: { id: goal.id }, headers: editor }),
      403,
    );
  });
});
