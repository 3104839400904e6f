// Reopening a closed goal: the one way out of "closed goals are read-only" (src/server/closed-goals.ts).
// Admins only (src/server/policy.ts), with a reason that the audit log keeps beside the goal as it
// was and as it is now. The review records stay as they were frozen.
import type { GoalReopenInput } from '../domain/review-schemas.ts';
import type { Goal } from '../domain/types.ts';
import type { Sql } from './db.ts';
import { findGoal, getGoal } from './goals.ts';
import { Problem } from './http.ts';
import { checkVersion, nowIso, one } from './rows.ts';
import { audit } from './audit.ts';
import { says } from '../domain/problem.ts';

/**
 * Opens a closed goal again (achieved, missed, dropped or carried) and clears its closing date and
 * comment (the audit row keeps them). A carried goal is continued by its next-period goal: while
 * that goal exists, reopening would count the same goal twice, so it is refused (409,
 * `goal.has_successor`); delete the successor first (a carry-over made by mistake) or work on the
 * successor instead.
 */
export async function reopenGoal(sql: Sql, id: string, input: GoalReopenInput): Promise<Goal> {
  const goal = await getGoal(sql, id);
  if (goal.state === 'open')
    throw new Problem(409, 'Goal is open', says('goal.open'), undefined, { goalId: id, current: goal });
  checkVersion('Goal', goal, input.version);
  const successor = await one<{ id: string; title: string }>(
    sql,
    'SELECT id, title FROM goals WHERE carried_from_goal_id = ? ORDER BY created_at LIMIT 1',
    [id],
  );
  if (successor)
    throw new Problem(409, 'Goal is continued', says('goal.has_successor', { title: successor.title }), undefined, {
      goalId: id,
      successorId: successor.id,
    });
  await sql.execute({
    sql: `UPDATE goals SET state = 'open', closed_at = NULL, closed_comment = '', version = version + 1, updated_at = ? WHERE id = ? AND state <> 'open'`,
    args: [nowIso(), id],
  });
  const reopened = (await findGoal(sql, id))!;
  await audit(sql, {
    action: 'reopen',
    entity: 'goal',
    entityId: id,
    departmentId: goal.departmentId,
    goalId: id,
    before: goal,
    after: { ...reopened, reopenReason: input.reason },
  });
  return reopened;
}
