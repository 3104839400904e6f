import type { InStatement, InValue } from '@libsql/client';
import type { CheckIn, CheckInSegment, Measure, MeasureWithProgress } from '../domain/types.ts';
import {
  checkInSampleInput,
  fieldErrors,
  measureInput,
  type CheckInInput,
  type CheckInSampleInput,
  type MeasureInput,
  type MeasurePatch,
} from '../domain/schemas.ts';
import { withProgress } from '../domain/progress.ts';
import {
  checkInStats,
  countingCheckIn,
  countsForProgress,
  resolveCheckIn,
  withStats,
  type CheckInFacts,
  type Issue,
} from '../domain/measurement.ts';
import { audit } from './audit.ts';
import { auditRemoved, readRemoved } from './bin.ts';
import { rowsOf, type Sql } from './db.ts';
import { Problem, notFound, validate, type SaidErrors } from './http.ts';
import { all, checkVersion, newId, nowIso, one, updateVersioned } from './rows.ts';
import { says } from '../domain/problem.ts';
import { MEASURE, insertInto, selectList, setColumns } from './columns.ts';

export const MEASURE_COLUMNS = selectList(MEASURE);
// `segments` is a JSON array built by a correlated subquery (no statement per check-in): the
// unqualified `id` is the outer check-in's, since check_in_segments has no column of that name.
export const CHECK_IN_COLUMNS = `id, measure_id AS measureId, value, date, note,
  sample_size AS sampleSize, promoters, passives, detractors, successes,
  (SELECT json_group_array(json_object('segmentId', segment_id, 'value', value, 'volume', volume))
     FROM check_in_segments WHERE check_in_id = id) AS segments,
  version, created_at AS createdAt, updated_at AS updatedAt`;

/** A measure as stored: quality levels as JSON text, survey as 0/1. */
export type MeasureRow = Omit<Measure, 'qualityLevels' | 'survey'> & { qualityLevels: string; survey: number };

/** A stored measure row as the API returns it. */
export function toMeasure(row: MeasureRow): Measure {
  return { ...row, qualityLevels: JSON.parse(row.qualityLevels) as Measure['qualityLevels'], survey: row.survey === 1 };
}

/** A check-in as stored, before its statistics: segments as JSON text. */
export type CheckInRecord = Omit<CheckIn, 'segments' | 'margin' | 'interval' | 'belowMinSample' | 'withinNoise'> & {
  segments: CheckInSegment[];
};
export type CheckInRawRow = Omit<CheckInRecord, 'segments'> & { segments: string | null };
/** A `recentCheckInsQuery` row: a check-in and the sample facts of the one just before it (JSON). */
export type RecentCheckInRawRow = CheckInRawRow & { previous: string | null };
export type RecentCheckInRecord = CheckInRecord & { previous: CheckInFacts | null };

export function toCheckInRecord(row: CheckInRawRow): CheckInRecord {
  const segments = (row.segments ? (JSON.parse(row.segments) as CheckInSegment[]) : []).sort((a, b) =>
    a.segmentId < b.segmentId ? -1 : a.segmentId > b.segmentId ? 1 : 0,
  );
  return { ...row, segments };
}

export function toRecentCheckIn({ previous, ...row }: RecentCheckInRawRow): RecentCheckInRecord {
  // The value comes as text with 17 digits (JSON would round it to 15): the same double as the column.
  const p = previous
    ? (JSON.parse(previous) as [string, number | null, number | null, number | null, number | null, number | null])
    : null;
  return {
    ...toCheckInRecord(row),
    previous: p && {
      value: Number(p[0]),
      sampleSize: p[1],
      promoters: p[2],
      passives: p[3],
      detractors: p[4],
      successes: p[5],
    },
  };
}

/** Check-ins of one measure, newest first, with their statistics (each against the next older one). */
export function checkInsWithStats(m: Measure, newestFirst: readonly CheckInRecord[]): CheckIn[] {
  return withStats(m, newestFirst);
}

/**
 * Each measure's candidate check-ins (from `recentCheckInsQuery` rows) newest first, each with its
 * statistics against the check-in just before it (the row's `previous`): what
 * `withProgress`/`countingCheckIn` choose the check-in that counts from.
 */
