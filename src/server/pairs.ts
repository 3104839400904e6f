// Counterweights (issue 4, seed 004): pairs of measures that keep each other honest, the warnings
// for gameable library measures without one, and the one-request fix.
import type {
  CounterweightFix,
  CounterweightPreview,
  CounterweightWarning,
  KpiKey,
  Measure,
  MeasurePair,
  MeasureWithProgress,
} from '../domain/types.ts';
import { measureInput, type SuggestedCounterweightInput } from '../domain/schemas.ts';
import { counterweightGuardDefaults, findKpi, kpi, type KpiLanguage } from '../domain/kpi-library.ts';
import { counterweightWarnings } from '../domain/measurement.ts';
import { DEFAULT_LOCALE, localeInfo, type Locale } from '../i18n/locales.ts';
import { rowsOf, type Sql } from './db.ts';
import { Problem, notFound, validate } from './http.ts';
import { MEASURE, selectList } from './columns.ts';
import {
  MEASURE_COLUMNS,
  createMeasure,
  getMeasure,
  measuresWithProgress,
  recentCheckInsQuery,
  toMeasure,
  toRecentCheckIn,
  type MeasureRow,
  type RecentCheckInRawRow,
} from './measures.ts';
import { all, newId, nowIso, one } from './rows.ts';
import { audit } from './audit.ts';
import { says } from '../domain/problem.ts';

export const PAIR_COLUMNS = `id, measure_id AS measureId, counterweight_id AS counterweightId, version, created_at AS createdAt, updated_at AS updatedAt`;

/** The ids of the measures paired with `?` (either side of the pair). */
const PARTNERS = `SELECT CASE WHEN measure_id = ?1 THEN counterweight_id ELSE measure_id END FROM measure_pairs WHERE measure_id = ?1 OR counterweight_id = ?1`;

/** The measures paired with a measure, each with its latest check-in and progress (404 for an unknown measure). */
export async function listCounterweights(sql: Sql, measureId: string): Promise<MeasureWithProgress[]> {
  await getMeasure(sql, measureId);
  const [measures, recent] = await sql.batch([
    {
      sql: `SELECT ${MEASURE_COLUMNS} FROM measures WHERE id IN (${PARTNERS}) ORDER BY created_at, rowid`,
      args: [measureId],
    },
    { sql: recentCheckInsQuery(`WHERE measure_id IN (${PARTNERS})`), args: [measureId] },
  ]);
  return measuresWithProgress(
    rowsOf<MeasureRow>(measures!).map(toMeasure),
    rowsOf<RecentCheckInRawRow>(recent!).map(toRecentCheckIn),
  );
}

const findPair = (sql: Sql, a: string, b: string) =>
  one<MeasurePair>(
    sql,
    `SELECT ${PAIR_COLUMNS} FROM measure_pairs WHERE (measure_id = ?1 AND counterweight_id = ?2) OR (measure_id = ?2 AND counterweight_id = ?1)`,
    [a, b],
  );

const alreadyPaired = (pair: MeasurePair) =>
  new Problem(
    409,
    'Already paired',
    says('counterweight.alreadyPaired'),
    { counterweightId: [says('counterweight.alreadyPairedField')] },
    { current: pair },
  );

/** Pairs two measures (the caller has checked both exist and differ) and records it. */
export async function insertPair(sql: Sql, measureId: string, counterweightId: string): Promise<MeasurePair> {
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: 'INSERT INTO measure_pairs (id, measure_id, counterweight_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    args: [id, measureId, counterweightId, now, now],
  });
  const pair = (await one<MeasurePair>(sql, `SELECT ${PAIR_COLUMNS} FROM measure_pairs WHERE id = ?`, [id]))!;
  await audit(sql, { action: 'create', entity: 'measure_pair', entityId: id, measureId, after: pair });
  return pair;
}

/**
 * Pairs two measures (any goals). 404 for an unknown measure in the path, 400 for a measure paired
 * with itself, 422 for an unknown counterweight, 409 when the pair exists in either order.
 */
export async function addPair(sql: Sql, measureId: string, counterweightId: string): Promise<MeasurePair> {
  await getMeasure(sql, measureId);
  if (counterweightId === measureId)
    throw new Problem(400, 'Invalid input', says('counterweight.self'), {
      counterweightId: [says('counterweight.selfField')],
    });
  if (!(await one(sql, 'SELECT 1 AS ok FROM measures WHERE id = ?', [counterweightId])))
    throw new Problem(422, 'Invalid reference', says('counterweight.unknown'), {
      counterweightId: [says('counterweight.unknownField')],
    });
  const existing = await findPair(sql, measureId, counterweightId);
  if (existing) throw alreadyPaired(existing);
  return insertPair(sql, measureId, counterweightId);
}

/** Unpairs two measures, whichever side the pair was added from (404 when they are not paired). */
export async function removePair(sql: Sql, measureId: string, otherId: string): Promise<void> {
  await getMeasure(sql, measureId);
  const pair = await findPair(sql, measureId, otherId);
  if (!pair) throw notFound('Pair');
  await audit(sql, { action: 'delete', entity: 'measure_pair', entityId: pair.id, measureId, before: pair });
  await sql.execute({ sql: 'DELETE FROM measure_pairs WHERE id = ?', args: [pair.id] });
}

