// Calendar arithmetic for reviews: review cadences, check-in frequencies and review periods.
// Pure: dates are `YYYY-MM-DD` strings in, `YYYY-MM-DD` strings out; nothing reads the clock.
import type { Frequency } from './schemas.ts';

export const REVIEW_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** Months between two reviews of a goal. */
export const CADENCE_MONTHS: Record<ReviewCadence, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const format = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const utc = (date: string) => {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
};

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * Adds whole months, clamping the day to the end of the target month:
 * Jan 31 + 1 month → Feb 28 (Feb 29 in a leap year); Aug 31 + 1 month → Sep 30.
 * (SQLite's `date(x, '+1 month')` would overflow into March instead.)
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** One cadence step after `date`, with month-end clamping. */
export function nextReviewDate(date: string, cadence: ReviewCadence): string {
  return addMonths(date, CADENCE_MONTHS[cadence]);
}

/**
 * The review date a goal gets when none is chosen (a carried goal, a goal saved without one): one
 * cadence step after its start when that still lies on or before its due date; otherwise the first
 * day of the due date's month (the start date for a shorter goal), so a review held in the period's
 * last month covers it. A step past the due date would leave the goal off its own period's agenda.
 */
export function defaultReviewDate(startDate: string, dueDate: string, cadence: ReviewCadence): string {
  const step = nextReviewDate(startDate, cadence);
  if (step <= dueDate) return step;
  const lastMonth = `${dueDate.slice(0, 8)}01`;
  return lastMonth > startDate ? lastMonth : startDate;
}

/**
 * A goal's next review date as the agenda and the due list see it: its stored review date, or,
 * when it has never had one, `defaultReviewDate`.
 */
export function effectiveReviewDate(goal: {
  reviewDate: string | null;
  startDate: string;
  dueDate: string;
  reviewCadence: ReviewCadence;
}): string {
  return goal.reviewDate ?? defaultReviewDate(goal.startDate, goal.dueDate, goal.reviewCadence);
}

/**
 * Where a goal's review date moves when a review held on `heldOn` covered it: the first date
 * `anchor + k · cadence` (k ≥ 1) that lies after `heldOn`, each step counted from the anchor (so
 * a Jan 31 anchor gives Feb 28, Mar 31, Apr 30 … rather than drifting to the 28th). A goal that
 * was not yet due (`anchor` after `heldOn`) keeps its date. An overdue goal skips the missed
 * steps instead of landing in the past.
 */
export function advanceReviewDate(anchor: string, cadence: ReviewCadence, heldOn: string): string {
  if (anchor > heldOn) return anchor;
  const step = CADENCE_MONTHS[cadence];
  // Jump close to the answer first (an anchor years back must not loop thousands of times).
  const [ay, am] = parts(anchor);
  const [hy, hm] = parts(heldOn);
  let k = Math.max(1, Math.floor(((hy - ay) * 12 + (hm - am)) / step));
  while (addMonths(anchor, k * step) <= heldOn) k++;
  while (k > 1 && addMonths(anchor, (k - 1) * step) > heldOn) k--;
  return addMonths(anchor, k * step);
}

// ---------- check-in frequencies ----------

/** The date by which the next check-in is expected after one dated `last`. */
export function nextCheckInDue(last: string, frequency: Frequency): string {
  switch (frequency) {
    case 'daily':
      return addDays(last, 1);
    case 'weekly':
      return addDays(last, 7);
    case 'monthly':
      return addMonths(last, 1);
    case 'quarterly':
      return addMonths(last, 3);
  }
}

/**
 * A measure is stale when its next check-in was due before `today`: one period after its latest
 * check-in that counts, or, if it never had one, one period after it began: its baseline date or
 * the day it was created, whichever is later (a measure added today with a baseline from January
 * is not overdue at once). Due today is not stale.
 */
export function staleSince(
  m: { frequency: Frequency; baselineDate: string; createdAt?: string },
  lastCheckIn: string | null,
  today: string,
): string | null {
  const created = m.createdAt ? m.createdAt.slice(0, 10) : null;
  const began = created && created > m.baselineDate ? created : m.baselineDate;
  const due = nextCheckInDue(lastCheckIn ?? began, m.frequency);
  return due < today ? due : null;
}

// ---------- periods ----------

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  /** Canonical text: `2027`, `2027-H1`, `2027-Q1` or `2027-03`. */
  label: string;
  kind: PeriodKind;
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2200;

const PERIOD = /^(\d{4})(?:-(?:([qQ])([1-4])|([hH])([12])|(0[1-9]|1[0-2])))?$/;

function span(year: number, firstMonth: number, months: number): { start: string; end: string } {
  const lastMonth = firstMonth + months - 1;
  return { start: format(year, firstMonth, 1), end: format(year, lastMonth, daysInMonth(year, lastMonth)) };
}

/**
 * Reads `2027` (year), `2027-H1`/`2027-H2` (half), `2027-Q1`…`2027-Q4` (quarter) or `2027-03`
 * (month); `q`/`h` may be lower case. Anything else (2027-Q5, 2027-13, 27-Q1, 2027Q1) is null.
 */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
  if (m[3]) {
    const q = Number(m[3]);
    return { label: `${year}-Q${q}`, kind: 'quarter', ...span(year, (q - 1) * 3 + 1, 3) };
  }
  if (m[5]) {
    const h = Number(m[5]);
    return { label: `${year}-H${h}`, kind: 'half', ...span(year, (h - 1) * 6 + 1, 6) };
  }
  if (m[6]) {
    const month = Number(m[6]);
    return { label: `${year}-${pad(month)}`, kind: 'month', ...span(year, month, 1) };
  }
  return { label: String(year), kind: 'year', ...span(year, 1, 12) };
}

