// Shapes and rules for everything users write. Shared by the forms (client) and the functions
// (server), so both refuse the same input with the same field names.
import { z } from 'zod';
import { REVIEW_CADENCES, parsePeriod } from './cadence.ts';
import { MAX_IDS } from './id-lists.ts';
import { LOCALE_CODES } from '../i18n/locales.ts';
import { DEFAULT_MIN_SAMPLE, INFLUENCES, KPI_KEYS, QUALITY_LEVELS, SAMPLE_KINDS } from './measurement-terms.ts';
import { decodeSaid, says, type Said } from './problem.ts';

// zod compiles parsers with Function() when it can; the page CSP allows no eval, and in the
// browser its probe would be a CSP violation on every form. Parsing without it is as correct.
z.config({ jitless: true });

export const DIRECTIONS = ['increase', 'decrease', 'keep_above', 'keep_below', 'range'] as const;
export const UNITS = ['%', 's', 'min', 'h', 'd', 'count', 'score', 'currency'] as const;
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type Unit = (typeof UNITS)[number];
export type Frequency = (typeof FREQUENCIES)[number];

/** A calendar date `YYYY-MM-DD` that exists (no 2027-02-30). */
export const isoDate = z.iso.date({ error: says('input.date') });

// SQLite stores a NUL character but reads text back only up to it: refuse it rather than lose the rest.
const noNul = { error: says('input.nulCharacter') };
/**
 * Text that is well-formed UTF-16: a lone surrogate (possible through a JSON \uD800 escape) would
 * be stored as U+FFFD without notice, so it is refused instead.
 */
export const WELL_FORMED = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
export const noLoneSurrogate = { error: says('input.loneSurrogate') };
const requiredText = (max: number) =>
  z
    .string({ error: says('input.required') })
    .trim()
    .min(1, { error: says('input.required') })
    .max(max, { error: says('input.tooLong', { max }) })
    .regex(/^[^\0]*$/, noNul)
    .regex(WELL_FORMED, noLoneSurrogate);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: says('input.tooLong', { max }) })
    .regex(/^[^\0]*$/, noNul)
    .regex(WELL_FORMED, noLoneSurrogate);
const id = z
  .string({ error: says('input.required') })
  .min(1, { error: says('input.required') })
  .max(64);
const finite = z.number({ error: says('input.number') }).finite({ error: says('input.finite') });
export const version = z.int({ error: says('input.version') }).min(1);

type NoDefaults<S extends z.ZodRawShape> = { [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? T : S[K] };

/**
 * A PATCH changes only the fields it sends. zod 4 applies a field's default even inside
 * `.partial()`, so patch schemas are built from the fields without their defaults; otherwise
 * `{ title, version }` would reset a goal's description, owner and review date and move it to
 * the top level, and `{ name, version }` would wipe a measure's target.
 */
function withoutDefaults<S extends z.ZodRawShape>(shape: S): NoDefaults<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, v instanceof z.ZodDefault ? v.unwrap() : v]),
  ) as NoDefaults<S>;
}

// ---------- vision ----------
export const visionInput = z.strictObject({
  statement: requiredText(2000),
  horizonYear: z
    .int({ error: says('input.year') })
    .min(2000)
    .max(2200),
  version: version.optional(),
});
export type VisionInput = z.infer<typeof visionInput>;

// ---------- departments ----------
export const departmentInput = z.strictObject({ name: requiredText(120) });
export const departmentPatch = z.strictObject({ name: requiredText(120), version });
export type DepartmentInput = z.infer<typeof departmentInput>;

