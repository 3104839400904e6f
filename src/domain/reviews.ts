// Review meetings (issue 3): the response types of the review, due and timeline routes, and the
// pure logic that turns rows into an agenda. No I/O, no clock: dates come in as parameters.
import { contributions, type Contribution } from './contributions.ts';
import type { Direction, Frequency, GoalState, Unit } from './schemas.ts';
import type { Goal, Measure, RowMeta } from './types.ts';
import type { ActionKind, ActionState, Forum, ReviewState } from './review-schemas.ts';
import { STATUSES, assessTree, type Status } from './status.ts';
import { advanceReviewDate, effectiveReviewDate, type ReviewCadence } from './cadence.ts';
import { countingCheckIn, countsForProgress, sampleInterval, type CheckInFacts } from './measurement.ts';

export type { ActionKind, ActionState, Forum, GoalOutcome, ReviewState } from './review-schemas.ts';
export { ACTION_KINDS, ACTION_STATES, FORUMS, GOAL_OUTCOMES, REVIEW_STATES } from './review-schemas.ts';
export type { Status } from './status.ts';

// ---------- rows ----------
export interface Review extends RowMeta {
  /** Canonical: `2027-Q1`, `2027-H1`, `2027` or `2027-03`. */
  period: string;
  periodStart: string;
  periodEnd: string;
  /** Lies inside the period. Statuses on the agenda are judged as of this date once it has come (see `reviewAsOf`). */
  meetingDate: string;
  forum: Forum;
  /** The agenda holds only this department's goals; null = the whole organisation. */
  departmentId: string | null;
  attendees: string[];
  notes: string;
  state: ReviewState;
  closedAt: string | null;
}

export interface StatusOverride {
  status: Status;
  reason: string;
}

/** One goal in one review: notes and a status override (the snapshot is in the agenda item). */
export interface ReviewItem extends RowMeta {
  reviewId: string;
  goalId: string;
  notes: string;
  override: StatusOverride | null;
}

export interface Action extends RowMeta {
  reviewId: string;
  goalId: string | null;
  kind: ActionKind;
  text: string;
  owner: string;
  dueDate: string | null;
  state: ActionState;
  /** When it was last marked done (ISO instant); null while open. */
  doneAt: string | null;
}

/** An action with where it came from, for lists outside its own review. */
export interface ActionInContext extends Action {
  reviewPeriod: string;
  reviewMeetingDate: string;
  reviewForum: Forum;
  goalTitle: string | null;
  /** Whose editors may mark it done: its goal's department, else its review's; null = organisation-wide (admins). */
  departmentId: string | null;
}

// ---------- the agenda ----------
export interface CheckInPoint {
  id: string;
  value: number;
  date: string;
  note: string;
}

/** A check-in on the agenda with what its sample says: n, the NPS margin and the below-minimum flag. */
export interface AgendaCheckIn extends CheckInPoint {
  sampleSize: number | null;
  margin: number | null;
  belowMinSample: boolean;
}

/** A candidate check-in as the agenda reads it (the sample facts the statistics come from). */
export type AgendaCheckInRow = CheckInPoint &
  Pick<CheckInFacts, 'sampleSize' | 'promoters' | 'passives' | 'detractors' | 'successes'>;

export interface AgendaMeasure {
  id: string;
  name: string;
  unit: Unit;
  direction: Direction;
  baseline: number;
  baselineDate: string;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  targetDate: string;
  frequency: Frequency;
  weight: number;
  /** The check-in that counts (countingCheckIn): it sets progress and status. */
  latest: AgendaCheckIn | null;
  /** A newer sample below the minimum: shown and flagged, but it does not count. */
  smallSample: AgendaCheckIn | null;
  /** 0…1; null without a check-in that counts (no data). */
  progress: number | null;
  /** Expected progress on the agenda's date (`asOf`), 0…1. */
  expected: number;
  status: Status;
  /** The latest value dated on or before the previous review of the goal; null when none. */
  previousValue: number | null;
  /** Check-ins dated after the previous review (or since the goal's start when never reviewed), newest first, at most MAX_CHECK_INS_SINCE. */
  checkInsSince: CheckInPoint[];
  /** How many there are in all (may exceed the list). */
  checkInsSinceCount: number;
}

