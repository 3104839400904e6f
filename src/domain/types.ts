// The rows Tiller stores and returns. Every row carries id, version and timestamps.
import type { Direction, Frequency, Unit } from './schemas.ts';
import type { GoalState, ReviewCadence } from './schemas.ts';

export interface RowMeta {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Vision extends RowMeta {
  statement: string;
  horizonYear: number;
}

export interface Department extends RowMeta {
  name: string;
}

export interface Goal extends RowMeta {
  title: string;
  description: string;
  departmentId: string;
  parentGoalId: string | null;
  owner: string;
  startDate: string;
  dueDate: string;
  reviewDate: string | null;
  /** Reviews (issue 3): how often it is reviewed (default quarterly). */
  reviewCadence: ReviewCadence;
  /** open, or closed: achieved / missed / dropped, or carried into a next-period goal. */
  state: GoalState;
  /** When it was closed or carried (ISO instant); null while open. */
  closedAt: string | null;
  /** Why it was closed (required when closing). */
  closedComment: string;
  /** The previous-period goal this one continues (carry-over), if any. */
  carriedFromGoalId: string | null;
}

export interface Measure extends RowMeta {
  goalId: string;
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
  purpose: string;
  weight: number;
}

export interface CheckIn extends RowMeta {
  measureId: string;
  value: number;
  date: string;
  note: string;
}

/** A measure as the tree shows it: its latest check-in and its progress 0…1. */
export interface MeasureWithProgress extends Measure {
  latest: CheckIn | null;
  progress: number;
}

/** A goal with its roll-up; null when nothing below it can be measured yet. */
export interface GoalWithProgress extends Goal {
  progress: number | null;
}

export interface Tree {
  vision: Vision | null;
  progress: number | null;
  departments: Department[];
  goals: GoalWithProgress[];
  measures: MeasureWithProgress[];
}