// ---------- goals ----------
export const goalFields = z.strictObject({
  title: requiredText(200),
  description: optionalText(4000).default(''),
  departmentId: id,
  parentGoalId: id.nullable().default(null),
  owner: optionalText(120).default(''),
  startDate: isoDate,
  dueDate: isoDate,
  reviewDate: isoDate.nullable().default(null),
  // Reviews (issue 3): how often the goal comes up for review; closing a review advances reviewDate by it.
  reviewCadence: z
    .enum(REVIEW_CADENCES, { error: says('input.oneOf', { list: REVIEW_CADENCES.join(', ') }) })
    .default('quarterly'),
});
export type GoalFields = z.infer<typeof goalFields>;

type Issue = { path: string; message: Said };

/** Messages per field as people read them (a form's state). */
export type FieldErrors = Record<string, string[]>;
/** Messages per field as codes with their values (src/domain/problem.ts), before a language is chosen. */
export type SaidErrors = Record<string, Said[]>;

/** A zod issue as a code: its own `says(…)`, or one of zod's checks that carries no message of ours. */
function issueSaid(issue: z.core.$ZodIssue): Said {
  if (issue.code === 'unrecognized_keys')
    return says('input.unknownFields', { list: issue.keys.join(', '), count: issue.keys.length });
  if (decodeSaid(issue.message)) return issue.message as Said;
  if (issue.code === 'too_small') return says('input.tooSmall', { min: Number(issue.minimum) });
  if (issue.code === 'too_big') return says('input.tooBig', { max: Number(issue.maximum) });
  return says('input.invalid');
}

/** zod issues as one list of coded messages per field (dotted path; `_` for the whole body). */
export function fieldErrors(error: z.ZodError): SaidErrors {
  const out: SaidErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issueSaid(issue));
  }
  return out;
}

/** Cross-field rules of a goal; also applied to the merged row of a PATCH. */
export function goalRuleIssues(g: Pick<GoalFields, 'startDate' | 'dueDate' | 'reviewDate'>): Issue[] {
  const issues: Issue[] = [];
  if (g.dueDate <= g.startDate) issues.push({ path: 'dueDate', message: says('goal.dueBeforeStart') });
  if (g.reviewDate !== null && g.reviewDate < g.startDate)
    issues.push({ path: 'reviewDate', message: says('goal.reviewBeforeStart') });
  return issues;
}

const withRules = <T extends z.ZodType>(schema: T, rules: (v: z.infer<T>) => Issue[]) =>
  schema.superRefine((value, ctx) => {
    for (const i of rules(value)) ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  });

export const goalInput = withRules(goalFields, goalRuleIssues);
export const goalPatch = z.strictObject(withoutDefaults(goalFields.shape)).partial().extend({ version });
export type GoalInput = z.infer<typeof goalInput>;
export type GoalPatch = z.infer<typeof goalPatch>;

// ---------- measures ----------
export const measureFields = z.strictObject({
  name: requiredText(200),
  unit: z.enum(UNITS, { error: says('input.oneOf', { list: UNITS.join(', ') }) }),
  direction: z.enum(DIRECTIONS, { error: says('input.oneOf', { list: DIRECTIONS.join(', ') }) }),
  baseline: finite,
  baselineDate: isoDate,
  target: finite.nullable().default(null),
  targetLow: finite.nullable().default(null),
  targetHigh: finite.nullable().default(null),
  targetDate: isoDate,
  frequency: z.enum(FREQUENCIES, { error: says('input.oneOf', { list: FREQUENCIES.join(', ') }) }).default('monthly'),
  purpose: optionalText(2000).default(''),
  weight: z
    .number({ error: says('input.number') })
    .positive({ error: says('measure.weightNotPositive') })
    .max(100)
    .default(1),
  // Measurement (issue 4): library origin, influence ring, quality levels and how samples are read.
  /** The KPI library entry it was created from (null for a measure of the organisation's own). */
  libraryKey: z
    .enum(KPI_KEYS, { error: says('measure.unknownLibraryKey') })
    .nullable()
    .default(null),
  influence: z.enum(INFLUENCES, { error: says('input.oneOf', { list: INFLUENCES.join(', ') }) }).default('partial'),
  qualityLevels: z
    .array(z.enum(QUALITY_LEVELS, { error: says('input.chooseFrom', { list: QUALITY_LEVELS.join(', ') }) }), {
      error: says('measure.qualityLevelsList'),
    })
    .max(QUALITY_LEVELS.length)
    .refine((l) => new Set(l).size === l.length, { error: says('measure.qualityLevelTwice') })
    .default([]),
  /** Sample-based: every check-in records n (`sampleSize`). */
  survey: z.boolean({ error: says('input.boolean') }).default(false),
  sampleKind: z
    .enum(SAMPLE_KINDS, { error: says('input.oneOfOrNull', { list: SAMPLE_KINDS.join(', ') }) })
    .nullable()
    .default(null),
  /** Below this n a check-in is flagged `belowMinSample`. */
  minSample: z
    .int({ error: says('input.integer') })
    .min(1, { error: says('input.atLeastOne') })
    .max(1_000_000)
    .default(DEFAULT_MIN_SAMPLE),
  /** Service level: the answer threshold in seconds ("80 % within 20 s" → 20). */
  thresholdSeconds: finite
    .positive({ error: says('measure.thresholdNotPositive') })
    .max(86_400)
    .nullable()
    .default(null),
});
export type MeasureFields = z.infer<typeof measureFields>;

