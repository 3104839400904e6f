// Status: progress judged against the time elapsed. Pure: `today` is always a parameter.
//
// Expected progress is linear from the start date to the due date:
//   expected = clamp((today − start) / (due − start), 0, 1)   (in whole days)
// A measure runs from its baselineDate to its targetDate; a goal from its startDate to its dueDate.
//
// Rules, first match wins (STATUS_RULES below is the same table, for the UI's help text):
//
//   | # | when                                                        | status       |
//   |---|-------------------------------------------------------------|--------------|
//   | 1 | today is before the start date                              | not_started  |
//   | 2 | progress ≥ 1, and (kind is `reach`, or today ≥ due date)    | achieved     |
//   | 3 | today is after the due date                                 | missed       |
//   | 4 | no data (no check-in yet)                                   | not_started  |
//   | 5 | progress ≥ expected − 0.10                                  | on_track     |
//   | 6 | progress ≥ expected − 0.25                                  | at_risk      |
//   | 7 | otherwise                                                   | off_track    |
//
// Kinds (what "progress" means over the period):
// - `reach` (increase/decrease measures): progress climbs from 0 to 1; reaching the target early
//   is achieved at once (and turns back if a later check-in falls back).
// - `maintain` (keep_above/keep_below/range): the target must hold for the whole period, so the
//   expected progress is 1 from the start date on (met → on_track, not met → off_track), and it
//   is only *achieved* when the due date arrives with the target met.
// - `mixed` (a goal with both kinds below it): linear expectation, but achieved only from the
//   due date on, since its maintain parts must still hold until then.
// On the due date itself an unmet goal is judged by rules 5–7 (expected = 1); it is `missed`
// from the day after. Past the due date with no data at all is `missed` too: nothing shows the
// target was reached. A start date on or after the due date (refused on input) expects 0 before
// the due date and 1 from it, never dividing by zero.
import type { CheckIn, Goal, Measure } from './types.ts';
import { directionKind, foldGoals, measureProgress } from './progress.ts';
import { daysBetween } from './cadence.ts';

export const STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'achieved', 'missed'] as const;
export type Status = (typeof STATUSES)[number];

export type ProgressKind = 'reach' | 'maintain' | 'mixed';

/** How far progress may lag the expected progress (both 0…1) and still count as on track / at risk. */
export const STATUS_THRESHOLDS = { onTrack: 0.1, atRisk: 0.25 } as const;

/** Absorbs floating-point noise so that "exactly at the threshold" counts as reaching it. */
const EPSILON = 1e-9;

/** The rules in order, first match wins (see the table at the top of this file). */
export const STATUS_RULES: readonly { status: Status; when: string }[] = [
  { status: 'not_started', when: 'Today is before the start date.' },
  {
    status: 'achieved',
    when: 'Progress is 100 %; for keep-above/keep-below/range targets (and goals with them), only from the due date on.',
  },
  { status: 'missed', when: 'The due date has passed without reaching 100 %.' },
  { status: 'not_started', when: 'No check-in has been recorded yet.' },
  {
    status: 'on_track',
    when: `Progress is at most ${STATUS_THRESHOLDS.onTrack * 100} points behind the expected progress.`,
  },
  {
    status: 'at_risk',
    when: `Progress is at most ${STATUS_THRESHOLDS.atRisk * 100} points behind the expected progress.`,
  },
  {
    status: 'off_track',
    when: `Progress is more than ${STATUS_THRESHOLDS.atRisk * 100} points behind the expected progress.`,
  },
];

export { directionKind };

/** Linear expected progress 0…1 from `start` to `due` on `today`. */
export function expectedProgress(start: string, due: string, today: string): number {
  const total = daysBetween(start, due);
  if (total <= 0) return today >= due ? 1 : 0;
  const x = daysBetween(start, today) / total;
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}

export interface StatusInput {
  /** 0…1, or null when there is no data (no check-in). */
  progress: number | null;
  start: string;
  due: string;
  today: string;
  kind?: ProgressKind;
}

/** The expected progress a status is judged against: 1 throughout for `maintain`. */
export function expectedFor(input: Omit<StatusInput, 'progress'>): number {
  if (input.today < input.start) return 0;
  return input.kind === 'maintain' ? 1 : expectedProgress(input.start, input.due, input.today);
}

export function statusOf(input: StatusInput): Status {
  const { progress, start, due, today } = input;
  const kind = input.kind ?? 'reach';
  if (today < start) return 'not_started';
  if (progress !== null && progress >= 1 - EPSILON && (kind === 'reach' || today >= due)) return 'achieved';
  if (today > due) return 'missed';
  if (progress === null) return 'not_started';
  const expected = expectedFor(input);
  if (progress + EPSILON >= expected - STATUS_THRESHOLDS.onTrack) return 'on_track';
  if (progress + EPSILON >= expected - STATUS_THRESHOLDS.atRisk) return 'at_risk';
  return 'off_track';
}

// ---------- whole trees ----------

export interface Assessment {
  /** 0…1 as the tree shows it; null when nothing can be measured yet (no check-in that counts). */
  progress: number | null;
  /** The expected progress the status was judged against. */
  expected: number;
  status: Status;
  kind: ProgressKind;
  /** Whether any check-in that counts exists for it (for a goal: anywhere below it). */
  hasData: boolean;
}

