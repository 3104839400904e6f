// A sample below its measure's minimum never decides silently: the API refuses it without an
// explicit flag, and with it the sample is stored, flagged, and progress keeps using the latest
// check-in that meets the minimum, on the tree, the measure, the agenda, its export and the due list.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn, Goal, Measure, MeasureWithProgress, Tree } from '../../src/domain/types.ts';
import type { Agenda, DueList, Review } from '../../src/domain/reviews.ts';
import goalMeasuresFn from '../../netlify/functions/goal-measures.mts';
import measureFn from '../../netlify/functions/measure.mts';
import measureCheckInsFn from '../../netlify/functions/measure-check-ins.mts';
import treeFn from '../../netlify/functions/tree.mts';
import reviewsFn from '../../netlify/functions/reviews.mts';
import reviewFn from '../../netlify/functions/review.mts';
import reviewExportFn from '../../netlify/functions/review-export.mts';
import dueFn from '../../netlify/functions/due.mts';
import {
  call,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  snapshot,
} from './helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });

let goal: Goal;
let nps: Measure;
beforeAll(async () => {
  const dept = await createDepartment('Truth desk');
  goal = await createGoal(dept.id, {
    title: 'Customers recommend us',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: '2026-06-01',
  });
  const res = await call<Measure>(goalMeasuresFn, 'POST', `/api/goals/${goal.id}/measures`, {
    ...one(goal.id),
    body: {
      libraryKey: 'nps',
      baseline: 0,
      target: 40,
      baselineDate: '2026-01-01',
      targetDate: '2026-12-31',
      minSample: 30,
    },
  });
  expect(res.status).toBe(201);
  nps = res.body;
});

const checkIn = (measureId: string, body: Record<string, unknown>) =>
  call<CheckIn>(measureCheckInsFn, 'POST', `/api/measures/${measureId}/check-ins`, { ...one(measureId), body });
const measureOnTree = async (id: string) =>
  (await call<Tree>(treeFn, 'GET', '/api/tree')).body.measures.find((m) => m.id === id)!;

