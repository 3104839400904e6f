// Measurement rules (issue 4), pure: how a check-in's value follows from its sample or segments,
// what its sample says (margin, interval, too small, within noise), which gameable measures lack
// a counterweight, and how measures spread over the quality levels and influence rings.
import { findKpi } from './kpi-library.ts';
import { INFLUENCES, QUALITY_LEVELS, type KpiKey } from './measurement-terms.ts';
import type { CheckInSampleInput, Unit } from './schemas.ts';
import {
  belowMinSample,
  nps,
  npsInterval,
  npsMargin,
  weightedRollUp,
  wilson,
  withinNoise,
  type Interval,
} from './stats.ts';
import type {
  CheckInSegment,
  CheckInStats,
  CounterweightWarning,
  Measure,
  MeasurePair,
  QualitySpread,
} from './types.ts';
import { says, type Said } from './problem.ts';

export interface Issue {
  path: string;
  message: Said;
}

/** What a measure says about how its check-ins are read. */
export type SampleSettings = Pick<Measure, 'unit' | 'survey' | 'sampleKind' | 'minSample'>;

/** The stored facts of a check-in that its statistics come from. */
export interface CheckInFacts {
  value: number;
  sampleSize: number | null;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  successes: number | null;
}

export interface ResolvedCheckIn extends CheckInFacts {
  segments: CheckInSegment[];
}

/** Scale of a share in the measure's unit: per cent, or a fraction. */
const shareScale = (unit: Unit) => (unit === '%' ? 100 : 1);

/** Decimals written in a number as sent (0.25 → 2, 24 → 0, 1e-7 → 7). */
function decimals(x: number): number {
  const s = String(x);
  const e = s.match(/e-(\d+)$/);
  if (e) return Math.min(12, Number(e[1]) + (s.split('e')[0]!.split('.')[1]?.length ?? 0));
  return Math.min(12, s.split('.')[1]?.length ?? 0);
}

/**
 * Whether a value the client sent agrees with the one Tiller computes, at the precision it was
 * sent: 24 agrees with 23.79 (whole points), 23.8 agrees too, 23.7 does not.
 */
export function agrees(sent: number, computed: number): boolean {
  return Math.abs(sent - computed) <= 0.5 * 10 ** -decimals(sent) + 1e-9;
}

export type ResolveResult =
  | { ok: true; checkIn: ResolvedCheckIn }
  /** 400 for a wrong body, 422 for segment ids that are not this measure's. */
  | { ok: false; status: 400 | 422; issues: Issue[] };

const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

/**
 * The check-in to store, from what the client sent and what the measure is:
 * - NPS (`sampleKind: 'nps'`): promoter, passive and detractor counts are required; the value is
 *   computed from them and n is their sum. A value or sample size that disagrees is refused.
 * - share: `successes` of `sampleSize` gives the value (k ÷ n × 100); or the value is typed.
 * - segments: the value is the volume-weighted mean of the segments' values.
 * - survey measures must record n (`sampleSize`).
 */
