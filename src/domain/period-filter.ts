// Which goals belong to a period, and the tree of just those goals. Pure: `today` is a parameter.
//
// A goal is "in" a period when its start–due span overlaps it (both ends inclusive):
//   goal.startDate ≤ period.end  and  goal.dueDate ≥ period.start.
// So a year-long goal is in each of its quarters, and a goal carried from Q3 into Q4 shows in Q4
// by its new copy (the carried original, due in Q3, does not). Closed goals follow their dates too.
// The filtered tree is rebuilt with `buildTree`, the one roll-up: a goal whose parent falls outside
// the period becomes a top goal of the filtered tree and counts in the vision's progress, and a
// goal's progress covers only its sub-goals in the period.
import { parsePeriod, periodContaining, type Period } from './cadence.ts';
import { buildTree } from './progress.ts';
import type { CheckIn, Goal, Tree } from './types.ts';

/** A period, or every goal. */
export type PeriodChoice = Period | 'all';

export function goalInPeriod(goal: Pick<Goal, 'startDate' | 'dueDate'>, period: PeriodChoice): boolean {
  if (period === 'all') return true;
  return goal.startDate <= period.end && goal.dueDate >= period.start;
}

/** `?period=` as a choice: `all`, a year (`2026`) or a quarter (`2026-Q4`); anything else (or nothing) is the quarter of `today`. */
export function readPeriodChoice(text: string | null | undefined, today: string): PeriodChoice {
  const raw = (text ?? '').trim();
  if (raw.toLowerCase() === 'all') return 'all';
  const p = raw ? parsePeriod(raw) : null;
  return p && (p.kind === 'quarter' || p.kind === 'year') ? p : periodContaining(today, 'quarter');
}

export const periodChoiceLabel = (c: PeriodChoice): string => (c === 'all' ? 'all' : c.label);

/** The tree of the goals in the period (their measures with them), with every roll-up recomputed. */
export function treeForPeriod(tree: Tree, period: PeriodChoice): Tree {
  if (period === 'all') return tree;
  const kept = tree.goals.filter((g) => goalInPeriod(g, period));
  const ids = new Set(kept.map((g) => g.id));
  const parentOf = new Map(kept.map((g) => [g.id, g.parentGoalId]));
  // buildTree starts from the goals without a parent: one whose parent is outside the period is
  // rolled up as a top goal, then given its real parent back (pages link to it by id).
  const goals: Goal[] = kept.map(({ progress: _p, ...g }) => ({
    ...g,
    parentGoalId: g.parentGoalId !== null && ids.has(g.parentGoalId) ? g.parentGoalId : null,
  }));
  const measures = tree.measures.filter((m) => ids.has(m.goalId));
  // Newest first, as buildTree expects: the newer below-minimum sample (if any), then the one that counts.
  const checkIns = new Map<string, readonly CheckIn[]>();
  for (const m of measures)
    checkIns.set(
      m.id,
      [m.smallSample, m.latest].filter((c): c is CheckIn => c !== null),
    );
  const built = buildTree({
    vision: tree.vision,
    departments: tree.departments,
    goals,
    measures: measures.map(({ latest: _l, smallSample: _s, progress: _p, ...m }) => m),
    checkIns,
    pairs: tree.pairs,
  });
  return { ...built, goals: built.goals.map((g) => ({ ...g, parentGoalId: parentOf.get(g.id) ?? null })) };
}

/** The periods to offer: this year's quarters and the next quarter, last, this and next year, and all. */
export function periodOptions(today: string, current: PeriodChoice): PeriodChoice[] {
  const year = Number(today.slice(0, 4));
  const out: PeriodChoice[] = [];
  const add = (label: string) => {
    const p = parsePeriod(label);
    if (p && !out.some((o) => o !== 'all' && o.label === p.label)) out.push(p);
  };
  for (let q = 1; q <= 4; q++) add(`${year}-Q${q}`);
  add(`${year + 1}-Q1`);
  add(String(year - 1));
  add(String(year));
  add(String(year + 1));
  if (current !== 'all') add(current.label);
  out.push('all');
  return out;
}
