// Importing a spreadsheet: the rows of a goals-and-measures file or a check-in history, mapped to
// fields, read as people write values, matched against what exists, and written all or nothing.
//
// `planImport` reads and checks every row and says what would be created, updated or left as it
// is, with every bad row (row, column, message code). `applyImport` writes that plan through the
// same repository functions a form uses (each change validated and audited as by hand), in the
// request's transaction. The plan checks each row with the same schemas and domain rules those
// functions apply, so a preview (the plan alone) is what the import does; should a write still be
// refused, the whole import is. A file with any bad row writes nothing. Matching makes a second
// import of the same file change nothing: goals by id, or department + title + dates; measures by
// goal + name; check-ins by measure + date.
import type { Department, Goal, Measure } from '../domain/types.ts';
import { can, departments as inDepartments, ORG, type Actor } from '../domain/roles.ts';
import {
  goalInput,
  measureInput,
  checkInSampleInput,
  DIRECTIONS,
  FREQUENCIES,
  UNITS,
  type Unit,
  type GoalInput,
  type MeasureInput,
} from '../domain/schemas.ts';
import { REVIEW_CADENCES } from '../domain/cadence.ts';
import { KPI_KEYS } from '../domain/measurement-terms.ts';
import { findKpi } from '../domain/kpi-library.ts';
import {
  FIELDS_OF,
  REQUIRED_FIELDS,
  foldWord,
  matchChoice,
  matchHeaders,
  type ImportField,
  type ImportKind,
} from '../domain/import/fields.ts';
import { IMPORT_VOCABULARIES } from '../domain/import/vocabulary.ts';
import {
  cellText,
  dateFormatsFitting,
  decimalMarkOf,
  isBlank,
  parseDate,
  parseDuration,
  parseNumber,
  parsePercent,
  percentScaleIsAmbiguous,
  type DateFormat,
  type DecimalMark,
  type PercentScale,
  type RawCell,
} from '../domain/import/values.ts';
import { countsForProgress, resolveCheckIn } from '../domain/measurement.ts';
import type { Sql } from './db.ts';
import { createDepartment } from './departments.ts';
import { GOAL_COLUMNS, createGoal, updateGoal } from './goals.ts';
import {
  createCheckIn,
  createMeasure,
  updateMeasure,
  MEASURE_COLUMNS,
  toMeasure,
  type MeasureRow,
} from './measures.ts';
import { updateCheckIn } from './check-ins.ts';
import { Problem } from './http.ts';
import { decodeSaid, renderSaid, says, type ParamValue, type ProblemCode } from '../domain/problem.ts';
import { en } from '../i18n/en.ts';
import { all } from './rows.ts';
import type { ParsedFile, SheetRow } from './import-file.ts';

export interface ImportOptions {
  kind: ImportKind;
  /** A field per column (null: not imported); absent: matched by the headers. */
  mapping?: (ImportField | null)[] | undefined;
  decimal?: DecimalMark | undefined;
  dateFormat?: DateFormat | undefined;
  percentScale?: PercentScale | undefined;
}

/** A bad cell or row: where it is (a spreadsheet's row number and column header), and why, by code. */
export interface RowError {
  row: number;
  column: string | null;
  field: ImportField | null;
  code: string;
  params: Record<string, ParamValue>;
  /** The message in English, for API users. */
  message: string;
}

export type Entity = 'department' | 'goal' | 'measure' | 'checkIn';
export type Action = 'create' | 'update' | 'unchanged';
export interface Change {
  row: number;
  entity: Entity;
  action: Action;
  label: string;
}
export type Summary = Record<Entity, Record<Action, number>>;

/** A choice the person has to make before anything can be read. */
export type Question = 'decimal' | 'dateFormat' | 'percentScale';

export interface ImportPlan {
  mapping: (ImportField | null)[];
  decimal: DecimalMark | null;
  dateFormats: DateFormat[];
  dateFormat: DateFormat | null;
  percentScale: PercentScale | null;
  questions: Question[];
  errors: RowError[];
  changes: Change[];
  summary: Summary;
  /** Check-ins whose sample is below the measure's minimum: stored and shown, never counted. */
  smallSamples: number;
  /** What applyImport writes, in order. */
  steps: Step[];
}

type Step =
  | { kind: 'department'; row: number; key: string; name: string }
  | {
      kind: 'goal';
      row: number;
      key: string;
      departmentKey: string;
      parentKey: string | null;
      input: Omit<GoalInput, 'departmentId' | 'parentGoalId'> & { parentGoalId: string | null };
    }
  | { kind: 'goalUpdate'; row: number; goal: Goal; patch: Partial<GoalInput>; parentKey: string | null }
  | { kind: 'measure'; row: number; key: string; goalKey: string; input: MeasureInput }
  | { kind: 'measureUpdate'; row: number; measure: Measure; patch: Partial<MeasureInput> }
  | { kind: 'checkIn'; row: number; measureId: string; input: Record<string, unknown> }
  | { kind: 'checkInUpdate'; row: number; id: string; version: number; patch: { value?: number; note?: string } };

