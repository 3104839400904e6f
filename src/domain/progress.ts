// Progress maths. Pure: no I/O, no dates from the clock.
import type { Direction } from './schemas.ts';
import type { CheckIn, Department, Goal, GoalWithProgress, Measure, MeasurePair, MeasureWithProgress, Tree, Vision } from './types.ts';
import { counterweightWarnings } from './measurement.ts';

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
 * No check-in yet: 0, since nothing has been achieved that anyone can show.
 */
export function measureProgress(m: MeasureTarget, current: number | null): number {
  if (current === null || !Number.isFinite(current)) return 0;
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

/**
 * Computes every measure's and goal's progress in one pass over flat lists (linear in size,
 * no recursion depth limit), and the vision's roll-up over the top goals.
 */
export function buildTree(input: {
  vision: Vision | null;
  departments: Department[];
  goals: Goal[];
  measures: Measure[];
  latest: Map<string, CheckIn>;
  /** Counterweight pairs (issue 4); the tree's warnings are computed from them. */
  pairs?: MeasurePair[];
}): Tree {
  const measures: MeasureWithProgress[] = input.measures.map((m) => {
    const latest = input.latest.get(m.id) ?? null;
    return { ...m, latest, progress: measureProgress(m, latest ? latest.value : null) };
  });
  const partsByGoal = new Map<string, Weighted[]>();
  const childrenByGoal = new Map<string | null, Goal[]>();
  for (const m of measures) push(partsByGoal, m.goalId, { progress: m.progress, weight: m.weight });
  for (const g of input.goals) push(childrenByGoal, g.parentGoalId, g);

  // Post-order without recursion: visit parents before children, then fold in reverse.
  const order: Goal[] = [];
  const stack = [...(childrenByGoal.get(null) ?? [])];
  while (stack.length) {
    const g = stack.pop()!;
    order.push(g);
    stack.push(...(childrenByGoal.get(g.id) ?? []));
  }
  const progress = new Map<string, number | null>();
  for (let i = order.length - 1; i >= 0; i--) {
    const g = order[i]!;
    const parts = [...(partsByGoal.get(g.id) ?? [])];
    for (const c of childrenByGoal.get(g.id) ?? []) if (counts(c)) parts.push({ progress: progress.get(c.id) ?? null, weight: CHILD_GOAL_WEIGHT });
    progress.set(g.id, rollUp(parts));
  }
  const goals: GoalWithProgress[] = input.goals.map((g) => ({ ...g, progress: progress.get(g.id) ?? null }));
  const top = (childrenByGoal.get(null) ?? []).filter(counts).map((g) => ({ progress: progress.get(g.id) ?? null, weight: CHILD_GOAL_WEIGHT }));
  const pairs = input.pairs ?? [];
  return {
    vision: input.vision,
    progress: rollUp(top),
    departments: input.departments,
    goals,
    measures,
    pairs,
    warnings: counterweightWarnings(input.measures, pairs),
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