export const MAX_CHECK_INS_SINCE = 20;

export interface AgendaGoal {
  id: string;
  version: number;
  title: string;
  description: string;
  owner: string;
  departmentId: string;
  parentGoalId: string | null;
  /** The parent's title, when the parent exists. */
  parentTitle: string | null;
  startDate: string;
  dueDate: string;
  /** Stored next review date (null = never set). */
  reviewDate: string | null;
  /** The date it is due for review: `reviewDate`, or one cadence step after the start date. */
  nextReviewDate: string;
  reviewCadence: ReviewCadence;
  state: GoalState;
  closedAt: string | null;
  closedComment: string;
  carriedFromGoalId: string | null;
}

export interface PreviousReview {
  id: string;
  period: string;
  meetingDate: string;
  forum: Forum;
  /** The goal's progress and status (override applied) frozen at that review's close. */
  progress: number | null;
  status: Status | null;
  /** The override set in that review; it expired when this review began. */
  override: StatusOverride | null;
}

export interface AgendaItem {
  goal: AgendaGoal;
  /** Roll-up 0…1 as the tree shows it; null when nothing below the goal can be measured. */
  progress: number | null;
  expected: number;
  computedStatus: Status;
  /** Set in this review (expires at the goal's next review). */
  override: StatusOverride | null;
  /** What to show: the override's status if there is one, else the computed status. */
  status: Status;
  notes: string;
  /** The stored review item (send its version to PUT); null until notes or an override are saved. */
  item: { id: string; version: number } | null;
  measures: AgendaMeasure[];
  /** Every part of the goal's roll-up: its measures and sub-goals (absent in snapshots frozen before it existed). */
  contributions?: Contribution[];
  changes: {
    /** Check-ins are counted from this date: after the previous review's meeting date, or from the goal's start date (inclusive) when never reviewed. */
    since: string;
    previousReview: PreviousReview | null;
    /** progress − previous progress, when both exist. */
    progressDelta: number | null;
    /** Check-ins on the goal's own measures since `since`. */
    checkInCount: number;
  };
  /** This review's decisions and actions about this goal. */
  actions: Action[];
  /** Frozen snapshots only: the next review date the close set (null when it did not move, or while open). */
  advancedReviewDate: string | null;
}

export interface AgendaDepartment {
  id: string;
  name: string;
  items: AgendaItem[];
}

export interface Agenda {
  review: Review;
  /** True for a closed review: everything below is the snapshot taken at close. */
  frozen: boolean;
  /** The date statuses and expected progress are judged on: `reviewAsOf` (today until the meeting date has come; frozen at close). */
  asOf: string;
  /** Open actions (kind `action`; decisions are not carried) from earlier closed reviews, plus those done since this review was created; earliest due first. */
  carriedActions: ActionInContext[];
  departments: AgendaDepartment[];
  /** This review's decisions and actions that are not about a goal on the agenda. */
  generalActions: Action[];
  /** How many goals are on the agenda, and how many show each status. */
  summary: { goals: number; byStatus: Record<Status, number> };
}

/** What the review-level snapshot column holds; items hold their own. */
export interface ReviewSnapshot {
  asOf: string;
  departments: { id: string; name: string; goalIds: string[] }[];
  carriedActions: ActionInContext[];
  generalActions: Action[];
}

// ---------- building it ----------

/**
 * The date a review judges statuses on. An open review: its meeting date once that has come, today
 * before it (a meeting planned for February must not call goals due in February missed in
 * December). A closed review keeps the date frozen with its record (`frozenAsOf`).
 */
