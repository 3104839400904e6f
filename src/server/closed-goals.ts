// The one guard of closed goals: `audit()` (every write records itself there, in its transaction)
// asks `assertClosedGoalsUntouched` before it keeps a change, with the rule of
// src/domain/closed-goals.ts. A refusal is 409 "Goal is closed" (code `goal.closed`, the goal's id)
// and the transaction is rolled back, so nothing of the request is written.
import type { InValue } from '@libsql/client';
import { closedGoalChecks, isClosedGoal, type RecordedChange } from '../domain/closed-goals.ts';
import type { Sql } from './db.ts';
import { Problem } from './http.ts';
import { one } from './rows.ts';
import { says, type Said } from '../domain/problem.ts';

export const GOAL_CLOSED = 'goal.closed';

interface ClosedGoal {
  id: string;
  title?: string | undefined;
  state: string;
  closedAt?: string | null | undefined;
}

/** 409 for a write to a closed goal or anything under it. */
export function closedGoalProblem(goal: ClosedGoal, detail?: Said): Problem {
  const title = goal.title ?? '';
  const day = goal.closedAt ? goal.closedAt.slice(0, 10) : '—';
  return new Problem(
    409,
    'Goal is closed',
    detail ??
      (goal.state === 'carried'
        ? says('goal.carriedReadOnly', { title, day })
        : says('goal.closedReadOnly', { title, state: goal.state, day })),
    undefined,
    { code: GOAL_CLOSED, goalId: goal.id, state: goal.state, closedAt: goal.closedAt ?? null },
  );
}

/** Refuses (409) a recorded change that writes to a closed goal, or adds or moves something under one. */
export async function assertClosedGoalsUntouched(sql: Sql, change: RecordedChange): Promise<void> {
  const { goalIds, measureIds, goalBefore, pairsGoWith } = closedGoalChecks(change);
  if (goalBefore && isClosedGoal(goalBefore)) {
    const known = goalBefore.title !== undefined ? goalBefore : ((await findClosed(sql, [goalBefore.id], [])) ?? goalBefore);
    throw closedGoalProblem(known);
  }
  const closed = (await findClosed(sql, goalIds, measureIds)) ?? (pairsGoWith ? await pairedClosed(sql, pairsGoWith) : null);
  if (closed) throw closedGoalProblem(closed);
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** A closed goal with a measure paired with one of the measures about to be deleted (given, or of the given goals). */
async function pairedClosed(sql: Sql, gone: { measureIds: string[]; goalIds: string[] }): Promise<ClosedGoal | null> {
  if (!gone.measureIds.length && !gone.goalIds.length) return null;
  return one<ClosedGoal>(
    sql,
    `WITH gone(id) AS (SELECT id FROM measures WHERE id IN (${marks(gone.measureIds.length || 1)}) OR goal_id IN (${marks(gone.goalIds.length || 1)})),
          partner(id) AS (SELECT CASE WHEN p.measure_id IN (SELECT id FROM gone) THEN p.counterweight_id ELSE p.measure_id END
                            FROM measure_pairs p WHERE p.measure_id IN (SELECT id FROM gone) OR p.counterweight_id IN (SELECT id FROM gone))
     SELECT g.id, g.title, g.state, g.closed_at AS closedAt FROM goals g JOIN measures m ON m.goal_id = g.id
      WHERE g.state <> 'open' AND m.id IN (SELECT id FROM partner) ORDER BY g.id LIMIT 1`,
    [...(gone.measureIds.length ? gone.measureIds : [null]), ...(gone.goalIds.length ? gone.goalIds : [null])] as InValue[],
  );
}

async function findClosed(sql: Sql, goalIds: string[], measureIds: string[]): Promise<ClosedGoal | null> {
  if (!goalIds.length && !measureIds.length) return null;
  const where = [
    ...(goalIds.length ? [`id IN (${marks(goalIds.length)})`] : []),
    ...(measureIds.length ? [`id IN (SELECT goal_id FROM measures WHERE id IN (${marks(measureIds.length)}))`] : []),
  ].join(' OR ');
  return one<ClosedGoal>(
    sql,
    `SELECT id, title, state, closed_at AS closedAt FROM goals WHERE state <> 'open' AND (${where}) ORDER BY id LIMIT 1`,
    [...goalIds, ...measureIds] as InValue[],
  );
}