export function resolveCheckIn(
  m: SampleSettings,
  input: CheckInSampleInput,
  segmentIds: ReadonlySet<string>,
): ResolveResult {
  const issues: Issue[] = [];
  const add = (path: string, message: Said) => issues.push({ path, message });
  const sent = input.value ?? null;
  let sampleSize = input.sampleSize ?? null;
  let value: number | null = sent;
  const counts = {
    promoters: input.promoters ?? null,
    passives: input.passives ?? null,
    detractors: input.detractors ?? null,
  };
  const anyCount = counts.promoters !== null || counts.passives !== null || counts.detractors !== null;
  const successes = input.successes ?? null;
  const segmentsIn = input.segments ?? null;
  const computedFrom = (what: string, computed: number) => {
    if (sent !== null && !agrees(sent, computed))
      add('value', says('sample.valueMismatch', { what, computed: fmt(computed) }));
    value = computed;
  };

  // NPS: computed from the counts, never typed.
  if (m.sampleKind === 'nps') {
    if (!anyCount) {
      for (const k of ['promoters', 'passives', 'detractors'] as const) add(k, says('sample.npsCountsRequired'));
    } else {
      const missing = (['promoters', 'passives', 'detractors'] as const).filter((k) => counts[k] === null);
      for (const k of missing) add(k, says('sample.countsIncomplete'));
      if (missing.length === 0) {
        const c = { promoters: counts.promoters!, passives: counts.passives!, detractors: counts.detractors! };
        const n = c.promoters + c.passives + c.detractors;
        if (n === 0) add('promoters', says('sample.noAnswers'));
        else {
          if (sampleSize !== null && sampleSize !== n) add('sampleSize', says('sample.countsSum', { n, sampleSize }));
          sampleSize = n;
          computedFrom('counts', nps(c));
        }
      }
    }
    if (segmentsIn) add('segments', says('sample.npsSegments'));
  } else if (anyCount) {
    add('promoters', says('sample.npsCountsNotNps'));
  }

  // A share from k of n.
  if (successes !== null) {
    if (m.sampleKind !== 'share') add('successes', says('sample.successesNotShare'));
    else if (sampleSize === null) add('sampleSize', says('sample.successesWithoutSize'));
    else if (successes > sampleSize) add('successes', says('sample.successesTooMany', { sampleSize }));
    else if (segmentsIn) add('segments', says('sample.successesAndSegments'));
    else computedFrom('successes', (successes / sampleSize) * shareScale(m.unit));
  }

  // Segments: the volume-weighted roll-up.
  let segments: CheckInSegment[] = [];
  const unknown: Issue[] = [];
  if (segmentsIn && m.sampleKind !== 'nps' && successes === null) {
    const seen = new Set<string>();
    segmentsIn.forEach((s, i) => {
      if (seen.has(s.segmentId)) add(`segments.${i}.segmentId`, says('sample.segmentTwice'));
      else if (!segmentIds.has(s.segmentId))
        unknown.push({ path: `segments.${i}.segmentId`, message: says('sample.segmentUnknown') });
      seen.add(s.segmentId);
    });
    const rolled = weightedRollUp(segmentsIn);
    if (rolled === null) add('segments', says('sample.volumesZero'));
    else computedFrom('segments', rolled);
    segments = segmentsIn
      .map((s) => ({ segmentId: s.segmentId, value: s.value, volume: s.volume }))
      .sort((a, b) => (a.segmentId < b.segmentId ? -1 : a.segmentId > b.segmentId ? 1 : 0));
  }

  if (value === null && !issues.some((i) => i.path !== 'value') && m.sampleKind !== 'nps')
    add('value', says('input.required'));
  if (m.sampleKind === 'share' && value !== null && (value < 0 || value > shareScale(m.unit)))
    add('value', says('sample.shareRange', { unit: shareScale(m.unit) }));
  // An NPS takes n from its counts (already required above).
  if (m.survey && m.sampleKind !== 'nps' && sampleSize === null && !issues.some((i) => i.path === 'sampleSize'))
    add('sampleSize', says('sample.sizeRequired'));

  if (issues.length) return { ok: false, status: 400, issues };
  if (unknown.length) return { ok: false, status: 422, issues: unknown };
  return {
    ok: true,
    checkIn: { value: value!, sampleSize, ...counts, successes, segments },
  };
}

/**
 * Whether a PATCH may change a check-in's value: a value computed from NPS counts, from k of n or
 * from segments would no longer match what it was computed from. Empty when the change is fine.
 */
export function computedValueIssues(
  c: Pick<CheckInFacts, 'value' | 'promoters' | 'successes'> & { segments: readonly unknown[] },
  changes: { value?: number | undefined },
): Issue[] {
  if (changes.value === undefined || changes.value === c.value) return [];
  // Whole sentences, one per source, so that each can be translated (by code, src/domain/problem.ts).
  const message =
    c.promoters !== null
      ? says('checkIn.computedFromNps')
      : c.successes !== null
        ? says('checkIn.computedFromShare')
        : c.segments.length
          ? says('checkIn.computedFromSegments')
          : null;
  return message ? [{ path: 'value', message }] : [];
}

/** The margin (NPS) and interval a check-in's sample gives, in the measure's unit; null without a sample. */
export function sampleInterval(
  m: Pick<Measure, 'unit' | 'sampleKind'>,
  c: CheckInFacts,
): { margin: number | null; interval: Interval | null } {
  if (m.sampleKind === 'nps') {
    if (c.promoters === null || c.passives === null || c.detractors === null) return { margin: null, interval: null };
    const counts = { promoters: c.promoters, passives: c.passives, detractors: c.detractors };
    if (counts.promoters + counts.passives + counts.detractors === 0) return { margin: null, interval: null };
    return { margin: npsMargin(counts), interval: npsInterval(counts) };
  }
  if (m.sampleKind === 'share' && c.sampleSize !== null && c.sampleSize > 0) {
    const scale = shareScale(m.unit);
    const n = c.sampleSize;
    const k = c.successes !== null && c.successes <= n ? c.successes : Math.min(n, Math.max(0, (c.value / scale) * n));
    const w = wilson(k, n);
    return { margin: null, interval: { low: w.low * scale, high: w.high * scale } };
  }
  return { margin: null, interval: null };
}

