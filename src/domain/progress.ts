// Progress maths. Pure: no I/O, no dates from the clock.
import type { Direction } from './schemas.ts';
import type {
  CheckIn,
  Department,
  Goal,
  GoalWithProgress,
  Measure,
  MeasurePair,
  MeasureWithProgress,
  Tree,
  Vision,
} from './types.ts';
import { counterweightWarnings, countingCheckIn } from './measurement.ts';

export interface MeasureTarget {
  direction: Direction;
  baseline: number;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
}

// `x <= 0` (not `x < 0`) also turns −0 into 0: (390 − 390) / (360 − 390) is −0, which
// Intl.NumberFormat prints as "−0 %".
const clamp01 = (x: number) => (x <= 0 ? 0 : x > 1 ? 1 : x);

/**
 * Progress of one measure, 0…1.
 * increase/decrease: linear from baseline to target, clamped (the sign of target − baseline
 * makes lower-is-better work). keep_above/keep_below/range: met (1) or not met (0).
 * No check-in yet: null ("no data"), never 0: an empty measure says nothing about the goal, so
 * roll-ups leave it out (as they leave out sub-goals without data).
 */
export function measureProgress(m: MeasureTarget, current: number | null): number | null {
  if (current === null || !Number.isFinite(current)) return null;
  switch (m.direction) {
    case 'increase':
    case 'decrease': {
      if (m.target === null || m.target === m.baseline) return 0; // refused on input; never divide by 0
      return clamp01((current - m.baseline) / (m.target - m.baseline));
    }
    case 'keep_above':
      return m.target !== null && current >= m.target ? 1 : 0;
    case 'keep_below':
      return m.target !== null && current <= m.target ? 1 : 0;
    case 'range':
      return m.targetLow !== null && m.targetHigh !== null && current >= m.targetLow && current <= m.targetHigh ? 1 : 0;
  }
}

export interface Weighted {
  progress: number | null;
  weight: number;
}

/** Weighted mean of the parts that have a progress; null when none has. */
export function rollUp(parts: readonly Weighted[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const p of parts) {
    if (p.progress === null || p.weight <= 0) continue;
    sum += p.progress * p.weight;
    weights += p.weight;
  }
  return weights === 0 ? null : sum / weights;
}

/** Each child goal weighs as much as one measure of weight 1 in its parent's roll-up. */
export const CHILD_GOAL_WEIGHT = 1;

/**
 * Lifecycle states (issue 3) whose goal no longer counts in its parent's (or the vision's)
 * roll-up: a carried goal is continued by its next-period copy, a dropped one was abandoned.
 */
export const SUPERSEDED_STATES: ReadonlySet<string> = new Set(['carried', 'dropped']);
const counts = (g: { state?: string }) => !SUPERSEDED_STATES.has(g.state ?? 'open');

export function directionKind(direction: Direction): 'reach' | 'maintain' {
  return direction === 'increase' || direction === 'decrease' ? 'reach' : 'maintain';
}

/** One measure as the roll-up sees it. */
export interface MeasurePart {
  goalId: string;
  weight: number;
  direction: Direction;
  /** Null when it has no check-in that counts ("no data"). */
  progress: number | null;
}

/** A goal's roll-up: progress (null = no data), whether anything below has data, and the kinds below it. */
export interface GoalFold {
  progress: number | null;
  hasData: boolean;
  reach: boolean;
  maintain: boolean;
}

/**
 * Sub-goals a scoped read left out below a goal (src/domain/tree-scope.ts): how many, and the
 * roll-up of each one that counts, in order, so the goal folds exactly as in the whole tree.
 */
export interface HiddenSubGoals {
  count: number;
  folds: GoalFold[];
}

type FoldGoal = Pick<Goal, 'id' | 'parentGoalId'> & { state?: string; hidden?: HiddenSubGoals };

/**
 * THE roll-up (the tree, the status of every goal, the agenda and the timeline all fold with it):
 * each goal's progress is the weighted mean of its measures (their weights) and its sub-goals
 * (each weighing CHILD_GOAL_WEIGHT); parts without data and carried/dropped sub-goals are left
 * out. One pass over flat lists (post-order without recursion). Goals whose parent is not in the
 * list are roots, so a subtree folds on its own; `progress` is the roll-up over the roots. A goal
 * whose sub-goals were left out carries their folds (`hidden`), which count as those sub-goals.
 */
