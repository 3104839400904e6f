// What users send to the review routes (issue 3). Shared by the forms and the functions, so both
// refuse the same input with the same field names.
import { z } from 'zod';
import {
  checkInInput,
  goalRuleIssues,
  idField as id,
  isoDate,
  optionalText,
  requiredText,
  version,
  withoutDefaults,
  withRules,
  type Issue,
} from './schemas.ts';
import { REVIEW_CADENCES, inPeriod, parsePeriod } from './cadence.ts';
import { STATUSES } from './status.ts';
import { says } from './problem.ts';

export const FORUMS = ['leadership_review', 'department_review', 'team_huddle'] as const;
export type Forum = (typeof FORUMS)[number];
export const REVIEW_STATES = ['open', 'closed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const ACTION_KINDS = ['action', 'decision'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_STATES = ['open', 'done'] as const;
export type ActionState = (typeof ACTION_STATES)[number];
/** How a goal can be closed without carrying it over. */
export const GOAL_OUTCOMES = ['achieved', 'missed', 'dropped'] as const;
export type GoalOutcome = (typeof GOAL_OUTCOMES)[number];

export const PERIOD_HINT = says('review.period');

const period = z
  .string({ error: PERIOD_HINT })
  .trim()
  .refine((p) => parsePeriod(p) !== null, { error: PERIOD_HINT });

// ---------- reviews ----------
export const reviewFields = z.strictObject({
  period,
  meetingDate: isoDate,
  forum: z.enum(FORUMS, { error: says('input.oneOf', { list: FORUMS.join(', ') }) }),
  attendees: z
    .array(requiredText(120), { error: says('review.attendeesList') })
    .max(100, { error: says('review.attendeesTooMany') })
    .default([]),
  notes: optionalText(20_000).default(''),
  /** Scopes the agenda to one department's goals; null = the whole organisation. */
  departmentId: id.nullable().default(null),
});
export type ReviewFields = z.infer<typeof reviewFields>;

/** The meeting must take place inside the period it reviews (also checked on the merged row of a PATCH). */
export function reviewRuleIssues(r: { period: string; meetingDate: string }): Issue[] {
  const p = parsePeriod(r.period);
  if (!p) return []; // the period's own message is enough
  if (!inPeriod(r.meetingDate, p))
    return [
      {
        path: 'meetingDate',
        message: says('review.meetingOutsidePeriod', { label: p.label, start: p.start, end: p.end }),
      },
    ];
  return [];
}

export const reviewInput = withRules(reviewFields, reviewRuleIssues);
export const reviewPatch = z.strictObject(withoutDefaults(reviewFields.shape)).partial().extend({ version });
export type ReviewInput = z.infer<typeof reviewInput>;
export type ReviewPatch = z.infer<typeof reviewPatch>;

export const reviewListQuery = z.strictObject({
  state: z.enum(REVIEW_STATES, { error: says('review.stateChoice') }).optional(),
  departmentId: id.optional(),
});

/**
 * `POST /api/reviews/{id}/close`: send `{}`, or `{ version }` to close only what you read. A review
 * whose meeting date is still ahead closes only with `moveMeetingDateToToday: true` (the meeting
 * date moves to today in the same transaction).
 */
export const reviewCloseInput = z.strictObject({
  version: version.optional(),
  moveMeetingDateToToday: z.boolean({ error: says('input.boolean') }).optional(),
});

// ---------- review items (one goal in one review) ----------
/**
 * `PUT /api/reviews/{id}/items/{goalId}` replaces the item: notes and the status override.
 * `status: null` (or left out) means no override: the computed status stands. An override needs a
 * `reason`. Once the item exists, send its `version`.
 */
export const reviewItemInput = z
  .strictObject({
    notes: optionalText(20_000).default(''),
    status: z
      .enum(STATUSES, { error: says('review.overrideChoice', { list: STATUSES.join(', ') }) })
      .nullable()
      .default(null),
    reason: optionalText(2000).default(''),
    version: version.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== null && v.reason === '')
      ctx.addIssue({ code: 'custom', path: ['reason'], message: says('review.overrideReason') });
  });
export type ReviewItemInput = z.infer<typeof reviewItemInput>;