export function reviewAsOf(review: Pick<Review, 'state' | 'meetingDate'>, today: string, frozenAsOf?: string): string {
  if (review.state === 'closed' && frozenAsOf !== undefined) return frozenAsOf;
  return review.meetingDate <= today ? review.meetingDate : today;
}

/** Whether an open review's meeting is still ahead: closing it then means moving the meeting to today. */
export const meetingAhead = (review: Pick<Review, 'state' | 'meetingDate'>, today: string): boolean =>
  review.state === 'open' && review.meetingDate > today;

/** The goal fields the agenda needs (a Goal row satisfies it). */
export type AgendaGoalRow = Pick<
  Goal,
  | 'id'
  | 'version'
  | 'title'
  | 'description'
  | 'owner'
  | 'departmentId'
  | 'parentGoalId'
  | 'startDate'
  | 'dueDate'
  | 'reviewDate'
  | 'reviewCadence'
  | 'state'
  | 'closedAt'
  | 'closedComment'
  | 'carriedFromGoalId'
>;
export type AgendaMeasureRow = Pick<
  Measure,
  | 'id'
  | 'goalId'
  | 'name'
  | 'unit'
  | 'direction'
  | 'baseline'
  | 'baselineDate'
  | 'target'
  | 'targetLow'
  | 'targetHigh'
  | 'targetDate'
  | 'frequency'
  | 'weight'
  | 'sampleKind'
  | 'minSample'
>;

/**
 * Whether a goal belongs on a review's agenda: it has an item in the review (notes or an override
 * were saved, so it stays), or it is in the review's scope, open (or closed since the review was
 * created, so a goal closed or carried over in the meeting stays visible) and its next review date
 * is on or before the meeting date.
 */
export function onAgenda(
  goal: Pick<Goal, 'departmentId' | 'state' | 'closedAt' | 'reviewDate' | 'startDate' | 'dueDate' | 'reviewCadence'>,
  review: Pick<Review, 'meetingDate' | 'departmentId' | 'createdAt'>,
  hasItem: boolean,
): boolean {
  if (hasItem) return true;
  if (review.departmentId !== null && goal.departmentId !== review.departmentId) return false;
  if (goal.state !== 'open' && !(goal.closedAt !== null && goal.closedAt >= review.createdAt)) return false;
  return effectiveReviewDate(goal) <= review.meetingDate;
}

export interface AgendaInput {
  review: Review;
  /** The server's date: statuses are judged as of `reviewAsOf(review, today)`. */
  today: string;
  departments: { id: string; name: string }[];
  /** The candidate goals and every goal below them (for the roll-up). */
  goals: AgendaGoalRow[];
  /** Ids of the candidates (goals that may be on the agenda); the others are only there for roll-ups. */
  candidateIds: ReadonlySet<string>;
  /** Titles of the candidates' parents (those outside `goals` too). */
  parentTitles: ReadonlyMap<string, string>;
  measures: AgendaMeasureRow[];
  /** Per measure: candidate check-ins newest first (the newest, and the latest that counts). */
  latest: ReadonlyMap<string, readonly AgendaCheckInRow[]>;
  items: ReviewItem[];
  /** Per goal: its latest closed review before this one. */
  previous: ReadonlyMap<string, PreviousReview>;
  /** Per measure: check-ins since the previous review (newest first, capped) and their total. */
  since: ReadonlyMap<string, { points: CheckInPoint[]; total: number }>;
  /** Per measure: the value at the previous review. */
  previousValues: ReadonlyMap<string, number>;
  /** Every action of this review. */
  actions: Action[];
  carriedActions: ActionInContext[];
}

const byTitle = (a: AgendaItem, b: AgendaItem) =>
  a.goal.title.localeCompare(b.goal.title, 'en', { sensitivity: 'base' }) || (a.goal.id < b.goal.id ? -1 : 1);

const smallSampleOf = (list: readonly AgendaCheckInRow[] | undefined, counted: AgendaCheckInRow | undefined) =>
  list?.[0] && list[0] !== counted ? list[0] : null;