export function checkInsByMeasure(
  measures: readonly Measure[],
  recent: readonly RecentCheckInRecord[],
): Map<string, CheckIn[]> {
  const rows = new Map<string, RecentCheckInRecord[]>();
  for (const r of recent) {
    const list = rows.get(r.measureId);
    if (list) list.push(r);
    else rows.set(r.measureId, [r]);
  }
  const out = new Map<string, CheckIn[]>();
  for (const m of measures) {
    const list = rows.get(m.id);
    if (list?.length)
      out.set(
        m.id,
        list.map(({ previous, ...c }) => ({ ...c, ...checkInStats(m, c, previous) })),
      );
  }
  return out;
}

/** Measures with the check-in that counts and their progress, from `recentCheckInsQuery` rows. */
export function measuresWithProgress(
  measures: readonly Measure[],
  recent: readonly RecentCheckInRecord[],
): MeasureWithProgress[] {
  const byMeasure = checkInsByMeasure(measures, recent);
  return measures.map((m) => withProgress(m, byMeasure.get(m.id) ?? []));
}

/** Each measure's check-in that counts, chosen by `countingCheckIn` from candidate rows newest first. */
export function countingByMeasure<C extends { measureId: string; sampleSize: number | null }>(
  measures: readonly Pick<Measure, 'id' | 'minSample'>[],
  candidates: readonly C[],
): Map<string, C> {
  const rows = new Map<string, C[]>();
  for (const r of candidates) {
    const list = rows.get(r.measureId);
    if (list) list.push(r);
    else rows.set(r.measureId, [r]);
  }
  const out = new Map<string, C>();
  for (const m of measures) {
    const c = countingCheckIn(m, rows.get(m.id) ?? []);
    if (c) out.set(m.id, c);
  }
  return out;
}

/**
 * SQL twin of `countsForProgress` (src/domain/measurement.ts) for check-in `c` of measure `m`: it
 * only pre-selects candidates; the domain function makes the choice.
 */
export const COUNTS_SQL = (c: string, m: string) => `(${c}.sample_size IS NULL OR ${c}.sample_size >= ${m}.min_sample)`;

const SELECT = `SELECT ${MEASURE_COLUMNS} FROM measures`;

const SELECT_CHECK_INS = `SELECT ${CHECK_IN_COLUMNS} FROM check_ins`;

/**
 * The order of a measure's check-ins, newest first: by date, then by when each was recorded (the
 * row id breaks a tie within one millisecond). Every reader takes them in this order; the index
 * check_ins_measure_order serves it, so one check-in and the one before it are single index steps.
 */
const NEWEST_FIRST = (c?: string) => {
  const p = c ? `${c}.` : '';
  return `${p}date DESC, ${p}created_at DESC, ${p}rowid DESC`;
};

/**
 * Each measure's candidate check-ins, newest first within a measure: the newest, and when that one
 * does not count, the latest that does (a sample meeting the minimum, or a plain value); each
 * with `previous`, the sample facts of the check-in just before it, which its statistics compare
 * with (null for a measure without samples, whose check-ins have no interval to compare). Read them with `checkInsByMeasure`/`measuresWithProgress`. Every lookup is a LIMIT 1 walk
 * down the check_ins_newest index, so the cost grows with the measures, not with their history.
 * `filter` narrows the measures (a WHERE on `measure_id` and `min_sample`).
 */
