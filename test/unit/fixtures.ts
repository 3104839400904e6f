// Small builders for domain rows, shared by the unit tests (not a test file itself).
import { buildTree } from '../../src/domain/progress.ts';
import type { CheckIn, Department, Goal, Measure, Tree, Vision } from '../../src/domain/types.ts';

const meta = (id: string) => ({ id, version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });

export function vision(statement = 'Every customer helped on first contact', horizonYear = 2030): Vision {
  return { ...meta('vision'), statement, horizonYear };
}

export function department(id: string, name = id): Department {
  return { ...meta(id), name };
}

export function goal(id: string, parentGoalId: string | null, over: Partial<Goal> = {}): Goal {
  return {
    ...meta(id),
    title: `Goal ${id}`,
    description: '',
    departmentId: 'd1',
    parentGoalId,
    owner: '',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    reviewDate: null,
    reviewCadence: 'quarterly',
    state: 'open',
    closedAt: null,
    closedComment: '',
    carriedFromGoalId: null,
    ...over,
  };
}

/** An increasing measure from 0 to 100, so a check-in value of 42 means progress 0.42. */
export function measure(id: string, goalId: string, over: Partial<Measure> = {}): Measure {
  return {
    ...meta(id),
    goalId,
    name: `Measure ${id}`,
    unit: '%',
    direction: 'increase',
    baseline: 0,
    baselineDate: '2026-01-01',
    target: 100,
    targetLow: null,
    targetHigh: null,
    targetDate: '2026-12-31',
    frequency: 'monthly',
    purpose: '',
    weight: 1,
    libraryKey: null,
    influence: 'partial',
    qualityLevels: [],
    survey: false,
    sampleKind: null,
    minSample: 30,
    thresholdSeconds: null,
    ...over,
  };
}

export function checkIn(measureId: string, value: number, date = '2026-06-01'): CheckIn {
  return {
    ...meta(`c-${measureId}`),
    measureId,
    value,
    date,
    note: '',
    sampleSize: null,
    promoters: null,
    passives: null,
    detractors: null,
    successes: null,
    segments: [],
    margin: null,
    interval: null,
    belowMinSample: false,
    withinNoise: null,
  };
}

/** Builds a tree; `values` maps a measure id to its latest check-in value. */
export function makeTree(input: {
  vision?: Vision | null;
  departments?: Department[];
  goals: Goal[];
  measures?: Measure[];
  values?: Record<string, number>;
}): Tree {
  const checkIns = new Map<string, CheckIn[]>();
  for (const [id, v] of Object.entries(input.values ?? {})) checkIns.set(id, [checkIn(id, v)]);
  return buildTree({
    vision: input.vision === undefined ? vision() : input.vision,
    departments: input.departments ?? [department('d1')],
    goals: input.goals,
    measures: input.measures ?? [],
    checkIns,
  });
}
