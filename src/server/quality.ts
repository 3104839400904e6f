// How the organisation's measures (or one goal subtree's) spread over the three quality levels
// and the influence rings (issue 4). Two statements, whatever the size.
import type { Goal, Measure, QualitySpread } from '../domain/types.ts';
import { qualitySpread } from '../domain/measurement.ts';
import { subtreeIds } from '../domain/progress.ts';
import { rowsOf, type Sql } from './db.ts';
import { notFound } from './http.ts';

export async function readQualitySpread(sql: Sql, goalId?: string): Promise<QualitySpread> {
  const [goals, measures] = await sql.batch([
    'SELECT id, parent_goal_id AS parentGoalId FROM goals',
    'SELECT goal_id AS goalId, quality_levels AS qualityLevels, influence FROM measures',
  ]);
  const rows = rowsOf<{ goalId: string; qualityLevels: string; influence: Measure['influence'] }>(measures!).map(
    (m) => ({
      ...m,
      qualityLevels: JSON.parse(m.qualityLevels) as Measure['qualityLevels'],
    }),
  );
  if (goalId === undefined) return qualitySpread(rows, null);
  const goalRows = rowsOf<Pick<Goal, 'id' | 'parentGoalId'>>(goals!);
  if (!goalRows.some((g) => g.id === goalId)) throw notFound('Goal');
  const ids = subtreeIds(goalRows, goalId);
  return qualitySpread(
    rows.filter((m) => ids.has(m.goalId)),
    goalId,
  );
}