const emptySummary = (): Summary => ({
  department: { create: 0, update: 0, unchanged: 0 },
  goal: { create: 0, update: 0, unchanged: 0 },
  measure: { create: 0, update: 0, unchanged: 0 },
  checkIn: { create: 0, update: 0, unchanged: 0 },
});

const UNIT_SECONDS: Partial<Record<Unit, number>> = { s: 1, min: 60, h: 3600 };

/** A row error's code: an import message, or a schema's own (a zod message carries its code). */
type RowCode = Extract<ProblemCode, `import.${string}` | `input.${string}`> | ProblemCode;

/** The English of a coded message, for API users (the page renders the code in its language). */
const english = (code: string, params: Record<string, ParamValue>) => renderSaid(en.problems, { code, params }) ?? code;

interface Context {
  actor: Actor;
  file: ParsedFile;
  opts: ImportOptions;
  mapping: (ImportField | null)[];
  decimal: DecimalMark;
  dateFormat: DateFormat;
  percentScale: PercentScale;
  errors: RowError[];
}

function columnOf(ctx: Context, field: ImportField): number {
  return ctx.mapping.indexOf(field);
}

function fail(
  ctx: Context,
  row: SheetRow,
  field: ImportField | null,
  code: RowCode,
  params: Record<string, ParamValue> = {},
) {
  const col = field ? columnOf(ctx, field) : -1;
  ctx.errors.push({
    row: row.line,
    column: col >= 0 ? (ctx.file.headers[col] ?? null) : null,
    field,
    code,
    params,
    message: english(code, params),
  });
}

/** The raw cell of a field in a row, or null when the field is not mapped or the cell is empty. */
function raw(ctx: Context, row: SheetRow, field: ImportField): RawCell {
  const col = columnOf(ctx, field);
  if (col < 0) return null;
  const c = row.cells[col] ?? null;
  return isBlank(c) ? null : c;
}

function text(ctx: Context, row: SheetRow, field: ImportField): string | null {
  const c = raw(ctx, row, field);
  return c === null ? null : cellText(c);
}

function date(ctx: Context, row: SheetRow, field: ImportField): string | null | undefined {
  const c = raw(ctx, row, field);
  if (c === null) return null;
  const d = parseDate(c, ctx.dateFormat);
  if (d.ok) return d.value;
  fail(ctx, row, field, 'import.notDate', { example: DATE_EXAMPLE[ctx.dateFormat] });
  return undefined;
}

const DATE_EXAMPLE: Record<DateFormat, string> = {
  iso: '2027-03-31',
  'dmy.': '31.3.2027',
  'dmy/': '31/03/2027',
  'mdy/': '03/31/2027',
};

/** A value of a measure with `unit`: percentages, durations and plain numbers each read their way. */
function measureValue(ctx: Context, row: SheetRow, field: ImportField, unit: Unit | null): number | null | undefined {
  const col = columnOf(ctx, field);
  const c = raw(ctx, row, field);
  if (c === null) return null;
  const seconds = unit ? UNIT_SECONDS[unit] : undefined;
  const parsed =
    unit === '%'
      ? parsePercent(c, ctx.decimal, ctx.percentScale, row.percent[col] ?? false)
      : seconds !== undefined
        ? parseDuration(c, ctx.decimal, seconds, row.time[col] ?? false)
        : parseNumber(c, ctx.decimal);
  if (parsed.ok) return parsed.value;
  fail(ctx, row, field, parsed.problem === 'duration' ? 'import.notDuration' : 'import.notNumber');
  return undefined;
}

function count(ctx: Context, row: SheetRow, field: ImportField): number | null | undefined {
  const c = raw(ctx, row, field);
  if (c === null) return null;
  const n = parseNumber(c, ctx.decimal);
  if (n.ok && Number.isInteger(n.value) && n.value >= 0) return n.value;
  fail(ctx, row, field, 'import.notWholeNumber');
  return undefined;
}

function choice<K extends string>(
  ctx: Context,
  row: SheetRow,
  field: ImportField,
  keys: readonly K[],
  words: Parameters<typeof matchChoice<K>>[2],
): K | null | undefined {
  const t = text(ctx, row, field);
  if (t === null) return null;
  const k = matchChoice(t, keys, words, IMPORT_VOCABULARIES);
  if (k) return k;
  fail(ctx, row, field, 'import.unknownChoice', { value: t, choices: keys.join(', ') });
  return undefined;
}

/** zod's field errors for a record built from a row, as row errors on the fields' columns. */
function schemaErrors(
  ctx: Context,
  row: SheetRow,
  issues: { path: PropertyKey[]; message: string }[],
  fieldOf: Record<string, ImportField>,
) {
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    const said = decodeSaid(issue.message) ?? { code: 'input.invalid', params: {} };
    fail(ctx, row, fieldOf[key] ?? null, said.code as RowCode, said.params);
  }
}

// ---------- what exists ----------
interface Existing {
  departments: Department[];
  goals: Goal[];
  measures: Measure[];
}

