// The rows Tiller stores and returns. Every row carries id, version and timestamps.
import type { GoalFields, MeasureFields } from './schemas.ts';
import type { GoalState } from './schemas.ts';
import type { Influence, KpiKey, QualityLevel } from './measurement-terms.ts';
import type { Interval } from './stats.ts';
import type { Status } from './status.ts';
import type { DepartmentSummary } from './department-summary.ts';
import type { HiddenSubGoals } from './progress.ts';

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

/** A goal: the fields users write (`goalFields`) and its lifecycle, which only closing and carrying over change. */
export type Goal = RowMeta &
  GoalFields & {
    /** open, or closed: achieved / missed / dropped, or carried into a next-period goal. */
    state: GoalState;
    /** When it was closed or carried (ISO instant); null while open. */
    closedAt: string | null;
    /** Why it was closed (required when closing). */
    closedComment: string;
    /** The previous-period goal this one continues (carry-over), if any. */
    carriedFromGoalId: string | null;
  };

/** A measure: the fields users write (`measureFields`, with its comments) and where it belongs. */
export type Measure = RowMeta & { goalId: string } & MeasureFields;

export interface CheckIn extends RowMeta, CheckInStats {
  measureId: string;
  /** Typed, or computed from the counts, from k of n, or from the segments. */
  value: number;
  date: string;
  note: string;
  /** n: answers or sampled contacts (null when not recorded). */
  sampleSize: number | null;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  /** k of a share: answers 4–5, contacts that met every practice… */
  successes: number | null;
  /** Per-segment values when the check-in was recorded by segment (else empty), ordered by segment id. */
  segments: CheckInSegment[];
}

/** What a check-in's sample says, computed on every read (src/domain/measurement.ts). */
export interface CheckInStats {
  /** NPS measures: the 95 % margin of error in points (value ± margin). */
  margin: number | null;
  /** The 95 % interval in the measure's unit: NPS ± margin, or the Wilson interval of a share. */
  interval: Interval | null;
  /** n is below the measure's `minSample`. */
  belowMinSample: boolean;
  /** Its interval overlaps the previous check-in's: the change is within noise. Null when either has no interval. */
  withinNoise: boolean | null;
}

export interface CheckInSegment {
  segmentId: string;
  value: number;
  volume: number;
}

/** A measure as the tree shows it: the check-in that counts and its progress 0…1. */
export interface MeasureWithProgress extends Measure {
  /** The latest check-in that counts (a plain value, or a sample that meets the minimum): it sets progress and status. */
  latest: CheckIn | null;
  /** The newest check-in when it is a sample below the minimum: shown and marked, but it does not count. */
  smallSample: CheckIn | null;
  /** 0…1; null when no check-in counts yet ("no data", left out of every roll-up). */
  progress: number | null;
}

/** A goal with its roll-up; null when nothing below it can be measured yet. */
export interface GoalWithProgress extends Goal {
  progress: number | null;
  /** Set by a scoped read on a goal whose sub-goals it left out (expand on demand). */
  hidden?: HiddenSubGoals;
}

export interface Tree {
  vision: Vision | null;
  progress: number | null;
  departments: Department[];
  goals: GoalWithProgress[];
  measures: MeasureWithProgress[];
  /** Every counterweight pair (issue 4). */
  pairs: MeasurePair[];
  /** Gameable library measures without a counterweight, across the organisation. */
  warnings: CounterweightWarning[];
  /**
   * A scoped read's goals outside its scope that its pages name: the ancestors of its top goals
   * (breadcrumbs), goals carried from or into its goals, and the goals of paired measures. They
   * take no part in the scope's roll-ups.
   */
  context?: GoalWithProgress[];
}

/** What `GET /api/tree?goal=…|department=…&period=…&depth=…` answers: one part of the tree. */
export interface ScopedTree extends Tree {
  context: GoalWithProgress[];
  /** Goals the scope selects (a department: its own goals), in the period and in every period. */
  goalCount: { inPeriod: number; total: number };
}

