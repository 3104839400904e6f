// Every formula against hand-computed values (worked out on paper / a calculator, not by the code).
import { describe, expect, it } from 'vitest';
import {
  belowMinSample,
  nps,
  npsInterval,
  npsMargin,
  npsSampleSize,
  weightedRollUp,
  wilson,
  withinNoise,
} from '../../../src/domain/stats.ts';

describe('NPS', () => {
  it('is % promoters − % detractors', () => {
    // 25 promoters, 15 passives, 10 detractors of 50: 50 % − 20 % = 30.
    expect(nps({ promoters: 25, passives: 15, detractors: 10 })).toBe(30);
    expect(npsSampleSize({ promoters: 25, passives: 15, detractors: 10 })).toBe(50);
    expect(nps({ promoters: 10, passives: 0, detractors: 0 })).toBe(100);
    expect(nps({ promoters: 0, passives: 3, detractors: 7 })).toBe(-70);
    expect(nps({ promoters: 1, passives: 1, detractors: 1 })).toBeCloseTo(0, 12);
    expect(nps({ promoters: 0, passives: 0, detractors: 0 })).toBeNaN();
  });

  it('has the margin 1.96·√((p + d − (p − d)²)/n) in points: n = 50, 50 % promoters, 20 % detractors → ±22', () => {
    // p + d − (p − d)² = 0.7 − 0.09 = 0.61; 0.61 / 50 = 0.0122; √ = 0.110454; × 1.96 = 0.216489 → 21.65 points.
    const m = npsMargin({ promoters: 25, passives: 15, detractors: 10 });
    expect(m).toBeCloseTo(21.6489, 3);
    expect(Math.round(m)).toBe(22);
    // 50 % promoters and 50 % detractors, n = 100: 1.96 · √(1/100) = 0.196 → 19.6 points.
    expect(npsMargin({ promoters: 50, passives: 0, detractors: 50 })).toBeCloseTo(19.6, 10);
    // Everyone a promoter: no spread at all.
    expect(npsMargin({ promoters: 12, passives: 0, detractors: 0 })).toBe(0);
    // n = 400, 30 % / 30 %: 1.96 · √(0.6 / 400) = 0.075910 → 7.59 points.
    expect(npsMargin({ promoters: 120, passives: 160, detractors: 120 })).toBeCloseTo(7.591, 3);
  });

  it('gives value ± margin as its interval, kept within −100…100', () => {
    const i = npsInterval({ promoters: 25, passives: 15, detractors: 10 });
    expect(i.low).toBeCloseTo(30 - 21.6489, 3);
    expect(i.high).toBeCloseTo(30 + 21.6489, 3);
    // 9 promoters, 1 passive of 10: NPS 90, margin 1.96 · √((0.9 − 0.81)/10) = 18.59 → capped at 100.
    expect(npsInterval({ promoters: 9, passives: 1, detractors: 0 }).high).toBe(100);
  });
});

describe('Wilson score interval (95 %)', () => {
  it('0 of n: from 0 to z²/(n + z²), not the empty interval a plain ±1.96·√(p(1−p)/n) gives', () => {
    // n = 10: 3.8416 / 13.8416 = 0.277540.
    expect(wilson(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.27754, 5) });
    // n = 1: 3.8416 / 4.8416 = 0.793457.
    expect(wilson(0, 1).high).toBeCloseTo(0.793457, 5);
  });

  it('n of n: from n/(n + z²) to exactly 1', () => {
    // 10 / 13.8416 = 0.722460.
    expect(wilson(10, 10)).toEqual({ low: expect.closeTo(0.72246, 5), high: 1 });
    expect(wilson(1, 1).low).toBeCloseTo(0.206543, 5);
  });

  it('small n: 1 of 2 is 0.0945–0.9055, 3 of 10 is 0.1078–0.6032', () => {
    // 1/2: centre (0.5 + 0.9604)/2.9208 = 0.5; half 1.96·√(0.125 + 0.2401)/2.9208 = 0.405471.
    const half = wilson(1, 2);
    expect(half.low).toBeCloseTo(0.094529, 5);
    expect(half.high).toBeCloseTo(0.905471, 5);
    // 3/10: centre (0.3 + 0.19208)/1.38416 = 0.355523; half 1.96·√(0.021 + 0.009604)/1.38416 = 0.247717.
    const three = wilson(3, 10);
    expect(three.low).toBeCloseTo(0.107789, 5);
    expect(three.high).toBeCloseTo(0.603227, 5);
  });

  it('narrows as n grows and stays around p', () => {
    const small = wilson(8, 10);
    const large = wilson(800, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(large.low).toBeLessThan(0.8);
    expect(large.high).toBeGreaterThan(0.8);
  });

  it('refuses k outside 0…n and n ≤ 0', () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(0, 0)).toThrow(RangeError);
  });
});

describe('within noise', () => {
  it('is true when the intervals overlap: NPS 30 → 35 on 40 answers each', () => {
    // 30: p 0.40, d 0.10 → ±19.84; 35: p 0.45, d 0.10 → ±20.26. [10.2, 49.8] and [14.7, 55.3] overlap.
    const before = npsInterval({ promoters: 16, passives: 20, detractors: 4 });
    const after = npsInterval({ promoters: 18, passives: 18, detractors: 4 });
    expect(withinNoise(before, after)).toBe(true);
    expect(withinNoise(after, before)).toBe(true);
  });

  it('is false when they do not: NPS 0 → 40 on 400 answers each', () => {
    // 0 ± 7.59 and 40 ± 6.50: [−7.6, 7.6] and [33.5, 46.5].
    const before = npsInterval({ promoters: 120, passives: 160, detractors: 120 });
    const after = npsInterval({ promoters: 200, passives: 160, detractors: 40 });
    expect(withinNoise(before, after)).toBe(false);
    expect(withinNoise(after, before)).toBe(false);
  });

  it('counts touching intervals as overlapping', () => {
    expect(withinNoise({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(withinNoise({ low: 1, high: 2 }, { low: 2.0001, high: 3 })).toBe(false);
  });
});

describe('volume-weighted roll-up', () => {
  it('weighs each segment by its volume', () => {
    // Phone 80 % on 600, chat 90 % on 300, e-mail 60 % on 100: (48 000 + 27 000 + 6 000) / 1 000 = 81.
    expect(
      weightedRollUp([
        { value: 80, volume: 600 },
        { value: 90, volume: 300 },
        { value: 60, volume: 100 },
      ]),
    ).toBe(81);
    // AHT 300 s on 3 contacts and 420 s on 1: 1 320 / 4 = 330, not the plain mean 360.
    expect(
      weightedRollUp([
        { value: 300, volume: 3 },
        { value: 420, volume: 1 },
      ]),
    ).toBe(330);
  });

  it('ignores segments without volume, and is null when nothing has volume', () => {
    expect(
      weightedRollUp([
        { value: 50, volume: 10 },
        { value: 999, volume: 0 },
      ]),
    ).toBe(50);
    expect(weightedRollUp([{ value: 50, volume: 0 }])).toBeNull();
    expect(weightedRollUp([])).toBeNull();
  });
});

describe('minimum sample', () => {
  it('warns below 30 by default and below the measure’s own minimum', () => {
    expect(belowMinSample(12)).toBe(true);
    expect(belowMinSample(29)).toBe(true);
    expect(belowMinSample(30)).toBe(false);
    expect(belowMinSample(99, 100)).toBe(true);
    expect(belowMinSample(100, 100)).toBe(false);
  });
});
