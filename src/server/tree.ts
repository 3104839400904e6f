// The whole tree in one read: one batch of a fixed number of statements, whatever the tree's size.
import type { Department, Goal, MeasurePair, Tree, Vision } from '../domain/types.ts';
import { buildTree } from '../domain/progress.ts';
import { rowsOf, type Sql } from './db.ts';
import { GOAL_COLUMNS } from './goals.ts';
import { MEASURE_COLUMNS, checkInsByMeasure, recentCheckInsQuery, toCheckInRecord, toMeasure, type CheckInRawRow, type MeasureRow } from './measures.ts';
import { PAIR_COLUMNS } from './pairs.ts';

export async function readTree(sql: Sql): Promise<Tree> {
  const [vision, departments, goals, measures, recent, pairs] = await sql.batch([
    'SELECT id, statement, horizon_year AS horizonYear, version, created_at AS createdAt, updated_at AS updatedAt FROM vision LIMIT 1',
    'SELECT id, name, version, created_at AS createdAt, updated_at AS updatedAt FROM departments ORDER BY name COLLATE NOCASE',
    `SELECT ${GOAL_COLUMNS} FROM goals ORDER BY start_date, title`,
    `SELECT ${MEASURE_COLUMNS} FROM measures ORDER BY created_at, rowid`,
    // Candidate check-ins per measure: the newest two and the latest that counts (with the one before it).
    recentCheckInsQuery(),
    `SELECT ${PAIR_COLUMNS} FROM measure_pairs ORDER BY created_at, id`,
  ]);
  const measureRows = rowsOf<MeasureRow>(measures!).map(toMeasure);
  return buildTree({
    vision: rowsOf<Vision>(vision!)[0] ?? null,
    departments: rowsOf<Department>(departments!),
    goals: rowsOf<Goal>(goals!),
    measures: measureRows,
    checkIns: checkInsByMeasure(measureRows, rowsOf<CheckInRawRow>(recent!).map(toCheckInRecord)),
    pairs: rowsOf<MeasurePair>(pairs!),
  });
}
