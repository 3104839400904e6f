import { beforeAll, describe, expect, it } from 'vitest';
import type { Goal } from '../../../src/domain/types.ts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import {
  call,
  countRows,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  measureBody,
  snapshot,
} from '../helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });

let goal: Goal;
beforeAll(async () => {
  goal = await createGoal((await createDepartment()).id, { title: 'Answer faster' });
});

describe('measures: create → read → update → stale update → delete → 404', () => {
  it('runs the whole life cycle', async () => {
    const created = await call(goalMeasuresFn, 'POST', `/api/goals/${goal.id}/measures`, {
      ...one(goal.id),
      body: measureBody({
        name: 'Service level',
        unit: '%',
        baseline: 70,
        target: 80,
        purpose: 'Answer 80% in 20 s',
        weight: 2,
        frequency: 'weekly',
      }),
    });
    expect(created.status).toBe(201);
    const m = created.body;
    expect(m).toEqual({
      id: expect.any(String),
      goalId: goal.id,
      name: 'Service level',
      unit: '%',
      direction: 'increase',
      baseline: 70,
      baselineDate: '2025-01-01',
      target: 80,
      targetLow: null,
      targetHigh: null,
      targetDate: '2025-12-31',
      frequency: 'weekly',
      purpose: 'Answer 80% in 20 s',
      weight: 2,
      libraryKey: null,
      influence: 'partial',
      qualityLevels: [],
      survey: false,
      sampleKind: null,
      minSample: 30,
      thresholdSeconds: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const read = await call(measureFn, 'GET', `/api/measures/${m.id}`, one(m.id));
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ ...m, latest: null, smallSample: null, progress: null });
    const list = await call(goalMeasuresFn, 'GET', `/api/goals/${goal.id}/measures`, one(goal.id));
    expect(list.body).toEqual([{ ...m, latest: null, smallSample: null, progress: null }]);

    // A PATCH changes only what it names: target, weight, frequency and purpose stay.
    const renamed = await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
      ...one(m.id),
      body: { name: 'SLA', version: 1 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ ...m, name: 'SLA', version: 2, updatedAt: expect.any(String) });

    const before = await snapshot(db);
    const stale = await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
      ...one(m.id),
      body: { target: 90, version: 1 },
    });
    expectProblem(stale, 409, 'version');
    expect(stale.body.current).toEqual(renamed.body);
    expectProblem(await call(measureFn, 'DELETE', `/api/measures/${m.id}?version=1`, one(m.id)), 409, 'version');
    expect(await snapshot(db)).toEqual(before);

    await createCheckIn(m.id, 75, '2025-02-01');
    const counts = await countRows(db);
    expect((await call(measureFn, 'DELETE', `/api/measures/${m.id}?version=2`, one(m.id))).status).toBe(204);
    expect(await countRows(db)).toEqual({
      ...counts,
      measures: counts.measures! - 1,
      check_ins: counts.check_ins! - 1,
    });

    expectProblem(await call(measureFn, 'GET', `/api/measures/${m.id}`, one(m.id)), 404);
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, { ...one(m.id), body: { name: 'x', version: 2 } }),
      404,
    );
    expectProblem(await call(measureFn, 'DELETE', `/api/measures/${m.id}`, one(m.id)), 404);
    expectProblem(await call(measureCheckInsFn, 'GET', `/api/measures/${m.id}/check-ins`, one(m.id)), 404);
    expect((await call(goalMeasuresFn, 'GET', `/api/goals/${goal.id}/measures`, one(goal.id))).body).toEqual([]);
  });

  it('stores only the target fields that apply to the direction', async () => {
    const range = await createMeasure(goal.id, {
      direction: 'range',
      baseline: 5,
      target: 99,
      targetLow: 3,
      targetHigh: 7,
    });
    expect(range).toMatchObject({ direction: 'range', target: null, targetLow: 3, targetHigh: 7 });
    const toDecrease = await call(measureFn, 'PATCH', `/api/measures/${range.id}`, {
      ...one(range.id),
      body: { direction: 'decrease', target: 2, version: 1 },
    });
    expect(toDecrease.status).toBe(200);
    expect(toDecrease.body).toMatchObject({
      direction: 'decrease',
      target: 2,
      targetLow: null,
      targetHigh: null,
      version: 2,
    });
  });

  it('PATCH checks the direction rules on the measure as it would become', async () => {
    const m = await createMeasure(goal.id, { direction: 'decrease', baseline: 420, target: 360 });
    const before = await snapshot(db);
    // Flipping the direction alone leaves a target below the baseline: not an increase.
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
        ...one(m.id),
        body: { direction: 'increase', version: 1 },
      }),
      400,
      'target',
    );
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, { ...one(m.id), body: { baseline: 360, version: 1 } }),
      400,
      'target',
    );
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
        ...one(m.id),
        body: { direction: 'range', version: 1 },
      }),
      400,
      'targetLow',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists a goal’s measures with their latest check-in and progress; 404 for an unknown goal', async () => {
    const g = await createGoal(goal.departmentId);
    const a = await createMeasure(g.id, { baseline: 0, target: 10 });
    const b = await createMeasure(g.id, { direction: 'keep_below', baseline: 5, target: 4 });
    const c = await createMeasure(g.id);
    await createCheckIn(a.id, 4, '2025-02-01');
    await createCheckIn(b.id, 3, '2025-02-01');
    const list = await call(goalMeasuresFn, 'GET', `/api/goals/${g.id}/measures`, one(g.id));
    expect(list.status).toBe(200);
    // Listed in creation order; compared as a set because creation times can tie within a millisecond.
    const rows = list.body.map((m: { id: string; progress: number; latest: { value: number } | null }) => [
      m.id,
      m.progress,
      m.latest?.value ?? null,
    ]);
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(
      expect.arrayContaining([
        [a.id, 0.4, 4],
        [b.id, 1, 3],
        [c.id, null, null],
      ]),
    );
    expectProblem(await call(goalMeasuresFn, 'GET', '/api/goals/missing/measures', one('missing')), 404);
    const before = await snapshot(db);
    expectProblem(
      await call(goalMeasuresFn, 'POST', '/api/goals/missing/measures', { ...one('missing'), body: measureBody() }),
      404,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
