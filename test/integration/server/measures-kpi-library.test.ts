// Creating measures from the KPI library (issue 4): the library fills the fields, the user's win.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Goal, KpiDefinition, Measure } from '../../../src/domain/types.ts';
import kpiLibraryFn from '../../../netlify/functions/kpi-library.mts';
import goalMeasuresFn from '../../../netlify/functions/goal-measures.mts';
import measureFn from '../../../netlify/functions/measure.mts';
import qualityLevelsFn from '../../../netlify/functions/quality-levels.mts';
import { call, createDepartment, createGoal, expectProblem, freshDatabase, snapshot } from '../helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });

let goal: Goal;
beforeAll(async () => {
  goal = await createGoal((await createDepartment()).id, { title: 'Shorter calls, same quality' });
});

const period = { baselineDate: '2026-01-01', targetDate: '2026-12-31' };
const post = (body: Record<string, unknown>, g = goal.id) =>
  call<Measure>(goalMeasuresFn, 'POST', `/api/goals/${g}/measures`, { ...one(g), body });

describe('GET /api/kpi-library', () => {
  it('returns every entry in both languages', async () => {
    const res = await call<KpiDefinition[]>(kpiLibraryFn, 'GET', '/api/kpi-library');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(20);
    const aht = res.body.find((k) => k.key === 'aht')!;
    expect(aht).toMatchObject({
      unit: 's',
      direction: 'decrease',
      influence: 'partial',
      counterweights: ['fcr', 'csat'],
      gameable: true,
      name: 'Average handling time (AHT)',
    });
    // The other languages' texts are in their modules, not in every answer.
    expect(aht.definition).toMatch(/after-contact work/);
    expectProblem(await call(kpiLibraryFn, 'POST', '/api/kpi-library', { body: {} }), 405);
  });
});

