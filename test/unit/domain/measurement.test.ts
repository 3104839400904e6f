// How a check-in's value follows from its sample or segments, what the sample says, counterweight
// warnings and the quality-level spread. Values against hand-computed numbers.
import { describe, expect, it } from 'vitest';
import {
  agrees,
  checkInStats,
  computedValueIssues,
  counterweightWarnings,
  qualitySpread,
  resolveCheckIn,
  withStats,
  type CheckInFacts,
  type SampleSettings,
} from '../../../src/domain/measurement.ts';
import { checkInSampleInput, type CheckInSampleInput } from '../../../src/domain/schemas.ts';

const NPS: SampleSettings = { unit: 'score', survey: true, sampleKind: 'nps', minSample: 30 };
const CSAT: SampleSettings = { unit: '%', survey: true, sampleKind: 'share', minSample: 30 };
const FCR: SampleSettings = { unit: '%', survey: false, sampleKind: 'share', minSample: 30 };
const CES: SampleSettings = { unit: 'score', survey: true, sampleKind: 'score', minSample: 30 };
const AHT: SampleSettings = { unit: 's', survey: false, sampleKind: null, minSample: 30 };
const none = new Set<string>();

const input = (fields: Record<string, unknown>): CheckInSampleInput =>
  checkInSampleInput.parse({ date: '2026-03-31', ...fields });
const fieldsOf = (r: ReturnType<typeof resolveCheckIn>) => (r.ok ? [] : r.issues.map((i) => i.path));

describe('agreement at the precision sent', () => {
  it('accepts the computed value rounded to as many decimals as were sent', () => {
    expect(agrees(24, 23.786)).toBe(true);
    expect(agrees(23.8, 23.786)).toBe(true);
    expect(agrees(23.79, 23.786)).toBe(true);
    expect(agrees(23.7, 23.786)).toBe(false);
    expect(agrees(23, 23.786)).toBe(false);
    expect(agrees(30, 30)).toBe(true);
  });
});