async function readExisting(sql: Sql): Promise<Existing> {
  const [departments, goals, measures] = await Promise.all([
    all<Department>(sql, 'SELECT id, name, version, created_at AS createdAt, updated_at AS updatedAt FROM departments'),
    all<Goal>(sql, `SELECT ${GOAL_COLUMNS} FROM goals`),
    all<MeasureRow>(sql, `SELECT ${MEASURE_COLUMNS} FROM measures`),
  ]);
  return { departments, goals, measures: measures.map(toMeasure) };
}

// ---------- the plan ----------
export async function planImport(sql: Sql, actor: Actor, file: ParsedFile, opts: ImportOptions): Promise<ImportPlan> {
  const fields = FIELDS_OF[opts.kind];
  const mapping = opts.mapping
    ? file.headers.map((_, i) => opts.mapping![i] ?? null)
    : matchHeaders(opts.kind, file.headers, IMPORT_VOCABULARIES);
  const columnsOfType = (types: string[]) => mapping.flatMap((f, i) => (f && types.includes(fields[f]!) ? [i] : []));
  const cellsOf = (cols: number[]) => file.rows.flatMap((r) => cols.map((c) => r.cells[c] ?? null));

  const detectedDecimal = decimalMarkOf(cellsOf(columnsOfType(['measureValue', 'number', 'count'])));
  const dateFormats = dateFormatsFitting(cellsOf(columnsOfType(['date'])));
  const questions: Question[] = [];
  const decimal = opts.decimal ?? detectedDecimal ?? (file.delimiter === ';' ? ',' : null);
  const numberCells = cellsOf(columnsOfType(['measureValue', 'number', 'count'])).filter(
    (c) => typeof c === 'string' && /[.,]/.test(c),
  );
  if (!decimal && numberCells.length) questions.push('decimal');
  const dateFormat = opts.dateFormat ?? (dateFormats.length === 1 ? dateFormats[0]! : null);
  if (!dateFormat && dateFormats.length > 1 && cellsOf(columnsOfType(['date'])).some((c) => typeof c === 'string'))
    questions.push('dateFormat');
  const existing = await readExisting(sql);

  const ctx: Context = {
    actor,
    file,
    opts,
    mapping,
    decimal: decimal ?? '.',
    dateFormat: dateFormat ?? dateFormats[0] ?? 'iso',
    percentScale: opts.percentScale ?? 'percent',
    errors: [],
  };
  const plan: ImportPlan = {
    mapping,
    decimal: decimal ?? null,
    dateFormats,
    dateFormat: dateFormat ?? null,
    percentScale: opts.percentScale ?? null,
    questions,
    errors: ctx.errors,
    changes: [],
    summary: emptySummary(),
    smallSamples: 0,
    steps: [],
  };
  for (const f of REQUIRED_FIELDS[opts.kind])
    if (!mapping.includes(f))
      ctx.errors.push({
        row: 1,
        column: null,
        field: f,
        code: 'import.noColumn',
        params: { field: f },
        message: english('import.noColumn', { field: f }),
      });
  if (ctx.errors.length || questions.length) return plan;

  // A percentage column whose bare values all lie within 0–1 needs the person to say what they mean.
  if (!opts.percentScale && percentColumnsAmbiguous(ctx, existing)) {
    plan.questions.push('percentScale');
    return plan;
  }
  if (opts.kind === 'goals') planGoals(ctx, existing, plan);
  else await planCheckIns(sql, ctx, existing, plan);
  ctx.errors.sort((a, b) => a.row - b.row);
  return plan;
}

function percentColumnsAmbiguous(ctx: Context, existing: Existing): boolean {
  const cells: RawCell[] = [];
  const valueFields: ImportField[] =
    ctx.opts.kind === 'goals' ? ['baseline', 'target', 'targetLow', 'targetHigh'] : ['value'];
  for (const row of ctx.file.rows) {
    const unit =
      ctx.opts.kind === 'goals'
        ? rowUnit(ctx, row, existing)
        : (findMeasureOf(ctx, row, existing, false)?.unit ?? null);
    if (unit !== '%') continue;
    for (const f of valueFields) {
      const col = columnOf(ctx, f);
      if (col >= 0 && !row.percent[col]) cells.push(row.cells[col] ?? null);
    }
  }
  return percentScaleIsAmbiguous(cells, ctx.decimal);
}

function rowUnit(ctx: Context, row: SheetRow, existing: Existing): Unit | null {
  const t = text(ctx, row, 'unit');
  if (t) return matchChoice(t, UNITS, (v) => v.units, IMPORT_VOCABULARIES);
  const key = text(ctx, row, 'libraryKey');
  const lib = key ? findKpi(key) : undefined;
  if (lib) return lib.unit;
  const goal = existingGoalOf(ctx, row, existing);
  const name = text(ctx, row, 'measureName');
  const m =
    goal && name
      ? existing.measures.find((x) => x.goalId === goal.id && foldWord(x.name) === foldWord(name))
      : undefined;
  return m?.unit ?? null;
}

const goalKey = (departmentName: string, title: string, start: string | null, due: string | null) =>
  [foldWord(departmentName), foldWord(title), start ?? '', due ?? ''].join('\u0000');