export function foldGoals(
  goals: readonly FoldGoal[],
  measures: readonly MeasurePart[],
): { goals: Map<string, GoalFold>; progress: number | null } {
  const ids = new Set(goals.map((g) => g.id));
  const parts = new Map<string, Weighted[]>();
  const out = new Map<string, GoalFold>();
  const fold = (id: string) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = { progress: null, hasData: false, reach: false, maintain: false }));
    return f;
  };
  for (const m of measures) {
    if (!ids.has(m.goalId)) continue;
    push(parts, m.goalId, { progress: m.progress, weight: m.weight });
    const f = fold(m.goalId);
    f.hasData ||= m.progress !== null;
    if (directionKind(m.direction) === 'reach') f.reach = true;
    else f.maintain = true;
  }
  const children = new Map<string | null, FoldGoal[]>();
  for (const g of goals) push(children, g.parentGoalId !== null && ids.has(g.parentGoalId) ? g.parentGoalId : null, g);
  const order: FoldGoal[] = [];
  const seen = new Set<string>();
  const stack = [...(children.get(null) ?? [])];
  while (stack.length) {
    const g = stack.pop()!;
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    order.push(g);
    stack.push(...(children.get(g.id) ?? []));
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const g = order[i]!;
    const own = [...(parts.get(g.id) ?? [])];
    const f = fold(g.id);
    for (const c of children.get(g.id) ?? []) {
      if (!counts(c)) continue;
      const cf = fold(c.id);
      own.push({ progress: cf.progress, weight: CHILD_GOAL_WEIGHT });
      f.hasData ||= cf.hasData;
      f.reach ||= cf.reach;
      f.maintain ||= cf.maintain;
    }
    // A scoped read sends no sub-goals below its last level, only their folds: the same parts.
    for (const cf of g.hidden?.folds ?? []) {
      own.push({ progress: cf.progress, weight: CHILD_GOAL_WEIGHT });
      f.hasData ||= cf.hasData;
      f.reach ||= cf.reach;
      f.maintain ||= cf.maintain;
    }
    f.progress = rollUp(own);
  }
  const top = (children.get(null) ?? [])
    .filter(counts)
    .map((g) => ({ progress: fold(g.id).progress, weight: CHILD_GOAL_WEIGHT }));
  return { goals: out, progress: rollUp(top) };
}

/**
 * Every measure's and goal's progress, and the vision's roll-up over the top goals, through
 * `foldGoals`. `checkIns` holds each measure's candidate check-ins newest first; the one that
 * counts is chosen by `countingCheckIn` (a sample below the minimum never decides).
 */
export function buildTree(input: {
  vision: Vision | null;
  departments: Department[];
  goals: Goal[];
  measures: Measure[];
  checkIns: Map<string, readonly CheckIn[]>;
  /** Counterweight pairs (issue 4); the tree's warnings are computed from them. */
  pairs?: MeasurePair[];
}): Tree {
  const measures: MeasureWithProgress[] = input.measures.map((m) => withProgress(m, input.checkIns.get(m.id) ?? []));
  const folded = foldGoals(input.goals, measures);
  const goals: GoalWithProgress[] = input.goals.map((g) => ({
    ...g,
    progress: folded.goals.get(g.id)?.progress ?? null,
  }));
  const pairs = input.pairs ?? [];
  return {
    vision: input.vision,
    progress: folded.progress,
    departments: input.departments,
    goals,
    measures,
    pairs,
    warnings: counterweightWarnings(input.measures, pairs),
  };
}

/**
 * A measure with the check-in that counts (`latest`), the newer below-minimum sample that does
 * not (`smallSample`, shown and marked) and its progress (null without a counting check-in).
 */
export function withProgress<M extends Measure>(
  m: M,
  newestFirst: readonly CheckIn[],
): M & Pick<MeasureWithProgress, 'latest' | 'smallSample' | 'progress'> {
  const latest = countingCheckIn(m, newestFirst);
  const newest = newestFirst[0] ?? null;
  return {
    ...m,
    latest,
    smallSample: newest && newest !== latest ? newest : null,
    progress: measureProgress(m, latest ? latest.value : null),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** All goal ids in the subtree rooted at `rootId`, the root included. */
export function subtreeIds(goals: readonly Pick<Goal, 'id' | 'parentGoalId'>[], rootId: string): Set<string> {
  const children = new Map<string | null, string[]>();
  for (const g of goals) push(children, g.parentGoalId, g.id);
  const ids = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}