export const recentCheckInsQuery = (filter = '') =>
  `WITH m AS MATERIALIZED (SELECT measure_id, min_sample,
                (SELECT x.id FROM check_ins x WHERE x.measure_id = m.measure_id ORDER BY ${NEWEST_FIRST('x')} LIMIT 1) AS newest
                FROM (SELECT id AS measure_id, min_sample FROM measures) m ${filter}),
        picked AS (
          SELECT newest AS id FROM m WHERE newest IS NOT NULL
          UNION ALL
          SELECT (SELECT x.id FROM check_ins x WHERE x.measure_id = m.measure_id AND ${COUNTS_SQL('x', 'm')} ORDER BY ${NEWEST_FIRST('x')} LIMIT 1)
            FROM m JOIN check_ins n ON n.id = m.newest WHERE NOT ${COUNTS_SQL('n', 'm')})
   SELECT ${CHECK_IN_COLUMNS},
          -- Only a sample has an interval to compare with (sampleInterval: nps and share).
          CASE WHEN (SELECT s.sample_kind FROM measures s WHERE s.id = c.measure_id) IN ('nps', 'share') THEN
            (SELECT json_array(printf('%!.17g', p.value), p.sample_size, p.promoters, p.passives, p.detractors, p.successes) FROM check_ins p
              WHERE p.measure_id = c.measure_id AND p.date <= c.date AND (p.date, p.created_at, p.id) < (c.date, c.created_at, c.id)
              ORDER BY ${NEWEST_FIRST('p')} LIMIT 1) END AS previous
     FROM check_ins c WHERE c.id IN (SELECT id FROM picked) ORDER BY c.measure_id, ${NEWEST_FIRST('c')}`;

const findMeasureBy = async (sql: Sql, where: string, args: InValue[]) => {
  const row = await one<MeasureRow>(sql, `${SELECT} WHERE ${where}`, args);
  return row && toMeasure(row);
};

export const findMeasure = (sql: Sql, id: string) => findMeasureBy(sql, 'id = ?', [id]);

export async function getMeasure(sql: Sql, id: string): Promise<Measure> {
  const m = await findMeasure(sql, id);
  if (!m) throw notFound('Measure');
  return m;
}

/** A measure with its latest check-in and progress, as the tree shows it. */
export async function getMeasureWithProgress(sql: Sql, id: string): Promise<MeasureWithProgress> {
  const m = await getMeasure(sql, id);
  const recent = await all<RecentCheckInRawRow>(sql, recentCheckInsQuery('WHERE measure_id = ?'), [id]);
  return measuresWithProgress([m], recent.map(toRecentCheckIn))[0]!;
}

/** A goal's measures with their progress (404 when the goal does not exist). */
export async function getGoalMeasures(sql: Sql, goalId: string): Promise<MeasureWithProgress[]> {
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
  const [measures, latest] = await sql.batch([
    { sql: `${SELECT} WHERE goal_id = ? ORDER BY created_at, rowid`, args: [goalId] },
    {
      sql: recentCheckInsQuery('WHERE measure_id IN (SELECT id FROM measures WHERE goal_id = ?)'),
      args: [goalId],
    },
  ]);
  return measuresWithProgress(
    rowsOf<MeasureRow>(measures!).map(toMeasure),
    rowsOf<RecentCheckInRawRow>(latest!).map(toRecentCheckIn),
  );
}

export async function createMeasure(sql: Sql, goalId: string, input: MeasureInput): Promise<Measure> {
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
  const id = newId();
  const now = nowIso();
  await sql.execute(insertInto(MEASURE, { id, goalId, ...measureValues(input), createdAt: now, updatedAt: now }));
  const created = (await findMeasure(sql, id))!;
  await audit(sql, { action: 'create', entity: 'measure', entityId: id, goalId, after: created });
  return created;
}

function measureValues(m: MeasureInput) {
  // A range has no single target; other directions have no bounds. Store only what applies.
  const range = m.direction === 'range';
  return {
    ...m,
    target: range ? null : m.target,
    targetLow: range ? m.targetLow : null,
    targetHigh: range ? m.targetHigh : null,
    qualityLevels: JSON.stringify(m.qualityLevels),
    survey: m.survey ? 1 : 0,
  } satisfies Record<keyof MeasureInput, InValue>;
}

