import { beforeAll, describe, expect, it } from 'vitest';
import type { Department, Goal } from '../../../src/domain/types.ts';
import goalsFn from '../../../netlify/functions/goals.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import {
  call,
  countRows,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  goalBody,
  snapshot,
} from '../helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });
const getGoal = async (id: string) => (await call<Goal>(goalFn, 'GET', `/api/goals/${id}`, one(id))).body;

let dept: Department;
let other: Department;
beforeAll(async () => {
  dept = await createDepartment('Operations');
  other = await createDepartment('Quality');
});

describe('goals: create → read → update → stale update → delete → 404', () => {
  it('runs the whole life cycle', async () => {
    const parent = await createGoal(dept.id, { title: 'Parent' });
    const created = await call(goalsFn, 'POST', '/api/goals', {
      body: goalBody(dept.id, {
        title: 'Cut handling time',
        description: 'Shorter calls without hurting quality',
        parentGoalId: parent.id,
        owner: 'Ana',
        reviewDate: '2025-06-30',
      }),
    });
    expect(created.status).toBe(201);
    const goal = created.body;
    expect(goal).toEqual({
      id: expect.any(String),
      title: 'Cut handling time',
      description: 'Shorter calls without hurting quality',
      departmentId: dept.id,
      parentGoalId: parent.id,
      owner: 'Ana',
      startDate: '2025-01-01',
      dueDate: '2025-12-31',
      reviewDate: '2025-06-30',
      reviewCadence: 'quarterly',
      state: 'open',
      closedAt: null,
      closedComment: '',
      carriedFromGoalId: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    expect(await getGoal(goal.id)).toEqual(goal);

    const patched = await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, {
      ...one(goal.id),
      body: { title: 'Cut AHT', version: 1 },
    });
    expect(patched.status).toBe(200);
    // A PATCH changes only what it names: the other fields keep their values.
    expect(patched.body).toEqual({ ...goal, title: 'Cut AHT', version: 2, updatedAt: expect.any(String) });
    expect(await getGoal(goal.id)).toEqual(patched.body);

    const before = await snapshot(db);
    const stale = await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, {
      ...one(goal.id),
      body: { title: 'Lost update', version: 1 },
    });
    expectProblem(stale, 409, 'version');
    expect(stale.body.current).toEqual(patched.body);
    expect(await snapshot(db)).toEqual(before);

    expectProblem(await call(goalFn, 'DELETE', `/api/goals/${goal.id}?version=1`, one(goal.id)), 409, 'version');
    expect(await snapshot(db)).toEqual(before);

    const deleted = await call(goalFn, 'DELETE', `/api/goals/${goal.id}?version=2`, one(goal.id));
    expect(deleted.status).toBe(204);
    expectProblem(await call(goalFn, 'GET', `/api/goals/${goal.id}`, one(goal.id)), 404);
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, { ...one(goal.id), body: { title: 'x', version: 2 } }),
      404,
    );
    expectProblem(await call(goalFn, 'DELETE', `/api/goals/${goal.id}`, one(goal.id)), 404);
    expect(await getGoal(parent.id)).toEqual(parent);
  });

  it('PATCH can clear optional fields explicitly and move a goal to the top level', async () => {
    const parent = await createGoal(dept.id);
    const g = await createGoal(dept.id, {
      parentGoalId: parent.id,
      owner: 'Bo',
      description: 'd',
      reviewDate: '2025-02-01',
    });
    const res = await call(goalFn, 'PATCH', `/api/goals/${g.id}`, {
      ...one(g.id),
      body: { parentGoalId: null, owner: '', description: '', reviewDate: null, departmentId: other.id, version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      parentGoalId: null,
      owner: '',
      description: '',
      reviewDate: null,
      departmentId: other.id,
      version: 2,
    });
  });

  it('PATCH checks the cross-field rules on the row as it would become', async () => {
    const g = await createGoal(dept.id, { startDate: '2025-01-01', dueDate: '2025-03-31' });
    const before = await snapshot(db);
    // Only the start date is sent, but it would fall after the stored due date.
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${g.id}`, {
        ...one(g.id),
        body: { startDate: '2025-04-01', version: 1 },
      }),
      400,
      'dueDate',
    );
    expect(await snapshot(db)).toEqual(before);
    const ok = await call(goalFn, 'PATCH', `/api/goals/${g.id}`, {
      ...one(g.id),
      body: { startDate: '2025-04-01', dueDate: '2025-06-30', version: 1 },
    });
    expect(ok.status).toBe(200);
  });

  it('moves a goal under another parent but never into its own subtree (422)', async () => {
    const a = await createGoal(dept.id, { title: 'A' });
    const b = await createGoal(dept.id, { title: 'B', parentGoalId: a.id });
    const c = await createGoal(dept.id, { title: 'C', parentGoalId: b.id });
    const elsewhere = await createGoal(dept.id, { title: 'Elsewhere' });

    const before = await snapshot(db);
    for (const target of [a.id, b.id, c.id]) {
      const res = await call(goalFn, 'PATCH', `/api/goals/${a.id}`, {
        ...one(a.id),
        body: { parentGoalId: target, version: 1 },
      });
      expectProblem(res, 422, 'parentGoalId');
    }
    expect(await snapshot(db)).toEqual(before);

    const moved = await call(goalFn, 'PATCH', `/api/goals/${b.id}`, {
      ...one(b.id),
      body: { parentGoalId: elsewhere.id, version: 1 },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.parentGoalId).toBe(elsewhere.id);
    // C came along with B; moving A under C is now allowed.
    expect((await getGoal(c.id)).parentGoalId).toBe(b.id);
    const ok = await call(goalFn, 'PATCH', `/api/goals/${a.id}`, {
      ...one(a.id),
      body: { parentGoalId: c.id, version: 1 },
    });
    expect(ok.status).toBe(200);
  });

  it('filters the list by department and by parent', async () => {
    const d = await createDepartment('Filtering');
    const root = await createGoal(d.id, { title: 'F root', startDate: '2025-01-01' });
    const kid1 = await createGoal(d.id, { title: 'F kid b', parentGoalId: root.id, startDate: '2025-02-01' });
    const kid2 = await createGoal(d.id, { title: 'F kid a', parentGoalId: root.id, startDate: '2025-02-01' });
    const foreign = await createGoal(other.id, { title: 'F foreign', parentGoalId: root.id, startDate: '2025-01-15' });

    const byDept = await call<Goal[]>(goalsFn, 'GET', `/api/goals?departmentId=${d.id}`);
    expect(byDept.status).toBe(200);
    expect(byDept.body.map((g) => g.id)).toEqual([root.id, kid2.id, kid1.id]); // by start date, then title
    const byParent = await call<Goal[]>(goalsFn, 'GET', `/api/goals?parentGoalId=${root.id}`);
    expect(byParent.body.map((g) => g.id)).toEqual([foreign.id, kid2.id, kid1.id]);
    const both = await call<Goal[]>(goalsFn, 'GET', `/api/goals?parentGoalId=${root.id}&departmentId=${other.id}`);
    expect(both.body.map((g) => g.id)).toEqual([foreign.id]);
    const all = await call<Goal[]>(goalsFn, 'GET', '/api/goals');
    expect(all.body.map((g) => g.id)).toEqual(expect.arrayContaining([root.id, kid1.id, kid2.id, foreign.id]));
    expect((await call<Goal[]>(goalsFn, 'GET', '/api/goals?departmentId=unknown')).body).toEqual([]);
    expectProblem(await call(goalsFn, 'GET', '/api/goals?colour=red'), 400, '_');
  });
});

describe('deleting a goal with sub-goals', () => {
  it('refuses without a choice (409) and changes nothing', async () => {
    const p = await createGoal(dept.id);
    await createGoal(dept.id, { parentGoalId: p.id });
    const before = await snapshot(db);
    const res = await call(goalFn, 'DELETE', `/api/goals/${p.id}`, one(p.id));
    expectProblem(res, 409, 'children');
    expect(res.body.childCount).toBe(1);
    expectProblem(await call(goalFn, 'DELETE', `/api/goals/${p.id}?children=orphan`, one(p.id)), 400, 'children');
    expect(await snapshot(db)).toEqual(before);
  });

  it('children=reparent moves the children up to the deleted goal’s parent and keeps their measures', async () => {
    const grand = await createGoal(dept.id, { title: 'Grand' });
    const mid = await createGoal(dept.id, { title: 'Mid', parentGoalId: grand.id });
    const k1 = await createGoal(dept.id, { title: 'K1', parentGoalId: mid.id });
    const k2 = await createGoal(dept.id, { title: 'K2', parentGoalId: mid.id });
    const leaf = await createGoal(dept.id, { title: 'Leaf', parentGoalId: k1.id });
    const kidMeasure = await createMeasure(k1.id);
    await createCheckIn(kidMeasure.id, 12);
    const midMeasure = await createMeasure(mid.id);
    await createCheckIn(midMeasure.id, 15);
    const counts = await countRows(db);

    const res = await call(goalFn, 'DELETE', `/api/goals/${mid.id}?children=reparent`, one(mid.id));
    expect(res.status).toBe(204);
    expectProblem(await call(goalFn, 'GET', `/api/goals/${mid.id}`, one(mid.id)), 404);
    for (const k of [k1, k2]) {
      const now = await getGoal(k.id);
      expect(now.parentGoalId).toBe(grand.id);
      expect(now.version).toBe(2); // a move is a change others must notice
    }
    expect((await getGoal(leaf.id)).parentGoalId).toBe(k1.id);
    // Only the deleted goal, its own measure and that measure's check-in are gone.
    expect(await countRows(db)).toEqual({
      ...counts,
      goals: counts.goals! - 1,
      measures: counts.measures! - 1,
      check_ins: counts.check_ins! - 1,
    });
  });

  it('children=reparent of a top-level goal makes its children top-level', async () => {
    const top = await createGoal(dept.id);
    const k = await createGoal(dept.id, { parentGoalId: top.id });
    expect((await call(goalFn, 'DELETE', `/api/goals/${top.id}?children=reparent`, one(top.id))).status).toBe(204);
    expect((await getGoal(k.id)).parentGoalId).toBeNull();
  });

  it('children=delete removes the whole subtree with its measures and check-ins', async () => {
    const keep = await createGoal(dept.id, { title: 'Keep' });
    const root = await createGoal(dept.id, { title: 'Root', parentGoalId: keep.id });
    const a = await createGoal(dept.id, { parentGoalId: root.id });
    const b = await createGoal(dept.id, { parentGoalId: a.id });
    const c = await createGoal(dept.id, { parentGoalId: b.id });
    for (const g of [root, a, b, c]) {
      const m = await createMeasure(g.id);
      await createCheckIn(m.id, 11, '2025-02-01');
      await createCheckIn(m.id, 12, '2025-03-01');
    }
    const keptMeasure = await createMeasure(keep.id);
    await createCheckIn(keptMeasure.id, 13);
    const counts = await countRows(db);

    expect((await call(goalFn, 'DELETE', `/api/goals/${root.id}?children=delete`, one(root.id))).status).toBe(204);
    for (const g of [root, a, b, c]) expectProblem(await call(goalFn, 'GET', `/api/goals/${g.id}`, one(g.id)), 404);
    expect(await countRows(db)).toEqual({
      ...counts,
      goals: counts.goals! - 4,
      measures: counts.measures! - 4,
      check_ins: counts.check_ins! - 8,
    });
    expect(await getGoal(keep.id)).toEqual(keep);
    const orphans = await db.execute(
      `SELECT (SELECT count(*) FROM measures WHERE goal_id NOT IN (SELECT id FROM goals))
            + (SELECT count(*) FROM check_ins WHERE measure_id NOT IN (SELECT id FROM measures))
            + (SELECT count(*) FROM goals WHERE parent_goal_id IS NOT NULL AND parent_goal_id NOT IN (SELECT id FROM goals)) AS n`,
    );
    expect(orphans.rows[0]!.n).toBe(0);
  });

  it('a childless goal needs no choice', async () => {
    const g = await createGoal(dept.id);
    expect((await call(goalFn, 'DELETE', `/api/goals/${g.id}`, one(g.id))).status).toBe(204);
  });
});
