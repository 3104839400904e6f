import type { Goal } from '../domain/types.ts';
import { goalInput, type GoalInput, type GoalPatch } from '../domain/schemas.ts';
import type { Sql } from './db.ts';
import { Problem, notFound, validate, type SaidErrors } from './http.ts';
import { all, checkVersion, newId, nowIso, one, updateVersioned } from './rows.ts';
import { audit } from './audit.ts';
import { auditRemoved, putInBin, readRemoved } from './bin.ts';
import { says } from '../domain/problem.ts';
import { GOAL, insertInto, selectList, setColumns } from './columns.ts';

export const GOAL_COLUMNS = selectList(GOAL);
const SELECT = `SELECT ${GOAL_COLUMNS} FROM goals`;

export function listGoals(
  sql: Sql,
  filter: { departmentId?: string; parentGoalId?: string | null; ids?: string[]; carriedFrom?: string[] } = {},
) {
  const where: string[] = [];
  const args: string[] = [];
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  if (filter.departmentId) (where.push('department_id = ?'), args.push(filter.departmentId));
  if (filter.parentGoalId === null) where.push('parent_goal_id IS NULL');
  else if (filter.parentGoalId) (where.push('parent_goal_id = ?'), args.push(filter.parentGoalId));
  if (filter.ids) (where.push(`id IN (${marks(filter.ids.length)})`), args.push(...filter.ids));
  if (filter.carriedFrom)
    (where.push(`carried_from_goal_id IN (${marks(filter.carriedFrom.length)})`), args.push(...filter.carriedFrom));
  return all<Goal>(
    sql,
    `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY start_date, title`,
    args,
  );
}

export const findGoal = (sql: Sql, id: string) => one<Goal>(sql, `${SELECT} WHERE id = ?`, [id]);

export async function getGoal(sql: Sql, id: string): Promise<Goal> {
  const g = await findGoal(sql, id);
  if (!g) throw notFound('Goal');
  return g;
}

/** References the body names must exist; a missing one is the user's mistake (422), not ours. */
async function assertReferences(sql: Sql, g: { departmentId: string; parentGoalId: string | null }, movingId?: string) {
  const errors: SaidErrors = {};
  if (!(await one(sql, 'SELECT 1 AS ok FROM departments WHERE id = ?', [g.departmentId])))
    errors.departmentId = [says('goal.departmentUnknown')];
  if (g.parentGoalId !== null) {
    if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [g.parentGoalId])))
      errors.parentGoalId = [says('goal.unknown')];
    else if (movingId && (await isInSubtree(sql, g.parentGoalId, movingId))) errors.parentGoalId = [says('goal.cycle')];
  }
  if (Object.keys(errors).length) throw new Problem(422, 'Invalid reference', says('goal.invalidReference'), errors);
}

/** Whether `candidate` is `rootId` or lies below it (walks up from the candidate). */
async function isInSubtree(sql: Sql, candidate: string, rootId: string): Promise<boolean> {
  const hit = await one(
    sql,
    `WITH RECURSIVE up(id, parent) AS (
       SELECT id, parent_goal_id FROM goals WHERE id = ?
       UNION SELECT g.id, g.parent_goal_id FROM goals g JOIN up ON g.id = up.parent)
     SELECT 1 AS hit FROM up WHERE id = ?`,
    [candidate, rootId],
  );
  return hit !== null;
}

export async function createGoal(sql: Sql, input: GoalInput): Promise<Goal> {
  await assertReferences(sql, input);
  const id = newId();
  const now = nowIso();
  await sql.execute(insertInto(GOAL, { id, ...input, createdAt: now, updatedAt: now }));
  const goal = (await findGoal(sql, id))!;
  await audit(sql, {
    action: 'create',
    entity: 'goal',
    entityId: id,
    departmentId: goal.departmentId,
    goalId: id,
    after: goal,
  });
  return goal;
}

