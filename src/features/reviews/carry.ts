// Proposed dates for carrying a goal into the next period: the same kind of period (month,
// quarter, half year or year, judged by the goal's length) after the one its due date falls in.
import {
  addDays,
  daysBetween,
  defaultReviewDate,
  periodContaining,
  shiftPeriod,
  type PeriodKind,
  type ReviewCadence,
} from '../../domain/cadence.ts';

export function periodKindOf(startDate: string, dueDate: string): PeriodKind {
  const days = daysBetween(startDate, dueDate);
  return days <= 40 ? 'month' : days <= 100 ? 'quarter' : days <= 200 ? 'half' : 'year';
}

/**
 * Starts the day after the due date and runs to the end of the next period of the goal's kind.
 * A goal already past its due date starts today instead, and runs to the end of the current
 * period (or the next one, when fewer than 14 days are left).
 */
export function proposeCarryOver(
  goal: { startDate: string; dueDate: string },
  today: string,
): { startDate: string; dueDate: string } {
  return proposeDates(goal, today);
}

/**
 * The proposal with its review date: inside the new period and on or before its due date (the
 * server's own default, `defaultReviewDate`), so the new period's review has the goal on its agenda.
 */
export function proposeCarryOverWithReview(
  goal: { startDate: string; dueDate: string; reviewCadence: ReviewCadence },
  today: string,
): { startDate: string; dueDate: string; reviewDate: string } {
  const p = proposeDates(goal, today);
  return { ...p, reviewDate: defaultReviewDate(p.startDate, p.dueDate, goal.reviewCadence) };
}

function proposeDates(
  goal: { startDate: string; dueDate: string },
  today: string,
): { startDate: string; dueDate: string } {
  const kind = periodKindOf(goal.startDate, goal.dueDate);
  if (goal.dueDate < today) {
    const current = periodContaining(today, kind);
    const end = daysBetween(today, current.end) < 14 ? shiftPeriod(current).end : current.end;
    return { startDate: today, dueDate: end };
  }
  return { startDate: addDays(goal.dueDate, 1), dueDate: shiftPeriod(periodContaining(goal.dueDate, kind)).end };
}