function agendaCheckIn(m: AgendaMeasureRow, c: AgendaCheckInRow | null): AgendaCheckIn | null {
  if (!c) return null;
  const { promoters, passives, detractors, successes, ...point } = c;
  return {
    ...point,
    margin: sampleInterval(m, { value: c.value, sampleSize: c.sampleSize, promoters, passives, detractors, successes })
      .margin,
    belowMinSample: !countsForProgress(m, c),
  };
}

export function emptyStatusCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/** Assembles the live agenda of an open review from its rows. Linear in the input. */
export function buildAgenda(input: AgendaInput): Agenda {
  const { review } = input;
  const asOf = reviewAsOf(review, input.today);
  const counting = new Map<string, AgendaCheckInRow>();
  for (const m of input.measures) {
    const c = countingCheckIn(m, input.latest.get(m.id) ?? []);
    if (c) counting.set(m.id, c);
  }
  const assessed = assessTree(input.goals, input.measures, counting, asOf);
  const goalById = new Map(input.goals.map((g) => [g.id, g]));
  const itemByGoal = new Map(input.items.map((i) => [i.goalId, i]));
  const measuresByGoal = new Map<string, AgendaMeasureRow[]>();
  for (const m of input.measures) push(measuresByGoal, m.goalId, m);
  const actionsByGoal = new Map<string, Action[]>();
  for (const a of input.actions) if (a.goalId !== null) push(actionsByGoal, a.goalId, a);

  const items: AgendaItem[] = [];
  for (const g of input.goals) {
    if (!input.candidateIds.has(g.id)) continue;
    const item = itemByGoal.get(g.id) ?? null;
    if (!onAgenda(g, review, item !== null)) continue;
    const a = assessed.goals.get(g.id)!;
    const prev = input.previous.get(g.id) ?? null;
    const since = prev ? prev.meetingDate : g.startDate;
    const measures: AgendaMeasure[] = (measuresByGoal.get(g.id) ?? []).map((m) => {
      const ma = assessed.measures.get(m.id)!;
      const s = input.since.get(m.id);
      return {
        id: m.id,
        name: m.name,
        unit: m.unit,
        direction: m.direction,
        baseline: m.baseline,
        baselineDate: m.baselineDate,
        target: m.target,
        targetLow: m.targetLow,
        targetHigh: m.targetHigh,
        targetDate: m.targetDate,
        frequency: m.frequency,
        weight: m.weight,
        latest: agendaCheckIn(m, counting.get(m.id) ?? null),
        smallSample: agendaCheckIn(m, smallSampleOf(input.latest.get(m.id), counting.get(m.id))),
        progress: ma.progress,
        expected: ma.expected,
        status: ma.status,
        previousValue: input.previousValues.get(m.id) ?? null,
        checkInsSince: s?.points ?? [],
        checkInsSinceCount: s?.total ?? 0,
      };
    });
    const override = item?.override ?? null;
    const parentTitle =
      g.parentGoalId === null
        ? null
        : (goalById.get(g.parentGoalId)?.title ?? input.parentTitles.get(g.parentGoalId) ?? null);
    items.push({
      goal: {
        id: g.id,
        version: g.version,
        title: g.title,
        description: g.description,
        owner: g.owner,
        departmentId: g.departmentId,
        parentGoalId: g.parentGoalId,
        parentTitle,
        startDate: g.startDate,
        dueDate: g.dueDate,
        reviewDate: g.reviewDate,
        nextReviewDate: effectiveReviewDate(g),
        reviewCadence: g.reviewCadence,
        state: g.state,
        closedAt: g.closedAt,
        closedComment: g.closedComment,
        carriedFromGoalId: g.carriedFromGoalId,
      },
      progress: a.progress,
      expected: a.expected,
      computedStatus: a.status,
      override,
      status: override?.status ?? a.status,
      notes: item?.notes ?? '',
      item: item ? { id: item.id, version: item.version } : null,
      measures,
      contributions: contributions(g.id, input.goals, input.measures, assessed),
      changes: {
        since,
        previousReview: prev,
        progressDelta: prev && prev.progress !== null && a.progress !== null ? a.progress - prev.progress : null,
        checkInCount: measures.reduce((n, m) => n + m.checkInsSinceCount, 0),
      },
      actions: actionsByGoal.get(g.id) ?? [],
      advancedReviewDate: null,
    });
  }

  const onIt = new Set(items.map((i) => i.goal.id));
  const departments = groupByDepartment(items, input.departments);
  return {
    review,
    frozen: false,
    asOf,
    carriedActions: input.carriedActions,
    departments,
    generalActions: input.actions.filter((a) => a.goalId === null || !onIt.has(a.goalId)),
    summary: summarise(items),
  };
}