function existingGoalOf(ctx: Context, row: SheetRow, existing: Existing): Goal | undefined {
  const id = text(ctx, row, 'goalId');
  if (id) return existing.goals.find((g) => g.id === id);
  const dep = text(ctx, row, 'department');
  const title = text(ctx, row, 'goalTitle');
  if (!dep || !title) return undefined;
  const department = existing.departments.find((d) => foldWord(d.name) === foldWord(dep));
  if (!department) return undefined;
  const start = rawDate(ctx, row, 'startDate');
  const due = rawDate(ctx, row, 'dueDate');
  const same = existing.goals.filter(
    (g) =>
      g.departmentId === department.id &&
      foldWord(g.title) === foldWord(title) &&
      (!start || g.startDate === start) &&
      (!due || g.dueDate === due),
  );
  return same.length === 1 ? same[0] : undefined;
}

/** A date without reporting errors (for matching only). */
function rawDate(ctx: Context, row: SheetRow, field: ImportField): string | null {
  const c = raw(ctx, row, field);
  if (c === null) return null;
  const d = parseDate(c, ctx.dateFormat);
  return d.ok ? d.value : null;
}

const GOAL_FIELD_OF: Record<string, ImportField> = {
  title: 'goalTitle',
  description: 'description',
  departmentId: 'department',
  parentGoalId: 'parentGoal',
  owner: 'owner',
  startDate: 'startDate',
  dueDate: 'dueDate',
  reviewDate: 'reviewDate',
  reviewCadence: 'reviewCadence',
};
const MEASURE_FIELD_OF: Record<string, ImportField> = {
  name: 'measureName',
  unit: 'unit',
  direction: 'direction',
  baseline: 'baseline',
  baselineDate: 'baselineDate',
  target: 'target',
  targetLow: 'targetLow',
  targetHigh: 'targetHigh',
  targetDate: 'targetDate',
  frequency: 'frequency',
  libraryKey: 'libraryKey',
};

