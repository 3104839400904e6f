// Review meetings (issue 3): reviews, their items (one goal each), decisions/actions, the agenda
// and closing. The agenda is read in a constant number of statements, whatever its size.
import type { InStatement, InValue, ResultSet } from '@libsql/client';
import { parsePeriod } from '../domain/cadence.ts';
import type { ActionInput, ActionPatch, ReviewInput, ReviewItemInput, ReviewPatch } from '../domain/review-schemas.ts';
import { reviewInput } from '../domain/review-schemas.ts';
import {
  MAX_CHECK_INS_SINCE,
  agendaFromSnapshot,
  buildAgenda,
  freezeAgenda,
  meetingAhead,
  reviewDateAdvances,
  snapshotParts,
  type Action,
  type ActionInContext,
  type Agenda,
  type AgendaGoalRow,
  type AgendaItem,
  type AgendaMeasureRow,
  type AgendaCheckInRow,
  type CheckInPoint,
  type PreviousReview,
  type Review,
  type ReviewItem,
  type ReviewSnapshot,
} from '../domain/reviews.ts';
import type { Status } from '../domain/status.ts';
import { rowsOf, type Sql } from './db.ts';
import { GOAL_COLUMNS } from './goals.ts';
import { MEASURE, selectList } from './columns.ts';
import { COUNTS_SQL } from './measures.ts';
import { Problem, notFound, validate } from './http.ts';
import { all, checkVersion, newId, nowIso, one, stale, updateVersioned } from './rows.ts';
import { audit } from './audit.ts';
import { serverToday } from './clock.ts';
import { says } from '../domain/problem.ts';

// ---------- rows ----------
const REVIEW_COLUMNS = `id, period, period_start AS periodStart, period_end AS periodEnd, meeting_date AS meetingDate, forum,
  department_id AS departmentId, attendees, notes, state, closed_at AS closedAt, version, created_at AS createdAt, updated_at AS updatedAt`;
export const ACTION_COLUMNS = `id, review_id AS reviewId, goal_id AS goalId, kind, text, owner, due_date AS dueDate, state, done_at AS doneAt,
  version, created_at AS createdAt, updated_at AS updatedAt`;
const ITEM_COLUMNS = `id, review_id AS reviewId, goal_id AS goalId, notes, override_status AS overrideStatus, override_reason AS overrideReason,
  version, created_at AS createdAt, updated_at AS updatedAt`;
const MEASURE_FIELDS = selectList(MEASURE, {
  only: [
    'id',
    'goalId',
    'name',
    'unit',
    'direction',
    'baseline',
    'baselineDate',
    'target',
    'targetLow',
    'targetHigh',
    'targetDate',
    'frequency',
    'weight',
    'sampleKind',
    'minSample',
  ],
});

type ReviewRow = Omit<Review, 'attendees'> & { attendees: string };
type ItemRow = Omit<ReviewItem, 'override'> & { overrideStatus: Status | null; overrideReason: string };

const toReview = (r: ReviewRow): Review => ({ ...r, attendees: JSON.parse(r.attendees) as string[] });
const toItem = ({ overrideStatus, overrideReason, ...r }: ItemRow): ReviewItem => ({
  ...r,
  override: overrideStatus ? { status: overrideStatus, reason: overrideReason } : null,
});

// ---------- reviews ----------
export async function listReviews(
  sql: Sql,
  filter: { state?: 'open' | 'closed'; departmentId?: string } = {},
): Promise<Review[]> {
  const where: string[] = [];
  const args: InValue[] = [];
  if (filter.state) (where.push('state = ?'), args.push(filter.state));
  if (filter.departmentId) (where.push('department_id = ?'), args.push(filter.departmentId));
  const rows = await all<ReviewRow>(
    sql,
    `SELECT ${REVIEW_COLUMNS} FROM reviews${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY meeting_date DESC, created_at DESC`,
    args,
  );
  return rows.map(toReview);
}