// ---------- decisions and actions ----------
export const actionFields = z.strictObject({
  text: requiredText(2000),
  kind: z.enum(ACTION_KINDS, { error: says('input.oneOf', { list: ACTION_KINDS.join(', ') }) }).default('action'),
  owner: optionalText(120).default(''),
  dueDate: isoDate.nullable().default(null),
  state: z.enum(ACTION_STATES, { error: says('input.oneOf', { list: ACTION_STATES.join(', ') }) }).default('open'),
  /** The goal it is about; null for a general decision or action. */
  goalId: id.nullable().default(null),
});
export const actionInput = actionFields;
export const actionPatch = z.strictObject(withoutDefaults(actionFields.shape)).partial().extend({ version });
export type ActionInput = z.infer<typeof actionInput>;
export type ActionPatch = z.infer<typeof actionPatch>;

// ---------- goal lifecycle ----------
export const goalCloseInput = z.strictObject({
  outcome: z.enum(GOAL_OUTCOMES, { error: says('input.oneOf', { list: GOAL_OUTCOMES.join(', ') }) }),
  comment: requiredText(2000),
  version: version.optional(),
});
export type GoalCloseInput = z.infer<typeof goalCloseInput>;

/** `POST /api/goals/{id}/reopen` (admins): why a closed goal becomes editable again, for the audit log. */
export const goalReopenInput = z.strictObject({
  reason: requiredText(2000),
  version: version.optional(),
});
export type GoalReopenInput = z.infer<typeof goalReopenInput>;

/**
 * `POST /api/goals/{id}/carry-over`: the next-period goal's dates (and optionally a new title or
 * cadence); `reviewDate` null = one cadence step after the new start date.
 */
export const CARRY_SUB_GOALS = ['all', 'mine'] as const;
export const carryOverInput = withRules(
  z.strictObject({
    startDate: isoDate,
    dueDate: isoDate,
    reviewDate: isoDate.nullable().default(null),
    title: requiredText(200).optional(),
    reviewCadence: z
      .enum(REVIEW_CADENCES, { error: says('input.oneOf', { list: REVIEW_CADENCES.join(', ') }) })
      .optional(),
    /** Kept on the old goal as its closing comment. */
    comment: optionalText(2000).default(''),
    /**
     * `all` (default): every open sub-goal moves to the new goal; refused (409, with the list) when
     * some belong to departments the person may not edit. `mine`: only those the person may edit
     * move; the others stay under the old goal, untouched.
     */
    subGoals: z
      .enum(CARRY_SUB_GOALS, { error: says('input.oneOf', { list: CARRY_SUB_GOALS.join(', ') }) })
      .default('all'),
    version: version.optional(),
  }),
  (c) => [
    ...goalRuleIssues(c),
    ...(c.reviewDate !== null && c.reviewDate > c.dueDate
      ? [{ path: 'reviewDate', message: says('goal.reviewAfterDue') }]
      : []),
  ],
);
export type CarryOverInput = z.infer<typeof carryOverInput>;

// ---------- due list and timeline ----------
export const dueQuery = z.strictObject({
  today: isoDate.optional(),
  departmentId: id.optional(),
});

export const timelineQuery = withRules(
  z.strictObject({
    departmentId: id.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Instead of from/to: 2027-Q1, 2027-H1, 2027 or 2027-03. */
    period: period.optional(),
    /** The day statuses are judged on (default: the server's date, UTC). */
    today: isoDate.optional(),
  }),
  (q) => {
    const issues: Issue[] = [];
    if (q.period !== undefined && (q.from !== undefined || q.to !== undefined))
      issues.push({ path: 'period', message: says('review.periodOrRange') });
    if (q.from !== undefined && q.to !== undefined && q.to < q.from)
      issues.push({ path: 'to', message: says('review.endBeforeStart') });
    return issues;
  },
);
export type TimelineQuery = z.infer<typeof timelineQuery>;

// ---------- check-in editing ----------
/** `PATCH /api/check-ins/{id}`: any of value, date (not in the future), note; with the version read. */
export const checkInPatch = z.strictObject(withoutDefaults(checkInInput.shape)).partial().extend({ version });
export type CheckInPatch = z.infer<typeof checkInPatch>;