// ---------- measurement (issue 4) ----------
export type { Interval } from './stats.ts';
export type { Influence, KpiKey, QualityLevel, SampleKind } from './measurement-terms.ts';
export type { KpiDefinition, KpiTexts } from './kpi-library.ts';

/** Two measures that keep each other honest. Unordered: `measureId` is the one it was added from. */
export interface MeasurePair extends RowMeta {
  measureId: string;
  counterweightId: string;
}

/** A channel or team a measure is split by (Phone, Chat, E-mail; Site A…). */
export interface Segment extends RowMeta {
  measureId: string;
  name: string;
}

/** What to do in every customer contact to reach a goal; the goal's quality-assurance form. */
export interface Practice extends RowMeta {
  goalId: string;
  text: string;
  /** 0-based place on the form. */
  position: number;
}

/** A gameable library measure that no counterweight is paired with. */
export interface CounterweightWarning {
  goalId: string;
  measureId: string;
  libraryKey: KpiKey;
  /** The library's suggested counterweights, in order of preference. */
  suggestions: CounterweightSuggestion[];
}

export interface CounterweightSuggestion {
  libraryKey: KpiKey;
  /** A measure of the same goal already on this library key: the fix pairs it instead of creating one. */
  existingMeasureId: string | null;
  /** True when the fix cannot be one click: no existing measure and no typical level, so baseline and target must be sent. */
  needsInput: boolean;
}

/** Result of `POST /api/measures/{id}/suggested-counterweight`. */
export interface CounterweightFix {
  measure: Measure;
  pair: MeasurePair;
  /** False when an existing measure of the goal was paired instead of a new one created. */
  created: boolean;
}

/** Result of `GET /api/measures/{id}/suggested-counterweight`: what the fix would do, before it does it. */
export interface CounterweightPreview {
  libraryKey: KpiKey;
  /** Measures on the same library key already in the organisation (this goal's first): pair one of them instead. */
  existing: { measure: Measure; goalTitle: string; departmentId: string; departmentName: string; sameGoal: boolean }[];
  /** The measure that would be created on the watched measure's goal (fields may still be missing: see `missing`). */
  draft: Partial<Measure> & { name: string };
  /** Fields the fix needs from the person (no typical level in the library). */
  missing: ('baseline' | 'target')[];
}

/** How measures spread over the three quality levels and the influence rings. */
export interface QualitySpread {
  /** The subtree's root, or null for the whole organisation. */
  goalId: string | null;
  measures: number;
  /** Measures tagged with each level (a measure can carry several). */
  levels: Record<QualityLevel, number>;
  untagged: number;
  /** Levels no measure covers: a tree that measures only speed is lopsided. */
  missing: QualityLevel[];
  influence: Record<Influence, number>;
}

// ---------- light reads: what pickers and lists need, instead of the whole tree ----------
// Only what pickers show and filter on: every further field costs bytes a thousand times over.
export type GoalIndexEntry = Pick<Goal, 'id' | 'title' | 'departmentId' | 'state'>;
export type MeasureIndexEntry = Pick<Measure, 'id' | 'name' | 'goalId'>;

/** `GET /api/goal-index`: goals (and, when asked, measures) by name, for pickers and audit entries. */
export interface GoalIndex {
  goals: GoalIndexEntry[];
  measures: MeasureIndexEntry[];
}

/** A measure in the influence circle: its ring, progress and status (judged on the day asked for). */
export interface InfluenceMeasure extends Pick<Measure, 'id' | 'name' | 'goalId' | 'influence'> {
  progress: number | null;
  status: Status;
}

/** `GET /api/influence`: the open goals' measures of a department (or all), and those goals' titles. */
export interface InfluenceView {
  departmentId: string | null;
  goals: Pick<Goal, 'id' | 'title'>[];
  measures: InfluenceMeasure[];
}

/** `GET /api/department-summaries`: every department with its goals counted by status (null: it has none). */
export type DepartmentWithSummary = Department & { summary: DepartmentSummary | null };
