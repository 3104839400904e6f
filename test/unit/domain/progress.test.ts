import { describe, expect, it } from 'vitest';
import {
  CHILD_GOAL_WEIGHT,
  foldGoals,
  measureProgress,
  rollUp,
  subtreeIds,
  withProgress,
} from '../../../src/domain/progress.ts';
import type { MeasureTarget } from '../../../src/domain/progress.ts';
import { countingCheckIn, countsForProgress } from '../../../src/domain/measurement.ts';
import { assessTree } from '../../../src/domain/status.ts';
import { checkIn, goal, makeTree, measure } from '../fixtures.ts';

const increase: MeasureTarget = { direction: 'increase', baseline: 10, target: 20, targetLow: null, targetHigh: null };
// Average handling time: lower is better, 420 s → 360 s.
const aht: MeasureTarget = { direction: 'decrease', baseline: 420, target: 360, targetLow: null, targetHigh: null };
const keepAbove: MeasureTarget = {
  direction: 'keep_above',
  baseline: 90,
  target: 95,
  targetLow: null,
  targetHigh: null,
};
const keepBelow: MeasureTarget = { direction: 'keep_below', baseline: 8, target: 5, targetLow: null, targetHigh: null };
const range: MeasureTarget = { direction: 'range', baseline: 0, target: null, targetLow: 10, targetHigh: 20 };