describe('POST /api/goals/{id}/measures with a libraryKey', () => {
  it('fills name, unit, direction, frequency, purpose, influence, quality levels and sampling from the library', async () => {
    const res = await post({ libraryKey: 'aht', baseline: 420, target: 360, ...period });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      goalId: goal.id,
      libraryKey: 'aht',
      name: 'Average handling time (AHT)',
      unit: 's',
      direction: 'decrease',
      frequency: 'weekly',
      influence: 'partial',
      qualityLevels: ['technical'],
      survey: false,
      sampleKind: null,
      minSample: 30,
      thresholdSeconds: null,
      baseline: 420,
      target: 360,
      weight: 1,
    });
    expect(res.body.purpose).toMatch(/talk \(or writing\) time, hold time and after-contact work/);
    // Read back the same way.
    expect((await call(measureFn, 'GET', `/api/measures/${res.body.id}`, one(res.body.id))).body).toMatchObject({
      qualityLevels: ['technical'],
      survey: false,
    });
  });

  it('writes the texts in the locale asked for', async () => {
    const res = await post({ libraryKey: 'csat', locale: 'sv', baseline: 78, target: 85, ...period });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Kundnöjdhet (CSAT)',
      unit: '%',
      survey: true,
      sampleKind: 'share',
      influence: 'direct',
    });
    expect(res.body.purpose).toMatch(/^Andelen tillfrågade kunder/);
  });

  it('lets every field sent override the library', async () => {
    const res = await post({
      libraryKey: 'service_level',
      name: 'Service level 80/30, chat',
      thresholdSeconds: 30,
      target: 85,
      influence: 'direct',
      qualityLevels: ['technical', 'access'],
      frequency: 'weekly',
      minSample: 50,
      baseline: 76,
      ...period,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      libraryKey: 'service_level',
      name: 'Service level 80/30, chat',
      unit: '%',
      direction: 'keep_above',
      thresholdSeconds: 30,
      target: 85,
      influence: 'direct',
      qualityLevels: ['technical', 'access'],
      frequency: 'weekly',
      minSample: 50,
    });
    // Without overrides the service level is the library's 80 % within 20 s.
    const plain = await post({ libraryKey: 'service_level', baseline: 76, ...period });
    expect(plain.body).toMatchObject({ target: 80, thresholdSeconds: 20, direction: 'keep_above' });
  });

  it('refuses an unknown key, an unknown locale, and overrides that break the measure; nothing is written', async () => {
    const before = await snapshot(db);
    expectProblem(await post({ libraryKey: 'calls_per_minute', baseline: 1, target: 2, ...period }), 400, 'libraryKey');
    expectProblem(
      await post({ libraryKey: 'aht', locale: 'da', baseline: 420, target: 360, ...period }),
      400,
      'locale',
    );
    // The library knows no baseline: the organisation must give it.
    expectProblem(await post({ libraryKey: 'aht', target: 360, ...period }), 400, 'baseline');
    // An NPS is in points: a percentage unit is refused.
    expectProblem(await post({ libraryKey: 'nps', unit: '%', baseline: 18, target: 30, ...period }), 400, 'unit');
    // A decreasing library measure with a target above the baseline.
    expectProblem(await post({ libraryKey: 'aht', baseline: 360, target: 420, ...period }), 400, 'target');
    expectProblem(
      await post({ libraryKey: 'aht', baseline: 420, target: 360, qualityLevels: ['speed'], ...period }),
      400,
      'qualityLevels.0',
    );
    expectProblem(
      await post({ libraryKey: 'aht', baseline: 420, target: 360, influence: 'some', ...period }),
      400,
      'influence',
    );
    expectProblem(await post({ libraryKey: 'aht', baseline: 420, target: 360, unknownField: 1, ...period }), 400, '_');
    expectProblem(await post({ libraryKey: 'aht', baseline: 420, target: 360, ...period }, 'missing'), 404);
    expect(await snapshot(db)).toEqual(before);
  });

  it('still creates a measure of the organisation’s own without a libraryKey, and PATCHes the new fields', async () => {
    const res = await post({
      name: 'Callbacks kept',
      unit: '%',
      direction: 'increase',
      baseline: 70,
      target: 90,
      ...period,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      libraryKey: null,
      influence: 'partial',
      qualityLevels: [],
      survey: false,
      sampleKind: null,
      minSample: 30,
    });
    const m = res.body;
    const patched = await call<Measure>(measureFn, 'PATCH', `/api/measures/${m.id}`, {
      ...one(m.id),
      body: {
        influence: 'direct',
        qualityLevels: ['spirit'],
        survey: true,
        sampleKind: 'share',
        minSample: 40,
        libraryKey: 'fcr',
        version: 1,
      },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      influence: 'direct',
      qualityLevels: ['spirit'],
      survey: true,
      sampleKind: 'share',
      minSample: 40,
      libraryKey: 'fcr',
      target: 90,
    });
    const before = await snapshot(db);
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, { ...one(m.id), body: { sampleKind: null, version: 2 } }),
      400,
      'sampleKind',
    );
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
        ...one(m.id),
        body: { qualityLevels: ['spirit', 'spirit'], version: 2 },
      }),
      400,
      'qualityLevels',
    );
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, { ...one(m.id), body: { minSample: 0, version: 2 } }),
      400,
      'minSample',
    );
    expectProblem(
      await call(measureFn, 'PATCH', `/api/measures/${m.id}`, {
        ...one(m.id),
        body: { libraryKey: 'nope', version: 2 },
      }),
      400,
      'libraryKey',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('GET /api/quality-levels', () => {
  it('counts measures per quality level and influence ring, for all or one subtree', async () => {
    const dept = await createDepartment();
    const top = await createGoal(dept.id, { title: 'Top' });
    const child = await createGoal(dept.id, { title: 'Child', parentGoalId: top.id });
    await post({ libraryKey: 'aht', baseline: 420, target: 360, ...period }, child.id);
    await post({ libraryKey: 'fcr', baseline: 70, target: 80, ...period }, top.id);
    const sub = await call(qualityLevelsFn, 'GET', `/api/quality-levels?goalId=${top.id}`);
    expect(sub.status).toBe(200);
    expect(sub.body).toEqual({
      goalId: top.id,
      measures: 2,
      levels: { technical: 1, spirit: 1, access: 1 },
      untagged: 0,
      missing: [],
      influence: { direct: 1, partial: 1, none: 0 },
    });
    const childOnly = await call(qualityLevelsFn, 'GET', `/api/quality-levels?goalId=${child.id}`);
    expect(childOnly.body).toMatchObject({ measures: 1, missing: ['spirit', 'access'] });
    const all = await call(qualityLevelsFn, 'GET', '/api/quality-levels');
    expect(all.body.goalId).toBeNull();
    expect(all.body.measures).toBe(Number((await db.execute('SELECT count(*) AS n FROM measures')).rows[0]!.n));
    expectProblem(await call(qualityLevelsFn, 'GET', '/api/quality-levels?goalId=missing'), 404);
    expectProblem(await call(qualityLevelsFn, 'GET', '/api/quality-levels?level=1'), 400);
  });
});