function planGoals(ctx: Context, existing: Existing, plan: ImportPlan) {
  const seenDepartments = new Map<string, Department | 'new'>();
  const fileGoals = new Map<
    string,
    {
      row: SheetRow;
      goal: Goal | null;
      title: string;
      departmentName: string;
      parentTitle: string | null;
      parentId: string | null;
      fields: Record<string, unknown>;
    }
  >();
  const fileMeasures = new Map<string, { row: number; values: string }>();
  const parentOrder: string[] = [];

  for (const row of ctx.file.rows) {
    const before = ctx.errors.length;
    const departmentName = text(ctx, row, 'department');
    const title = text(ctx, row, 'goalTitle');
    if (!departmentName) fail(ctx, row, 'department', 'input.required');
    if (!title) fail(ctx, row, 'goalTitle', 'input.required');
    if (!departmentName || !title) continue;

    // The department: an existing one by name, or a new one (admins only).
    const depKey = foldWord(departmentName);
    let department = seenDepartments.get(depKey) ?? existing.departments.find((d) => foldWord(d.name) === depKey);
    if (!department) {
      if (!can(ctx.actor, 'write', ORG)) {
        fail(ctx, row, 'department', 'import.unknownDepartment', { name: departmentName });
        continue;
      }
      department = 'new';
      plan.steps.push({ kind: 'department', row: row.line, key: depKey, name: departmentName });
      plan.changes.push({ row: row.line, entity: 'department', action: 'create', label: departmentName });
      plan.summary.department.create++;
    }
    seenDepartments.set(depKey, department);
    if (department !== 'new' && !can(ctx.actor, 'write', inDepartments(department.id))) {
      fail(ctx, row, 'department', 'import.notAllowed', { department: department.name });
      continue;
    }

    const startDate = date(ctx, row, 'startDate');
    const dueDate = date(ctx, row, 'dueDate');
    const reviewDate = date(ctx, row, 'reviewDate');
    const reviewCadence = choice(ctx, row, 'reviewCadence', REVIEW_CADENCES, (v) => v.cadences);
    const goalIdText = text(ctx, row, 'goalId');
    const found = existingGoalOf(ctx, row, existing);
    if (goalIdText && !found) {
      fail(ctx, row, 'goalId', 'import.unknownGoalId', { id: goalIdText });
      continue;
    }
    if (ctx.errors.length > before) continue;
    const key = found ? `id:${found.id}` : goalKey(departmentName, title, startDate ?? null, dueDate ?? null);
    const fields: Record<string, unknown> = {
      title,
      ...(columnOf(ctx, 'description') >= 0 ? { description: text(ctx, row, 'description') ?? '' } : {}),
      ...(columnOf(ctx, 'owner') >= 0 ? { owner: text(ctx, row, 'owner') ?? '' } : {}),
      ...(startDate ? { startDate } : {}),
      ...(dueDate ? { dueDate } : {}),
      ...(columnOf(ctx, 'reviewDate') >= 0 ? { reviewDate: reviewDate ?? null } : {}),
      ...(reviewCadence ? { reviewCadence } : {}),
    };
    const parentId = text(ctx, row, 'parentGoalId');
    const parentTitle = text(ctx, row, 'parentGoal');
    const seen = fileGoals.get(key);
    if (seen) {
      // Later rows of the same goal (one per measure) must not say something else about it.
      // A blank cell on a later row says nothing; a filled one must agree.
      const differs = Object.entries(fields).some(
        ([k, v]) => v !== null && v !== '' && k in seen.fields && JSON.stringify(seen.fields[k]) !== JSON.stringify(v),
      );
      if (differs || (parentTitle !== null && parentTitle !== seen.parentTitle))
        fail(ctx, row, 'goalTitle', 'import.conflictGoal', { row: seen.row.line });
    } else {
      fileGoals.set(key, { row, goal: found ?? null, title, departmentName, parentTitle, parentId, fields });
      parentOrder.push(key);
    }

    // The measure on this row, if any.
    const measureName = text(ctx, row, 'measureName');
    if (measureName) planMeasure(ctx, existing, plan, row, key, found ?? null, fields, measureName, fileMeasures);
  }
  if (ctx.errors.length) return;

  // Goals, parents first, so that a sub-goal can name a goal the same file creates.
  const resolved = new Map<string, string | null>(); // key → parent key (file) or null
  for (const key of parentOrder) {
    const g = fileGoals.get(key)!;
    let parentKey: string | null = null;
    let parentGoalId: string | null = null;
    if (g.parentId) {
      const p = existing.goals.find((x) => x.id === g.parentId);
      if (!p) fail(ctx, g.row, 'parentGoalId', 'import.unknownGoalId', { id: g.parentId });
      else parentGoalId = p.id;
    } else if (g.parentTitle) {
      const inFile = [...fileGoals.entries()].filter(
        ([k, x]) => k !== key && foldWord(x.title) === foldWord(g.parentTitle!),
      );
      const inTiller = existing.goals.filter(
        (x) => foldWord(x.title) === foldWord(g.parentTitle!) && !inFile.some(([, f]) => f.goal?.id === x.id),
      );
      if (inFile.length + inTiller.length > 1)
        fail(ctx, g.row, 'parentGoal', 'import.ambiguousParent', { title: g.parentTitle });
      else if (inFile.length === 1) {
        const [k, x] = inFile[0]!;
        if (x.goal) parentGoalId = x.goal.id;
        else parentKey = k;
      } else if (inTiller.length === 1) parentGoalId = inTiller[0]!.id;
      else fail(ctx, g.row, 'parentGoal', 'import.unknownParent', { title: g.parentTitle });
    }
    resolved.set(key, parentKey);
    (g.fields as Record<string, unknown>).parentGoalId = parentGoalId;
  }
  if (ctx.errors.length) return;
  const order = topologicalOrder(parentOrder, resolved);
  if (!order) {
    fail(ctx, fileGoals.get(parentOrder[0]!)!.row, 'parentGoal', 'import.cycle');
    return;
  }

  const goalSteps: Step[] = [];
  for (const key of order) {
    const g = fileGoals.get(key)!;
    const parentKey = resolved.get(key) ?? null;
    const department = seenDepartments.get(foldWord(g.departmentName))!;
    const departmentId = department === 'new' ? 'new' : department.id;
    if (g.goal) {
      const current = g.goal;
      if (current.state !== 'open') {
        const wouldChange = goalPatchOf(current, g.fields, departmentId, parentKey);
        if (Object.keys(wouldChange).length || plan.steps.some((s) => s.kind === 'measure' && s.goalKey === key)) {
          fail(ctx, g.row, 'goalTitle', 'import.closedGoal', { title: current.title });
          continue;
        }
      }
      const patch = goalPatchOf(current, g.fields, departmentId, parentKey);
      const merged = { ...current, ...patch };
      const checked = goalInput.safeParse({
        title: merged.title,
        description: merged.description,
        departmentId: merged.departmentId,
        parentGoalId: merged.parentGoalId,
        owner: merged.owner,
        startDate: merged.startDate,
        dueDate: merged.dueDate,
        reviewDate: merged.reviewDate,
        reviewCadence: merged.reviewCadence,
      });
      if (!checked.success) {
        schemaErrors(ctx, g.row, checked.error.issues, GOAL_FIELD_OF);
        continue;
      }
      const changed = Object.keys(patch).length > 0 || parentKey !== null;
      if (changed) goalSteps.push({ kind: 'goalUpdate', row: g.row.line, goal: current, patch, parentKey });
      plan.changes.push({
        row: g.row.line,
        entity: 'goal',
        action: changed ? 'update' : 'unchanged',
        label: current.title,
      });
      plan.summary.goal[changed ? 'update' : 'unchanged']++;
    } else {
      const checked = goalInput.safeParse({
        ...g.fields,
        departmentId: departmentId === 'new' ? 'placeholder' : departmentId,
        parentGoalId: g.fields.parentGoalId ?? (parentKey ? 'placeholder' : null),
      });
      if (!checked.success) {
        schemaErrors(ctx, g.row, checked.error.issues, GOAL_FIELD_OF);
        continue;
      }
      const { departmentId: _d, parentGoalId, ...input } = checked.data;
      goalSteps.push({
        kind: 'goal',
        row: g.row.line,
        key,
        departmentKey: foldWord(g.departmentName),
        parentKey,
        input: { ...input, parentGoalId: parentKey ? null : parentGoalId },
      });
      plan.changes.push({ row: g.row.line, entity: 'goal', action: 'create', label: g.title });
      plan.summary.goal.create++;
    }
  }
  // Departments first, then goals parents first, then measures.
  const departmentsFirst = plan.steps.filter((s) => s.kind === 'department');
  const measures = plan.steps.filter((s) => s.kind === 'measure' || s.kind === 'measureUpdate');
  plan.steps = [...departmentsFirst, ...goalSteps, ...measures];
}

