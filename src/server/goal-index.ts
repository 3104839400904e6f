// Light reads for pickers and lists, instead of the whole tree: goals and measures by name
// (the goal index), and the names of the ones an audit page mentions.
import type { GoalIndex, GoalIndexEntry, MeasureIndexEntry } from '../domain/types.ts';
import { rowsOf, type Sql } from './db.ts';
import { all } from './rows.ts';

const GOAL = `g.id, g.title, g.department_id AS departmentId, g.state`;
const MEASURE = `m.id, m.name, m.goal_id AS goalId`;
// The tree's orders, so a picker lists them as the overview does.
const GOAL_ORDER = 'ORDER BY g.start_date, g.title';
const MEASURE_ORDER = 'ORDER BY m.created_at, m.rowid';

export async function readGoalIndex(
  sql: Sql,
  filter: { departmentId?: string; state?: 'open'; measures?: boolean } = {},
): Promise<GoalIndex> {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.departmentId) (where.push('g.department_id = ?'), args.push(filter.departmentId));
  if (filter.state === 'open') where.push(`g.state = 'open'`);
  const w = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  // One batch: the goals and their measures from the same moment.
  const [goals, measures] = await sql.batch([
    { sql: `SELECT ${GOAL} FROM goals g${w} ${GOAL_ORDER}`, args },
    ...(filter.measures
      ? [{ sql: `SELECT ${MEASURE} FROM measures m JOIN goals g ON g.id = m.goal_id${w} ${MEASURE_ORDER}`, args }]
      : []),
  ]);
  return { goals: rowsOf<GoalIndexEntry>(goals!), measures: measures ? rowsOf<MeasureIndexEntry>(measures) : [] };
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The goals and measures with these ids (unknown ids are left out: a deleted one keeps its id in the log). */
export async function readGoalNames(sql: Sql, ids: { goalIds?: string[]; measureIds?: string[] }): Promise<GoalIndex> {
  const goalIds = [...new Set(ids.goalIds ?? [])];
  const measureIds = [...new Set(ids.measureIds ?? [])];
  const [goals, measures] = await Promise.all([
    goalIds.length
      ? all<GoalIndexEntry>(
          sql,
          `SELECT ${GOAL} FROM goals g WHERE g.id IN (${marks(goalIds.length)}) ${GOAL_ORDER}`,
          goalIds,
        )
      : [],
    measureIds.length
      ? all<MeasureIndexEntry>(
          sql,
          `SELECT ${MEASURE} FROM measures m WHERE m.id IN (${marks(measureIds.length)}) ${MEASURE_ORDER}`,
          measureIds,
        )
      : [],
  ]);
  return { goals, measures };
}