function groupByDepartment(items: AgendaItem[], departments: { id: string; name: string }[]): AgendaDepartment[] {
  const byDept = new Map<string, AgendaItem[]>();
  for (const i of items) push(byDept, i.goal.departmentId, i);
  const out: AgendaDepartment[] = [];
  const named = new Set<string>();
  for (const d of departments) {
    named.add(d.id);
    const list = byDept.get(d.id);
    if (list) out.push({ id: d.id, name: d.name, items: list.sort(byTitle) });
  }
  // Defensive: a goal whose department row is missing still shows, under its id.
  for (const [id, list] of byDept) if (!named.has(id)) out.push({ id, name: id, items: list.sort(byTitle) });
  return out;
}

function summarise(items: AgendaItem[]): Agenda['summary'] {
  const byStatus = emptyStatusCounts();
  for (const i of items) byStatus[i.status] += 1;
  return { goals: items.length, byStatus };
}

/**
 * Where each open goal on the agenda moves its review date when the review closes (only goals
 * that change are listed). The cadence step is counted from the goal's next review date until it
 * passes the meeting date, and is capped at the goal's due date while that is still ahead, so the
 * last review of a goal falls on its due date.
 */
export function reviewDateAdvances(agenda: Agenda): Map<string, string> {
  const out = new Map<string, string>();
  const heldOn = agenda.review.meetingDate;
  for (const d of agenda.departments)
    for (const { goal } of d.items) {
      if (goal.state !== 'open') continue;
      let next = advanceReviewDate(goal.nextReviewDate, goal.reviewCadence, heldOn);
      if (goal.dueDate > heldOn && next > goal.dueDate) next = goal.dueDate;
      if (next !== goal.reviewDate) out.set(goal.id, next);
    }
  return out;
}

/** The agenda as it is frozen at close: the review closed, and each item's new review date. */
export function freezeAgenda(agenda: Agenda, closed: Review, advances: ReadonlyMap<string, string>): Agenda {
  return {
    ...agenda,
    review: closed,
    frozen: true,
    departments: agenda.departments.map((d) => ({
      ...d,
      items: d.items.map((i) => ({ ...i, advancedReviewDate: advances.get(i.goal.id) ?? null })),
    })),
  };
}

/** Splits a frozen agenda into what the review row keeps and what each item keeps. */
export function snapshotParts(agenda: Agenda): { review: ReviewSnapshot; items: AgendaItem[] } {
  return {
    review: {
      asOf: agenda.asOf,
      departments: agenda.departments.map((d) => ({ id: d.id, name: d.name, goalIds: d.items.map((i) => i.goal.id) })),
      carriedActions: agenda.carriedActions,
      generalActions: agenda.generalActions,
    },
    items: agenda.departments.flatMap((d) => d.items),
  };
}

