// Turning an audit entry's before/after JSON into what a person reads: the fields that changed,
// each as "before → after" in words (names instead of ids, dates and numbers formatted). Pure,
// so it is unit-tested; the components render the strings as text (never as HTML).

/** Row bookkeeping and values computed from others (a check-in's statistics): nobody needs them in a history. */
const HIDDEN: ReadonlySet<string> = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'progress',
  'latest',
  'passwordHash',
  'tokenHash',
  'margin',
  'interval',
  'belowMinSample',
  'withinNoise',
]);

export interface FieldChange {
  field: string;
  /** undefined: the field did not exist before (a create) or after (a delete). */
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields an entry changed. An update lists the fields whose value differs; a create lists
 * the new row's filled fields (before undefined); a delete the old row's (after undefined).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after))
    return same(before, after) ? [] : [{ field: '', before: before ?? undefined, after: after ?? undefined }];
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].filter((k) => !HIDDEN.has(k));
  if (!b) return keys.filter((k) => !isBlank(a![k])).map((field) => ({ field, before: undefined, after: a![field] }));
  if (!a) return keys.filter((k) => !isBlank(b[k])).map((field) => ({ field, before: b[field], after: undefined }));
  return keys.filter((k) => !same(b[k], a[k])).map((field) => ({ field, before: b[field], after: a[field] }));
}

/** How ids, enums and dates become words; given by the component (names come from the tree). */
export interface ValueContext {
  date(iso: string): string;
  dateTime(iso: string): string;
  number(n: number): string;
  yes: string;
  no: string;
  empty: string;
  departmentName(id: string): string | undefined;
  goalTitle(id: string): string | undefined;
  measureName(id: string): string | undefined;
  userName?(id: string): string | undefined;
  /** An enum's label (direction, unit, frequency, role …), or undefined to show the value. */
  enumLabel(field: string, value: string): string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What an id in `field` names. */
function idKind(field: string): 'department' | 'goal' | 'measure' | 'user' | undefined {
  switch (field) {
    case 'departmentId':
    case 'departmentIds':
      return 'department';
    case 'goalId':
    case 'parentGoalId':
    case 'carriedFromGoalId':
      return 'goal';
    case 'measureId':
    case 'measureIds':
    case 'counterweightId':
      return 'measure';
    case 'createdBy':
    case 'usedBy':
    case 'userId':
      return 'user';
    default:
      return undefined;
  }
}

function lookup(field: string, id: string, ctx: ValueContext): string | undefined {
  switch (idKind(field)) {
    case 'department':
      return ctx.departmentName(id);
    case 'goal':
      return ctx.goalTitle(id);
    case 'measure':
      return ctx.measureName(id);
    case 'user':
      return ctx.userName?.(id);
    default:
      return undefined;
  }
}

/** The goals and measures entries mention (their goal, and ids in their fields): the names a page of the log needs. */
export function mentionedIds(entries: readonly { goalId: string | null; before: unknown; after: unknown }[]): {
  goalIds: string[];
  measureIds: string[];
} {
  const goals = new Set<string>();
  const measures = new Set<string>();
  for (const e of entries) {
    if (e.goalId) goals.add(e.goalId);
    for (const row of [e.before, e.after]) {
      if (!isRecord(row)) continue;
      for (const [field, value] of Object.entries(row)) {
        const kind = idKind(field);
        const into = kind === 'goal' ? goals : kind === 'measure' ? measures : null;
        if (!into) continue;
        for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v) into.add(v);
      }
    }
  }
  return { goalIds: [...goals], measureIds: [...measures] };
}

/** One value of `field` in words. */
export function displayValue(field: string, value: unknown, ctx: ValueContext): string {
  if (value === undefined || value === null || value === '') return ctx.empty;
  if (typeof value === 'boolean') return value ? ctx.yes : ctx.no;
  if (typeof value === 'number') return ctx.number(value);
  if (typeof value === 'string') {
    const named = lookup(field, value, ctx) ?? ctx.enumLabel(field, value);
    if (named !== undefined) return named;
    if (DAY.test(value)) return ctx.date(value);
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return ctx.dateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return ctx.empty;
    return value
      .map((v) => {
        if (isRecord(v)) return String(v.name ?? v.title ?? v.text ?? JSON.stringify(v));
        return displayValue(field, v, ctx);
      })
      .join(', ');
  }
  return JSON.stringify(value);
}
