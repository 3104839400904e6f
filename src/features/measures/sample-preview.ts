// What the check-in form shows while the user types: the value a sample gives, its 95 % margin
// or interval, whether n is too small, and whether the change from the last check-in is within
// noise. The same formulas as the server (src/domain/stats.ts), so the preview is what gets stored.
import type { SampleKind } from '../../domain/measurement-terms.ts';
import type { Unit } from '../../domain/schemas.ts';
import {
  belowMinSample,
  nps,
  npsInterval,
  npsMargin,
  weightedRollUp,
  wilson,
  withinNoise,
  type Interval,
} from '../../domain/stats.ts';

/** How a check-in is entered. */
export type SampleMode = 'plain' | 'nps' | 'kOfN' | 'valueN' | 'segments';

export interface MeasureSampling {
  unit: Unit;
  survey: boolean;
  sampleKind: SampleKind | null;
  minSample: number;
}

/** The ways a measure's check-ins can be entered, the usual one first. */
export function sampleModes(m: MeasureSampling, hasSegments: boolean): SampleMode[] {
  if (m.sampleKind === 'nps') return ['nps']; // computed from the counts, never per segment
  const modes: SampleMode[] = m.sampleKind === 'share' ? ['kOfN', 'valueN'] : m.survey ? ['valueN'] : ['plain'];
  return hasSegments ? [...modes, 'segments'] : modes;
}

export interface Preview {
  /** The value the check-in will have; null while the input is incomplete. */
  value: number | null;
  /** n, when known. */
  n: number | null;
  /** NPS only: ± points. */
  margin: number | null;
  interval: Interval | null;
  belowMin: boolean;
  /** Compared with the previous check-in's interval; null when either has none. */
  withinNoise: boolean | null;
}

const empty: Preview = { value: null, n: null, margin: null, interval: null, belowMin: false, withinNoise: null };
const whole = (x: number | null) => x !== null && Number.isInteger(x) && x >= 0;
const scaleOf = (unit: Unit) => (unit === '%' ? 100 : 1);

function finish(p: Omit<Preview, 'belowMin' | 'withinNoise'>, m: MeasureSampling, previous: Interval | null): Preview {
  return {
    ...p,
    belowMin: p.n !== null && belowMinSample(p.n, m.minSample),
    withinNoise: p.interval && previous ? withinNoise(p.interval, previous) : null,
  };
}

export interface SampleInput {
  value?: number | null;
  sampleSize?: number | null;
  promoters?: number | null;
  passives?: number | null;
  detractors?: number | null;
  successes?: number | null;
  segments?: { value: number | null; volume: number | null }[];
}

/** The preview of what `input` gives in `mode` for measure `m`; `previous` is the last check-in's interval. */
export function previewSample(
  m: MeasureSampling,
  mode: SampleMode,
  input: SampleInput,
  previous: Interval | null = null,
): Preview {
  const n = whole(input.sampleSize ?? null) && input.sampleSize! > 0 ? input.sampleSize! : null;
  switch (mode) {
    case 'nps': {
      const { promoters: p = null, passives: a = null, detractors: d = null } = input;
      if (!whole(p) || !whole(a) || !whole(d) || p! + a! + d! === 0) return empty;
      const c = { promoters: p!, passives: a!, detractors: d! };
      return finish({ value: nps(c), n: p! + a! + d!, margin: npsMargin(c), interval: npsInterval(c) }, m, previous);
    }
    case 'kOfN': {
      const k = input.successes ?? null;
      if (!whole(k) || n === null || k! > n) return { ...empty, n };
      const w = wilson(k!, n);
      const s = scaleOf(m.unit);
      return finish(
        { value: (k! / n) * s, n, margin: null, interval: { low: w.low * s, high: w.high * s } },
        m,
        previous,
      );
    }
    case 'valueN':
    case 'plain': {
      const v = input.value ?? null;
      if (v === null || !Number.isFinite(v))
        return { ...empty, n, belowMin: n !== null && belowMinSample(n, m.minSample) };
      return finish({ value: v, n, margin: null, interval: shareInterval(m, v, n) }, m, previous);
    }
    case 'segments': {
      const rows = (input.segments ?? []).filter(
        (r): r is { value: number; volume: number } =>
          r.value !== null && r.volume !== null && Number.isFinite(r.value) && r.volume >= 0,
      );
      const v = rows.length ? weightedRollUp(rows) : null;
      if (v === null) return { ...empty, n };
      return finish({ value: v, n, margin: null, interval: shareInterval(m, v, n) }, m, previous);
    }
  }
}

/** The Wilson interval of a typed share with its n (as the server computes it); null otherwise. */
function shareInterval(m: MeasureSampling, value: number, n: number | null): Interval | null {
  if (m.sampleKind !== 'share' || n === null) return null;
  const s = scaleOf(m.unit);
  if (value < 0 || value > s) return null;
  const w = wilson((value / s) * n, n);
  return { low: w.low * s, high: w.high * s };
}