/** The target must make sense for the direction: this is what keeps the progress maths honest. */
export function measureRuleIssues(
  m: Omit<MeasureFields, 'name' | 'unit' | 'frequency' | 'purpose' | 'weight'>,
): Issue[] {
  const issues: Issue[] = [];
  const need = (path: 'target' | 'targetLow' | 'targetHigh', v: number | null) => {
    if (v === null) issues.push({ path, message: says('measure.targetRequired') });
    return v !== null;
  };
  switch (m.direction) {
    case 'increase':
      if (need('target', m.target) && m.target! <= m.baseline)
        issues.push({
          path: 'target',
          message: m.target === m.baseline ? says('measure.targetEqualsBaseline') : says('measure.increaseTargetBelow'),
        });
      break;
    case 'decrease':
      if (need('target', m.target) && m.target! >= m.baseline)
        issues.push({
          path: 'target',
          message: m.target === m.baseline ? says('measure.targetEqualsBaseline') : says('measure.decreaseTargetAbove'),
        });
      break;
    case 'keep_above':
    case 'keep_below':
      need('target', m.target);
      break;
    case 'range':
      if (need('targetLow', m.targetLow) && need('targetHigh', m.targetHigh) && m.targetLow! >= m.targetHigh!)
        issues.push({ path: 'targetHigh', message: says('measure.rangeInverted') });
      break;
  }
  if (m.targetDate <= m.baselineDate)
    issues.push({ path: 'targetDate', message: says('measure.targetDateBeforeBaseline') });
  return issues;
}

/** How a measure's samples are read must fit its unit: an NPS is in points, a share in per cent. */
export function sampleRuleIssues(m: Pick<MeasureFields, 'unit' | 'survey' | 'sampleKind'>): Issue[] {
  const issues: Issue[] = [];
  if (m.survey && m.sampleKind === null) issues.push({ path: 'sampleKind', message: says('measure.surveyNeedsKind') });
  if (m.sampleKind === 'nps' && m.unit !== 'score') issues.push({ path: 'unit', message: says('measure.npsUnit') });
  if (m.sampleKind === 'share' && m.unit !== '%') issues.push({ path: 'unit', message: says('measure.shareUnit') });
  return issues;
}

export const measureInput = withRules(measureFields, (m) => [...measureRuleIssues(m), ...sampleRuleIssues(m)]);
export const measurePatch = z.strictObject(withoutDefaults(measureFields.shape)).partial().extend({ version });
export type MeasureInput = z.infer<typeof measureInput>;
export type MeasurePatch = z.infer<typeof measurePatch>;

