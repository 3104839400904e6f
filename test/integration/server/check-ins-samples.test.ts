// Honest samples and segments (issue 4): NPS from counts with its margin, shares from k of n with
// the Wilson interval, "within noise", minimum samples, and volume-weighted segment check-ins.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn, Goal, Measure, MeasureWithProgress, Segment, Tree } from '../../../src/domain/types.ts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import measureCheckInsFn from '../../../netlify/functions/measure-check-ins.mts';
import checkInFn from '../../../netlify/functions/check-in.mts';
import segmentsFn from '../../../netlify/functions/measure-segments.mts';
import segmentFn from '../../../netlify/functions/segment.mts';
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
const period = { baselineDate: '2026-01-01', targetDate: '2026-12-31' };

let goal: Goal;
beforeAll(async () => {
  goal = await createGoal((await createDepartment()).id);
});

async function libraryMeasure(body: Record<string, unknown>): Promise<Measure> {
  const res = await call<Measure>(goalMeasuresFn, 'POST', `/api/goals/${goal.id}/measures`, {
    ...one(goal.id),
    body: { ...period, ...body },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body;
}
const checkIn = (measureId: string, body: Record<string, unknown>) =>
  call<CheckIn>(measureCheckInsFn, 'POST', `/api/measures/${measureId}/check-ins`, {
    ...one(measureId),
    body: { date: '2026-03-31', ...body },
  });
const list = async (measureId: string) =>
  (await call<CheckIn[]>(measureCheckInsFn, 'GET', `/api/measures/${measureId}/check-ins`, one(measureId))).body;

describe('NPS check-ins from counts', () => {
  let nps: Measure;
  beforeAll(async () => {
    nps = await libraryMeasure({ libraryKey: 'nps', baseline: 18, target: 30 });
  });

  it('computes the value from the counts and returns the margin: n = 50, 50 % / 20 % → 30 ± 22', async () => {
    const res = await checkIn(nps.id, { promoters: 25, passives: 15, detractors: 10, note: 'Q1 survey' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      value: 30,
      sampleSize: 50,
      promoters: 25,
      passives: 15,
      detractors: 10,
      successes: null,
      segments: [],
      belowMinSample: false,
      withinNoise: null,
      note: 'Q1 survey',
    });
    expect(res.body.margin).toBeCloseTo(21.649, 3);
    expect(res.body.interval!.low).toBeCloseTo(8.351, 3);
    expect(res.body.interval!.high).toBeCloseTo(51.649, 3);
    // A value that agrees is accepted; the stored value is always the computed one.
    const agreeing = await checkIn(nps.id, {
      date: '2026-04-30',
      promoters: 20,
      passives: 10,
      detractors: 3,
      value: 51.5,
    });
    expect(agreeing.status, JSON.stringify(agreeing.body)).toBe(201);
    expect(agreeing.body.value).toBeCloseTo(51.515, 3);
    // 33 answers against 50: the intervals overlap, so the change from 30 to 51.5 is within noise.
    expect(agreeing.body.withinNoise).toBe(true);
  });

  it('refuses a disagreeing value, counts that do not add up, missing or bad counts; nothing is written', async () => {
    const before = await snapshot(db);
    expectProblem(await checkIn(nps.id, { promoters: 25, passives: 15, detractors: 10, value: 35 }), 400, 'value');
    expectProblem(
      await checkIn(nps.id, { promoters: 25, passives: 15, detractors: 10, sampleSize: 60 }),
      400,
      'sampleSize',
    );
    expectProblem(await checkIn(nps.id, { value: 30, sampleSize: 50 }), 400, 'promoters');
    expectProblem(await checkIn(nps.id, { promoters: 25, passives: 15 }), 400, 'detractors');
    expectProblem(await checkIn(nps.id, { promoters: 0, passives: 0, detractors: 0 }), 400, 'promoters');
    expectProblem(await checkIn(nps.id, { promoters: -1, passives: 15, detractors: 10 }), 400, 'promoters');
    expectProblem(await checkIn(nps.id, { promoters: 2.5, passives: 15, detractors: 10 }), 400, 'promoters');
    expectProblem(await checkIn(nps.id, { promoters: '25', passives: 15, detractors: 10 }), 400, 'promoters');
    expectProblem(await checkIn(nps.id, {}), 400, 'promoters');
    expect(await snapshot(db)).toEqual(before);
  });

  it('flags a small sample and a change that is not within noise', async () => {
    const m = await libraryMeasure({ libraryKey: 'nps', baseline: 0, target: 30, minSample: 100 });
    const small = await checkIn(m.id, {
      date: '2026-01-31',
      promoters: 5,
      passives: 4,
      detractors: 3,
      acceptSmallSample: true,
    });
    expect(small.body).toMatchObject({ sampleSize: 12, belowMinSample: true });
    // 0 ± 7.6 on 400 answers, then 40 ± 6.5 on 400: not within noise.
    await checkIn(m.id, { date: '2026-02-28', promoters: 120, passives: 160, detractors: 120 });
    const up = await checkIn(m.id, { date: '2026-03-31', promoters: 200, passives: 160, detractors: 40 });
    expect(up.body).toMatchObject({ value: 40, belowMinSample: false, withinNoise: false });
    // The list compares each check-in with the one before it by date.
    expect((await list(m.id)).map((c) => [c.value, c.withinNoise, c.belowMinSample])).toEqual([
      [40, false, false],
      [0, true, false],
      [expect.closeTo(16.667, 3), null, true],
    ]);
    // The measure and the tree carry the latest check-in's statistics too.
    const read = await call<MeasureWithProgress>(measureFn, 'GET', `/api/measures/${m.id}`, one(m.id));
    expect(read.body.latest).toEqual(up.body);
    const tree = (await call<Tree>(treeFn, 'GET', '/api/tree')).body;
    expect(tree.measures.find((x) => x.id === m.id)!.latest).toEqual(up.body);
    // So does a single check-in read (issue 3's GET /api/check-ins/{id}), whatever its place in the history.
    const middle = (await list(m.id))[1]!;
    const single = await call<CheckIn>(checkInFn, 'GET', `/api/check-ins/${middle.id}`, one(middle.id));
    if (single.status !== 405) expect(single.body).toEqual(middle);
  });
});

describe('share check-ins (CSAT, QA compliance)', () => {
  it('computes the value from k of n and returns the Wilson interval in per cent', async () => {
    const csat = await libraryMeasure({ libraryKey: 'csat', baseline: 78, target: 85 });
    const res = await checkIn(csat.id, { successes: 41, sampleSize: 50 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ value: 82, successes: 41, sampleSize: 50, margin: null, belowMinSample: false });
    expect(res.body.interval!.low).toBeCloseTo(69.204, 3);
    expect(res.body.interval!.high).toBeCloseTo(90.23, 2);
    // A typed share with its n gets the same interval.
    const typed = await checkIn(csat.id, { date: '2026-04-30', value: 82, sampleSize: 50 });
    expect(typed.body.interval).toEqual(res.body.interval);
    expect(typed.body.withinNoise).toBe(true);
    const before = await snapshot(db);
    expectProblem(await checkIn(csat.id, { value: 82 }), 400, 'sampleSize');
    expectProblem(await checkIn(csat.id, { successes: 41 }), 400, 'sampleSize');
    expectProblem(await checkIn(csat.id, { successes: 51, sampleSize: 50 }), 400, 'successes');
    expectProblem(await checkIn(csat.id, { successes: 41, sampleSize: 50, value: 90 }), 400, 'value');
    expectProblem(await checkIn(csat.id, { value: 120, sampleSize: 50 }), 400, 'value');
    expectProblem(await checkIn(csat.id, { value: 80, sampleSize: 0 }), 400, 'sampleSize');
    expectProblem(
      await checkIn(csat.id, { promoters: 1, passives: 1, detractors: 1, sampleSize: 3, value: 50 }),
      400,
      'promoters',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps plain measures as they were: a typed value, sample optional, no interval', async () => {
    const m = await createMeasure(goal.id);
    const res = await checkIn(m.id, { value: 12, sampleSize: 10, acceptSmallSample: true });
    expect(res.body).toMatchObject({
      value: 12,
      sampleSize: 10,
      interval: null,
      margin: null,
      belowMinSample: true,
      withinNoise: null,
    });
    const before = await snapshot(db);
    expectProblem(await checkIn(m.id, {}), 400, 'value');
    expectProblem(await checkIn(m.id, { successes: 3, sampleSize: 10, value: 30 }), 400, 'successes');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('segments', () => {
  let aht: Measure;
  let phone: Segment;
  let chat: Segment;
  let mail: Segment;
  const addSegment = (measureId: string, name: unknown) =>
    call<Segment>(segmentsFn, 'POST', `/api/measures/${measureId}/segments`, { ...one(measureId), body: { name } });

  beforeAll(async () => {
    aht = await libraryMeasure({ libraryKey: 'aht', baseline: 420, target: 360 });
    phone = (await addSegment(aht.id, 'Phone')).body;
    chat = (await addSegment(aht.id, 'Chat')).body;
    mail = (await addSegment(aht.id, 'E-mail')).body;
  });

  it('creates, lists, renames and refuses duplicate names', async () => {
    expect(phone).toEqual({
      id: expect.any(String),
      measureId: aht.id,
      name: 'Phone',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const listed = await call<Segment[]>(segmentsFn, 'GET', `/api/measures/${aht.id}/segments`, one(aht.id));
    expect(listed.body.map((s) => s.name)).toEqual(['Phone', 'Chat', 'E-mail']);
    const before = await snapshot(db);
    expectProblem(await addSegment(aht.id, 'phone'), 409, 'name');
    expectProblem(await addSegment(aht.id, ''), 400, 'name');
    expectProblem(await addSegment('missing', 'Fax'), 404);
    expectProblem(
      await call(segmentFn, 'PATCH', `/api/segments/${chat.id}`, {
        ...one(chat.id),
        body: { name: 'E-MAIL', version: 1 },
      }),
      409,
      'name',
    );
    expectProblem(
      await call(segmentFn, 'PATCH', `/api/segments/${chat.id}`, {
        ...one(chat.id),
        body: { name: 'Web chat', version: 7 },
      }),
      409,
      'version',
    );
    expect(await snapshot(db)).toEqual(before);
    const renamed = await call<Segment>(segmentFn, 'PATCH', `/api/segments/${chat.id}`, {
      ...one(chat.id),
      body: { name: 'Web chat', version: 1 },
    });
    expect(renamed.body).toMatchObject({ name: 'Web chat', version: 2 });
    chat = renamed.body;
    // The same name on another measure is fine.
    const other = await createMeasure(goal.id);
    expect((await addSegment(other.id, 'Phone')).status).toBe(201);
  });

  it('rolls a check-in up from its segments by volume', async () => {
    const res = await checkIn(aht.id, {
      segments: [
        { segmentId: phone.id, value: 300, volume: 3 },
        { segmentId: chat.id, value: 420, volume: 1 },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.value).toBe(330);
    expect(res.body.segments).toEqual(
      [
        { segmentId: phone.id, value: 300, volume: 3 },
        { segmentId: chat.id, value: 420, volume: 1 },
      ].sort((a, b) => (a.segmentId < b.segmentId ? -1 : 1)),
    );
    expect((await list(aht.id))[0]).toEqual(res.body);
    const m = await call<MeasureWithProgress>(measureFn, 'GET', `/api/measures/${aht.id}`, one(aht.id));
    expect(m.body.latest).toEqual(res.body);
    expect(m.body.progress).toBe(1); // 420 → 330 goes past the 360 target: clamped to 100 %
  });

  it('refuses a disagreeing value, unknown or repeated segments and zero volume; nothing is written', async () => {
    const other = await createMeasure(goal.id);
    const foreign = (await addSegment(other.id, 'Site A')).body;
    const before = await snapshot(db);
    expectProblem(
      await checkIn(aht.id, {
        value: 360,
        segments: [
          { segmentId: phone.id, value: 300, volume: 3 },
          { segmentId: chat.id, value: 420, volume: 1 },
        ],
      }),
      400,
      'value',
    );
    expectProblem(
      await checkIn(aht.id, { segments: [{ segmentId: foreign.id, value: 300, volume: 3 }] }),
      422,
      'segments.0.segmentId',
    );
    expectProblem(
      await checkIn(aht.id, {
        segments: [
          { segmentId: phone.id, value: 300, volume: 3 },
          { segmentId: phone.id, value: 1, volume: 1 },
        ],
      }),
      400,
      'segments.1.segmentId',
    );
    expectProblem(
      await checkIn(aht.id, { segments: [{ segmentId: phone.id, value: 300, volume: 0 }] }),
      400,
      'segments',
    );
    expectProblem(
      await checkIn(aht.id, { segments: [{ segmentId: phone.id, value: 300, volume: -1 }] }),
      400,
      'segments.0.volume',
    );
    expectProblem(await checkIn(aht.id, { segments: [] }), 400, 'segments');
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps a segment while check-ins use it; deleting the check-in, then the segment, works', async () => {
    const c = await checkIn(aht.id, { date: '2026-05-31', segments: [{ segmentId: mail.id, value: 380, volume: 10 }] });
    const before = await snapshot(db);
    const refused = await call(segmentFn, 'DELETE', `/api/segments/${mail.id}`, one(mail.id));
    expectProblem(refused, 409);
    expect(refused.body.checkInCount).toBe(1);
    expect(await snapshot(db)).toEqual(before);
    const counts = await countRows(db);
    expect((await call(checkInFn, 'DELETE', `/api/check-ins/${c.body.id}`, one(c.body.id))).status).toBe(204);
    expect(await countRows(db)).toEqual({
      ...counts,
      check_ins: counts.check_ins! - 1,
      check_in_segments: counts.check_in_segments! - 1,
    });
    expectProblem(await call(segmentFn, 'DELETE', `/api/segments/${mail.id}?version=2`, one(mail.id)), 409, 'version');
    expect((await call(segmentFn, 'DELETE', `/api/segments/${mail.id}?version=1`, one(mail.id))).status).toBe(204);
    expectProblem(await call(segmentFn, 'GET', `/api/segments/${mail.id}`, one(mail.id)), 404);
  });

  it('goes with its measure, check-in values included', async () => {
    const m = await createMeasure(goal.id);
    const s = (await addSegment(m.id, 'Site A')).body;
    await checkIn(m.id, { segments: [{ segmentId: s.id, value: 12, volume: 5 }] });
    await createCheckIn(m.id, 13, '2026-04-30');
    const counts = await countRows(db);
    expect((await call(measureFn, 'DELETE', `/api/measures/${m.id}`, one(m.id))).status).toBe(204);
    expect(await countRows(db)).toEqual({
      ...counts,
      measures: counts.measures! - 1,
      check_ins: counts.check_ins! - 2,
      segments: counts.segments! - 1,
      check_in_segments: counts.check_in_segments! - 1,
    });
  });
});
