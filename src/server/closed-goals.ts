// The one guard of closed goals: `audit()` (every write records itself there, in its transaction)
// asks `closedGoalsGuard` before it keeps a change (its last query rides on the audit row's insert), with the rule of
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
  const rest = await closedGoalsGuard(sql, change);
  const closed = rest && (await one<ClosedGoal>(sql, rest.sql, rest.args));
  if (closed) throw closedGoalProblem(closed);
}

/** A query for the closed goals among those a change writes to (none found: the change may be kept). */
export interface ClosedGoalsQuery {
  sql: string;
  args: InValue[];
}

/**
 * The rule of `assertClosedGoalsUntouched` in two steps, so that the audit row's insert can carry
 * the last one (no statement of its own): refuses at once what needs no query or comes first (the
 * goal as it was before the change, a deleted measure's pairs), and returns the query for the
 * rest, null when nothing is left to check. An insert made conditional on that query finding
 * nothing, that wrote nothing, is refused with `closedGoalRefusal`.
 */
export async function closedGoalsGuard(sql: Sql, change: RecordedChange): Promise<ClosedGoalsQuery | null> {
  const { goalIds, measureIds, goalBefore, pairsGoWith } = closedGoalChecks(change);
  if (goalBefore && isClosedGoal(goalBefore)) {
    const known =
      goalBefore.title !== undefined ? goalBefore : ((await findClosed(sql, [goalBefore.id], [])) ?? goalBefore);
    throw closedGoalProblem(known);
  }
  const own = closedQuery(goalIds, measureIds);
  if (!pairsGoWith) return own;
  // The change's own goals are named first when both they and a partner's are closed.
  const closed = (own && (await one<ClosedGoal>(sql, own.sql, own.args))) ?? (await pairedClosed(sql, pairsGoWith));
  if (closed) throw closedGoalProblem(closed);
  return null;
}

/** The 409 for the closed goal `query` finds (after a write conditional on it wrote nothing). */
export async function closedGoalRefusal(sql: Sql, query: ClosedGoalsQuery): Promise<Problem> {
  const closed = await one<ClosedGoal>(sql, query.sql, query.args);
  // Only a query that found a closed goal stops a write; its answer cannot change within the transaction.
  if (!closed) throw new Error('closedGoalRefusal: the query finds no closed goal');
  return closedGoalProblem(closed);
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
    [
      ...(gone.measureIds.length ? gone.measureIds : [null]),
      ...(gone.goalIds.length ? gone.goalIds : [null]),
    ] as InValue[],
  );
}

async function findClosed(sql: Sql, goalIds: string[], measureIds: string[]): Promise<ClosedGoal | null> {
  const q = closedQuery(goalIds, measureIds);
  return q && one<ClosedGoal>(sql, q.sql, q.args);
}

function closedQuery(goalIds: string[], measureIds: string[]): ClosedGoalsQuery | null {
  if (!goalIds.length && !measureIds.length) return null;
  const where = [
    ...(goalIds.length ? [`id IN (${marks(goalIds.length)})`] : []),
    ...(measureIds.length ? [`id IN (SELECT goal_id FROM measures WHERE id IN (${marks(measureIds.length)}))`] : []),
  ].join(' OR ');
  return {
    sql: `SELECT id, title, state, closed_at AS closedAt FROM goals WHERE state <> 'open' AND (${where}) ORDER BY id LIMIT 1`,
    args: [...goalIds, ...measureIds],
  };
}
