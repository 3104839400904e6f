// The whole tree in one read: one batch of a fixed number of statements, whatever the tree's size.
import type { Department, Goal, MeasurePair, ScopedTree, Tree, Vision } from '../domain/types.ts';
import { buildTree } from '../domain/progress.ts';
import { parsePeriod } from '../domain/cadence.ts';
import { treeForPeriod } from '../domain/period-filter.ts';
import type { TreeQuery } from '../domain/schemas.ts';
import { scopeTree } from '../domain/tree-scope.ts';
import { notFound } from './http.ts';
import { rowsOf, type Sql } from './db.ts';
import { GOAL_COLUMNS } from './goals.ts';
import {
  MEASURE_COLUMNS,
  checkInsByMeasure,
  recentCheckInsQuery,
  toMeasure,
  toRecentCheckIn,
  type MeasureRow,
  type RecentCheckInRawRow,
} from './measures.ts';
import { PAIR_COLUMNS } from './pairs.ts';

export async function readTree(sql: Sql): Promise<Tree> {
  const [vision, departments, goals, measures, recent, pairs] = await sql.batch([
    'SELECT id, statement, horizon_year AS horizonYear, version, created_at AS createdAt, updated_at AS updatedAt FROM vision LIMIT 1',
    'SELECT id, name, version, created_at AS createdAt, updated_at AS updatedAt FROM departments ORDER BY name COLLATE NOCASE',
    `SELECT ${GOAL_COLUMNS} FROM goals ORDER BY start_date, title`,
    `SELECT ${MEASURE_COLUMNS} FROM measures ORDER BY created_at, rowid`,
    // Candidate check-ins per measure: the newest and the latest that counts, each with the one before it.
    recentCheckInsQuery(),
    `SELECT ${PAIR_COLUMNS} FROM measure_pairs ORDER BY created_at, id`,
  ]);
  const measureRows = rowsOf<MeasureRow>(measures!).map(toMeasure);
  return buildTree({
    vision: rowsOf<Vision>(vision!)[0] ?? null,
    departments: rowsOf<Department>(departments!),
    goals: rowsOf<Goal>(goals!),
    measures: measureRows,
    checkIns: checkInsByMeasure(measureRows, rowsOf<RecentCheckInRawRow>(recent!).map(toRecentCheckIn)),
    pairs: rowsOf<MeasurePair>(pairs!),
  });
}

/**
 * One part of the tree (`GET /api/tree?goal=…|department=…&period=…&depth=…`). Every roll-up is the
 * whole tree's (or the period tree's, as the overview shows it): the part is cut from it by
 * `scopeTree`, which hands the goals at the cut their sub-goals' folds.
 */
export async function readScopedTree(sql: Sql, query: TreeQuery): Promise<ScopedTree> {
  const whole = await readTree(sql);
  if (query.goal !== undefined && !whole.goals.some((g) => g.id === query.goal)) throw notFound('Goal');
  if (query.department !== undefined && !whole.departments.some((d) => d.id === query.department))
    throw notFound('Department');
  const period = query.period === undefined || query.period === 'all' ? 'all' : parsePeriod(query.period)!;
  return scopeTree(
    treeForPeriod(whole, period),
    { goalId: query.goal, departmentId: query.department, depth: query.depth },
    whole,
  );
}