/** Warnings for a goal's own measures: gameable library measures paired with nothing (404 for an unknown goal). */
export async function goalWarnings(sql: Sql, goalId: string): Promise<CounterweightWarning[]> {
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
  const [measures, pairs] = await sql.batch([
    {
      sql: 'SELECT id, goal_id AS goalId, library_key AS libraryKey FROM measures WHERE goal_id = ? ORDER BY created_at, rowid',
      args: [goalId],
    },
    {
      sql: `SELECT ${PAIR_COLUMNS} FROM measure_pairs
            WHERE measure_id IN (SELECT id FROM measures WHERE goal_id = ?1) OR counterweight_id IN (SELECT id FROM measures WHERE goal_id = ?1)`,
      args: [goalId],
    },
  ]);
  return counterweightWarnings(
    rowsOf<Pick<Measure, 'id' | 'goalId' | 'libraryKey'>>(measures!),
    rowsOf<MeasurePair>(pairs!),
  );
}

/** The watched measure, its library entry and the suggestion chosen (default: one the goal already measures, else the first). */
async function suggestion(sql: Sql, measureId: string, asked: KpiKey | undefined) {
  const watched = await getMeasure(sql, measureId);
  const entry = watched.libraryKey ? findKpi(watched.libraryKey) : undefined;
  if (!entry || entry.counterweights.length === 0)
    throw new Problem(409, 'No suggested counterweight', says('counterweight.noSuggestion'));
  if (asked && !entry.counterweights.includes(asked))
    throw new Problem(400, 'Invalid input', says('counterweight.notSuggested'), {
      libraryKey: [says('counterweight.suggested', { list: entry.counterweights.join(', ') })],
    });
  // Every measure on a suggested key, across the organisation, this goal's first.
  const candidates = await all<MeasureRow & { goalTitle: string; departmentId: string; departmentName: string }>(
    sql,
    `SELECT ${selectList(MEASURE, { alias: 'm' })},
            g.title AS goalTitle, g.department_id AS departmentId, d.name AS departmentName
       FROM measures m JOIN goals g ON g.id = m.goal_id JOIN departments d ON d.id = g.department_id
      WHERE m.id <> ? AND m.library_key IS NOT NULL AND g.state = 'open'
      ORDER BY (m.goal_id = ?) DESC, m.created_at, m.rowid`,
    [watched.id, watched.goalId],
  );
  const onKey = (k: string) => candidates.filter((c) => c.libraryKey === k);
  const key =
    asked ??
    entry.counterweights.find((k) => onKey(k).some((c) => c.goalId === watched.goalId)) ??
    entry.counterweights[0]!;
  const existing = onKey(key).map(({ goalTitle, departmentId, departmentName, ...row }) => ({
    measure: toMeasure(row),
    goalTitle,
    departmentId,
    departmentName,
    sameGoal: row.goalId === watched.goalId,
  }));
  return { watched, key, existing };
}

/** A library entry's texts in `locale` (English by default), from that language's module. */
async function kpiLanguage(locale: Locale | undefined, key: KpiKey): Promise<KpiLanguage> {
  const m = await localeInfo(locale ?? DEFAULT_LOCALE).load();
  return { texts: m.kpi[key], guardPurpose: m.library.guardPurpose };
}

/** What the fix would do, writing nothing: the measures it could pair instead, and the measure it would create. */
export async function previewSuggestedCounterweight(
  sql: Sql,
  measureId: string,
  q: { libraryKey?: KpiKey | undefined; locale?: Locale | undefined },
): Promise<CounterweightPreview> {
  const { watched, key, existing } = await suggestion(sql, measureId, q.libraryKey);
  const draft = counterweightGuardDefaults(
    kpi(key),
    watched,
    await kpiLanguage(q.locale, key),
  ) as CounterweightPreview['draft'];
  const missing = (['baseline', 'target'] as const).filter((k) => draft[k] === undefined || draft[k] === null);
  return { libraryKey: key, existing, draft, missing };
}

/**
 * The fix for a counterweight warning, in one request (one transaction): pairs the measure with
 * `pairWithId` (an existing measure on the suggested library key, any goal, as the preview
 * offered), or with a measure of the same goal already on that key, or creates that measure from
 * the library as a guard ("keep FCR above 80 %" over the watched measure's period) and pairs it.
 * `libraryKey` picks among the suggestions; other fields override the created measure's.
 */
export async function applySuggestedCounterweight(
  sql: Sql,
  measureId: string,
  input: SuggestedCounterweightInput,
): Promise<CounterweightFix> {
  const { locale, libraryKey: asked, pairWithId, ...overrides } = input;
  const { watched, key, existing } = await suggestion(sql, measureId, asked ?? undefined);
  const chosen = pairWithId ? existing.find((e) => e.measure.id === pairWithId) : existing.find((e) => e.sameGoal);
  if (pairWithId && !chosen)
    throw new Problem(422, 'Invalid reference', says('counterweight.wrongKey'), {
      pairWithId: [says('counterweight.wrongKeyField')],
    });
  if (chosen) {
    const pair = await findPair(sql, watched.id, chosen.measure.id);
    if (pair) throw alreadyPaired(pair);
    return { measure: chosen.measure, pair: await insertPair(sql, watched.id, chosen.measure.id), created: false };
  }
  const draft = { ...counterweightGuardDefaults(kpi(key), watched, await kpiLanguage(locale, key)), ...overrides };
  const measure = await createMeasure(sql, watched.goalId, validate(measureInput, draft));
  return { measure, pair: await insertPair(sql, watched.id, measure.id), created: true };
}
