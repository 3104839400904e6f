// A department at a glance: its goals counted by status (a closed goal by its outcome) and its
// progress. Pure; reads the `assessTree` result, so every count matches the badges.
//
// A department's progress is the mean of its top goals (its goals whose parent belongs to
// another department or is the vision), each weighing as much as a sub-goal does in a goal
// (CHILD_GOAL_WEIGHT), carried and dropped ones left out: the same rule as the vision's roll-up.
import { CHILD_GOAL_WEIGHT, SUPERSEDED_STATES, rollUp } from './progress.ts';
import { TONES, goalTone, type Assessment, type Tone } from './status.ts';

export interface DepartmentSummary {
  goalCount: number;
  /** Goals by status (open goals) or outcome (closed ones); every tone present, 0 when none. */
  byTone: Record<Tone, number>;
  /** 0…1, or null when none of its top goals can be measured. */
  progress: number | null;
}

type GoalLike = { id: string; parentGoalId: string | null; departmentId: string; state?: string };

export function departmentSummaries(
  goals: readonly GoalLike[],
  assessed: { goals: ReadonlyMap<string, Assessment> },
): Map<string, DepartmentSummary> {
  const owner = new Map(goals.map((g) => [g.id, g.departmentId]));
  const out = new Map<string, DepartmentSummary>();
  const tops = new Map<string, { progress: number | null; weight: number }[]>();
  for (const g of goals) {
    let s = out.get(g.departmentId);
    if (!s)
      out.set(
        g.departmentId,
        (s = {
          goalCount: 0,
          byTone: Object.fromEntries(TONES.map((t) => [t, 0])) as Record<Tone, number>,
          progress: null,
        }),
      );
    const a = assessed.goals.get(g.id);
    s.goalCount++;
    s.byTone[goalTone(g.state, a?.status ?? 'not_started')]++;
    const top = g.parentGoalId === null || owner.get(g.parentGoalId) !== g.departmentId;
    if (top && !SUPERSEDED_STATES.has(g.state ?? 'open')) {
      const list = tops.get(g.departmentId) ?? [];
      list.push({ progress: a?.progress ?? null, weight: CHILD_GOAL_WEIGHT });
      tops.set(g.departmentId, list);
    }
  }
  for (const [id, parts] of tops) out.get(id)!.progress = rollUp(parts);
  return out;
}