/** Statistics of one check-in against the one before it (by date). */
export function checkInStats(m: SampleSettings, c: CheckInFacts, previous: CheckInFacts | null): CheckInStats {
  const own = sampleInterval(m, c);
  const before = previous ? sampleInterval(m, previous).interval : null;
  return {
    margin: own.margin,
    interval: own.interval,
    belowMinSample: c.sampleSize !== null && belowMinSample(c.sampleSize, m.minSample),
    withinNoise: own.interval && before ? withinNoise(own.interval, before) : null,
  };
}

// ---------- the check-in that counts ----------
/**
 * Whether a check-in may set progress and status: a plain value (no sample) always does; a sample
 * only when n reaches the measure's minimum. A smaller one is stored and shown, never decisive.
 * (The SQL that pre-selects candidates, COUNTS_SQL in src/server/measures.ts, mirrors this.)
 */
export function countsForProgress(m: Pick<Measure, 'minSample'>, c: Pick<CheckInFacts, 'sampleSize'>): boolean {
  return c.sampleSize === null || !belowMinSample(c.sampleSize, m.minSample);
}

/**
 * THE check-in that decides a measure's progress and status, from its check-ins newest first: the
 * latest that counts (see countsForProgress); null when none does ("no data"). The tree, the
 * measure page, the review agenda, the timeline and the due list all choose with this.
 */
export function countingCheckIn<T extends Pick<CheckInFacts, 'sampleSize'>>(
  m: Pick<Measure, 'minSample'>,
  newestFirst: readonly T[],
): T | null {
  for (const c of newestFirst) if (countsForProgress(m, c)) return c;
  return null;
}

/** Adds statistics to a measure's check-ins listed newest first (each compared with the next older one). */
export function withStats<T extends CheckInFacts>(m: SampleSettings, newestFirst: readonly T[]): (T & CheckInStats)[] {
  return newestFirst.map((c, i) => ({ ...c, ...checkInStats(m, c, newestFirst[i + 1] ?? null) }));
}

// ---------- counterweights ----------
/**
 * Library measures that are easy to game alone (AHT, contacts per hour, transfers, speed of
 * answer) and are paired with nothing. Any pair counts as a counterweight, library or not.
 */
export function counterweightWarnings(
  measures: readonly Pick<Measure, 'id' | 'goalId' | 'libraryKey'>[],
  pairs: readonly Pick<MeasurePair, 'measureId' | 'counterweightId'>[],
): CounterweightWarning[] {
  const paired = new Set<string>();
  for (const p of pairs) (paired.add(p.measureId), paired.add(p.counterweightId));
  const byGoalKey = new Map<string, string>();
  for (const m of measures)
    if (m.libraryKey)
      byGoalKey.set(`${m.goalId} ${m.libraryKey}`, byGoalKey.get(`${m.goalId} ${m.libraryKey}`) ?? m.id);
  const out: CounterweightWarning[] = [];
  for (const m of measures) {
    const entry = m.libraryKey ? findKpi(m.libraryKey) : undefined;
    if (!entry || !entry.gameable || entry.counterweights.length === 0 || paired.has(m.id)) continue;
    out.push({
      goalId: m.goalId,
      measureId: m.id,
      libraryKey: entry.key,
      suggestions: orderSuggestions(entry.counterweights, (k) => byGoalKey.get(`${m.goalId} ${k}`) ?? null),
    });
  }
  return out;
}

/** Suggestions with a measure already on the goal first (pairing it is the smallest fix). */
function orderSuggestions(keys: readonly KpiKey[], existing: (k: KpiKey) => string | null) {
  const list = keys.map((k) => {
    const existingMeasureId = existing(k);
    return {
      libraryKey: k,
      existingMeasureId,
      needsInput: existingMeasureId === null && findKpi(k)!.typicalTarget === null,
    };
  });
  return [...list.filter((s) => s.existingMeasureId), ...list.filter((s) => !s.existingMeasureId)];
}

// ---------- quality levels and influence ----------
/** How measures spread over the quality levels (seed 003) and the influence rings (seed 001). */
export function qualitySpread(
  measures: readonly Pick<Measure, 'qualityLevels' | 'influence'>[],
  goalId: string | null = null,
): QualitySpread {
  const levels = Object.fromEntries(QUALITY_LEVELS.map((l) => [l, 0])) as QualitySpread['levels'];
  const influence = Object.fromEntries(INFLUENCES.map((i) => [i, 0])) as QualitySpread['influence'];
  let untagged = 0;
  for (const m of measures) {
    if (m.qualityLevels.length === 0) untagged++;
    for (const l of new Set(m.qualityLevels)) levels[l]++;
    influence[m.influence]++;
  }
  return {
    goalId,
    measures: measures.length,
    levels,
    untagged,
    missing: QUALITY_LEVELS.filter((l) => levels[l] === 0),
    influence,
  };
}