type GoalLike = Pick<Goal, 'id' | 'parentGoalId' | 'startDate' | 'dueDate'> & { state?: string };
type MeasureLike = Pick<
  Measure,
  | 'id'
  | 'goalId'
  | 'direction'
  | 'baseline'
  | 'baselineDate'
  | 'target'
  | 'targetLow'
  | 'targetHigh'
  | 'targetDate'
  | 'weight'
>;

/** `latest` is the check-in that counts (countingCheckIn in src/domain/measurement.ts), or null. */
export function assessMeasure(m: MeasureLike, latest: Pick<CheckIn, 'value'> | null, today: string): Assessment {
  const kind = directionKind(m.direction);
  const progress = measureProgress(m, latest ? latest.value : null);
  const base = { start: m.baselineDate, due: m.targetDate, today, kind };
  return {
    progress,
    expected: expectedFor(base),
    status: statusOf({ ...base, progress }),
    kind,
    hasData: progress !== null,
  };
}

/**
 * Progress, expected progress and status of every goal and measure. The roll-up is `foldGoals`
 * (src/domain/progress.ts), the same one `buildTree` uses, so a goal's progress is the same
 * number on every page. `latest` maps a measure to its check-in that counts.
 */
export function assessTree(
  goals: readonly GoalLike[],
  measures: readonly MeasureLike[],
  latest: ReadonlyMap<string, Pick<CheckIn, 'value'>>,
  today: string,
): { goals: Map<string, Assessment>; measures: Map<string, Assessment> } {
  const measureOut = new Map<string, Assessment>();
  for (const m of measures) measureOut.set(m.id, assessMeasure(m, latest.get(m.id) ?? null, today));
  const folded = foldGoals(
    goals,
    measures.map((m) => ({
      goalId: m.goalId,
      weight: m.weight,
      direction: m.direction,
      progress: measureOut.get(m.id)!.progress,
    })),
  );
  const goalOut = new Map<string, Assessment>();
  for (const g of goals) {
    const f = folded.goals.get(g.id) ?? { progress: null, hasData: false, reach: false, maintain: false };
    const kind: ProgressKind = f.maintain ? (f.reach ? 'mixed' : 'maintain') : 'reach';
    const base = { start: g.startDate, due: g.dueDate, today, kind };
    goalOut.set(g.id, {
      progress: f.progress,
      expected: expectedFor(base),
      status: statusOf({ ...base, progress: f.hasData ? f.progress : null }),
      kind,
      hasData: f.hasData,
    });
  }
  return { goals: goalOut, measures: measureOut };
}

// ---------- the one status → colour map ----------

/**
 * What a bar, node or pill shows: a goal's or measure's status, or a closed goal's outcome
 * (closed achieved/missed look like the statuses of the same name; dropped and carried have
 * their own). Every view colours by this, never by the progress number alone, so a "Missed"
 * goal can never have a green bar.
 */
export type Tone = Status | 'dropped' | 'carried';
export const TONES: readonly Tone[] = [...STATUSES, 'dropped', 'carried'];

/** A goal's tone: its outcome once closed, else its computed status. */
export function goalTone(state: string | undefined, status: Status): Tone {
  switch (state ?? 'open') {
    case 'achieved':
      return 'achieved';
    case 'missed':
      return 'missed';
    case 'dropped':
      return 'dropped';
    case 'carried':
      return 'carried';
    default:
      return status;
  }
}

/**
 * The colours of each tone: `solid` fills bars and borders (≥ 3:1 against white and the light
 * track, WCAG AA for graphics), `text` on `fill` is badge and node text (≥ 7:1). The CSS custom
 * properties `--tone-<tone>-solid|fill|text` in src/styles/global.css are these values (a unit
 * test keeps them equal); Mermaid diagrams take them from here.
 */
export const TONE_COLOURS: Record<Tone, { solid: string; fill: string; text: string }> = {
  not_started: { solid: '#6b7583', fill: '#eef0f3', text: '#3c4653' },
  on_track: { solid: '#1e7a46', fill: '#e6f4ec', text: '#14532d' },
  at_risk: { solid: '#a86b12', fill: '#fff4de', text: '#6b4300' },
  off_track: { solid: '#b42318', fill: '#fde8e7', text: '#8a1c12' },
  achieved: { solid: '#1f4e79', fill: '#e3eefb', text: '#123a5e' },
  missed: { solid: '#8a1538', fill: '#f5e3ea', text: '#6b0f2a' },
  dropped: { solid: '#6b7583', fill: '#f1f1f1', text: '#3f3f46' },
  carried: { solid: '#5b4a9e', fill: '#efeafb', text: '#3b2f6e' },
};

/** `assessTree` over a whole `Tree`: each measure judged on the check-in that counts (its `latest`). */
export function assessWholeTree(
  tree: { goals: readonly GoalLike[]; measures: readonly (MeasureLike & { latest: Pick<CheckIn, 'value'> | null })[] },
  today: string,
): ReturnType<typeof assessTree> {
  const latest = new Map(tree.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!]));
  return assessTree(tree.goals, tree.measures, latest, today);
}
