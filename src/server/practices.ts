// Practices (issue 4, seed 000): what to do in every customer contact to reach a goal, in order.
// Together they are the goal's quality-assurance form. Positions are 0-based and kept contiguous.
import type { Practice } from '../domain/types.ts';
import type { PracticeInput, PracticePatch } from '../domain/schemas.ts';
import type { Sql } from './db.ts';
import { notFound } from './http.ts';
import { all, checkVersion, newId, nowIso, one, stale, updateVersioned } from './rows.ts';
import { audit } from './audit.ts';

const SELECT = `SELECT id, goal_id AS goalId, text, position, version, created_at AS createdAt, updated_at AS updatedAt FROM practices`;

async function assertGoal(sql: Sql, goalId: string) {
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
}

const countOf = async (sql: Sql, goalId: string) =>
  (await one<{ n: number }>(sql, 'SELECT count(*) AS n FROM practices WHERE goal_id = ?', [goalId]))?.n ?? 0;

/** A goal's practices in form order (404 for an unknown goal). */
export async function listPractices(sql: Sql, goalId: string): Promise<Practice[]> {
  await assertGoal(sql, goalId);
  return all<Practice>(sql, `${SELECT} WHERE goal_id = ? ORDER BY position, created_at`, [goalId]);
}

export const findPractice = (sql: Sql, id: string) => one<Practice>(sql, `${SELECT} WHERE id = ?`, [id]);

export async function getPractice(sql: Sql, id: string): Promise<Practice> {
  const p = await findPractice(sql, id);
  if (!p) throw notFound('Practice');
  return p;
}

/** Adds a practice at `position` (default: last; beyond the end means last), moving later ones down. */
export async function createPractice(sql: Sql, goalId: string, input: PracticeInput): Promise<Practice> {
  await assertGoal(sql, goalId);
  const n = await countOf(sql, goalId);
  const position = Math.min(input.position ?? n, n);
  await sql.execute({
    sql: 'UPDATE practices SET position = position + 1 WHERE goal_id = ? AND position >= ?',
    args: [goalId, position],
  });
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: 'INSERT INTO practices (id, goal_id, text, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    args: [id, goalId, input.text, position, now, now],
  });
  const created = (await findPractice(sql, id))!;
  await audit(sql, { action: 'create', entity: 'practice', entityId: id, goalId, after: created });
  return created;
}

/** Changes a practice's text and/or moves it to `position` (clamped to the list), shifting the ones between. */
export async function updatePractice(sql: Sql, id: string, patch: PracticePatch): Promise<Practice> {
  const current = await getPractice(sql, id);
  if (current.version !== patch.version) throw stale('Practice', current);
  let position = current.position;
  if (patch.position !== undefined) {
    position = Math.min(patch.position, (await countOf(sql, current.goalId)) - 1);
    if (position < current.position)
      await sql.execute({
        sql: 'UPDATE practices SET position = position + 1 WHERE goal_id = ? AND position >= ? AND position < ?',
        args: [current.goalId, position, current.position],
      });
    else if (position > current.position)
      await sql.execute({
        sql: 'UPDATE practices SET position = position - 1 WHERE goal_id = ? AND position > ? AND position <= ?',
        args: [current.goalId, current.position, position],
      });
  }
  const updated = await updateVersioned(sql, {
    table: 'practices',
    what: 'Practice',
    id,
    version: patch.version,
    columns: { text: patch.text ?? current.text, position },
    reread: () => findPractice(sql, id),
  });
  await audit(sql, {
    action: 'update',
    entity: 'practice',
    entityId: id,
    goalId: current.goalId,
    before: current,
    after: updated,
  });
  return updated;
}

export async function deletePractice(sql: Sql, id: string, version?: number): Promise<void> {
  const p = await getPractice(sql, id);
  checkVersion('Practice', p, version);
  await audit(sql, { action: 'delete', entity: 'practice', entityId: id, goalId: p.goalId, before: p });
  await sql.execute({ sql: 'DELETE FROM practices WHERE id = ?', args: [id] });
  await sql.execute({
    sql: 'UPDATE practices SET position = position - 1 WHERE goal_id = ? AND position > ?',
    args: [p.goalId, p.position],
  });
}