/** Writes a period's canonical label: `index` is the half (1–2), quarter (1–4) or month (1–12). */
export function formatPeriod(p: { kind: PeriodKind; year: number; index?: number }): string {
  const max = { year: 1, half: 2, quarter: 4, month: 12 }[p.kind];
  const i = p.kind === 'year' ? 1 : (p.index ?? 0);
  if (
    !Number.isInteger(p.year) ||
    p.year < MIN_PERIOD_YEAR ||
    p.year > MAX_PERIOD_YEAR ||
    !Number.isInteger(i) ||
    i < 1 ||
    i > max
  )
    throw new RangeError(`No ${p.kind} ${p.year}/${p.index}`);
  return p.kind === 'year'
    ? String(p.year)
    : p.kind === 'half'
      ? `${p.year}-H${i}`
      : p.kind === 'quarter'
        ? `${p.year}-Q${i}`
        : `${p.year}-${pad(i)}`;
}

/** The period of the same kind `steps` later (or earlier): 2027-Q4 → 2028-Q1, e.g. to propose carry-over dates. */
export function shiftPeriod(p: Period, steps = 1): Period {
  const next = parsePeriod(
    periodContaining(addMonths(p.start, steps * { year: 12, half: 6, quarter: 3, month: 1 }[p.kind]), p.kind).label,
  );
  if (!next) throw new RangeError(`No period ${steps} after ${p.label}`);
  return next;
}

/** The period of the given kind that contains `date` (e.g. the quarter a meeting falls in). */
export function periodContaining(date: string, kind: PeriodKind): Period {
  const [y, m] = parts(date);
  const label =
    kind === 'year'
      ? String(y)
      : kind === 'half'
        ? `${y}-H${m <= 6 ? 1 : 2}`
        : kind === 'quarter'
          ? `${y}-Q${Math.ceil(m / 3)}`
          : `${y}-${pad(m)}`;
  const p = parsePeriod(label);
  if (!p) throw new RangeError(`No period for ${date}`);
  return p;
}

/** Whether `date` lies inside the period (both ends inclusive). */
export const inPeriod = (date: string, p: Pick<Period, 'start' | 'end'>) => date >= p.start && date <= p.end;
