// Which department (and goal) a goal, measure or check-in belongs to: what authorisation and the
// audit log need to know about a write. Plain reads on the caller's connection or transaction.
import type { InValue } from '@libsql/client';
import { rowsOf, type Sql } from './db.ts';

export interface Owner {
  departmentId: string;
  goalId: string;
}

async function first(sql: Sql, query: string, args: InValue[]): Promise<Owner | null> {
  return rowsOf<Owner>(await sql.execute({ sql: query, args }))[0] ?? null;
}

export const goalOwner = (sql: Sql, goalId: string) =>
  first(sql, 'SELECT department_id AS departmentId, id AS goalId FROM goals WHERE id = ?', [goalId]);

export const measureOwner = (sql: Sql, measureId: string) =>
  first(
    sql,
    'SELECT g.department_id AS departmentId, g.id AS goalId FROM measures m JOIN goals g ON g.id = m.goal_id WHERE m.id = ?',
    [measureId],
  );

export const checkInOwner = (sql: Sql, checkInId: string) =>
  first(
    sql,
    `SELECT g.department_id AS departmentId, g.id AS goalId
       FROM check_ins c JOIN measures m ON m.id = c.measure_id JOIN goals g ON g.id = m.goal_id WHERE c.id = ?`,
    [checkInId],
  );

/** A practice's goal (issue 4). */
export const practiceOwner = (sql: Sql, practiceId: string) =>
  first(
    sql,
    'SELECT g.department_id AS departmentId, g.id AS goalId FROM practices p JOIN goals g ON g.id = p.goal_id WHERE p.id = ?',
    [practiceId],
  );

/** A segment's measure's goal (issue 4). */
export const segmentOwner = (sql: Sql, segmentId: string) =>
  first(
    sql,
    `SELECT g.department_id AS departmentId, g.id AS goalId
       FROM segments s JOIN measures m ON m.id = s.measure_id JOIN goals g ON g.id = m.goal_id WHERE s.id = ?`,
    [segmentId],
  );

/** A review's scope (issue 3): undefined when there is no such review, null for an organisation-wide one. */
export async function reviewScope(sql: Sql, reviewId: string): Promise<string | null | undefined> {
  const row = rowsOf<{ departmentId: string | null }>(
    await sql.execute({ sql: 'SELECT department_id AS departmentId FROM reviews WHERE id = ?', args: [reviewId] }),
  )[0];
  return row === undefined ? undefined : row.departmentId;
}

/**
 * An action's scope (issue 3): its goal's department when it is about a goal, otherwise its
 * review's (null = organisation-wide); undefined when there is no such action.
 */
export async function actionScope(sql: Sql, actionId: string): Promise<string | null | undefined> {
  const row = rowsOf<{ goalDepartment: string | null; reviewDepartment: string | null }>(
    await sql.execute({
      sql: `SELECT g.department_id AS goalDepartment, r.department_id AS reviewDepartment
              FROM actions a JOIN reviews r ON r.id = a.review_id LEFT JOIN goals g ON g.id = a.goal_id WHERE a.id = ?`,
      args: [actionId],
    }),
  )[0];
  return row === undefined ? undefined : (row.goalDepartment ?? row.reviewDepartment);
}