/** The fields of `fields` that differ from the goal as it is (what an update would change). */
function goalPatchOf(
  current: Goal,
  fields: Record<string, unknown>,
  departmentId: string,
  parentKey: string | null,
): Partial<GoalInput> {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'title') continue; // the title is how the goal was found (or the id says it all)
    if (k === 'parentGoalId') {
      if (parentKey === null && v !== null && v !== current.parentGoalId) patch.parentGoalId = v;
      continue;
    }
    if ((current as unknown as Record<string, unknown>)[k] !== v) patch[k] = v;
  }
  if (departmentId !== 'new' && departmentId !== current.departmentId) patch.departmentId = departmentId;
  return patch as Partial<GoalInput>;
}

function topologicalOrder(keys: string[], parentOf: Map<string, string | null>): string[] | null {
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (k: string): boolean => {
    if (state.get(k) === 'done') return true;
    if (state.get(k) === 'visiting') return false;
    state.set(k, 'visiting');
    const p = parentOf.get(k);
    if (p && !visit(p)) return false;
    state.set(k, 'done');
    out.push(k);
    return true;
  };
  for (const k of keys) if (!visit(k)) return null;
  return out;
}

function planMeasure(
  ctx: Context,
  existing: Existing,
  plan: ImportPlan,
  row: SheetRow,
  goalKeyOfRow: string,
  goal: Goal | null,
  goalFields: Record<string, unknown>,
  name: string,
  fileMeasures: Map<string, { row: number; values: string }>,
) {
  const before = ctx.errors.length;
  const current = goal
    ? existing.measures.find((m) => m.goalId === goal.id && foldWord(m.name) === foldWord(name))
    : undefined;
  const libraryKey = choice(ctx, row, 'libraryKey', KPI_KEYS, () => ({}));
  const lib = libraryKey ? findKpi(libraryKey) : undefined;
  const unit = choice(ctx, row, 'unit', UNITS, (v) => v.units) ?? current?.unit ?? lib?.unit ?? null;
  const direction =
    choice(ctx, row, 'direction', DIRECTIONS, (v) => v.directions) ?? current?.direction ?? lib?.direction ?? null;
  const frequency = choice(ctx, row, 'frequency', FREQUENCIES, (v) => v.frequencies);
  const values = {
    baseline: measureValue(ctx, row, 'baseline', unit),
    target: measureValue(ctx, row, 'target', unit),
    targetLow: measureValue(ctx, row, 'targetLow', unit),
    targetHigh: measureValue(ctx, row, 'targetHigh', unit),
  };
  const baselineDate = date(ctx, row, 'baselineDate');
  const targetDate = date(ctx, row, 'targetDate');
  if (ctx.errors.length > before) return;

  const mKey = `${goalKeyOfRow}\u0000${foldWord(name)}`;
  const fields: Record<string, unknown> = {
    name,
    ...(unit ? { unit } : {}),
    ...(direction ? { direction } : {}),
    ...(frequency ? { frequency } : lib && !current ? { frequency: lib.frequency } : {}),
    ...(libraryKey ? { libraryKey } : {}),
    ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)),
    ...(baselineDate ? { baselineDate } : {}),
    ...(targetDate ? { targetDate } : {}),
  };
  const seen = fileMeasures.get(mKey);
  if (seen) {
    fail(ctx, row, 'measureName', 'import.conflictMeasure', { row: seen.row });
    return;
  }
  fileMeasures.set(mKey, { row: row.line, values: JSON.stringify(fields) });

  if (current) {
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields))
      if (k !== 'name' && (current as unknown as Record<string, unknown>)[k] !== v) patch[k] = v;
    const merged = { ...current, ...patch };
    const checked = measureInput.safeParse(measureBody(merged));
    if (!checked.success) return schemaErrors(ctx, row, checked.error.issues, MEASURE_FIELD_OF);
    const changed = Object.keys(patch).length > 0;
    if (changed)
      plan.steps.push({
        kind: 'measureUpdate',
        row: row.line,
        measure: current,
        patch: patch as Partial<MeasureInput>,
      });
    plan.changes.push({
      row: row.line,
      entity: 'measure',
      action: changed ? 'update' : 'unchanged',
      label: current.name,
    });
    plan.summary.measure[changed ? 'update' : 'unchanged']++;
    return;
  }
  // A new measure: the library fills what the row leaves out; dates default to the goal's.
  const body = {
    ...(lib ? librarySeed(lib) : {}),
    baselineDate: (goalFields.startDate as string | undefined) ?? goal?.startDate,
    targetDate: (goalFields.dueDate as string | undefined) ?? goal?.dueDate,
    ...fields,
  };
  const checked = measureInput.safeParse(body);
  if (!checked.success) return schemaErrors(ctx, row, checked.error.issues, MEASURE_FIELD_OF);
  plan.steps.push({ kind: 'measure', row: row.line, key: mKey, goalKey: goalKeyOfRow, input: checked.data });
  plan.changes.push({ row: row.line, entity: 'measure', action: 'create', label: name });
  plan.summary.measure.create++;
}

