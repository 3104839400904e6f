import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sayIn } from '../../../src/domain/problem.ts';
import { en } from '../../../src/i18n/en.ts';
import { checkInInput, goalInput, goalPatch, latestTodayAnywhere, measureInput } from '../../../src/domain/schemas.ts';

/** The messages (in English) per field path of a failed parse; fails the test when the parse succeeded. */
function errorsOf(result: { success: true } | { success: false; error: z.ZodError }): Record<string, string[]> {
  expect(result.success).toBe(false);
  const out: Record<string, string[]> = {};
  if (!result.success)
    for (const issue of result.error.issues)
      (out[issue.path.join('.') || '_'] ??= []).push(sayIn(en.problems, issue.message));
  return out;
}

const aht = {
  name: 'Average handling time',
  unit: 's',
  direction: 'decrease',
  baseline: 420,
  baselineDate: '2026-01-01',
  target: 360,
  targetDate: '2026-12-31',
};

const goal = {
  title: 'Customers helped on first contact',
  departmentId: 'd1',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
};

describe('measureInput', () => {
  it('accepts a sound measure and fills in the defaults', () => {
    const r = measureInput.safeParse(aht);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      weight: 1,
      frequency: 'monthly',
      purpose: '',
      targetLow: null,
      targetHigh: null,
      target: 360,
    });
  });

  it.each(['increase', 'decrease'] as const)('refuses baseline = target for %s, on target', (direction) => {
    const errors = errorsOf(measureInput.safeParse({ ...aht, direction, baseline: 400, target: 400 }));
    expect(Object.keys(errors)).toEqual(['target']);
    expect(errors.target?.join(' ')).toMatch(/equals the baseline/);
  });

  it('refuses an increasing measure whose target is below its baseline', () => {
    const errors = errorsOf(measureInput.safeParse({ ...aht, direction: 'increase' }));
    expect(Object.keys(errors)).toEqual(['target']);
    expect(errors.target?.join(' ')).toMatch(/above its baseline/);
  });

  it('refuses a decreasing measure whose target is above its baseline', () => {
    const errors = errorsOf(measureInput.safeParse({ ...aht, target: 480 }));
    expect(Object.keys(errors)).toEqual(['target']);
  });

  it('refuses a range whose bounds are missing, equal or reversed', () => {
    const range = { ...aht, direction: 'range', target: null };
    expect(Object.keys(errorsOf(measureInput.safeParse({ ...range, targetLow: 20, targetHigh: 10 })))).toEqual([
      'targetHigh',
    ]);
    expect(Object.keys(errorsOf(measureInput.safeParse({ ...range, targetLow: 10, targetHigh: 10 })))).toEqual([
      'targetHigh',
    ]);
    expect(errorsOf(measureInput.safeParse({ ...range, targetHigh: 10 }))).toEqual({
      targetLow: ['Required for this direction.'],
    });
    expect(measureInput.safeParse({ ...range, targetLow: 10, targetHigh: 20 }).success).toBe(true);
  });

  it.each(['keep_above', 'keep_below'] as const)('refuses %s without a target', (direction) => {
    const errors = errorsOf(measureInput.safeParse({ ...aht, direction, target: null }));
    expect(errors).toEqual({ target: ['Required for this direction.'] });
    expect(measureInput.safeParse({ ...aht, direction, target: 95 }).success).toBe(true);
  });

  it('refuses a target date that is not after the baseline date', () => {
    expect(Object.keys(errorsOf(measureInput.safeParse({ ...aht, targetDate: '2026-01-01' })))).toEqual(['targetDate']);
    expect(Object.keys(errorsOf(measureInput.safeParse({ ...aht, targetDate: '2025-12-31' })))).toEqual(['targetDate']);
  });

  it('refuses a weight of 0 and non-finite numbers', () => {
    expect(Object.keys(errorsOf(measureInput.safeParse({ ...aht, weight: 0 })))).toEqual(['weight']);
    expect(Object.keys(errorsOf(measureInput.safeParse({ ...aht, baseline: Number.POSITIVE_INFINITY })))).toContain(
      'baseline',
    );
  });
});

describe('goalInput', () => {
  it('accepts a sound goal and fills in the defaults', () => {
    const r = goalInput.safeParse(goal);
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      ...goal,
      description: '',
      owner: '',
      parentGoalId: null,
      reviewDate: null,
      reviewCadence: 'quarterly',
    });
  });

  it('takes a review cadence, and a PATCH that leaves it out keeps it (no default in goalPatch)', () => {
    expect(goalInput.safeParse({ ...goal, reviewCadence: 'half_yearly' }).data?.reviewCadence).toBe('half_yearly');
    expect(Object.keys(errorsOf(goalInput.safeParse({ ...goal, reviewCadence: 'weekly' })))).toEqual(['reviewCadence']);
    expect(goalPatch.parse({ title: 'x', version: 1 })).toEqual({ title: 'x', version: 1 });
  });

  it('refuses a due date on or before the start date, on dueDate', () => {
    for (const dueDate of ['2026-01-01', '2025-06-30']) {
      const errors = errorsOf(goalInput.safeParse({ ...goal, dueDate }));
      expect(errors).toEqual({ dueDate: ['The due date must be after the start date.'] });
    }
  });

  it('refuses dates that do not exist, accepts a real leap day', () => {
    expect(Object.keys(errorsOf(goalInput.safeParse({ ...goal, dueDate: '2027-02-30' })))).toEqual(['dueDate']);
    expect(Object.keys(errorsOf(goalInput.safeParse({ ...goal, dueDate: '2027-02-29' })))).toEqual(['dueDate']);
    expect(Object.keys(errorsOf(goalInput.safeParse({ ...goal, startDate: '2026-1-5' })))).toContain('startDate');
    expect(goalInput.safeParse({ ...goal, dueDate: '2028-02-29' }).success).toBe(true);
  });

  it('refuses an unknown extra field', () => {
    const r = goalInput.safeParse({ ...goal, isAdmin: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.code)).toContain('unrecognized_keys');
  });

  it('refuses a blank title after trimming', () => {
    expect(errorsOf(goalInput.safeParse({ ...goal, title: '   ' }))).toEqual({ title: ['Required.'] });
  });
});

describe('checkInInput', () => {
  const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  it('accepts today and fills in the note', () => {
    const r = checkInInput.safeParse({ value: 390, date: isoDay(0) });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ value: 390, date: isoDay(0), note: '' });
  });

  it('refuses a date well in the future', () => {
    const errors = errorsOf(checkInInput.safeParse({ value: 390, date: isoDay(3) }));
    expect(errors).toEqual({ date: ['A check-in cannot be dated in the future.'] });
  });

  it("takes the latest 'today' anywhere on Earth (UTC+14)", () => {
    expect(latestTodayAnywhere(new Date('2026-03-01T09:59:59Z'))).toBe('2026-03-01');
    expect(latestTodayAnywhere(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-02');
  });
});