describe('resolveCheckIn', () => {
  it('computes an NPS from the counts and takes n as their sum', () => {
    const r = resolveCheckIn(NPS, input({ promoters: 25, passives: 15, detractors: 10 }), none);
    expect(r).toEqual({
      ok: true,
      checkIn: {
        value: 30,
        sampleSize: 50,
        promoters: 25,
        passives: 15,
        detractors: 10,
        successes: null,
        segments: [],
      },
    });
    // A value that agrees (30) or a matching n is accepted.
    expect(
      resolveCheckIn(NPS, input({ promoters: 25, passives: 15, detractors: 10, value: 30, sampleSize: 50 }), none).ok,
    ).toBe(true);
  });

  it('refuses an NPS without counts, with a disagreeing value, with counts that do not add up, or all zero', () => {
    expect(fieldsOf(resolveCheckIn(NPS, input({ value: 30, sampleSize: 50 }), none))).toEqual([
      'promoters',
      'passives',
      'detractors',
    ]);
    expect(
      fieldsOf(resolveCheckIn(NPS, input({ promoters: 25, passives: 15, detractors: 10, value: 35 }), none)),
    ).toEqual(['value']);
    expect(
      fieldsOf(resolveCheckIn(NPS, input({ promoters: 25, passives: 15, detractors: 10, sampleSize: 60 }), none)),
    ).toEqual(['sampleSize']);
    expect(fieldsOf(resolveCheckIn(NPS, input({ promoters: 25, passives: 15 }), none))).toEqual(['detractors']);
    expect(fieldsOf(resolveCheckIn(NPS, input({ promoters: 0, passives: 0, detractors: 0 }), none))).toContain(
      'promoters',
    );
  });

  it('refuses counts on a measure that is not an NPS', () => {
    expect(
      fieldsOf(
        resolveCheckIn(CSAT, input({ promoters: 1, passives: 1, detractors: 1, value: 50, sampleSize: 3 }), none),
      ),
    ).toEqual(['promoters']);
  });

  it('computes a share from k of n', () => {
    const r = resolveCheckIn(CSAT, input({ successes: 41, sampleSize: 50 }), none);
    expect(r.ok && r.checkIn).toMatchObject({ value: 82, sampleSize: 50, successes: 41 });
    expect(fieldsOf(resolveCheckIn(CSAT, input({ successes: 41 }), none))).toEqual(['sampleSize']);
    expect(fieldsOf(resolveCheckIn(CSAT, input({ successes: 51, sampleSize: 50 }), none))).toEqual(['successes']);
    expect(fieldsOf(resolveCheckIn(CSAT, input({ successes: 41, sampleSize: 50, value: 80 }), none))).toEqual([
      'value',
    ]);
    expect(fieldsOf(resolveCheckIn(AHT, input({ successes: 4, sampleSize: 5, value: 80 }), none))).toEqual([
      'successes',
    ]);
  });

  it('requires n on a survey measure, and a typed value where nothing computes it', () => {
    expect(fieldsOf(resolveCheckIn(CSAT, input({ value: 82 }), none))).toEqual(['sampleSize']);
    expect(fieldsOf(resolveCheckIn(CES, input({}), none))).toEqual(['value', 'sampleSize']);
    expect(resolveCheckIn(CES, input({ value: 5.4, sampleSize: 212 }), none).ok).toBe(true);
    // FCR from the case system is not a survey: n is optional.
    expect(resolveCheckIn(FCR, input({ value: 76.3 }), none).ok).toBe(true);
    expect(fieldsOf(resolveCheckIn(AHT, input({}), none))).toEqual(['value']);
  });

  it('keeps a share between 0 and 100 %', () => {
    expect(fieldsOf(resolveCheckIn(FCR, input({ value: 101 }), none))).toEqual(['value']);
    expect(fieldsOf(resolveCheckIn(FCR, input({ value: -1 }), none))).toEqual(['value']);
  });

  it('rolls segments up by volume, refuses duplicates, zero volume and mixing with k of n; unknown segments are 422', () => {
    const ids = new Set(['phone', 'chat', 'mail']);
    const segments = [
      { segmentId: 'phone', value: 300, volume: 3 },
      { segmentId: 'chat', value: 420, volume: 1 },
    ];
    const r = resolveCheckIn(AHT, input({ segments }), ids);
    expect(r.ok && r.checkIn.value).toBe(330);
    expect(r.ok && r.checkIn.segments.map((s) => s.segmentId)).toEqual(['chat', 'phone']);
    expect(resolveCheckIn(AHT, input({ segments, value: 330 }), ids).ok).toBe(true);
    expect(fieldsOf(resolveCheckIn(AHT, input({ segments, value: 360 }), ids))).toEqual(['value']);
    expect(
      fieldsOf(
        resolveCheckIn(AHT, input({ segments: [...segments, { segmentId: 'phone', value: 1, volume: 1 }] }), ids),
      ),
    ).toEqual(['segments.2.segmentId']);
    expect(
      fieldsOf(resolveCheckIn(AHT, input({ segments: [{ segmentId: 'phone', value: 300, volume: 0 }] }), ids)),
    ).toEqual(['segments']);
    const unknown = resolveCheckIn(AHT, input({ segments: [{ segmentId: 'fax', value: 1, volume: 1 }] }), ids);
    expect(unknown).toMatchObject({ ok: false, status: 422, issues: [{ path: 'segments.0.segmentId' }] });
    expect(fieldsOf(resolveCheckIn(NPS, input({ promoters: 5, passives: 5, detractors: 5, segments }), ids))).toEqual([
      'segments',
    ]);
    expect(fieldsOf(resolveCheckIn(CSAT, input({ successes: 4, sampleSize: 5, segments }), ids))).toEqual(['segments']);
  });
});

const facts = (f: Partial<CheckInFacts>): CheckInFacts => ({
  value: 0,
  sampleSize: null,
  promoters: null,
  passives: null,
  detractors: null,
  successes: null,
  ...f,
});

describe('checkInStats', () => {
  it('gives an NPS its margin and interval, flags n below the minimum, and compares with the previous check-in', () => {
    const before = facts({ value: 30, sampleSize: 40, promoters: 16, passives: 20, detractors: 4 });
    const after = facts({ value: 35, sampleSize: 40, promoters: 18, passives: 18, detractors: 4 });
    const s = checkInStats(NPS, after, before);
    expect(s.margin).toBeCloseTo(20.2626, 3);
    expect(s.interval!.low).toBeCloseTo(35 - 20.2626, 3);
    expect(s.belowMinSample).toBe(false);
    expect(s.withinNoise).toBe(true);
    expect(checkInStats(NPS, after, null).withinNoise).toBeNull();
    const twelve = checkInStats(
      NPS,
      facts({ value: 50, sampleSize: 12, promoters: 7, passives: 4, detractors: 1 }),
      null,
    );
    expect(twelve.belowMinSample).toBe(true);
  });

  it('gives a share the Wilson interval in per cent, from k of n or from the typed value', () => {
    // 41 of 50: 69.20 %–90.23 %.
    const k = checkInStats(CSAT, facts({ value: 82, sampleSize: 50, successes: 41 }), null);
    expect(k.margin).toBeNull();
    expect(k.interval!.low).toBeCloseTo(69.2037, 3);
    expect(k.interval!.high).toBeCloseTo(90.2299, 3);
    const typed = checkInStats(CSAT, facts({ value: 82, sampleSize: 50 }), null);
    expect(typed.interval).toEqual(k.interval);
    // 35 of 40 (87.5 %) against 41 of 50 (82 %): overlapping, within noise.
    expect(
      checkInStats(
        CSAT,
        facts({ value: 87.5, sampleSize: 40, successes: 35 }),
        facts({ value: 82, sampleSize: 50, successes: 41 }),
      ).withinNoise,
    ).toBe(true);
    // 0 of 30 against 30 of 30: far apart.
    expect(
      checkInStats(
        CSAT,
        facts({ value: 0, sampleSize: 30, successes: 0 }),
        facts({ value: 100, sampleSize: 30, successes: 30 }),
      ).withinNoise,
    ).toBe(false);
  });

  it('has no interval without a sample, or for a mean score', () => {
    expect(checkInStats(FCR, facts({ value: 76 }), facts({ value: 75 }))).toEqual({
      margin: null,
      interval: null,
      belowMinSample: false,
      withinNoise: null,
    });
    expect(checkInStats(CES, facts({ value: 5.4, sampleSize: 20 }), null)).toEqual({
      margin: null,
      interval: null,
      belowMinSample: true,
      withinNoise: null,
    });
    expect(checkInStats(AHT, facts({ value: 390 }), null).interval).toBeNull();
  });

  it('withStats compares each check-in (newest first) with the next older one', () => {
    const list = withStats(CSAT, [
      facts({ value: 0, sampleSize: 30, successes: 0 }),
      facts({ value: 100, sampleSize: 30, successes: 30 }),
      facts({ value: 96.7, sampleSize: 30, successes: 29 }),
    ]);
    expect(list.map((c) => c.withinNoise)).toEqual([false, true, null]);
  });
});

