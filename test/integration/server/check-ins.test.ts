import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn, Measure } from '../../../src/domain/types.ts';
import { latestTodayAnywhere } from '../../../src/domain/schemas.ts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import checkInFn from '../../../netlify/functions/check-in.mts';
import measureFn from '../../../netlify/functions/measure.mts';
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

let measure: Measure;
beforeAll(async () => {
  const goal = await createGoal((await createDepartment()).id);
  measure = await createMeasure(goal.id, { name: 'CSAT', unit: 'score', baseline: 3.8, target: 4.5 });
});

const list = async (measureId: string) =>
  (await call<CheckIn[]>(measureCheckInsFn, 'GET', `/api/measures/${measureId}/check-ins`, one(measureId))).body;

describe('check-ins: create → read → (versioned) delete → 404', () => {
  it('runs the whole life cycle', async () => {
    const created = await call(measureCheckInsFn, 'POST', `/api/measures/${measure.id}/check-ins`, {
      ...one(measure.id),
      body: { value: 4.1, date: '2025-03-31', note: 'After the IVR change' },
    });
    expect(created.status).toBe(201);
    const c = created.body;
    expect(c).toEqual({
      id: expect.any(String),
      measureId: measure.id,
      value: 4.1,
      date: '2025-03-31',
      note: 'After the IVR change',
      sampleSize: null,
      promoters: null,
      passives: null,
      detractors: null,
      successes: null,
      segments: [],
      margin: null,
      interval: null,
      belowMinSample: false,
      withinNoise: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await list(measure.id)).toEqual([c]);
    const m = await call(measureFn, 'GET', `/api/measures/${measure.id}`, one(measure.id));
    expect(m.body.latest).toEqual(c);

    // A check-in is read and edited one at a time (issue 3) with the version check; no PUT.
    const before = await snapshot(db);
    const put = await call(checkInFn, 'PUT', `/api/check-ins/${c.id}`, {
      ...one(c.id),
      body: { value: 5, version: 1 },
    });
    expectProblem(put, 405);
    expect(put.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect((await call(checkInFn, 'GET', `/api/check-ins/${c.id}`, one(c.id))).body).toEqual(c);
    expectProblem(
      await call(checkInFn, 'PATCH', `/api/check-ins/${c.id}`, { ...one(c.id), body: { value: 5, version: 2 } }),
      409,
      'version',
    );
    const stale = await call(checkInFn, 'DELETE', `/api/check-ins/${c.id}?version=2`, one(c.id));
    expectProblem(stale, 409, 'version');
    expect(stale.body.current).toEqual(c);
    expectProblem(await call(checkInFn, 'DELETE', `/api/check-ins/${c.id}?version=zero`, one(c.id)), 400, 'version');
    expect(await snapshot(db)).toEqual(before);

    expect((await call(checkInFn, 'DELETE', `/api/check-ins/${c.id}?version=1`, one(c.id))).status).toBe(204);
    expect(await list(measure.id)).toEqual([]);
    expectProblem(await call(checkInFn, 'DELETE', `/api/check-ins/${c.id}`, one(c.id)), 404);
    expect((await call(measureFn, 'GET', `/api/measures/${measure.id}`, one(measure.id))).body.latest).toBeNull();
  });

  it('lists newest date first, whatever the order they were written in', async () => {
    const m = await createMeasure(measure.goalId);
    const feb = await createCheckIn(m.id, 12, '2025-02-01');
    const apr = await createCheckIn(m.id, 14, '2025-04-01');
    const jan = await createCheckIn(m.id, 11, '2025-01-15');
    expect((await list(m.id)).map((c) => c.id)).toEqual([apr.id, feb.id, jan.id]);
  });

  it('accepts today anywhere on Earth and refuses tomorrow', async () => {
    const m = await createMeasure(measure.goalId);
    const today = latestTodayAnywhere();
    expect((await createCheckIn(m.id, 15, today)).date).toBe(today);
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    const before = await snapshot(db);
    expectProblem(
      await call(measureCheckInsFn, 'POST', `/api/measures/${m.id}/check-ins`, {
        ...one(m.id),
        body: { value: 1, date: tomorrow },
      }),
      400,
      'date',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('is 404 for an unknown measure, on read and on write', async () => {
    expectProblem(await call(measureCheckInsFn, 'GET', '/api/measures/nope/check-ins', one('nope')), 404);
    const before = await snapshot(db);
    expectProblem(
      await call(measureCheckInsFn, 'POST', '/api/measures/nope/check-ins', {
        ...one('nope'),
        body: { value: 1, date: '2025-01-01' },
      }),
      404,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