describe('measureProgress', () => {
  it('is linear from baseline to target for an increasing measure', () => {
    expect(measureProgress(increase, 10)).toBe(0);
    expect(measureProgress(increase, 15)).toBe(0.5);
    expect(measureProgress(increase, 17.5)).toBeCloseTo(0.75, 12);
    expect(measureProgress(increase, 20)).toBe(1);
  });

  it('treats lower as better for a decreasing measure', () => {
    expect(measureProgress(aht, 390)).toBe(0.5);
    expect(measureProgress(aht, 405)).toBe(0.25);
    expect(measureProgress(aht, 360)).toBe(1);
    expect(measureProgress(aht, 420)).toBe(0);
  });

  it('clamps overshoot to 1', () => {
    expect(measureProgress(increase, 35)).toBe(1);
    expect(measureProgress(aht, 300)).toBe(1);
  });

  it('clamps movement the wrong way to 0', () => {
    expect(measureProgress(increase, 2)).toBe(0);
    expect(measureProgress(aht, 480)).toBe(0);
  });

  it('is no data (null), never 0, without a check-in or with a non-finite value', () => {
    for (const m of [increase, aht, keepAbove, keepBelow, range]) expect(measureProgress(m, null)).toBeNull();
    expect(measureProgress(increase, Number.NaN)).toBeNull();
    expect(measureProgress(increase, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('never divides by zero when target equals baseline or is missing', () => {
    expect(measureProgress({ ...increase, target: 10 }, 15)).toBe(0);
    expect(measureProgress({ ...increase, target: null }, 15)).toBe(0);
  });

  it('keep_above is met at and above the target, not below', () => {
    expect(measureProgress(keepAbove, 95)).toBe(1);
    expect(measureProgress(keepAbove, 99)).toBe(1);
    expect(measureProgress(keepAbove, 94.99)).toBe(0);
    expect(measureProgress({ ...keepAbove, target: null }, 99)).toBe(0);
  });

  it('keep_below is met at and below the target, not above', () => {
    expect(measureProgress(keepBelow, 5)).toBe(1);
    expect(measureProgress(keepBelow, 1)).toBe(1);
    expect(measureProgress(keepBelow, 5.01)).toBe(0);
    expect(measureProgress({ ...keepBelow, target: null }, 1)).toBe(0);
  });

  it('range is met inside and on its bounds, not outside', () => {
    expect(measureProgress(range, 15)).toBe(1);
    expect(measureProgress(range, 10)).toBe(1);
    expect(measureProgress(range, 20)).toBe(1);
    expect(measureProgress(range, 9.99)).toBe(0);
    expect(measureProgress(range, 20.01)).toBe(0);
    expect(measureProgress({ ...range, targetLow: null }, 15)).toBe(0);
  });
});

describe('rollUp', () => {
  it('is the weighted mean', () => {
    expect(
      rollUp([
        { progress: 0.5, weight: 1 },
        { progress: 1, weight: 3 },
      ]),
    ).toBe(0.875);
    expect(rollUp([{ progress: 0.2, weight: 2 }])).toBeCloseTo(0.2, 12);
  });

  it('ignores parts without progress', () => {
    expect(
      rollUp([
        { progress: null, weight: 5 },
        { progress: 0.2, weight: 1 },
      ]),
    ).toBeCloseTo(0.2, 12);
  });

  it('is null when nothing has progress, nothing weighs, or there is nothing', () => {
    expect(
      rollUp([
        { progress: null, weight: 1 },
        { progress: null, weight: 2 },
      ]),
    ).toBeNull();
    expect(rollUp([{ progress: 0.5, weight: 0 }])).toBeNull();
    expect(rollUp([])).toBeNull();
  });

  it('counts a real 0 as progress (not as missing)', () => {
    expect(
      rollUp([
        { progress: 0, weight: 1 },
        { progress: 1, weight: 1 },
      ]),
    ).toBe(0.5);
  });
});

describe('buildTree', () => {
  it('rolls measures and child goals up with their weights, and the vision over the top goals', () => {
    const tree = makeTree({
      goals: [goal('A', null), goal('B', 'A'), goal('C', 'A'), goal('D', null), goal('E', null)],
      measures: [
        measure('m1', 'A', { weight: 1 }),
        measure('m2', 'A', { weight: 3 }),
        measure('m3', 'B'),
        measure('m4', 'D'),
      ],
      values: { m1: 50, m2: 100, m3: 0, m4: 20 },
    });
    const p = new Map(tree.goals.map((g) => [g.id, g.progress]));
    expect(CHILD_GOAL_WEIGHT).toBe(1);
    expect(p.get('B')).toBe(0);
    // C has neither measures nor children: null, and ignored by A.
    expect(p.get('C')).toBeNull();
    // A = (0.5·1 + 1·3 + B 0·1) / 5
    expect(p.get('A')).toBeCloseTo(0.7, 12);
    expect(p.get('D')).toBeCloseTo(0.2, 12);
    // E has nothing: ignored by the vision. Vision = (0.7 + 0.2) / 2.
    expect(p.get('E')).toBeNull();
    expect(tree.progress).toBeCloseTo(0.45, 12);
  });

  it('attaches each measure its latest check-in and progress', () => {
    const tree = makeTree({
      goals: [goal('A', null)],
      measures: [measure('m1', 'A'), measure('m2', 'A')],
      values: { m1: 30 },
    });
    const [m1, m2] = tree.measures;
    expect(m1?.latest?.value).toBe(30);
    expect(m1?.progress).toBeCloseTo(0.3, 12);
    expect(m2?.latest).toBeNull();
    expect(m2?.progress).toBeNull();
    // A measure without a check-in is no data: left out of its goal's roll-up, not counted as 0.
    expect(tree.goals[0]?.progress).toBeCloseTo(0.3, 12);
  });

  it('is null everywhere for an empty organisation', () => {
    const tree = makeTree({ goals: [] });
    expect(tree.progress).toBeNull();
    expect(tree.goals).toEqual([]);
  });

  it('handles a 5,000-level chain without recursion', () => {
    const goals = [goal('g0', null)];
    for (let i = 1; i < 5000; i++) goals.push(goal(`g${i}`, `g${i - 1}`));
    const tree = makeTree({ goals, measures: [measure('leaf', 'g4999')], values: { leaf: 60 } });
    expect(tree.goals).toHaveLength(5000);
    for (const g of tree.goals) expect(g.progress).toBeCloseTo(0.6, 12);
    expect(tree.progress).toBeCloseTo(0.6, 12);
  });
});

describe('subtreeIds', () => {
  const goals = [
    { id: 'a', parentGoalId: null },
    { id: 'b', parentGoalId: 'a' },
    { id: 'c', parentGoalId: 'b' },
    { id: 'd', parentGoalId: 'a' },
    { id: 'e', parentGoalId: null },
    { id: 'f', parentGoalId: 'e' },
  ];

  it('returns the root and all its descendants, nothing else', () => {
    expect([...subtreeIds(goals, 'a')].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...subtreeIds(goals, 'b')].sort()).toEqual(['b', 'c']);
    expect([...subtreeIds(goals, 'c')]).toEqual(['c']);
  });

  it('terminates on a cycle', () => {
    const cyclic = [
      { id: 'x', parentGoalId: 'y' },
      { id: 'y', parentGoalId: 'x' },
    ];
    expect([...subtreeIds(cyclic, 'x')].sort()).toEqual(['x', 'y']);
  });
});

describe('the check-in that counts, and one roll-up', () => {
  const nps = { minSample: 30 };
  const c = (id: string, sampleSize: number | null) => ({ id, sampleSize });

  it('is the latest check-in whose sample meets the minimum; plain values always count', () => {
    expect(countingCheckIn(nps, [c('small', 12), c('ok', 84), c('older', 40)])?.id).toBe('ok');
    expect(countingCheckIn(nps, [c('exact', 30)])?.id).toBe('exact');
    expect(countingCheckIn(nps, [c('plain', null), c('ok', 84)])?.id).toBe('plain');
    expect(countingCheckIn(nps, [c('small', 12), c('tiny', 3)])).toBeNull();
    expect(countingCheckIn(nps, [])).toBeNull();
    expect(countsForProgress(nps, { sampleSize: 29 })).toBe(false);
  });

  it('withProgress: a newer small sample is shown as smallSample and does not move progress', () => {
    const m = { ...measure('m', 'A'), minSample: 30 };
    const ci = (id: string, value: number, sampleSize: number | null) => ({ ...checkIn('m', value), id, sampleSize });
    const r = withProgress(m, [ci('small', 90, 12), ci('ok', 30, 84)]);
    expect(r.latest?.id).toBe('ok');
    expect(r.smallSample?.id).toBe('small');
    expect(r.progress).toBeCloseTo(0.3, 12);
    const none = withProgress(m, [ci('small', 90, 12)]);
    expect(none.latest).toBeNull();
    expect(none.progress).toBeNull();
  });

  it('a measure without data is left out of its goal and of the vision, never 0', () => {
    const tree = makeTree({
      goals: [goal('A', null), goal('B', null)],
      measures: [measure('m1', 'A'), measure('empty', 'A'), measure('m2', 'B')],
      values: { m1: 80, m2: 40 },
    });
    expect(tree.goals.find((g) => g.id === 'A')?.progress).toBeCloseTo(0.8, 12);
    expect(tree.progress).toBeCloseTo(0.6, 12);
    const onlyEmpty = makeTree({ goals: [goal('A', null)], measures: [measure('empty', 'A')] });
    expect(onlyEmpty.goals[0]?.progress).toBeNull();
    expect(onlyEmpty.progress).toBeNull();
  });

  it('buildTree and assessTree give every goal the same progress (one fold)', () => {
    const goals = [goal('A', null), goal('B', 'A'), goal('C', 'B'), goal('D', 'A'), goal('E', null)];
    const measures = [
      measure('m1', 'A'),
      measure('m2', 'B'),
      measure('m3', 'C'),
      measure('m4', 'C'),
      measure('m5', 'D'),
      measure('m6', 'E'),
    ];
    const tree = makeTree({ goals, measures, values: { m1: 20, m3: 70, m5: 100 } });
    const latest = new Map(tree.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!]));
    const assessed = assessTree(tree.goals, tree.measures, latest, '2027-06-01');
    for (const g of tree.goals) expect(assessed.goals.get(g.id)?.progress ?? null).toBe(g.progress);
    for (const m of tree.measures) expect(assessed.measures.get(m.id)?.progress ?? null).toBe(m.progress);
    expect(tree.goals.find((g) => g.id === 'E')?.progress).toBeNull();
    expect(foldGoals(goals, []).progress).toBeNull();
  });
});