function librarySeed(lib: NonNullable<ReturnType<typeof findKpi>>) {
  return {
    unit: lib.unit,
    direction: lib.direction,
    frequency: lib.frequency,
    influence: lib.influence,
    qualityLevels: [...lib.qualityLevels],
    survey: lib.survey,
    sampleKind: lib.sampleKind,
    thresholdSeconds: lib.thresholdSeconds,
  };
}

/** The fields of a stored measure that `measureInput` takes. */
function measureBody(m: Measure & Record<string, unknown>) {
  const { id: _i, goalId: _g, version: _v, createdAt: _c, updatedAt: _u, ...rest } = m;
  return rest;
}

// ---------- check-ins ----------
function findMeasureOf(ctx: Context, row: SheetRow, existing: Existing, report: boolean): Measure | null {
  const id = text(ctx, row, 'measureId');
  if (id) {
    const m = existing.measures.find((x) => x.id === id);
    if (!m && report) fail(ctx, row, 'measureId', 'import.unknownMeasure');
    return m ?? null;
  }
  const name = text(ctx, row, 'measureName');
  const title = text(ctx, row, 'goalTitle');
  if (!name || !title) {
    if (report) fail(ctx, row, name ? 'goalTitle' : 'measureName', 'input.required');
    return null;
  }
  const dep = text(ctx, row, 'department');
  const departmentIds = dep
    ? new Set(existing.departments.filter((d) => foldWord(d.name) === foldWord(dep)).map((d) => d.id))
    : null;
  const goals = existing.goals.filter(
    (g) => foldWord(g.title) === foldWord(title) && (!departmentIds || departmentIds.has(g.departmentId)),
  );
  const hits = existing.measures.filter(
    (m) => goals.some((g) => g.id === m.goalId) && foldWord(m.name) === foldWord(name),
  );
  if (hits.length === 1) return hits[0]!;
  if (report) fail(ctx, row, 'measureName', hits.length ? 'import.ambiguousMeasure' : 'import.unknownMeasure');
  return null;
}

interface ExistingCheckIn {
  id: string;
  measureId: string;
  date: string;
  value: number;
  note: string;
  sampleSize: number | null;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  version: number;
}

