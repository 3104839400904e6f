// Counterweights (issue 4, seed 004): pairs, their rules, the warnings and the one-request fix.
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CounterweightFix,
  CounterweightWarning,
  Measure,
  MeasurePair,
  MeasureWithProgress,
  Tree,
} from '../../../src/domain/types.ts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import counterweightsFn from '../../../netlify/functions/measure-counterweights.mts';
import counterweightFn from '../../../netlify/functions/measure-counterweight.mts';
import suggestedFn from '../../../netlify/functions/measure-suggested-counterweight.mts';
import warningsFn from '../../../netlify/functions/goal-warnings.mts';
import treeFn from '../../../netlify/functions/tree.mts';
import {
  call,
  countRows,
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
const period = { baselineDate: '2026-01-01', targetDate: '2026-06-30' };

let departmentId: string;
beforeAll(async () => {
  departmentId = (await createDepartment()).id;
});

async function libraryMeasure(goalId: string, body: Record<string, unknown>): Promise<Measure> {
  const res = await call<Measure>(goalMeasuresFn, 'POST', `/api/goals/${goalId}/measures`, {
    ...one(goalId),
    body: { ...period, ...body },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body;
}
const pair = (measureId: string, counterweightId: unknown) =>
  call<MeasurePair>(counterweightsFn, 'POST', `/api/measures/${measureId}/counterweights`, {
    ...one(measureId),
    body: { counterweightId },
  });
const counterweights = async (measureId: string) =>
  (
    await call<MeasureWithProgress[]>(
      counterweightsFn,
      'GET',
      `/api/measures/${measureId}/counterweights`,
      one(measureId),
    )
  ).body;
const unpair = (measureId: string, otherId: string) =>
  call(counterweightFn, 'DELETE', `/api/measures/${measureId}/counterweights/${otherId}`, {
    params: { id: measureId, otherId },
  });
const warnings = async (goalId: string) =>
  (await call<CounterweightWarning[]>(warningsFn, 'GET', `/api/goals/${goalId}/warnings`, one(goalId))).body;
const fix = (measureId: string, body: Record<string, unknown> = {}) =>
  call<CounterweightFix>(suggestedFn, 'POST', `/api/measures/${measureId}/suggested-counterweight`, {
    ...one(measureId),
    body,
  });
const tree = async () => (await call<Tree>(treeFn, 'GET', '/api/tree')).body;

describe('pairs', () => {
  it('pairs two measures of different goals; each lists the other with its latest check-in and progress', async () => {
    const down = await createGoal(departmentId, { title: 'Cut unnecessary transfers by 10 %' });
    const up = await createGoal(departmentId, { title: 'Raise transfers to experts by 5 %' });
    const unnecessary = await libraryMeasure(down.id, {
      libraryKey: 'unnecessary_transfers',
      baseline: 1150,
      target: 1035,
    });
    const experts = await libraryMeasure(up.id, { libraryKey: 'expert_transfers', baseline: 420, target: 441 });
    await createCheckIn(experts.id, 431, '2026-03-31');

    const res = await pair(unnecessary.id, experts.id);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      measureId: unnecessary.id,
      counterweightId: experts.id,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const fromDown = await counterweights(unnecessary.id);
    expect(fromDown.map((m) => m.id)).toEqual([experts.id]);
    expect(fromDown[0]!.latest?.value).toBe(431);
    expect(fromDown[0]!.progress).toBeCloseTo(11 / 21, 10);
    expect((await counterweights(experts.id)).map((m) => m.id)).toEqual([unnecessary.id]);
    expect((await tree()).pairs).toContainEqual(res.body);
  });

  it('refuses a pair with itself (400), an unknown counterweight (422), an unknown measure (404) and a duplicate in either order (409)', async () => {
    const g = await createGoal(departmentId);
    const a = await createMeasure(g.id);
    const b = await createMeasure(g.id);
    expect((await pair(a.id, b.id)).status).toBe(201);
    const before = await snapshot(db);
    expectProblem(await pair(a.id, a.id), 400, 'counterweightId');
    expectProblem(await pair(a.id, 'missing'), 422, 'counterweightId');
    expectProblem(await pair('missing', a.id), 404);
    expectProblem(await pair(a.id, b.id), 409, 'counterweightId');
    expectProblem(await pair(b.id, a.id), 409, 'counterweightId');
    expectProblem(await pair(a.id, ''), 400, 'counterweightId');
    expectProblem(await pair(a.id, 42), 400, 'counterweightId');
    expect(await snapshot(db)).toEqual(before);
  });

  it('unpairs from either side; 404 when they are not paired', async () => {
    const g = await createGoal(departmentId);
    const a = await createMeasure(g.id);
    const b = await createMeasure(g.id);
    await pair(a.id, b.id);
    expect((await unpair(b.id, a.id)).status).toBe(204);
    expect(await counterweights(a.id)).toEqual([]);
    const before = await snapshot(db);
    expectProblem(await unpair(a.id, b.id), 404);
    expectProblem(await unpair('missing', b.id), 404);
    expectProblem(await call(counterweightsFn, 'GET', '/api/measures/missing/counterweights', one('missing')), 404);
    expect(await snapshot(db)).toEqual(before);
  });

  it('goes when either measure is deleted, and with a deleted goal', async () => {
    const g = await createGoal(departmentId);
    const a = await createMeasure(g.id);
    const b = await createMeasure(g.id);
    const c = await createMeasure(g.id);
    await pair(a.id, b.id);
    await pair(c.id, a.id);
    const counts = await countRows(db);
    expect((await call(measureFn, 'DELETE', `/api/measures/${a.id}`, one(a.id))).status).toBe(204);
    expect(await countRows(db)).toEqual({
      ...counts,
      measures: counts.measures! - 1,
      measure_pairs: counts.measure_pairs! - 2,
    });
    expect(await counterweights(b.id)).toEqual([]);

    const other = await createGoal(departmentId);
    const d = await createMeasure(other.id);
    await pair(b.id, d.id);
    expect((await call(goalFn, 'DELETE', `/api/goals/${other.id}`, one(other.id))).status).toBe(204);
    expect(await counterweights(b.id)).toEqual([]);
  });
});

describe('counterweight warnings and the one-click fix', () => {
  it('warns about AHT measured alone, and one request creates FCR as a guard and pairs it', async () => {
    const g = await createGoal(departmentId, { title: 'Bring handling time down' });
    const aht = await libraryMeasure(g.id, { libraryKey: 'aht', baseline: 420, target: 360, frequency: 'monthly' });
    const own = await createMeasure(g.id); // a measure of the organisation's own: never warned about
    const expected: CounterweightWarning = {
      goalId: g.id,
      measureId: aht.id,
      libraryKey: 'aht',
      suggestions: [
        { libraryKey: 'fcr', existingMeasureId: null, needsInput: false },
        { libraryKey: 'csat', existingMeasureId: null, needsInput: false },
      ],
    };
    expect(await warnings(g.id)).toEqual([expected]);
    expect((await tree()).warnings).toContainEqual(expected);

    const counts = await countRows(db);
    const res = await fix(aht.id);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.created).toBe(true);
    expect(res.body.measure).toMatchObject({
      goalId: g.id,
      libraryKey: 'fcr',
      name: 'First-contact resolution (FCR)',
      direction: 'keep_above',
      baseline: 80,
      target: 80,
      unit: '%',
      frequency: 'monthly',
      influence: 'direct',
      ...period,
    });
    expect(res.body.measure.purpose).toMatch(/^Counterweight to "Average handling time \(AHT\)"/);
    expect(res.body.pair).toMatchObject({ measureId: aht.id, counterweightId: res.body.measure.id });
    expect(await countRows(db)).toEqual({
      ...counts,
      measures: counts.measures! + 1,
      measure_pairs: counts.measure_pairs! + 1,
    });
    expect(await warnings(g.id)).toEqual([]);
    expect((await tree()).warnings.some((w) => w.measureId === aht.id)).toBe(false);
    expect(own.libraryKey).toBeNull();
  });

  it('pairs a suggested measure the goal already has instead of creating one, and takes a chosen suggestion and locale', async () => {
    const g = await createGoal(departmentId);
    const perHour = await libraryMeasure(g.id, { libraryKey: 'contacts_per_hour', baseline: 6, target: 8 });
    const qa = await libraryMeasure(g.id, { libraryKey: 'qa_compliance', baseline: 70, target: 90 });
    const [w] = await warnings(g.id);
    expect(w!.suggestions).toEqual([
      { libraryKey: 'qa_compliance', existingMeasureId: qa.id, needsInput: false },
      { libraryKey: 'csat', existingMeasureId: null, needsInput: false },
    ]);
    const counts = await countRows(db);
    const res = await fix(perHour.id);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      created: false,
      measure: { id: qa.id },
      pair: { measureId: perHour.id, counterweightId: qa.id },
    });
    expect(await countRows(db)).toEqual({ ...counts, measure_pairs: counts.measure_pairs! + 1 });
    // Once paired, asking again for the same suggestion is a conflict; another suggestion is created in Swedish.
    expectProblem(await fix(perHour.id, { libraryKey: 'qa_compliance' }), 409);
    const csat = await fix(perHour.id, { libraryKey: 'csat', locale: 'sv', target: 85, baseline: 85 });
    expect(csat.status).toBe(201);
    expect(csat.body.measure).toMatchObject({
      name: 'Kundnöjdhet (CSAT)',
      target: 85,
      direction: 'keep_above',
      survey: true,
    });
  });

  it('needs baseline and target for transfers, which have no typical level; a refused fix writes nothing', async () => {
    const g = await createGoal(departmentId);
    const t = await libraryMeasure(g.id, { libraryKey: 'unnecessary_transfers', baseline: 1150, target: 1035 });
    expect((await warnings(g.id))[0]!.suggestions).toEqual([
      { libraryKey: 'expert_transfers', existingMeasureId: null, needsInput: true },
    ]);
    const before = await snapshot(db);
    expectProblem(await fix(t.id), 400, 'baseline');
    expectProblem(await fix(t.id, { libraryKey: 'fcr' }), 400, 'libraryKey');
    expectProblem(await fix(t.id, { libraryKey: 'nope' }), 400, 'libraryKey');
    expectProblem(await fix(t.id, { colour: 'red' }), 400);
    expectProblem(await fix('missing'), 404);
    const plain = await createMeasure(g.id);
    const afterPlain = await snapshot(db);
    expectProblem(await fix(plain.id), 409);
    expect(await snapshot(db)).toEqual(afterPlain);
    expect(before.measures!.length + 1).toBe(afterPlain.measures!.length);

    const res = await fix(t.id, { baseline: 420, target: 441 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.measure).toMatchObject({
      libraryKey: 'expert_transfers',
      direction: 'increase',
      baseline: 420,
      target: 441,
      unit: 'count',
    });
    expect(await warnings(g.id)).toEqual([]);
    expectProblem(await call(warningsFn, 'GET', '/api/goals/missing/warnings', one('missing')), 404);
  });
});

describe('the suggested counterweight: preview first, existing measures first', () => {
  it('GET previews what would be created and the organisation’s FCR measures, writing nothing', async () => {
    const elsewhere = await createGoal(departmentId, { title: 'Resolve at first contact' });
    const fcr = await libraryMeasure(elsewhere.id, { libraryKey: 'fcr', baseline: 70, target: 80 });
    const goal = await createGoal(departmentId, { title: 'Shorter calls, honestly' });
    const aht = await libraryMeasure(goal.id, { libraryKey: 'aht', baseline: 420, target: 360 });
    const before = await snapshot(db);
    const res = await call(
      suggestedFn,
      'GET',
      `/api/measures/${aht.id}/suggested-counterweight?libraryKey=fcr&locale=en`,
      one(aht.id),
    );
    expect(res.status).toBe(200);
    expect(res.body.libraryKey).toBe('fcr');
    expect(
      res.body.existing.map((e: { measure: Measure; goalTitle: string; sameGoal: boolean }) => [
        e.measure.id,
        e.goalTitle,
        e.sameGoal,
      ]),
    ).toContainEqual([fcr.id, 'Resolve at first contact', false]);
    expect(res.body.draft).toMatchObject({
      libraryKey: 'fcr',
      baselineDate: aht.baselineDate,
      targetDate: aht.targetDate,
    });
    expect(res.body.missing).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
    // A suggestion that is not one: 400, still nothing written.
    expectProblem(
      await call(suggestedFn, 'GET', `/api/measures/${aht.id}/suggested-counterweight?libraryKey=nps`, one(aht.id)),
      400,
      'libraryKey',
    );
    expect(await snapshot(db)).toEqual(before);

    // Pairing the existing FCR measure creates no measure, only the pair.
    const counts = await countRows(db);
    const done = await fix(aht.id, { libraryKey: 'fcr', pairWithId: fcr.id });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ created: false, measure: { id: fcr.id } });
    const after = await countRows(db);
    expect(after.measures).toBe(counts.measures);
    expect(after.measure_pairs).toBe(counts.measure_pairs! + 1);
    expect((await counterweights(aht.id)).map((m) => m.id)).toEqual([fcr.id]);
  });

  it('refuses to pair a measure the preview did not offer (422) and writes nothing', async () => {
    const goal = await createGoal(departmentId);
    const aht = await libraryMeasure(goal.id, { libraryKey: 'aht', baseline: 420, target: 360 });
    const plain = await createMeasure(goal.id);
    const before = await snapshot(db);
    expectProblem(await fix(aht.id, { libraryKey: 'fcr', pairWithId: plain.id }), 422, 'pairWithId');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a created counterweight has no data: the goal’s progress is unchanged, and it is not overdue at once', async () => {
    const goal = await createGoal(departmentId, { startDate: '2026-01-01', dueDate: '2026-06-30' });
    const aht = await libraryMeasure(goal.id, { libraryKey: 'aht', baseline: 420, target: 360 });
    await createCheckIn(aht.id, 390, '2026-02-01');
    const progressBefore = (await tree()).goals.find((g) => g.id === goal.id)!.progress;
    expect(progressBefore).toBeCloseTo(0.5, 9);
    const done = await fix(aht.id, { libraryKey: 'fcr' });
    expect(done.body.created).toBe(true);
    const t = await tree();
    expect(t.measures.find((m) => m.id === done.body.measure.id)?.progress).toBeNull();
    expect(t.goals.find((g) => g.id === goal.id)!.progress).toBe(progressBefore);
  });
});