export async function updateMeasure(sql: Sql, id: string, patch: MeasurePatch): Promise<Measure> {
  const current = await getMeasure(sql, id);
  const { version, ...changes } = patch;
  const { id: _id, goalId: _g, version: _v, createdAt: _c, updatedAt: _u, ...fields } = current;
  const next = validate(measureInput, { ...fields, ...changes });
  const updated = await updateVersioned(sql, {
    table: MEASURE.name,
    what: 'Measure',
    id,
    version,
    columns: setColumns(MEASURE, measureValues(next)),
    reread: () => findMeasure(sql, id),
  });
  await audit(sql, {
    action: 'update',
    entity: 'measure',
    entityId: id,
    goalId: current.goalId,
    before: current,
    after: updated,
  });
  return updated;
}

export async function deleteMeasure(sql: Sql, id: string, version?: number): Promise<void> {
  const m = await getMeasure(sql, id);
  checkVersion('Measure', m, version);
  await audit(sql, { action: 'delete', entity: 'measure', entityId: id, goalId: m.goalId, before: m });
  // Its check-ins, segments, pairs and token scopes go with it (ON DELETE CASCADE): each is audited.
  await auditRemoved(sql, await readRemoved(sql, { measureIds: [id] }), { measureIds: [id] });
  await sql.execute({ sql: 'DELETE FROM measures WHERE id = ?', args: [id] });
}

// ---------- check-ins ----------

/** A measure's check-ins, newest first, each with its statistics (margin/interval, sample size, noise). */
export async function listCheckIns(sql: Sql, measureId: string): Promise<CheckIn[]> {
  const m = await findMeasure(sql, measureId);
  if (!m) return [];
  const rows = await all<CheckInRawRow>(sql, `${SELECT_CHECK_INS} WHERE measure_id = ? ORDER BY ${NEWEST_FIRST()}`, [
    measureId,
  ]);
  return checkInsWithStats(m, rows.map(toCheckInRecord));
}

/**
 * Check-in `id` and the one before it in NEWEST_FIRST order (what its statistics compare it with),
 * newest first: two index lookups, however many check-ins the measure has.
 */
const CHECK_IN_AND_PREVIOUS = `WITH c AS (SELECT measure_id, date, created_at, rowid AS r FROM check_ins WHERE id = ?)
  SELECT * FROM (${SELECT_CHECK_INS} WHERE id = ?)
  UNION ALL
  SELECT * FROM (${SELECT_CHECK_INS} WHERE measure_id = (SELECT measure_id FROM c)
                   AND (date, created_at, rowid) < (SELECT date, created_at, r FROM c)
                 ORDER BY ${NEWEST_FIRST()} LIMIT 1)`;

/** Check-in `id` of measure `m` with its statistics (compared with the check-in before it). */
async function checkInOf(sql: Sql, m: Measure, id: string): Promise<CheckIn | null> {
  const rows = await all<CheckInRawRow>(sql, CHECK_IN_AND_PREVIOUS, [id, id]);
  const c = rows.find((r) => r.id === id);
  if (!c || c.measureId !== m.id) return null;
  return checkInsWithStats(m, [c, ...rows.filter((r) => r !== c)].map(toCheckInRecord))[0]!;
}

/** One check-in with its statistics (compared with the check-in before it). */
export async function findCheckIn(sql: Sql, id: string): Promise<CheckIn | null> {
  const m = await findMeasureBy(sql, 'id = (SELECT measure_id FROM check_ins WHERE id = ?)', [id]);
  return m && checkInOf(sql, m, id);
}

/** Problem for a refused check-in, with one list of messages per field. */
function checkInProblem(status: 400 | 422, issues: Issue[]): Problem {
  const errors: SaidErrors = {};
  for (const i of issues) (errors[i.path] ??= []).push(i.message);
  return status === 422
    ? new Problem(422, 'Invalid reference', says('checkIn.segmentUnknown'), errors)
    : new Problem(400, 'Invalid input', says('request.invalidInput'), errors);
}

/** A measure with what recording a check-in needs besides: its department and its segments' ids. */
interface CheckInTarget {
  measure: Measure;
  departmentId: string;
  segmentIds: Set<string>;
}

