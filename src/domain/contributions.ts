// What makes up a goal's progress: every part of its roll-up, its measures and its sub-goals,
// with weight, progress, status and its share of the roll-up. Pure. It reads the result of
// `assessTree` (src/domain/status.ts), the one roll-up, so the parts always add up to the
// goal's progress: sum(share × progress) over the counted parts with a progress.
import { CHILD_GOAL_WEIGHT, SUPERSEDED_STATES } from './progress.ts';
import type { GoalState } from './schemas.ts';
import { goalTone, type Assessment, type Status, type Tone } from './status.ts';

export interface Contribution {
  kind: 'measure' | 'goal';
  id: string;
  name: string;
  /** Its weight in the roll-up (a measure's own weight; a sub-goal weighs CHILD_GOAL_WEIGHT). */
  weight: number;
  /** What the roll-up uses, 0…1; null when it has no progress. */
  progress: number | null;
  /** Whether any check-in exists (for a sub-goal: anywhere below it); show "no data" when not. */
  hasData: boolean;
  status: Status;
  /** The status, or a closed sub-goal's outcome. */
  tone: Tone;
  /** A sub-goal's lifecycle state ('open' for measures). */
  state: GoalState;
  /** False for a carried or dropped sub-goal: it no longer counts in the roll-up. */
  counted: boolean;
  /** Its share of the goal's progress (weight ÷ the weights of all counted parts with a progress); null when it adds nothing. */
  share: number | null;
}

type GoalLike = { id: string; parentGoalId: string | null; title: string; state?: string };
type MeasureLike = { id: string; goalId: string; name: string; weight: number };

export function contributions(
  goalId: string,
  goals: readonly GoalLike[],
  measures: readonly MeasureLike[],
  assessed: { goals: ReadonlyMap<string, Assessment>; measures: ReadonlyMap<string, Assessment> },
): Contribution[] {
  const out: Contribution[] = [];
  for (const m of measures) {
    if (m.goalId !== goalId) continue;
    const a = assessed.measures.get(m.id);
    if (!a) continue;
    out.push({
      kind: 'measure',
      id: m.id,
      name: m.name,
      weight: m.weight,
      progress: a.progress,
      hasData: a.hasData,
      status: a.status,
      tone: a.status,
      state: 'open',
      counted: true,
      share: null,
    });
  }
  for (const g of goals) {
    if (g.parentGoalId !== goalId || g.id === goalId) continue;
    const a = assessed.goals.get(g.id);
    if (!a) continue;
    out.push({
      kind: 'goal',
      id: g.id,
      name: g.title,
      weight: CHILD_GOAL_WEIGHT,
      progress: a.progress,
      hasData: a.hasData,
      status: a.status,
      tone: goalTone(g.state, a.status),
      state: (g.state ?? 'open') as GoalState,
      counted: !SUPERSEDED_STATES.has(g.state ?? 'open'),
      share: null,
    });
  }
  // The same rule as rollUp(): parts without a progress or with no weight are left out.
  const adds = (c: Contribution) => c.counted && c.progress !== null && c.weight > 0;
  const total = out.reduce((sum, c) => (adds(c) ? sum + c.weight : sum), 0);
  for (const c of out) if (adds(c) && total > 0) c.share = c.weight / total;
  return out;
}
