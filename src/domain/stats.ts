// Honest-sample statistics (seed 002: no too-small samples, no careless analysis). Pure functions.

/** z for a two-sided 95 % interval. */
export const Z95 = 1.96;

export interface Interval {
  low: number;
  high: number;
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Number of answers behind an NPS. */
export const npsSampleSize = (c: NpsCounts) => c.promoters + c.passives + c.detractors;

/** NPS = % promoters − % detractors, −100…100. NaN when there are no answers. */
export function nps(c: NpsCounts): number {
  const n = npsSampleSize(c);
  return n === 0 ? Number.NaN : (100 * (c.promoters - c.detractors)) / n;
}

/**
 * The 95 % margin of error of an NPS, in points: 1.96 · √((p + d − (p − d)²) / n) · 100, where p
 * and d are the shares of promoters and detractors. n = 50 with 50 % promoters and 20 %
 * detractors gives about ±22 points.
 */
export function npsMargin(c: NpsCounts, z = Z95): number {
  const n = npsSampleSize(c);
  if (n === 0) return Number.NaN;
  const p = c.promoters / n;
  const d = c.detractors / n;
  const variance = Math.max(0, p + d - (p - d) ** 2);
  return 100 * z * Math.sqrt(variance / n);
}

/** The NPS interval: value ± margin, kept within −100…100. */
export function npsInterval(c: NpsCounts, z = Z95): Interval {
  const value = nps(c);
  const margin = npsMargin(c, z);
  return { low: Math.max(-100, value - margin), high: Math.min(100, value + margin) };
}

/**
 * The Wilson score interval of a share k of n (as fractions 0…1), 95 % by default. Good even for
 * small n and for 0 of n or n of n, where the plain ±1.96·√(p(1−p)/n) interval collapses to a point.
 * `k` may be fractional (a share typed as a percentage times n).
 */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (!(n > 0) || k < 0 || k > n) throw new RangeError(`wilson: need 0 ≤ k ≤ n and n > 0 (k = ${k}, n = ${n})`);
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Exact at the edges (float rounding would otherwise give −1e−17 or 0.9999999999999999).
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

/** Whether two intervals overlap: a change between them is within the noise of the samples. */
export function withinNoise(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

export interface SegmentValue {
  value: number;
  /** Contacts (or answers) behind the value; its weight in the roll-up. */
  volume: number;
}

/** The volume-weighted mean of segment values; null when the volumes add up to 0. */
export function weightedRollUp(parts: readonly SegmentValue[]): number | null {
  let sum = 0;
  let volume = 0;
  for (const p of parts) {
    sum += p.value * p.volume;
    volume += p.volume;
  }
  return volume > 0 ? sum / volume : null;
}

/** Whether a sample is too small to be evidence (default minimum 30 answers; each measure can set its own). */
export function belowMinSample(n: number, minimum = 30): boolean {
  return n < minimum;
}
