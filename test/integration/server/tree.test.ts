import { describe, expect, it } from 'vitest';
import type { Tree } from '../../../src/domain/types.ts';
import treeFn from '../../../netlify/functions/tree.mts';
import visionFn from '../../../netlify/functions/vision.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import checkInFn from '../../../netlify/functions/check-in.mts';
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

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });
const tree = async () => {
  const res = await call<Tree>(treeFn, 'GET', '/api/tree');
  expect(res.status).toBe(200);
  expect(res.contentType).toMatch(/^application\/json\b/);
  return res.body;
};
const goalOf = (t: Tree, id: string) => t.goals.find((g) => g.id === id);
const measureOf = (t: Tree, id: string) => t.measures.find((m) => m.id === id);

describe('GET /api/tree', () => {
  it('is an empty tree before anything exists', async () => {
    expect(await tree()).toEqual({
      vision: null,
      progress: null,
      departments: [],
      goals: [],
      measures: [],
      pairs: [],
      warnings: [],
    });
  });

  it('reflects creates, updates, refused stale updates and deletes', async () => {
    const vision = (
      await call(visionFn, 'PUT', '/api/vision', { body: { statement: 'Effortless service', horizonYear: 2030 } })
    ).body;
    const dept = await createDepartment('Contact centre');
    const goal = await createGoal(dept.id, { title: 'Shorter calls' });
    const measure = await createMeasure(goal.id);

    let t = await tree();
    expect(t.vision).toEqual(vision);
    expect(t.departments).toEqual([dept]);
    expect(goalOf(t, goal.id)).toEqual({ ...goal, progress: null });
    expect(measureOf(t, measure.id)).toEqual({ ...measure, latest: null, smallSample: null, progress: null });

    const patched = (
      await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, {
        ...one(goal.id),
        body: { title: 'Much shorter calls', version: 1 },
      })
    ).body;
    expect(goalOf(await tree(), goal.id)).toEqual({ ...patched, progress: null });

    const before = await snapshot(db);
    expectProblem(
      await call(goalFn, 'PATCH', `/api/goals/${goal.id}`, { ...one(goal.id), body: { title: 'Lost', version: 1 } }),
      409,
      'version',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(goalOf(await tree(), goal.id)?.title).toBe('Much shorter calls');

    expect((await call(goalFn, 'DELETE', `/api/goals/${goal.id}`, one(goal.id))).status).toBe(204);
    t = await tree();
    expect(goalOf(t, goal.id)).toBeUndefined();
    expect(measureOf(t, measure.id)).toBeUndefined();
    expect(t.progress).toBeNull();
  });

  it('is read-only', async () => {
    const before = await snapshot(db);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await call(treeFn, method, '/api/tree', method === 'DELETE' ? {} : { body: {} });
      expectProblem(res, 405);
      expect(res.headers.get('allow')).toBe('GET');
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('progress through the API', () => {
  it('computes a decrease measure, the goal roll-ups and the vision roll-up; latest is by date', async () => {
    const dept = await createDepartment('Voice');
    const top = await createGoal(dept.id, { title: 'Faster answers' });
    const aht = await createMeasure(top.id, {
      name: 'AHT',
      unit: 's',
      direction: 'decrease',
      baseline: 420,
      target: 360,
    });
    // Written first but dated later: this one is the latest.
    const march = await createCheckIn(aht.id, 390, '2025-03-01');
    // Written later but dated earlier: must not win.
    await createCheckIn(aht.id, 410, '2025-02-01');

    let t = await tree();
    expect(measureOf(t, aht.id)).toMatchObject({ progress: 0.5, latest: march });
    expect(goalOf(t, top.id)?.progress).toBe(0.5);
    expect(t.progress).toBe(0.5);
    // The single-measure reads agree with the tree.
    expect((await call(measureFn, 'GET', `/api/measures/${aht.id}`, one(aht.id))).body).toMatchObject({
      progress: 0.5,
      latest: march,
    });
    expect((await call(goalMeasuresFn, 'GET', `/api/goals/${top.id}/measures`, one(top.id))).body[0]).toMatchObject({
      progress: 0.5,
      latest: march,
    });

    // A sub-goal at 100% weighs as much as one measure of weight 1: (0.5 + 1) / 2.
    const sub = await createGoal(dept.id, { title: 'Fewer transfers', parentGoalId: top.id });
    const transfers = await createMeasure(sub.id, { direction: 'increase', baseline: 0, target: 10 });
    await createCheckIn(transfers.id, 12, '2025-03-01'); // beyond target: clamped to 1
    t = await tree();
    expect(measureOf(t, transfers.id)?.progress).toBe(1);
    expect(goalOf(t, sub.id)?.progress).toBe(1);
    expect(goalOf(t, top.id)?.progress).toBe(0.75);
    expect(t.progress).toBe(0.75);

    // A top goal with nothing measurable does not drag the vision down; one at 0% does.
    const empty = await createGoal(dept.id, { title: 'Not measured yet' });
    t = await tree();
    expect(goalOf(t, empty.id)?.progress).toBeNull();
    expect(t.progress).toBe(0.75);
    const missed = await createGoal(dept.id, { title: 'Quality' });
    const qa = await createMeasure(missed.id, { direction: 'keep_above', baseline: 90, target: 95 });
    await createCheckIn(qa.id, 94, '2025-03-01');
    t = await tree();
    expect(goalOf(t, missed.id)?.progress).toBe(0);
    expect(t.progress).toBe(0.375);

    // Weights count: AHT at weight 3 → (0.5·3 + 1·1) / 4.
    expect(
      (await call(measureFn, 'PATCH', `/api/measures/${aht.id}`, { ...one(aht.id), body: { weight: 3, version: 1 } }))
        .status,
    ).toBe(200);
    t = await tree();
    expect(goalOf(t, top.id)?.progress).toBe(0.625);
    expect(t.progress).toBe(0.3125);

    // A newer check-in moves progress; deleting it falls back to the previous latest.
    const april = await createCheckIn(aht.id, 360, '2025-04-01');
    expect(measureOf(await tree(), aht.id)).toMatchObject({ progress: 1, latest: april });
    expect((await call(checkInFn, 'DELETE', `/api/check-ins/${april.id}`, one(april.id))).status).toBe(204);
    expect(measureOf(await tree(), aht.id)).toMatchObject({ progress: 0.5, latest: march });
  });
});