export async function findReview(sql: Sql, id: string): Promise<Review | null> {
  const row = await one<ReviewRow>(sql, `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE id = ?`, [id]);
  return row ? toReview(row) : null;
}

export async function getReview(sql: Sql, id: string): Promise<Review> {
  const r = await findReview(sql, id);
  if (!r) throw notFound('Review');
  return r;
}

/** 409 for any change to a closed review: what it recorded is final. */
export function closedProblem(r: Pick<Review, 'period' | 'closedAt'>, what: 'review' | 'action' = 'review'): Problem {
  return new Problem(
    409,
    'Review is closed',
    says(what === 'action' ? 'action.closedRecord' : 'review.closedRecord', {
      period: r.period,
      closedOn: r.closedAt?.slice(0, 10) ?? '?',
    }),
    { review: [says('review.closed')] },
    { reviewState: 'closed' },
  );
}

async function getOpenReview(sql: Sql, id: string, what?: 'review' | 'action'): Promise<Review> {
  const r = await getReview(sql, id);
  if (r.state === 'closed') throw closedProblem(r, what);
  return r;
}

async function assertDepartment(sql: Sql, departmentId: string | null) {
  if (departmentId !== null && !(await one(sql, 'SELECT 1 AS ok FROM departments WHERE id = ?', [departmentId])))
    throw new Problem(422, 'Invalid reference', says('review.invalidReference'), {
      departmentId: [says('goal.departmentUnknown')],
    });
}

export async function createReview(sql: Sql, input: ReviewInput): Promise<Review> {
  await assertDepartment(sql, input.departmentId);
  const period = parsePeriod(input.period)!; // validated by the schema
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: `INSERT INTO reviews (id, period, period_start, period_end, meeting_date, forum, department_id, attendees, notes, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      id,
      period.label,
      period.start,
      period.end,
      input.meetingDate,
      input.forum,
      input.departmentId,
      JSON.stringify(input.attendees),
      input.notes,
      now,
      now,
    ],
  });
  const created = (await findReview(sql, id))!;
  await audit(sql, {
    action: 'create',
    entity: 'review',
    entityId: id,
    departmentId: created.departmentId,
    after: created,
  });
  return created;
}

export async function updateReview(sql: Sql, id: string, patch: ReviewPatch): Promise<Review> {
  const current = await getOpenReview(sql, id);
  const { version, ...changes } = patch;
  const next = validate(reviewInput, {
    period: current.period,
    meetingDate: current.meetingDate,
    forum: current.forum,
    attendees: current.attendees,
    notes: current.notes,
    departmentId: current.departmentId,
    ...changes,
  });
  await assertDepartment(sql, next.departmentId);
  const period = parsePeriod(next.period)!;
  const updated = await updateVersioned(sql, {
    table: 'reviews',
    what: 'Review',
    id,
    version,
    columns: {
      period: period.label,
      period_start: period.start,
      period_end: period.end,
      meeting_date: next.meetingDate,
      forum: next.forum,
      attendees: JSON.stringify(next.attendees),
      notes: next.notes,
      department_id: next.departmentId,
    },
    reread: () => findReview(sql, id),
  });
  // Both departments when a review moves from one to another (or to the whole organisation).
  await audit(sql, {
    action: 'update',
    entity: 'review',
    entityId: id,
    departmentId: updated.departmentId,
    before: current,
    after: updated,
  });
  return updated;
}

/** Deletes an open review with its items and actions. A closed review is history: 409. */
export async function deleteReview(sql: Sql, id: string, version?: number): Promise<void> {
  const r = await getOpenReview(sql, id);
  checkVersion('Review', r, version);
  await sql.execute({ sql: 'DELETE FROM reviews WHERE id = ?', args: [id] });
  await audit(sql, { action: 'delete', entity: 'review', entityId: id, departmentId: r.departmentId, before: r });
}

// ---------- items ----------
export async function putReviewItem(
  sql: Sql,
  reviewId: string,
  goalId: string,
  input: ReviewItemInput,
): Promise<{ item: ReviewItem; created: boolean }> {
  const review = await getOpenReview(sql, reviewId);
  if (!(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId]))) throw notFound('Goal');
  await assertInReviewScope(sql, review, goalId);
  const find = async () => {
    const row = await one<ItemRow>(
      sql,
      `SELECT ${ITEM_COLUMNS} FROM review_items WHERE review_id = ? AND goal_id = ?`,
      [reviewId, goalId],
    );
    return row ? toItem(row) : null;
  };
  const existing = await find();
  const status = input.status;
  const reason = status === null ? '' : input.reason;
  if (!existing) {
    const now = nowIso();
    await sql.execute({
      sql: `INSERT INTO review_items (id, review_id, goal_id, notes, override_status, override_reason, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [newId(), reviewId, goalId, input.notes, status, reason, now, now],
    });
    const item = (await find())!;
    await audit(sql, { action: 'create', entity: 'review_item', entityId: item.id, goalId, after: item });
    return { item, created: true };
  }
  if (input.version === undefined)
    throw new Problem(400, 'Invalid input', says('review.itemVersion'), {
      version: [says('review.itemVersionField')],
    });
  const item = await updateVersioned(sql, {
    table: 'review_items',
    what: 'Review item',
    id: existing.id,
    version: input.version,
    columns: { notes: input.notes, override_status: status, override_reason: reason },
    reread: find,
  });
  await audit(sql, {
    action: 'update',
    entity: 'review_item',
    entityId: item.id,
    goalId,
    before: existing,
    after: item,
  });
  return { item, created: false };
}