// ---------- check-ins ----------
/** The latest calendar date anywhere on Earth (UTC+14), so nobody's "today" is refused as future. */
export function latestTodayAnywhere(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export const checkInInput = z.strictObject({
  value: finite,
  date: isoDate.refine((d) => d <= latestTodayAnywhere(), { error: says('checkIn.future') }),
  note: optionalText(2000).default(''),
});
export type CheckInInput = z.infer<typeof checkInInput>;

// ---------- query strings ----------
const queryVersion = z.coerce
  .number({ error: says('input.version') })
  .int()
  .min(1)
  .optional();
export const deleteQuery = z.strictObject({ version: queryVersion });
export const goalDeleteQuery = z.strictObject({
  children: z.enum(['reparent', 'delete'], { error: says('goal.childrenChoice') }).optional(),
  version: queryVersion,
});
/** Restoring a deleted goal from the bin; `toTopLevel` when the goal it was under is gone. */
export const binRestoreInput = z.strictObject({
  toTopLevel: z.boolean({ error: says('input.boolean') }).default(false),
});
/** A comma-separated list of ids in a query string (`?ids=a,b,c`), short enough for any address. */
const idList = z
  .string()
  .transform((s) => s.split(','))
  .refine((ids) => ids.length <= MAX_IDS, { error: says('input.idListTooLong', { max: MAX_IDS }) })
  .refine((ids) => ids.every((i) => i.length > 0 && i.length <= 64), { error: says('input.idListEmpty') });
export const goalListQuery = z.strictObject({
  departmentId: id.optional(),
  parentGoalId: id.optional(),
  /** These goals only. */
  ids: idList.optional(),
  /** The goals that continue these ones (carry-over successors). */
  carriedFrom: idList.optional(),
});
const yesNo = z.enum(['0', '1'], { error: says('request.download') }).transform((v) => v === '1');
/** The goal index for pickers: every goal, or one department's, or only open ones; `measures=1` adds their measures. */
export const goalIndexQuery = z.strictObject({
  departmentId: id.optional(),
  state: z.enum(['open'], { error: says('input.oneOf', { list: 'open' }) }).optional(),
  measures: yesNo.optional(),
});
/** Names of the goals and measures asked for by id (an audit page's entries). */
export const goalNamesQuery = z.strictObject({
  goalIds: idList.optional(),
  measureIds: idList.optional(),
});
/** Reads whose status depends on the day: the person's local date (the server's when left out). */
export const todayQuery = z.strictObject({ today: isoDate.optional() });
export const influenceQuery = todayQuery.extend({ departmentId: id.optional() });

/** `GET /api/tree`: the whole tree, or one part (a goal's subtree or a department), in a period, to a depth. */
export const treeQuery = z
  .strictObject({
    goal: id.optional(),
    department: id.optional(),
    period: z
      .string()
      .refine((p) => p === 'all' || ['quarter', 'year'].includes(parsePeriod(p)?.kind ?? ''), {
        error: says('tree.period'),
      })
      .optional(),
    depth: z.coerce
      .number({ error: says('input.integer') })
      .int({ error: says('input.integer') })
      .min(1, { error: says('input.atLeastOne') })
      .max(100, { error: says('input.tooBig', { max: 100 }) })
      .optional(),
  })
  .refine((q) => q.goal === undefined || q.department === undefined, {
    error: says('tree.goalOrDepartment'),
    path: ['department'],
  });
export type TreeQuery = z.infer<typeof treeQuery>;

// ---------- measurement (issue 4): samples, segments, counterweights, practices ----------
const count = z
  .int({ error: says('input.integer') })
  .min(0, { error: says('input.negative') })
  .max(100_000_000);
const nothing = <T extends z.ZodType>(t: T) => t.nullish();

/** One segment's share of a check-in: its value and the volume (contacts, answers) it weighs with. */
export const segmentValueInput = z.strictObject({
  segmentId: id,
  value: finite,
  volume: finite.min(0, { error: says('sample.volumeNegative') }),
});

/**
 * A check-in with its sample. `value` may be left out when it is computed: from promoter/passive/
 * detractor counts (NPS), from `successes` of `sampleSize` (a share), or from `segments` (their
 * volume-weighted mean). The measure decides which of these apply (see src/domain/measurement.ts).
 */
export const checkInSampleInput = checkInInput.extend({
  value: nothing(finite),
  sampleSize: nothing(
    z
      .int({ error: says('input.integer') })
      .min(1, { error: says('input.atLeastOne') })
      .max(100_000_000),
  ),
  promoters: nothing(count),
  passives: nothing(count),
  detractors: nothing(count),
  successes: nothing(count),
  segments: nothing(
    z
      .array(segmentValueInput, { error: says('sample.segmentsList') })
      .min(1, { error: says('sample.segmentsEmpty') })
      .max(50),
  ),
  /** Saves a sample below the measure's minimum knowingly: stored and shown, but it does not set progress. */
  acceptSmallSample: z.boolean({ error: says('input.booleanUse') }).optional(),
});
export type CheckInSampleInput = z.infer<typeof checkInSampleInput>;

export const libraryLocale = z.enum(LOCALE_CODES, { error: says('input.oneOf', { list: LOCALE_CODES.join(', ') }) });

/**
 * Creating a measure, possibly from the KPI library: `{ libraryKey, locale?, ...overrides }`.
 * Only `libraryKey` and `locale` are read here; the library fills the other fields and the
 * merged body is then validated with `measureInput`.
 */
export const libraryPick = z.object({
  libraryKey: z.enum(KPI_KEYS, { error: says('measure.unknownLibraryKey') }).nullish(),
  locale: libraryLocale.optional(),
});

/** `POST /api/measures/{id}/suggested-counterweight`: which suggestion, its language, and any field to override. */
export const suggestedCounterweightInput = z.strictObject(withoutDefaults(measureFields.shape)).partial().extend({
  locale: libraryLocale.optional(),
  /** Pair with this existing measure on the suggested library key (any goal) instead of creating one. */
  pairWithId: id.optional(),
});
/** `GET /api/measures/{id}/suggested-counterweight?libraryKey=&locale=`: the preview, which writes nothing. */
export const suggestedCounterweightQuery = z.strictObject({
  libraryKey: z.enum(KPI_KEYS, { error: says('measure.unknownLibraryKey') }).optional(),
  locale: libraryLocale.optional(),
});
export type SuggestedCounterweightInput = z.infer<typeof suggestedCounterweightInput>;

export const pairInput = z.strictObject({ counterweightId: id });

export const segmentInput = z.strictObject({ name: requiredText(80) });
export const segmentPatch = z.strictObject({ name: requiredText(80), version });

const position = z
  .int({ error: says('input.integer') })
  .min(0, { error: says('input.negative') })
  .max(10_000);
export const practiceInput = z.strictObject({ text: requiredText(500), position: position.optional() });
export const practicePatch = z.strictObject({
  text: requiredText(500).optional(),
  position: position.optional(),
  version,
});
export type PracticeInput = z.infer<typeof practiceInput>;
export type PracticePatch = z.infer<typeof practicePatch>;

export const qualityLevelsQuery = z.strictObject({ goalId: id.optional() });

// ---------- reviews (issue 3) ----------
/** A goal's lifecycle: open, or closed as achieved / missed / dropped, or carried into a next-period goal. */
export const GOAL_STATES = ['open', 'achieved', 'missed', 'dropped', 'carried'] as const;
export type GoalState = (typeof GOAL_STATES)[number];
export type { ReviewCadence } from './cadence.ts';
/** The building blocks, for the review schemas in src/domain/review-schemas.ts. */
export { requiredText, optionalText, id as idField, finite, withoutDefaults, withRules };
export type { Issue };
