// The timeline (issue 3): goals with their start, due and review dates by department, filtered by
// department and by a date window, with progress and status. Six statements, whatever the size.
import { effectiveReviewDate, parsePeriod } from '../domain/cadence.ts';
import {
  overlaps,
  type ActiveOverride,
  type Timeline,
  type TimelineDepartment,
  type TimelineGoal,
  type TimelineReview,
} from '../domain/reviews.ts';
import { assessTree, type Status } from '../domain/status.ts';
import type { CheckIn, Goal, Measure } from '../domain/types.ts';
import { rowsOf, type Sql } from './db.ts';
import { GOAL_COLUMNS } from './goals.ts';
import { COUNTS_SQL, countingByMeasure } from './measures.ts';
import { MEASURE, selectList } from './columns.ts';

const MEASURE_FIELDS = selectList(MEASURE, {
  only: [
    'id',
    'goalId',
    'direction',
    'baseline',
    'baselineDate',
    'target',
    'targetLow',
    'targetHigh',
    'targetDate',
    'weight',
    'minSample',
  ],
});

export interface TimelineOptions {
  departmentId?: string;
  from?: string;
  to?: string;
  period?: string;
  today: string;
}

export async function readTimeline(sql: Sql, opts: TimelineOptions): Promise<Timeline> {
  const p = opts.period !== undefined ? parsePeriod(opts.period) : null;
  const from = p ? p.start : (opts.from ?? null);
  const to = p ? p.end : (opts.to ?? null);
  const dep = opts.departmentId ?? null;
  const [departments, goals, measures, latest, overrides, reviews] = await sql.batch([
    'SELECT id, name FROM departments ORDER BY name COLLATE NOCASE',
    `SELECT ${GOAL_COLUMNS} FROM goals ORDER BY start_date, title`,
    `SELECT ${MEASURE_FIELDS} FROM measures`,
    // Candidates for the check-in that counts (countingCheckIn chooses): the latest that counts.
    `SELECT measureId, value, sampleSize FROM (
       SELECT c.measure_id AS measureId, c.value, c.sample_size AS sampleSize, ${COUNTS_SQL('c', 'm')} AS counts,
              row_number() OVER (PARTITION BY c.measure_id, ${COUNTS_SQL('c', 'm')} ORDER BY c.date DESC, c.created_at DESC) AS rn
         FROM check_ins c JOIN measures m ON m.id = c.measure_id)
      WHERE rn = 1 AND counts`,
    // Each goal's latest closed review; its override holds until the goal's next review is held.
    `SELECT goalId, status, reason, reviewId, meetingDate FROM (
       SELECT ri.goal_id AS goalId, ri.override_status AS status, ri.override_reason AS reason, r.id AS reviewId, r.meeting_date AS meetingDate,
              row_number() OVER (PARTITION BY ri.goal_id ORDER BY r.meeting_date DESC, r.closed_at DESC) AS rn
         FROM review_items ri JOIN reviews r ON r.id = ri.review_id WHERE r.state = 'closed')
      WHERE rn = 1 AND status IS NOT NULL`,
    {
      sql: `SELECT id, period, meeting_date AS meetingDate, forum, department_id AS departmentId, state FROM reviews
             WHERE (:from IS NULL OR meeting_date >= :from) AND (:to IS NULL OR meeting_date <= :to)
               AND (:dep IS NULL OR department_id IS NULL OR department_id = :dep)
             ORDER BY meeting_date, created_at`,
      args: { from, to, dep },
    },
  ]);
  const allGoals = rowsOf<Goal>(goals!);
  const measureRows = rowsOf<Measure>(measures!);
  const assessed = assessTree(
    allGoals,
    measureRows,
    countingByMeasure(measureRows, rowsOf<Pick<CheckIn, 'measureId' | 'value' | 'sampleSize'>>(latest!)),
    opts.today,
  );
  const overrideByGoal = new Map(
    rowsOf<ActiveOverride & { goalId: string }>(overrides!).map(({ goalId, ...o }) => [goalId, o]),
  );

  const byDept = new Map<string, TimelineGoal[]>();
  for (const g of allGoals) {
    if (dep !== null && g.departmentId !== dep) continue;
    if (!overlaps(g.startDate, g.dueDate, from, to)) continue;
    const a = assessed.goals.get(g.id);
    const computedStatus: Status = a?.status ?? 'not_started';
    const override = overrideByGoal.get(g.id) ?? null;
    const tg: TimelineGoal = {
      id: g.id,
      title: g.title,
      owner: g.owner,
      parentGoalId: g.parentGoalId,
      startDate: g.startDate,
      dueDate: g.dueDate,
      reviewDate: g.reviewDate,
      nextReviewDate: effectiveReviewDate(g),
      reviewCadence: g.reviewCadence,
      state: g.state,
      progress: a?.progress ?? null,
      computedStatus,
      override,
      status: override?.status ?? computedStatus,
    };
    const list = byDept.get(g.departmentId);
    if (list) list.push(tg);
    else byDept.set(g.departmentId, [tg]);
  }
  const out: TimelineDepartment[] = [];
  for (const d of rowsOf<{ id: string; name: string }>(departments!)) {
    const list = byDept.get(d.id);
    if (list || d.id === dep) out.push({ id: d.id, name: d.name, goals: list ?? [] });
  }
  return { from, to, today: opts.today, departments: out, reviews: rowsOf<TimelineReview>(reviews!) };
}