describe('a sample below the minimum', () => {
  it('is refused without acceptSmallSample: 422 with a field error, and nothing is written', async () => {
    const ok = await checkIn(nps.id, { date: '2026-03-31', promoters: 50, passives: 30, detractors: 20 }); // NPS 30, n = 100
    expect(ok.status).toBe(201);
    const before = await snapshot(db);
    const res = await checkIn(nps.id, { date: '2026-04-30', promoters: 10, passives: 1, detractors: 1 }); // n = 12
    expectProblem(res, 422, 'acceptSmallSample');
    expect(res.contentType).toContain('application/problem+json');
    expect((res.body as unknown as { errors: Record<string, string[]> }).errors.acceptSmallSample![0]).toContain(
      'A sample of 12 is below the minimum sample of 30',
    );
    expect(await snapshot(db)).toEqual(before);
    // Not a boolean: a plain 400, still nothing written.
    expectProblem(
      await checkIn(nps.id, {
        date: '2026-04-30',
        promoters: 10,
        passives: 1,
        detractors: 1,
        acceptSmallSample: 'yes',
      }),
      400,
      'acceptSmallSample',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('with the flag is stored and flagged, and progress stays with the latest check-in that meets the minimum', async () => {
    const before = await measureOnTree(nps.id);
    expect(before.progress).toBeCloseTo(0.75, 9); // NPS 30 of 0 → 40
    const res = await checkIn(nps.id, {
      date: '2026-04-30',
      promoters: 10,
      passives: 1,
      detractors: 1,
      acceptSmallSample: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ sampleSize: 12, belowMinSample: true, value: 75 });

    const after = await measureOnTree(nps.id);
    expect(after.progress).toBe(before.progress);
    expect(after.latest?.sampleSize).toBe(100);
    expect(after.smallSample).toMatchObject({ id: res.body.id, sampleSize: 12, belowMinSample: true });
    const page = (await call<MeasureWithProgress>(measureFn, 'GET', `/api/measures/${nps.id}`, one(nps.id))).body;
    expect([page.progress, page.latest?.id, page.smallSample?.id]).toEqual([
      after.progress,
      after.latest?.id,
      res.body.id,
    ]);
    const listed = (
      await call<MeasureWithProgress[]>(goalMeasuresFn, 'GET', `/api/goals/${goal.id}/measures`, one(goal.id))
    ).body;
    expect(listed.find((m) => m.id === nps.id)?.progress).toBe(after.progress);
    // The history still shows it, flagged.
    const history = (await call<CheckIn[]>(measureCheckInsFn, 'GET', `/api/measures/${nps.id}/check-ins`, one(nps.id)))
      .body;
    expect(history.map((c) => [c.sampleSize, c.belowMinSample])).toEqual([
      [12, true],
      [100, false],
    ]);
  });

  it('plain check-ins without a sample always count', async () => {
    const plain = await createMeasure(goal.id, {
      baseline: 0,
      target: 100,
      baselineDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    expect((await checkIn(plain.id, { date: '2026-04-01', value: 40 })).status).toBe(201);
    expect((await measureOnTree(plain.id)).progress).toBeCloseTo(0.4, 9);
  });

  it('the agenda and the Markdown export judge by the same check-in and show n, margin and the flag', async () => {
    const review = (
      await call<Review>(reviewsFn, 'POST', '/api/reviews', {
        body: { period: '2026-Q2', meetingDate: '2026-06-01', forum: 'leadership_review' },
      })
    ).body;
    const agenda = (await call<Agenda>(reviewFn, 'GET', `/api/reviews/${review.id}`, one(review.id))).body;
    const item = agenda.departments.flatMap((d) => d.items).find((i) => i.goal.id === goal.id)!;
    const m = item.measures.find((x) => x.id === nps.id)!;
    const tree = await measureOnTree(nps.id);
    expect(m.progress).toBe(tree.progress);
    expect(m.latest).toMatchObject({ value: 30, sampleSize: 100, belowMinSample: false });
    expect(m.latest!.margin).toBeGreaterThan(10);
    expect(m.smallSample).toMatchObject({ value: 75, sampleSize: 12, belowMinSample: true });

    const md = await (
      await reviewExportFn(
        new Request(`http://localhost/api/reviews/${review.id}/export.md`, {
          headers: await import('./sign-in.ts').then((s) => s.asAdmin()),
        }),
        one(review.id),
      )
    ).text();
    const row = md.split('\n').find((l) => l.includes('n = 100'))!;
    expect(row).toMatch(/30 ± \d+ \(2026-03-31, n = 100\)/);
    expect(row).toContain('newer: 75');
    expect(row).toContain('n = 12), below minimum sample, not counted');
    expect(row).toContain('75 %'); // progress from NPS 30, not from the 12 answers
  });
});

describe('the due list', () => {
  it('does not call a measure overdue before its first period since it was created', async () => {
    const fresh = await createMeasure(goal.id, {
      name: 'Brand new monthly',
      frequency: 'monthly',
      baselineDate: '2026-01-01',
      targetDate: '2026-12-31',
    });
    const created = fresh.createdAt.slice(0, 10);
    const due = async (today: string) =>
      (await call<DueList>(dueFn, 'GET', `/api/due?today=${today}`)).body.staleMeasures.find(
        (m) => m.measureId === fresh.id,
      );
    expect(await due(created)).toBeUndefined();
    const month = (await import('../../src/domain/cadence.ts')).addMonths(created, 1);
    expect(await due(month)).toBeUndefined();
    const after = (await import('../../src/domain/cadence.ts')).addDays(month, 1);
    expect(await due(after)).toMatchObject({ dueSince: month, daysOverdue: 1, lastCheckIn: null });
  });

  it('a below-minimum sample does not settle what is owed', async () => {
    const created = nps.createdAt.slice(0, 10);
    const far = (await import('../../src/domain/cadence.ts')).addMonths(
      created > '2026-04-30' ? created : '2026-04-30',
      3,
    );
    const stale = (await call<DueList>(dueFn, 'GET', `/api/due?today=${far}`)).body.staleMeasures.find(
      (m) => m.measureId === nps.id,
    );
    expect(stale?.lastCheckIn).toBe('2026-03-31');
  });
});