/**
 * A department review's items and actions are about that department's goals (an
 * organisation-wide review takes any): otherwise another department could put something on a
 * review that its own editors then cannot change, nor close the review over.
 */
async function assertInReviewScope(
  sql: Sql,
  review: Pick<Review, 'departmentId'>,
  goalId: string | null,
): Promise<void> {
  if (goalId === null || review.departmentId === null) return;
  const goal = await one<{ departmentId: string }>(
    sql,
    'SELECT department_id AS departmentId FROM goals WHERE id = ?',
    [goalId],
  );
  if (goal && goal.departmentId !== review.departmentId)
    throw new Problem(422, 'Goal outside the review', says('review.goalOutside'), {
      goalId: [says('review.goalOutsideField')],
    });
}

// ---------- actions ----------
async function assertGoal(sql: Sql, goalId: string | null) {
  if (goalId !== null && !(await one(sql, 'SELECT 1 AS ok FROM goals WHERE id = ?', [goalId])))
    throw new Problem(422, 'Invalid reference', says('action.invalidReference'), { goalId: [says('goal.unknown')] });
}

export const findAction = (sql: Sql, id: string) =>
  one<Action>(sql, `SELECT ${ACTION_COLUMNS} FROM actions WHERE id = ?`, [id]);

export async function getAction(sql: Sql, id: string): Promise<Action> {
  const a = await findAction(sql, id);
  if (!a) throw notFound('Action');
  return a;
}

export async function listReviewActions(sql: Sql, reviewId: string): Promise<Action[]> {
  await getReview(sql, reviewId);
  return all<Action>(sql, `SELECT ${ACTION_COLUMNS} FROM actions WHERE review_id = ? ORDER BY created_at, rowid`, [
    reviewId,
  ]);
}

