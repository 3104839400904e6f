import type { CheckIn, Measure, MeasureWithProgress } from '../domain/types.ts';
import { measureInput, type CheckInInput, type MeasureInput, type MeasurePatch } from '../domain/schemas.ts';
import { measureProgress } from '../domain/progress.ts';
import { rowsOf, type Sql } from './db.ts';
import { notFound, validate } from './http.ts';
import { all, checkVersion, newId, nowIso, one, updateVersioned } from './rows.ts';

export const MEASURE_COLUMNS = `id, goal_id AS goalId, name, unit, direction, baseline, baseline_date AS baselineDate, target,
  target_low AS targetLow, target_high AS targetHigh, target_date AS targetDate, frequency, purpose, weight,
  version, created_at AS createdAt, updated_at AS updatedAt`;
export const CHECK_IN_COLUMNS = `id, measure_id AS measureId, value, date, note, version, created_at AS createdAt, updated_at AS updatedAt`;
const SELECT = `SELECT ${MEASURE_COLUMNS} FROM measures`;

/** Each measure's latest check-in: latest date, then latest written. `filter` narrows the measures. */
export const latestCheckInsQuery = (filter = '') =>
  `SELECT ${CHECK_IN_COLUMNS} FROM (
     SELECT *, row_number() OVER (PARTITION BY measure_id ORDER BY date DESC, created_at DESC) AS rn FROM check_ins ${filter}
   ) WHERE rn = 1`;
const SELECT_CHECK_INS = `SELECT ${CHECK_IN_COLUMNS} FROM check_ins`;

export const findMeasure = (sql: Sql, id: string) => one<Measure>(sql, `${SELECT} WHERE id = ?`, [id]);

export async function getMeasure(sql: Sql, id: string): Promise<Measure> {
  const m = await findMeasure(sql, id);
  if (!m) throw notFound('Measure');
  return m;
}

/** A measure with its latest check-in and progress, as the tree shows it. */
export async function getMeasureWithProgress(sql: Sql, id: string): Promise<MeasureWithProgress> {
  const m = await getMeasure(sql, id);
  const latest = await one<CheckIn>(sql, `${SELECT_CHECK_INS} WHERE measure_id = ? ORDER BY date DESC, created_at DESC LIMIT 1`, [id]);
  return { ...m, latest, progress: measureProgress(m, latest ? latest.value : null) };
}

/** A goal's measures with their progress (404 when the goal does not exist). */
export async function getGoalMeasures(sql: Sql, goalId: string): Promise<MeasureWithProgress[]> {
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
  const [measures, latest] = await sql.batch([
    { sql: `${SELECT} WHERE goal_id = ? ORDER BY created_at, rowid`, args: [goalId] },
    {
      sql: latestCheckInsQuery('WHERE measure_id IN (SELECT id FROM measures WHERE goal_id = ?)'),
      args: [goalId],
    },
  ]);
  const byMeasure = new Map(rowsOf<CheckIn>(latest!).map((c) => [c.measureId, c]));
  return rowsOf<Measure>(measures!).map((m) => {
    const last = byMeasure.get(m.id) ?? null;
    return { ...m, latest: last, progress: measureProgress(m, last ? last.value : null) };
  });
}

export async function createMeasure(sql: Sql, goalId: string, input: MeasureInput): Promise<Measure> {
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: `INSERT INTO measures (id, goal_id, name, unit, direction, baseline, baseline_date, target, target_low, target_high,
            target_date, frequency, purpose, weight, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [id, goalId, ...measureValues(input), now, now],
  });
  return (await findMeasure(sql, id))!;
}

function measureValues(m: MeasureInput) {
  // A range has no single target; other directions have no bounds. Store only what applies.
  const range = m.direction === 'range';
  return [
    m.name, m.unit, m.direction, m.baseline, m.baselineDate,
    range ? null : m.target, range ? m.targetLow : null, range ? m.targetHigh : null,
    m.targetDate, m.frequency, m.purpose, m.weight,
  ];
}

export async function updateMeasure(sql: Sql, id: string, patch: MeasurePatch): Promise<Measure> {
  const current = await getMeasure(sql, id);
  const { version, ...changes } = patch;
  const { id: _id, goalId: _g, version: _v, createdAt: _c, updatedAt: _u, ...fields } = current;
  const next = validate(measureInput, { ...fields, ...changes });
  const [name, unit, direction, baseline, baselineDate, target, targetLow, targetHigh, targetDate, frequency, purpose, weight] = measureValues(next);
  return updateVersioned(sql, {
    table: 'measures',
    what: 'Measure',
    id,
    version,
    columns: {
      name, unit, direction, baseline, baseline_date: baselineDate, target, target_low: targetLow, target_high: targetHigh,
      target_date: targetDate, frequency, purpose, weight,
    } as Record<string, string | number | null>,
    reread: () => findMeasure(sql, id),
  });
}

export async function deleteMeasure(sql: Sql, id: string, version?: number): Promise<void> {
  checkVersion('Measure', await getMeasure(sql, id), version);
  await sql.execute({ sql: 'DELETE FROM measures WHERE id = ?', args: [id] });
}

// ---------- check-ins ----------
export const listCheckIns = (sql: Sql, measureId: string) =>
  all<CheckIn>(sql, `${SELECT_CHECK_INS} WHERE measure_id = ? ORDER BY date DESC, created_at DESC`, [measureId]);
export const findCheckIn = (sql: Sql, id: string) => one<CheckIn>(sql, `${SELECT_CHECK_INS} WHERE id = ?`, [id]);

export async function createCheckIn(sql: Sql, measureId: string, input: CheckInInput): Promise<CheckIn> {
  await getMeasure(sql, measureId);
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: 'INSERT INTO check_ins (id, measure_id, value, date, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    args: [id, measureId, input.value, input.date, input.note, now, now],
  });
  return (await findCheckIn(sql, id))!;
}

export async function deleteCheckIn(sql: Sql, id: string, version?: number): Promise<void> {
  const c = await findCheckIn(sql, id);
  if (!c) throw notFound('Check-in');
  checkVersion('Check-in', c, version);
  await sql.execute({ sql: 'DELETE FROM check_ins WHERE id = ?', args: [id] });
}

