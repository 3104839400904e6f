// One column map per table: each domain field and the column that stores it. SELECT lists, INSERT
// lists and UPDATE assignments are built from the map, so a column is spelled once; the map's keys
// must be exactly the domain type's fields (a missing or misspelt one is a compile error).
import type { InValue } from '@libsql/client';
import type { Goal, Measure } from '../domain/types.ts';

export interface Table<F extends string> {
  readonly name: string;
  readonly columns: Readonly<Record<F, string>>;
}

/** A table's map; `table<Measure>()('measures', { … })` checks every field of `Measure` has a column. */
export function table<T>() {
  return <const M extends { [K in keyof T & string]-?: string }>(
    name: string,
    columns: M & Record<Exclude<keyof M, keyof T>, never>,
  ): Table<keyof T & string> => ({ name, columns });
}

type Field<Tb> = Tb extends Table<infer F> ? F : never;

/** `a.col AS field, …` for the given fields (default: all), with an optional table alias. */
export function selectList<Tb extends Table<string>>(
  t: Tb,
  opts: { alias?: string; only?: readonly Field<Tb>[] } = {},
): string {
  const p = opts.alias ? `${opts.alias}.` : '';
  const fields = (opts.only ?? (Object.keys(t.columns) as Field<Tb>[])) as readonly string[];
  return fields.map((f) => `${p}${(t.columns as Record<string, string>)[f]} AS ${f}`).join(', ');
}

/** The column of one field, with an optional alias: for WHERE and ORDER BY. */
export function col<Tb extends Table<string>>(t: Tb, field: Field<Tb>, alias?: string): string {
  return `${alias ? `${alias}.` : ''}${(t.columns as Record<string, string>)[field]}`;
}

/** `INSERT INTO t (c1, c2, …) VALUES (?, ?, …)` with the values in the fields' order. */
export function insertInto<F extends string>(
  t: Table<F>,
  values: Partial<Record<F, InValue>>,
): { sql: string; args: InValue[] } {
  // Only the map's fields, in its order: a stray key in `values` never reaches the SQL.
  const fields = (Object.keys(t.columns) as F[]).filter((f) => values[f] !== undefined);
  return {
    sql: `INSERT INTO ${t.name} (${fields.map((f) => t.columns[f]).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`,
    args: fields.map((f) => values[f] as InValue),
  };
}

/** Column → value for an UPDATE's SET clause (see `updateVersioned`), from field → value. */
export function setColumns<F extends string>(
  t: Table<F>,
  values: Partial<Record<F, InValue>>,
): Record<string, InValue> {
  const out: Record<string, InValue> = {};
  for (const f of Object.keys(t.columns) as F[]) if (values[f] !== undefined) out[t.columns[f]] = values[f] as InValue;
  return out;
}

// ---------- the tables ----------
export const GOAL = table<Goal>()('goals', {
  id: 'id',
  title: 'title',
  description: 'description',
  departmentId: 'department_id',
  parentGoalId: 'parent_goal_id',
  owner: 'owner',
  startDate: 'start_date',
  dueDate: 'due_date',
  reviewDate: 'review_date',
  reviewCadence: 'review_cadence',
  state: 'state',
  closedAt: 'closed_at',
  closedComment: 'closed_comment',
  carriedFromGoalId: 'carried_from_goal_id',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
});

export const MEASURE = table<Measure>()('measures', {
  id: 'id',
  goalId: 'goal_id',
  name: 'name',
  unit: 'unit',
  direction: 'direction',
  baseline: 'baseline',
  baselineDate: 'baseline_date',
  target: 'target',
  targetLow: 'target_low',
  targetHigh: 'target_high',
  targetDate: 'target_date',
  frequency: 'frequency',
  purpose: 'purpose',
  weight: 'weight',
  libraryKey: 'library_key',
  influence: 'influence',
  qualityLevels: 'quality_levels',
  survey: 'survey',
  sampleKind: 'sample_kind',
  minSample: 'min_sample',
  thresholdSeconds: 'threshold_seconds',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
});