export async function createAction(sql: Sql, reviewId: string, input: ActionInput): Promise<Action> {
  const review = await getOpenReview(sql, reviewId);
  await assertGoal(sql, input.goalId);
  await assertInReviewScope(sql, review, input.goalId);
  const id = newId();
  const now = nowIso();
  await sql.execute({
    sql: `INSERT INTO actions (id, review_id, goal_id, kind, text, owner, due_date, state, done_at, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      id,
      reviewId,
      input.goalId,
      input.kind,
      input.text,
      input.owner,
      input.dueDate,
      input.state,
      input.state === 'done' ? now : null,
      now,
      now,
    ],
  });
  const created = (await findAction(sql, id))!;
  await audit(sql, {
    action: 'create',
    entity: 'action',
    entityId: id,
    ...actionOwner(created, review),
    after: created,
  });
  return created;
}

/**
 * Changes an action. An action of a closed review keeps what was agreed: only its state may
 * change (that is how a carried action gets done in a later meeting); anything else is 409.
 */
export async function updateAction(sql: Sql, id: string, patch: ActionPatch): Promise<Action> {
  const current = await getAction(sql, id);
  const review = await getReview(sql, current.reviewId);
  const { version, ...changes } = patch;
  if (review.state === 'closed') {
    const other = Object.keys(changes).filter((k) => k !== 'state');
    if (other.length)
      throw new Problem(
        409,
        'Review is closed',
        says('action.reviewClosed', { period: review.period }),
        Object.fromEntries(other.map((k) => [k, [says('action.reviewClosedField')]])),
        { reviewState: 'closed' },
      );
  }
  const next = { ...current, ...changes };
  if (changes.goalId !== undefined) {
    await assertGoal(sql, next.goalId);
    await assertInReviewScope(sql, review, next.goalId);
  }
  const doneAt = next.state === 'done' ? (current.state === 'done' ? current.doneAt : nowIso()) : null;
  const updated = await updateVersioned(sql, {
    table: 'actions',
    what: 'Action',
    id,
    version,
    columns: {
      text: next.text,
      kind: next.kind,
      owner: next.owner,
      due_date: next.dueDate,
      state: next.state,
      done_at: doneAt,
      goal_id: next.goalId,
    },
    reread: () => findAction(sql, id),
  });
  await audit(sql, {
    action: 'update',
    entity: 'action',
    entityId: id,
    ...actionOwner(updated, review),
    before: current,
    after: updated,
  });
  return updated;
}

/** An action about a goal belongs to the goal's department; a general one to its review's scope. */
function actionOwner(action: Action, review: Review): { goalId: string } | { departmentId: string | null } {
  return action.goalId ? { goalId: action.goalId } : { departmentId: review.departmentId };
}

export async function deleteAction(sql: Sql, id: string, version?: number): Promise<void> {
  const a = await getAction(sql, id);
  const review = await getOpenReview(sql, a.reviewId, 'action');
  checkVersion('Action', a, version);
  await audit(sql, { action: 'delete', entity: 'action', entityId: id, ...actionOwner(a, review), before: a });
  await sql.execute({ sql: 'DELETE FROM actions WHERE id = ?', args: [id] });
}

// ---------- the agenda ----------
/**
 * The goals that may be on the agenda (the exact rule is `onAgenda` in src/domain/reviews.ts;
 * this is a superset it filters: goals without a review date are included once started), the
 * subtrees below them (for the roll-up), and each candidate's latest closed review before this one.
 * `prev` and `scope` are MATERIALIZED: inlined, SQLite re-ran the previous-review window for every
 * check-in it joined (300 goals: the "since" query took ~3/4 of the agenda's time).
 */
const AGENDA_CTES = `WITH RECURSIVE
  cand(id) AS (
    SELECT id FROM goals
     WHERE (state = 'open' OR closed_at >= :created)
       AND (review_date <= :meeting OR (review_date IS NULL AND start_date <= :meeting))
       AND (:dep IS NULL OR department_id = :dep)
    UNION SELECT goal_id FROM review_items WHERE review_id = :review),
  sub(id) AS (SELECT id FROM cand UNION SELECT g.id FROM goals g JOIN sub ON g.parent_goal_id = sub.id),
  prev AS MATERIALIZED (
    SELECT * FROM (
      SELECT ri.goal_id, r.id AS review_id, r.period, r.meeting_date, r.forum, ri.frozen_progress, ri.frozen_status,
             ri.override_status, ri.override_reason,
             row_number() OVER (PARTITION BY ri.goal_id ORDER BY r.meeting_date DESC, r.closed_at DESC) AS rn
        FROM review_items ri JOIN reviews r ON r.id = ri.review_id
       WHERE r.state = 'closed' AND r.id <> :review AND r.meeting_date <= :meeting AND ri.goal_id IN (SELECT id FROM cand))
     WHERE rn = 1),
  scope AS MATERIALIZED (
    SELECT m.id AS measure_id, p.meeting_date AS prev_date, g.start_date
      FROM measures m JOIN goals g ON g.id = m.goal_id LEFT JOIN prev p ON p.goal_id = m.goal_id
     WHERE m.goal_id IN (SELECT id FROM cand))`;

const CHECK_IN_POINT = 'id, value, date, note';
const CHECK_IN_SAMPLE = 'sample_size AS sampleSize, promoters, passives, detractors, successes';

function agendaStatements(review: Review): InStatement[] {
  const args = { review: review.id, meeting: review.meetingDate, created: review.createdAt, dep: review.departmentId };
  const q = (sql: string): InStatement => ({ sql: `${AGENDA_CTES}\n${sql}`, args });
  return [
    { sql: 'SELECT id, name FROM departments ORDER BY name COLLATE NOCASE', args: [] },
    q(
      asJson(
        `SELECT ${GOAL_COLUMNS}, id IN (SELECT id FROM cand) AS candidate FROM goals WHERE id IN (SELECT id FROM sub)`,
        [...names(GOAL_COLUMNS), 'candidate'],
        'startDate, title',
      ),
    ),
    q(`SELECT id, title FROM goals WHERE id IN (SELECT parent_goal_id FROM goals WHERE id IN (SELECT id FROM cand))`),
    q(
      asJson(
        `SELECT ${MEASURE_FIELDS}, created_at AS ord1, rowid AS ord2 FROM measures WHERE goal_id IN (SELECT id FROM sub)`,
        names(MEASURE_FIELDS),
        'ord1, ord2',
      ),
    ),
    // Candidates for the check-in that counts (the domain's countingCheckIn chooses): the newest, and the latest that counts.
    // One index seek each per measure, not a window over every check-in.
    q(
      asJson(
        `SELECT x.measureId, ${prefixed('c', CHECK_IN_POINT)}, ${prefixed('c', CHECK_IN_SAMPLE)}, c.id <> x.newest AS rn
         FROM (SELECT m.id AS measureId,
                      (SELECT id FROM check_ins WHERE measure_id = m.id ORDER BY date DESC, created_at DESC LIMIT 1) AS newest,
                      (SELECT id FROM check_ins c WHERE c.measure_id = m.id AND ${COUNTS_SQL('c', 'm')} ORDER BY c.date DESC, c.created_at DESC LIMIT 1) AS counting
                 FROM measures m WHERE m.goal_id IN (SELECT id FROM sub)) x
         JOIN check_ins c ON c.id IN (x.newest, x.counting)`,
        ['measureId', ...names(CHECK_IN_POINT), ...names(CHECK_IN_SAMPLE)],
        'measureId, rn',
      ),
    ),
    { sql: `SELECT ${ITEM_COLUMNS} FROM review_items WHERE review_id = ?`, args: [review.id] },
    q(`SELECT goal_id AS goalId, review_id AS id, period, meeting_date AS meetingDate, forum, frozen_progress AS progress,
              frozen_status AS status, override_status AS overrideStatus, override_reason AS overrideReason FROM prev`),
    q(
      asJson(
        `SELECT measureId, ${CHECK_IN_POINT}, total, rn FROM (
         SELECT c.measure_id AS measureId, c.id, c.value, c.date, c.note,
                row_number() OVER (PARTITION BY c.measure_id ORDER BY c.date DESC, c.created_at DESC) AS rn,
                count(*) OVER (PARTITION BY c.measure_id) AS total
           FROM check_ins c JOIN scope s ON s.measure_id = c.measure_id
          WHERE CASE WHEN s.prev_date IS NULL THEN c.date >= s.start_date ELSE c.date > s.prev_date END)
        WHERE rn <= ${MAX_CHECK_INS_SINCE}`,
        ['measureId', ...names(CHECK_IN_POINT), 'total'],
        'measureId, rn',
      ),
    ),
    q(`SELECT measureId, value FROM (
         SELECT s.measure_id AS measureId,
                (SELECT c.value FROM check_ins c WHERE c.measure_id = s.measure_id AND c.date <= s.prev_date ORDER BY c.date DESC, c.created_at DESC LIMIT 1) AS value
           FROM scope s WHERE s.prev_date IS NOT NULL)
        WHERE value IS NOT NULL`),
    { sql: `SELECT ${ACTION_COLUMNS} FROM actions WHERE review_id = ? ORDER BY created_at, rowid`, args: [review.id] },
    {
      sql: `SELECT ${prefixed('a', ACTION_COLUMNS)}, r.period AS reviewPeriod, r.meeting_date AS reviewMeetingDate, r.forum AS reviewForum,
                   g.title AS goalTitle, CASE WHEN a.goal_id IS NULL THEN r.department_id ELSE g.department_id END AS departmentId
              FROM actions a JOIN reviews r ON r.id = a.review_id LEFT JOIN goals g ON g.id = a.goal_id
             WHERE r.state = 'closed' AND r.id <> :review AND r.meeting_date <= :meeting AND a.kind = 'action'
               AND (a.state = 'open' OR a.done_at >= :created)
               AND (:dep IS NULL OR r.department_id = :dep OR g.department_id = :dep)
             ORDER BY coalesce(a.due_date, '9999-12-31'), r.meeting_date, a.created_at, a.rowid`,
      args,
    },
  ];
}

/**
 * Wraps a query so that it returns its rows as ONE JSON text (an array of objects with `columns`,
 * in `orderBy` order): libSQL's client builds a JS object per row and cell, which cost more than
 * the query itself for the thousands of rows a big agenda reads (300 goals: ~2× faster).
 */
function asJson(inner: string, columns: string[], orderBy?: string): string {
  const object = `json_object(${columns.map((c) => `'${c}', ${REAL_COLUMNS.has(c) ? exactReal(c) : c}`).join(', ')})`;
  return `SELECT json_group_array(${object}${orderBy ? ` ORDER BY ${orderBy}` : ''}) AS rows FROM (${inner})`;
}

/** Floating-point columns the agenda reads through `asJson`. */
const REAL_COLUMNS: ReadonlySet<string> = new Set(['baseline', 'target', 'targetLow', 'targetHigh', 'weight', 'value']);

/**
 * A REAL as an exact JSON number: SQLite's JSON functions print 15 significant digits (0.1 + 0.2
 * would come back as 0.3); 17 digits always read back as the same double.
 */
const exactReal = (c: string) => `CASE WHEN ${c} IS NULL THEN NULL ELSE json(printf('%!.17g', ${c})) END`;

/** The output names of a column list (`a, b AS c` → `a`, `c`). */
function names(columns: string): string[] {
  return columns.split(',').map((c) => c.trim().split(/\s+/).pop()!);
}

/** The rows of an `asJson` query. */
function jsonRowsOf<T>(rs: ResultSet): T[] {
  return JSON.parse(String(rs.rows[0]![0])) as T[];
}

/** `a.` before every column of a column list (aliases kept). */
export function prefixed(alias: string, columns: string): string {
  return columns
    .split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');
}

function candidatesByMeasure(rows: (AgendaCheckInRow & { measureId: string })[]): Map<string, AgendaCheckInRow[]> {
  const out = new Map<string, AgendaCheckInRow[]>();
  for (const { measureId, ...c } of rows) {
    const list = out.get(measureId);
    if (list) list.push(c);
    else out.set(measureId, [c]);
  }
  return out;
}

/** The live agenda of an open review, judged as of `reviewAsOf(review, today)`: one batch of a fixed number of statements. */
export async function liveAgenda(sql: Sql, review: Review, today: string = serverToday()): Promise<Agenda> {
  const [departments, goals, parents, measures, latest, items, previous, since, previousValues, actions, carried] =
    await sql.batch(agendaStatements(review));
  const goalRows = jsonRowsOf<AgendaGoalRow & { candidate: number }>(goals!);
  const sinceByMeasure = new Map<string, { points: CheckInPoint[]; total: number }>();
  for (const r of jsonRowsOf<CheckInPoint & { measureId: string; total: number }>(since!)) {
    const { measureId, total, ...point } = r;
    let entry = sinceByMeasure.get(measureId);
    if (!entry) sinceByMeasure.set(measureId, (entry = { points: [], total }));
    entry.points.push(point);
  }
  type PrevRow = Omit<PreviousReview, 'override'> & {
    goalId: string;
    overrideStatus: Status | null;
    overrideReason: string;
  };
  return buildAgenda({
    review,
    today,
    departments: rowsOf<{ id: string; name: string }>(departments!),
    goals: goalRows.map(({ candidate: _c, ...g }) => g),
    parentTitles: new Map(rowsOf<{ id: string; title: string }>(parents!).map((p) => [p.id, p.title])),
    candidateIds: new Set(goalRows.filter((g) => g.candidate).map((g) => g.id)),
    measures: jsonRowsOf<AgendaMeasureRow>(measures!),
    latest: candidatesByMeasure(jsonRowsOf<AgendaCheckInRow & { measureId: string }>(latest!)),
    items: rowsOf<ItemRow>(items!).map(toItem),
    previous: new Map(
      rowsOf<PrevRow>(previous!).map(({ goalId, overrideStatus, overrideReason, ...p }) => [
        goalId,
        { ...p, override: overrideStatus ? { status: overrideStatus, reason: overrideReason } : null },
      ]),
    ),
    since: sinceByMeasure,
    previousValues: new Map(
      rowsOf<{ measureId: string; value: number }>(previousValues!).map((r) => [r.measureId, r.value]),
    ),
    actions: rowsOf<Action>(actions!),
    carriedActions: rowsOf<ActionInContext>(carried!),
  });
}

/** A closed review's agenda, exactly as frozen at close: two statements. */
async function frozenAgenda(sql: Sql, review: Review): Promise<Agenda> {
  const [snap, items] = await sql.batch([
    { sql: 'SELECT snapshot FROM reviews WHERE id = ?', args: [review.id] },
    {
      sql: 'SELECT goal_id AS goalId, snapshot FROM review_items WHERE review_id = ? AND snapshot IS NOT NULL',
      args: [review.id],
    },
  ]);
  const text = rowsOf<{ snapshot: string | null }>(snap!)[0]?.snapshot;
  if (!text) throw new Error(`Closed review ${review.id} has no snapshot`);
  const byGoal = new Map(
    rowsOf<{ goalId: string; snapshot: string }>(items!).map((r) => [r.goalId, JSON.parse(r.snapshot) as AgendaItem]),
  );
  return agendaFromSnapshot(review, JSON.parse(text) as ReviewSnapshot, byGoal);
}

/** `GET /api/reviews/{id}`: the live agenda while open (as of `reviewAsOf`), the frozen snapshot once closed. */
export async function readAgenda(sql: Sql, id: string, today: string = serverToday()): Promise<Agenda> {
  const review = await getReview(sql, id);
  return review.state === 'closed' ? frozenAgenda(sql, review) : liveAgenda(sql, review, today);
}

// ---------- closing ----------
/**
 * Refuses closing a meeting that has not taken place yet (its record would judge goals on a day that
 * has not come), unless asked to move the meeting to today, which must then lie inside its period.
 */
function assertMeetingHeld(review: Review, today: string, move: boolean) {
  if (!meetingAhead(review, today)) return;
  if (!move)
    throw new Problem(
      409,
      'Meeting date is in the future',
      says('meeting_in_future', { meetingDate: review.meetingDate, today }),
      { meetingDate: [says('review.meetingInFutureField')] },
      { meetingDate: review.meetingDate, today },
    );
  if (today < review.periodStart)
    throw new Problem(
      422,
      'Period has not begun',
      says('period_not_started', { today, period: review.period, periodStart: review.periodStart }),
      { meetingDate: [says('review.todayOutsideField')] },
      { periodStart: review.periodStart, today },
    );
}

/**
 * Closes a review in the caller's transaction: freezes every agenda item (goal, measures,
 * values, progress, status with override, notes, actions), the carried and general actions,
 * marks the review closed and advances each reviewed open goal's next review date. A review
 * dated after today closes only with `moveMeetingDateToToday` (moved first, audited, same transaction).
 */
export async function closeReview(
  sql: Sql,
  id: string,
  opts: { version?: number; moveMeetingDateToToday?: boolean } = {},
  today: string = serverToday(),
): Promise<Agenda> {
  let review = await getOpenReview(sql, id);
  if (opts.version !== undefined && opts.version !== review.version) throw stale('Review', review);
  assertMeetingHeld(review, today, opts.moveMeetingDateToToday === true);
  if (meetingAhead(review, today)) {
    const before = review;
    await sql.execute({
      sql: `UPDATE reviews SET meeting_date = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = 'open'`,
      args: [today, nowIso(), id],
    });
    review = await getReview(sql, id);
    await audit(sql, {
      action: 'meeting_moved',
      entity: 'review',
      entityId: id,
      departmentId: review.departmentId,
      before: { meetingDate: before.meetingDate },
      after: { meetingDate: review.meetingDate, reason: 'Closed before the meeting date' },
    });
  }
  const agenda = await liveAgenda(sql, review, today);
  const advances = reviewDateAdvances(agenda);
  const now = nowIso();
  const closed: Review = { ...review, state: 'closed', closedAt: now, version: review.version + 1, updatedAt: now };
  const frozen = freezeAgenda(agenda, closed, advances);
  const parts = snapshotParts(frozen);
  const writes: InStatement[] = parts.items.map((item) => ({
    sql: `INSERT INTO review_items (id, review_id, goal_id, snapshot, frozen_progress, frozen_status, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (review_id, goal_id) DO UPDATE SET snapshot = excluded.snapshot, frozen_progress = excluded.frozen_progress,
            frozen_status = excluded.frozen_status, version = version + 1, updated_at = excluded.updated_at`,
    args: [newId(), id, item.goal.id, JSON.stringify(item), item.progress, item.status, now, now],
  }));
  for (const [goalId, date] of advances)
    writes.push({
      sql: `UPDATE goals SET review_date = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = 'open'`,
      args: [date, now, goalId],
    });
  writes.push({
    sql: `UPDATE reviews SET state = 'closed', closed_at = ?, snapshot = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = 'open'`,
    args: [now, JSON.stringify(parts.review), now, id],
  });
  const results = await sql.batch(writes);
  if (results[results.length - 1]!.rowsAffected !== 1) throw closedProblem(await getReview(sql, id));
  const after = await getReview(sql, id);
  await audit(sql, {
    action: 'close',
    entity: 'review',
    entityId: id,
    departmentId: review.departmentId,
    before: review,
    after,
  });
  // Each reviewed goal's history shows its next review date moving on.
  const goals = new Map(frozen.departments.flatMap((d) => d.items).map((i) => [i.goal.id, i.goal]));
  for (const [goalId, date] of advances) {
    const goal = goals.get(goalId);
    await audit(sql, {
      action: 'review_date_advanced',
      entity: 'goal',
      entityId: goalId,
      goalId,
      ...(goal ? { departmentId: goal.departmentId } : {}),
      before: { reviewDate: goal?.nextReviewDate ?? null },
      after: { reviewDate: date, reviewId: id },
    });
  }
  return { ...frozen, review: after };
}
