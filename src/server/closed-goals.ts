// The one guard of closed goals: `audit()` (every write records itself there, in its transaction)
// asks `assertClosedGoalsUntouched` before it keeps a change, with the rule of
// src/domain/closed-goals.ts. A refusal is 409 "Goal is closed" (code `goal.closed`, the goal's id)
// and the transaction is rolled back, so nothing of the request is written.
import type { InValue } from '@libsql/client';
import { closedGoalChecks, isClosedGoal, type RecordedChange } from '../domain/closed-goals.ts';
import type { Sql } from './db.ts';
import { Problem } from './http.ts';
import { one } from './rows.ts';

export const GOAL_CLOSED = 'goal.closed';

interface ClosedGoal {
  id: string;
  title?: string | undefined;
  state: string;
  closedAt?: string | null | undefined;
}

/** 409 for a write to a closed goal or anything under it. */
export function closedGoalProblem(goal: ClosedGoal, detail?: string): Problem {
  const title = goal.title ?? '';
  const day = goal.closedAt ? goal.closedAt.slice(0, 10) : '—';
  return new Problem(
    409,
    'Goal is closed',
    detail ??
      (goal.state === 'carried'
        ? `The goal “${title}” was carried over into the next period on ${day}, so it is read-only. An admin can reopen it.`
        : `The goal “${title}” was closed as ${goal.state} on ${day}, so it is read-only. An admin can reopen it.`),
    undefined,
    { code: GOAL_CLOSED, goalId: goal.id, state: goal.state, closedAt: goal.closedAt ?? null },
  );
}

/** Refuses (409) a recorded change that writes to a closed goal, or adds or moves something under one. */
export async function assertClosedGoalsUntouched(sql: Sql, change: RecordedChange): Promise<void> {
  const { goalIds, measureIds, goalBefore } = closedGoalChecks(change);
  if (goalBefore && isClosedGoal(goalBefore)) {
    const known = goalBefore.title !== undefined ? goalBefore : ((await findClosed(sql, [goalBefore.id], [])) ?? goalBefore);
    throw closedGoalProblem(known);
  }
  const closed = await findClosed(sql, goalIds, measureIds);
  if (closed) throw closedGoalProblem(closed);
}

async function findClosed(sql: Sql, goalIds: string[], measureIds: string[]): Promise<ClosedGoal | null> {
  if (!goalIds.length && !measureIds.length) return null;
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
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