/** Puts a closed review's agenda back together from its snapshots. */
export function agendaFromSnapshot(
  review: Review,
  snap: ReviewSnapshot,
  items: ReadonlyMap<string, AgendaItem>,
): Agenda {
  const departments: AgendaDepartment[] = snap.departments.map((d) => ({
    id: d.id,
    name: d.name,
    items: d.goalIds.map((id) => items.get(id)).filter((i): i is AgendaItem => i !== undefined),
  }));
  const all = departments.flatMap((d) => d.items);
  return {
    review,
    frozen: true,
    asOf: snap.asOf,
    carriedActions: snap.carriedActions,
    departments,
    generalActions: snap.generalActions,
    summary: summarise(all),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// ---------- carry-over ----------
export interface CarriedMeasure {
  fromMeasureId: string;
  measureId: string;
  /** The new baseline: the old measure's latest value, or its old baseline (see `baselineFrom`). */
  baseline: number;
  /** `latest_check_in` normally; `old_baseline` when there was no check-in, or when the latest value already met an increase/decrease target (which would leave nothing to measure). */
  baselineFrom: 'latest_check_in' | 'old_baseline';
}

export interface CarryOverResult {
  /** The old goal, now `carried`. */
  from: Goal;
  /** The new, open goal (carriedFromGoalId = the old one). */
  goal: Goal;
  measures: CarriedMeasure[];
  /** Open sub-goals moved from the old goal to the new one. */
  movedSubGoalIds: string[];
  /** Open sub-goals of departments the person may not edit, left under the old goal (`subGoals: 'mine'`). */
  keptSubGoalIds: string[];
}

/** An open sub-goal a carry-over cannot move: it belongs to a department the person may not edit. */
export interface UnmovableSubGoal {
  id: string;
  title: string;
  departmentId: string;
  departmentName: string;
  reason: 'other_department';
}

// ---------- due list ----------
export interface DueGoal {
  goal: Goal;
  departmentName: string;
  /** `reviewDate`, or one cadence step after the start date when none is set. */
  nextReviewDate: string;
  /** Days from today to the review date: negative when overdue. */
  daysUntil: number;
  overdue: boolean;
}

export interface StaleMeasure {
  measureId: string;
  name: string;
  frequency: Frequency;
  goalId: string;
  goalTitle: string;
  departmentId: string;
  departmentName: string;
  /** Date of the latest check-in; null when it never had one. */
  lastCheckIn: string | null;
  /** When the next check-in was due (one period after the last check-in, or after the baseline date). */
  dueSince: string;
  daysOverdue: number;
}

export interface DueList {
  today: string;
  /** Goals are listed when their review date is on or before this date (today + DUE_WINDOW_DAYS). */
  horizon: string;
  goals: DueGoal[];
  staleMeasures: StaleMeasure[];
  overdueActions: ActionInContext[];
}

export const DUE_WINDOW_DAYS = 14;

// ---------- timeline ----------
export interface ActiveOverride extends StatusOverride {
  reviewId: string;
  meetingDate: string;
}

export interface TimelineGoal {
  id: string;
  title: string;
  owner: string;
  parentGoalId: string | null;
  startDate: string;
  dueDate: string;
  reviewDate: string | null;
  nextReviewDate: string;
  reviewCadence: ReviewCadence;
  state: GoalState;
  progress: number | null;
  computedStatus: Status;
  /** The override from the goal's latest closed review, until the goal's next review is held. */
  override: ActiveOverride | null;
  status: Status;
}

export interface TimelineDepartment {
  id: string;
  name: string;
  goals: TimelineGoal[];
}

export interface TimelineReview {
  id: string;
  period: string;
  meetingDate: string;
  forum: Forum;
  departmentId: string | null;
  state: ReviewState;
}

export interface Timeline {
  /** The window (inclusive); null ends are open. Goals overlapping it are listed. */
  from: string | null;
  to: string | null;
  today: string;
  departments: TimelineDepartment[];
  /** Review meetings in the window (and department). */
  reviews: TimelineReview[];
}

/** Whether [start, due] overlaps the window (open ends allowed). */
export function overlaps(start: string, due: string, from: string | null, to: string | null): boolean {
  return (to === null || start <= to) && (from === null || due >= from);
}