describe('counterweightWarnings', () => {
  const m = (id: string, goalId: string, libraryKey: string | null) => ({
    id,
    goalId,
    libraryKey: libraryKey as never,
  });

  it('warns for a gameable library measure paired with nothing, naming the suggested keys', () => {
    const w = counterweightWarnings([m('aht', 'g1', 'aht'), m('nps', 'g1', 'nps'), m('own', 'g1', null)], []);
    expect(w).toEqual([
      {
        goalId: 'g1',
        measureId: 'aht',
        libraryKey: 'aht',
        suggestions: [
          { libraryKey: 'fcr', existingMeasureId: null, needsInput: false },
          { libraryKey: 'csat', existingMeasureId: null, needsInput: false },
        ],
      },
    ]);
  });

  it('puts a suggestion the goal already measures first, so the fix is just a pair', () => {
    const [w] = counterweightWarnings(
      [m('aht', 'g1', 'aht'), m('csat', 'g1', 'csat'), m('fcr-elsewhere', 'g2', 'fcr')],
      [],
    );
    expect(w!.suggestions).toEqual([
      { libraryKey: 'csat', existingMeasureId: 'csat', needsInput: false },
      { libraryKey: 'fcr', existingMeasureId: null, needsInput: false },
    ]);
  });

  it('is satisfied by any pair, on either side; transfers need input when nothing exists', () => {
    expect(
      counterweightWarnings([m('aht', 'g1', 'aht'), m('x', 'g2', null)], [{ measureId: 'x', counterweightId: 'aht' }]),
    ).toEqual([]);
    const [w] = counterweightWarnings([m('t', 'g1', 'unnecessary_transfers')], []);
    expect(w!.suggestions).toEqual([{ libraryKey: 'expert_transfers', existingMeasureId: null, needsInput: true }]);
  });
});

describe('qualitySpread', () => {
  it('counts measures per quality level and influence ring, and names the levels nobody measures', () => {
    const s = qualitySpread(
      [
        { qualityLevels: ['technical'], influence: 'partial' },
        { qualityLevels: ['technical', 'spirit'], influence: 'direct' },
        { qualityLevels: [], influence: 'none' },
      ],
      'g1',
    );
    expect(s).toEqual({
      goalId: 'g1',
      measures: 3,
      levels: { technical: 2, spirit: 1, access: 0 },
      untagged: 1,
      missing: ['access'],
      influence: { direct: 1, partial: 1, none: 1 },
    });
  });
});

describe('computedValueIssues', () => {
  const base = { value: 30, promoters: null, successes: null, segments: [] as unknown[] };
  it('refuses changing a value computed from counts, k of n or segments, and allows typed values', () => {
    expect(computedValueIssues({ ...base, promoters: 25 }, { value: 35 }).map((i) => i.path)).toEqual(['value']);
    expect(computedValueIssues({ ...base, successes: 41 }, { value: 35 })).toHaveLength(1);
    expect(computedValueIssues({ ...base, segments: [{}] }, { value: 35 })).toHaveLength(1);
    expect(computedValueIssues({ ...base, promoters: 25 }, { value: 30 })).toEqual([]);
    expect(computedValueIssues({ ...base, promoters: 25 }, {})).toEqual([]);
    expect(computedValueIssues(base, { value: 35 })).toEqual([]);
  });
});
