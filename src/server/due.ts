// "What is due" (issue 3): goals to review within the next 14 days or overdue, stale measures and
// overdue actions. Three statements, whatever the organisation's size.
import { addDays, daysBetween, effectiveReviewDate, staleSince } from '../domain/cadence.ts';
import {
  DUE_WINDOW_DAYS,
  type ActionInContext,
  type DueGoal,
  type DueList,
  type StaleMeasure,
} from '../domain/reviews.ts';
import type { Frequency } from '../domain/schemas.ts';
import type { Goal } from '../domain/types.ts';
import { countingCheckIn } from '../domain/measurement.ts';
import { rowsOf, type Sql } from './db.ts';
import { COUNTS_SQL } from './measures.ts';
import { MEASURE, col } from './columns.ts';
import { GOAL_COLUMNS } from './goals.ts';
import { ACTION_COLUMNS, prefixed } from './reviews.ts';

export async function readDue(sql: Sql, today: string, departmentId?: string): Promise<DueList> {
  const horizon = addDays(today, DUE_WINDOW_DAYS);
  const args = { horizon, today, dep: departmentId ?? null };
  const [goals, measures, actions] = await sql.batch([
    {
      // Goals without a review date are due one cadence step after their start: fetched once started, filtered below.
      sql: `SELECT ${GOAL_COLUMNS}, (SELECT d.name FROM departments d WHERE d.id = goals.department_id) AS departmentName
              FROM goals
             WHERE state = 'open' AND (review_date <= :horizon OR (review_date IS NULL AND start_date <= :horizon))
               AND (:dep IS NULL OR department_id = :dep)`,
      args,
    },
    {
      sql: `SELECT m.id AS measureId, m.name, m.frequency, ${col(MEASURE, 'baselineDate', 'm')} AS baselineDate, m.goal_id AS goalId, g.title AS goalTitle,
                   g.department_id AS departmentId, d.name AS departmentName,
                   m.created_at AS createdAt, m.min_sample AS minSample,
                   -- Candidates for the check-in that counts (countingCheckIn chooses): the latest that counts.
                   (SELECT json_object('date', c.date, 'sampleSize', c.sample_size) FROM check_ins c
                     WHERE c.measure_id = m.id AND ${COUNTS_SQL('c', 'm')} ORDER BY c.date DESC, c.created_at DESC LIMIT 1) AS counting
              FROM measures m JOIN goals g ON g.id = m.goal_id JOIN departments d ON d.id = g.department_id
             WHERE g.state = 'open' AND ${col(MEASURE, 'baselineDate', 'm')} < :today AND (:dep IS NULL OR g.department_id = :dep)`,
      args,
    },
    {
      sql: `SELECT ${prefixed('a', ACTION_COLUMNS)}, r.period AS reviewPeriod, r.meeting_date AS reviewMeetingDate, r.forum AS reviewForum,
                   g.title AS goalTitle, CASE WHEN a.goal_id IS NULL THEN r.department_id ELSE g.department_id END AS departmentId
              FROM actions a JOIN reviews r ON r.id = a.review_id LEFT JOIN goals g ON g.id = a.goal_id
             WHERE a.kind = 'action' AND a.state = 'open' AND a.due_date < :today
               AND (:dep IS NULL OR g.department_id = :dep OR (a.goal_id IS NULL AND r.department_id = :dep))
             ORDER BY a.due_date, r.meeting_date, a.created_at, a.rowid`,
      args,
    },
  ]);

  const dueGoals: DueGoal[] = [];
  for (const { departmentName, ...goal } of rowsOf<Goal & { departmentName: string }>(goals!)) {
    const next = effectiveReviewDate(goal);
    if (next > horizon) continue;
    const daysUntil = daysBetween(today, next);
    dueGoals.push({ goal, departmentName, nextReviewDate: next, daysUntil, overdue: daysUntil < 0 });
  }
  dueGoals.sort((a, b) => cmp(a.nextReviewDate, b.nextReviewDate) || cmp(a.goal.title, b.goal.title));

  type MeasureRow = Omit<StaleMeasure, 'dueSince' | 'daysOverdue' | 'lastCheckIn'> & {
    baselineDate: string;
    createdAt: string;
    minSample: number;
    counting: string | null;
  };
  const stale: StaleMeasure[] = [];
  for (const { baselineDate, createdAt, minSample, counting, ...row } of rowsOf<MeasureRow>(measures!)) {
    // A check-in below the minimum sample does not settle what is owed: the last one that counts does.
    const last = countingCheckIn(
      { minSample },
      counting ? [JSON.parse(counting) as { date: string; sampleSize: number | null }] : [],
    );
    const m = { ...row, lastCheckIn: last?.date ?? null };
    const dueSince = staleSince({ frequency: m.frequency as Frequency, baselineDate, createdAt }, m.lastCheckIn, today);
    if (dueSince !== null) stale.push({ ...m, dueSince, daysOverdue: daysBetween(dueSince, today) });
  }
  stale.sort((a, b) => cmp(a.dueSince, b.dueSince) || cmp(a.name, b.name));

  return { today, horizon, goals: dueGoals, staleMeasures: stale, overdueActions: rowsOf<ActionInContext>(actions!) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The server's date (UTC) for routes that default `today`. Clients should send their own. */
export { serverToday } from './clock.ts';