/** Read once per check-in: the measure, its goal's department and its segment ids, in one statement. */
async function checkInTarget(sql: Sql, measureId: string): Promise<CheckInTarget> {
  const row = await one<MeasureRow & { departmentId: string; segmentIds: string }>(
    sql,
    `SELECT ${MEASURE_COLUMNS},
            (SELECT g.department_id FROM goals g WHERE g.id = measures.goal_id) AS departmentId,
            (SELECT json_group_array(s.id) FROM segments s WHERE s.measure_id = measures.id) AS segmentIds
       FROM measures WHERE id = ?`,
    [measureId],
  );
  if (!row) throw notFound('Measure');
  const { departmentId, segmentIds, ...measure } = row;
  return { measure: toMeasure(measure), departmentId, segmentIds: new Set(JSON.parse(segmentIds) as string[]) };
}

/**
 * Records a check-in. The measure decides how its value is read: computed from NPS counts, from
 * k of n, or from per-segment values and volumes; typed otherwise (src/domain/measurement.ts).
 */
export async function createCheckIn(
  sql: Sql,
  measureId: string,
  input: CheckInInput | CheckInSampleInput,
): Promise<CheckIn> {
  return recordCheckIn(sql, await checkInTarget(sql, measureId), input);
}

async function recordCheckIn(
  sql: Sql,
  target: CheckInTarget,
  input: CheckInInput | CheckInSampleInput,
): Promise<CheckIn> {
  const { measure: m, departmentId, segmentIds } = target;
  const resolved = resolveCheckIn(m, input, segmentIds);
  if (!resolved.ok) throw checkInProblem(resolved.status, resolved.issues);
  const c: CheckInFacts & { segments: CheckInSegment[] } = resolved.checkIn;
  // A too-small sample is never saved by accident: the client must say it knows (and it will not count).
  if (!countsForProgress(m, c) && !('acceptSmallSample' in input && input.acceptSmallSample === true))
    throw new Problem(422, 'Sample below minimum', says('checkIn.smallSample'), {
      acceptSmallSample: [
        says('checkIn.smallSampleField', { sampleSize: String(c.sampleSize), minSample: String(m.minSample) }),
      ],
    });
  const id = newId();
  const now = nowIso();
  const insert: InStatement = {
    sql: `INSERT INTO check_ins (id, measure_id, value, date, note, sample_size, promoters, passives, detractors, successes, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      id,
      m.id,
      c.value,
      input.date,
      input.note,
      c.sampleSize,
      c.promoters,
      c.passives,
      c.detractors,
      c.successes,
      now,
      now,
    ],
  };
  const segments = c.segments.map((s) => ({
    sql: 'INSERT INTO check_in_segments (check_in_id, segment_id, value, volume) VALUES (?, ?, ?, ?)',
    args: [id, s.segmentId, s.value, s.volume],
  }));
  if (segments.length) await sql.batch([insert, ...segments]);
  else await sql.execute(insert);
  const created = (await checkInOf(sql, m, id))!;
  await audit(sql, {
    action: 'create',
    entity: 'check_in',
    entityId: id,
    departmentId,
    goalId: m.goalId,
    after: created,
  });
  return created;
}

/**
 * `POST /api/measures/{id}/check-ins`: 404 for an unknown measure, then the body's shape and the
 * measure's rules. When the shape is wrong, a missing typed value is reported in the same answer.
 */
export async function createCheckInFromBody(sql: Sql, measureId: string, body: unknown): Promise<CheckIn> {
  const target = await checkInTarget(sql, measureId);
  const m = target.measure;
  const parsed = checkInSampleInput.safeParse(body);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (m.sampleKind !== 'nps' && b.value == null && b.successes == null && b.segments == null && !errors.value)
      errors.value = [says('input.required')];
    throw new Problem(400, 'Invalid input', says('request.invalidInput'), errors);
  }
  return recordCheckIn(sql, target, parsed.data);
}

export async function deleteCheckIn(sql: Sql, id: string, version?: number): Promise<void> {
  const c = await findCheckIn(sql, id);
  if (!c) throw notFound('Check-in');
  checkVersion('Check-in', c, version);
  await audit(sql, { action: 'delete', entity: 'check_in', entityId: id, measureId: c.measureId, before: c });
  await sql.execute({ sql: 'DELETE FROM check_ins WHERE id = ?', args: [id] });
}