async function planCheckIns(sql: Sql, ctx: Context, existing: Existing, plan: ImportPlan) {
  const rows: { row: SheetRow; measure: Measure }[] = [];
  for (const row of ctx.file.rows) {
    const m = findMeasureOf(ctx, row, existing, true);
    if (!m) continue;
    const goal = existing.goals.find((g) => g.id === m.goalId)!;
    if (!can(ctx.actor, 'create_check_in', inDepartments(goal.departmentId))) {
      fail(ctx, row, 'measureName', 'import.notAllowed', {
        department: existing.departments.find((d) => d.id === goal.departmentId)?.name ?? '',
      });
      continue;
    }
    if (goal.state !== 'open') {
      fail(ctx, row, 'measureName', 'import.closedGoal', { title: goal.title });
      continue;
    }
    rows.push({ row, measure: m });
  }
  const measureIds = [...new Set(rows.map((r) => r.measure.id))];
  const stored = measureIds.length
    ? await all<ExistingCheckIn>(
        sql,
        `SELECT id, measure_id AS measureId, date, value, note, sample_size AS sampleSize, promoters, passives, detractors, version
           FROM check_ins WHERE measure_id IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(measureIds)],
      )
    : [];
  const onDate = new Map(stored.map((c) => [`${c.measureId}\u0000${c.date}`, c]));
  const inFile = new Map<string, number>();
  for (const { row, measure } of rows) {
    const before = ctx.errors.length;
    const d = date(ctx, row, 'date');
    if (d === null) fail(ctx, row, 'date', 'input.required');
    const value = measureValue(ctx, row, 'value', measure.unit);
    const sampleSize = count(ctx, row, 'sampleSize');
    const promoters = count(ctx, row, 'promoters');
    const passives = count(ctx, row, 'passives');
    const detractors = count(ctx, row, 'detractors');
    const note = text(ctx, row, 'note') ?? '';
    // undefined: the cell was reported as bad above.
    if (
      ctx.errors.length > before ||
      !d ||
      value === undefined ||
      sampleSize === undefined ||
      promoters === undefined ||
      passives === undefined ||
      detractors === undefined
    )
      continue;
    const key = `${measure.id}\u0000${d}`;
    const earlier = inFile.get(key);
    if (earlier !== undefined) {
      fail(ctx, row, 'date', 'import.duplicateCheckIn', { row: earlier });
      continue;
    }
    inFile.set(key, row.line);
    const body = {
      date: d,
      note,
      ...(value !== null ? { value } : {}),
      ...(sampleSize !== null ? { sampleSize } : {}),
      ...(promoters !== null ? { promoters } : {}),
      ...(passives !== null ? { passives } : {}),
      ...(detractors !== null ? { detractors } : {}),
    };
    const checkInFields: Record<string, ImportField> = {
      value: 'value',
      date: 'date',
      note: 'note',
      sampleSize: 'sampleSize',
      promoters: 'promoters',
      passives: 'passives',
      detractors: 'detractors',
    };
    const checked = checkInSampleInput.safeParse(body);
    if (!checked.success) {
      schemaErrors(ctx, row, checked.error.issues, checkInFields);
      continue;
    }
    // The measure's own rules for its samples (NPS from counts, k of n …), as recording one by hand checks them.
    const resolved = resolveCheckIn(measure, checked.data, new Set());
    if (!resolved.ok) {
      schemaErrors(
        ctx,
        row,
        resolved.issues.map((i) => ({ path: [i.path], message: i.message })),
        checkInFields,
      );
      continue;
    }
    const label = `${measure.name} · ${d}`;
    const current = onDate.get(key);
    if (current) {
      const sameSample =
        current.sampleSize === (sampleSize ?? current.sampleSize) &&
        current.promoters === (promoters ?? current.promoters) &&
        current.passives === (passives ?? current.passives) &&
        current.detractors === (detractors ?? current.detractors);
      if (!sameSample) {
        fail(ctx, row, 'sampleSize', 'import.sampleDiffers');
        continue;
      }
      const patch: { value?: number; note?: string } = {};
      if (value !== null && current.promoters === null && Math.abs(current.value - value) > 1e-9) patch.value = value;
      if (columnOf(ctx, 'note') >= 0 && current.note !== note) patch.note = note;
      const changed = Object.keys(patch).length > 0;
      if (changed)
        plan.steps.push({ kind: 'checkInUpdate', row: row.line, id: current.id, version: current.version, patch });
      plan.changes.push({ row: row.line, entity: 'checkIn', action: changed ? 'update' : 'unchanged', label });
      plan.summary.checkIn[changed ? 'update' : 'unchanged']++;
      continue;
    }
    const size =
      sampleSize ??
      (promoters !== null && passives !== null && detractors !== null ? promoters + passives + detractors : null);
    if (!countsForProgress(measure, { sampleSize: size })) plan.smallSamples++;
    // The person saw the small samples in the preview and confirmed the import: they are stored, never counted.
    plan.steps.push({
      kind: 'checkIn',
      row: row.line,
      measureId: measure.id,
      input: { ...checked.data, acceptSmallSample: true },
    });
    plan.changes.push({ row: row.line, entity: 'checkIn', action: 'create', label });
    plan.summary.checkIn.create++;
  }
}

// ---------- writing ----------
/** Writes a plan without errors or questions, in the caller's transaction. */
export async function applyImport(sql: Sql, plan: ImportPlan): Promise<void> {
  if (plan.errors.length || plan.questions.length)
    throw new Error('applyImport needs a plan without errors or questions');
  const departmentIds = new Map<string, string>();
  const goalIds = new Map<string, string>();
  const existingDepartments = await all<{ id: string; name: string }>(sql, 'SELECT id, name FROM departments');
  for (const d of existingDepartments) departmentIds.set(foldWord(d.name), d.id);
  for (const step of plan.steps) {
    try {
      switch (step.kind) {
        case 'department':
          departmentIds.set(step.key, (await createDepartment(sql, step.name)).id);
          break;
        case 'goal': {
          const parentGoalId = step.parentKey ? goalIds.get(step.parentKey)! : step.input.parentGoalId;
          const goal = await createGoal(sql, {
            ...step.input,
            departmentId: departmentIds.get(step.departmentKey)!,
            parentGoalId,
          });
          goalIds.set(step.key, goal.id);
          break;
        }
        case 'goalUpdate': {
          const patch = { ...step.patch, ...(step.parentKey ? { parentGoalId: goalIds.get(step.parentKey)! } : {}) };
          await updateGoal(sql, step.goal.id, { ...patch, version: step.goal.version });
          goalIds.set(`id:${step.goal.id}`, step.goal.id);
          break;
        }
        case 'measure': {
          const goalId = goalIds.get(step.goalKey) ?? step.goalKey.replace(/^id:/, '');
          await createMeasure(sql, goalId, step.input);
          break;
        }
        case 'measureUpdate':
          await updateMeasure(sql, step.measure.id, { ...step.patch, version: step.measure.version });
          break;
        case 'checkIn':
          await createCheckIn(sql, step.measureId, step.input as Parameters<typeof createCheckIn>[2]);
          break;
        case 'checkInUpdate':
          await updateCheckIn(sql, step.id, { ...step.patch, version: step.version });
          break;
      }
    } catch (e) {
      if (e instanceof Problem)
        throw new Problem(
          e.status === 409 ? 409 : 422,
          'Import stopped',
          says('import.rowRefused', { row: step.row, message: e.message }),
          e.errors,
        );
      throw e;
    }
  }
}
