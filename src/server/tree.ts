// The whole tree in one read: five statements in one batch, whatever the tree's size.
import type { CheckIn, Department, Goal, Measure, Tree, Vision } from '../domain/types.ts';
import { buildTree } from '../domain/progress.ts';
import { rowsOf, type Sql } from './db.ts';
import { GOAL_COLUMNS } from './goals.ts';
import { MEASURE_COLUMNS, latestCheckInsQuery } from './measures.ts';

export async function readTree(sql: Sql): Promise<Tree> {
  const [vision, departments, goals, measures, latest] = await sql.batch([
    'SELECT id, statement, horizon_year AS horizonYear, version, created_at AS createdAt, updated_at AS updatedAt FROM vision LIMIT 1',
    'SELECT id, name, version, created_at AS createdAt, updated_at AS updatedAt FROM departments ORDER BY name COLLATE NOCASE',
    `SELECT ${GOAL_COLUMNS} FROM goals ORDER BY start_date, title`,
    `SELECT ${MEASURE_COLUMNS} FROM measures ORDER BY created_at, rowid`,
    latestCheckInsQuery(),
  ]);
  return buildTree({
    vision: rowsOf<Vision>(vision!)[0] ?? null,
    departments: rowsOf<Department>(departments!),
    goals: rowsOf<Goal>(goals!),
    measures: rowsOf<Measure>(measures!),
    latest: new Map(rowsOf<CheckIn>(latest!).map((c) => [c.measureId, c])),
  });
}