export async function updateGoal(sql: Sql, id: string, patch: GoalPatch): Promise<Goal> {
  const current = await getGoal(sql, id);
  const { version, ...changes } = patch;
  // Lifecycle fields (state, closedAt, closedComment, carriedFromGoalId) are not editable here:
  // closing and carrying over have their own routes (src/server/goal-lifecycle.ts).
  const {
    id: _id,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    state: _s,
    closedAt: _ca,
    closedComment: _cc,
    carriedFromGoalId: _cf,
    ...fields
  } = current;
  // Rules span fields (due after start), so they are checked on the row as it would become.
  const next = validate(goalInput, { ...fields, ...changes });
  await assertReferences(sql, next, id);
  const updated = await updateVersioned(sql, {
    table: GOAL.name,
    what: 'Goal',
    id,
    version,
    columns: setColumns(GOAL, next),
    reread: () => findGoal(sql, id),
  });
  // A move between departments touches both: the audit guard checks before.departmentId too.
  await audit(sql, {
    action: 'update',
    entity: 'goal',
    entityId: id,
    departmentId: updated.departmentId,
    goalId: id,
    before: current,
    after: updated,
  });
  return updated;
}

/** Audits the deletion of goals (with their measures' names and check-in counts, which go with them). */
async function auditGoalDeletes(sql: Sql, goals: Goal[]): Promise<void> {
  for (const g of goals) {
    const measures = await all<{ id: string; name: string; checkIns: number }>(
      sql,
      'SELECT id, name, (SELECT count(*) FROM check_ins c WHERE c.measure_id = m.id) AS checkIns FROM measures m WHERE goal_id = ? ORDER BY created_at',
      [g.id],
    );
    await audit(sql, {
      action: 'delete',
      entity: 'goal',
      entityId: g.id,
      departmentId: g.departmentId,
      goalId: g.id,
      before: { ...g, measures },
    });
  }
}

/**
 * Deletes a goal and its measures. Sub-goals are never orphaned: the caller must choose to
 * move them up to this goal's parent (`reparent`) or delete the whole subtree (`delete`).
 */
export async function deleteGoal(sql: Sql, id: string, opts: { children?: 'reparent' | 'delete'; version?: number }) {
  const goal = await getGoal(sql, id);
  checkVersion('Goal', goal, opts.version);
  const kids = await one<{ n: number }>(sql, 'SELECT count(*) AS n FROM goals WHERE parent_goal_id = ?', [id]);
  const childCount = kids?.n ?? 0;
  if (childCount > 0 && !opts.children)
    throw new Problem(
      409,
      'Goal has sub-goals',
      says('goal.hasChildren', { count: childCount }),
      { children: [says('goal.childrenChoice')] },
      { childCount },
    );
  if (childCount > 0 && opts.children === 'reparent') {
    const children = await listGoals(sql, { parentGoalId: id });
    await sql.execute({
      sql: 'UPDATE goals SET parent_goal_id = ?, version = version + 1, updated_at = ? WHERE parent_goal_id = ?',
      args: [goal.parentGoalId, nowIso(), id],
    });
    // Moving another department's sub-goals changes them: the audit guard checks each.
    for (const before of children)
      await audit(sql, {
        action: 'update',
        entity: 'goal',
        entityId: before.id,
        departmentId: before.departmentId,
        goalId: before.id,
        before,
        after: await findGoal(sql, before.id),
      });
    await auditGoalDeletes(sql, [goal]);
    await removeAudited(sql, id, [id]);
    return;
  }
  // Every goal of the subtree is audited (and checked: another department's sub-goals need their editor).
  const subtree = await all<Goal>(
    sql,
    `WITH RECURSIVE down(id, depth) AS (SELECT ?, 0 UNION SELECT g.id, depth + 1 FROM goals g JOIN down ON g.parent_goal_id = down.id)
     SELECT ${GOAL_COLUMNS} FROM goals JOIN down USING (id) ORDER BY depth`,
    [id],
  );
  await auditGoalDeletes(sql, subtree);
  await removeAudited(
    sql,
    id,
    subtree.map((g) => g.id),
  );
}

/**
 * Deletes goals (one goal, or a whole subtree under `rootId`): what the cascade removes with them
 * is audited row by row, and the lot goes to the bin, where an admin can restore it for 30 days.
 */
async function removeAudited(sql: Sql, rootId: string, goalIds: string[]): Promise<void> {
  const removed = await readRemoved(sql, { goalIds });
  await auditRemoved(sql, removed);
  await putInBin(sql, rootId, removed);
  // One statement removes the goals; measures, check-ins, practices and pairs follow by ON DELETE CASCADE.
  await sql.execute({ sql: `DELETE FROM goals WHERE id IN (${goalIds.map(() => '?').join(', ')})`, args: goalIds });
}
