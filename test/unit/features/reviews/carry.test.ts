// Proposed next-period dates for carrying a goal over (the form's defaults).
import { describe, expect, it } from 'vitest';
import { periodKindOf, proposeCarryOver, proposeCarryOverWithReview } from '../../../../src/features/reviews/carry.ts';
import { REVIEW_CADENCES } from '../../../../src/domain/cadence.ts';

describe('proposeCarryOver', () => {
  it('reads the kind of period from the goal’s length', () => {
    expect(periodKindOf('2027-01-01', '2027-01-31')).toBe('month');
    expect(periodKindOf('2027-01-01', '2027-03-31')).toBe('quarter');
    expect(periodKindOf('2027-01-01', '2027-06-30')).toBe('half');
    expect(periodKindOf('2027-01-01', '2027-12-31')).toBe('year');
  });

  it('proposes the next quarter after a quarter goal, across the year end', () => {
    expect(proposeCarryOver({ startDate: '2027-10-01', dueDate: '2027-12-31' }, '2027-12-10')).toEqual({
      startDate: '2028-01-01',
      dueDate: '2028-03-31',
    });
  });

  it('starts the day after a mid-period due date and ends with the next period', () => {
    expect(proposeCarryOver({ startDate: '2027-08-16', dueDate: '2027-11-15' }, '2027-11-01')).toEqual({
      startDate: '2027-11-16',
      dueDate: '2028-03-31',
    });
  });

  it('proposes the next year after a year goal, and a leap-year February month', () => {
    expect(proposeCarryOver({ startDate: '2027-01-01', dueDate: '2027-12-31' }, '2027-12-01')).toEqual({
      startDate: '2028-01-01',
      dueDate: '2028-12-31',
    });
    expect(proposeCarryOver({ startDate: '2028-01-01', dueDate: '2028-01-31' }, '2028-01-20')).toEqual({
      startDate: '2028-02-01',
      dueDate: '2028-02-29',
    });
  });

  it('starts a goal already past its due date today', () => {
    expect(proposeCarryOver({ startDate: '2027-01-01', dueDate: '2027-03-31' }, '2027-05-10')).toEqual({
      startDate: '2027-05-10',
      dueDate: '2027-06-30',
    });
    // Fewer than 14 days left in the current quarter: run to the end of the next one.
    expect(proposeCarryOver({ startDate: '2027-01-01', dueDate: '2027-03-31' }, '2027-06-20')).toEqual({
      startDate: '2027-06-20',
      dueDate: '2027-09-30',
    });
  });

  it('proposes a review date inside the new period, on or before its due date', () => {
    // A quarter goal reviewed quarterly: one step after 1 January (1 April) would miss the Q1 review.
    expect(
      proposeCarryOverWithReview(
        { startDate: '2026-10-01', dueDate: '2026-12-31', reviewCadence: 'quarterly' },
        '2026-12-01',
      ),
    ).toEqual({
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
      reviewDate: '2027-03-01',
    });
    expect(
      proposeCarryOverWithReview(
        { startDate: '2026-10-01', dueDate: '2026-12-31', reviewCadence: 'monthly' },
        '2026-12-01',
      ).reviewDate,
    ).toBe('2027-02-01');
    expect(
      proposeCarryOverWithReview(
        { startDate: '2026-01-01', dueDate: '2026-12-31', reviewCadence: 'yearly' },
        '2026-12-01',
      ).reviewDate,
    ).toBe('2027-12-01');
    for (const goal of [
      { startDate: '2026-10-01', dueDate: '2026-12-31' },
      { startDate: '2026-01-01', dueDate: '2026-06-30' },
      { startDate: '2026-11-01', dueDate: '2026-11-30' },
    ])
      for (const today of ['2026-11-20', '2027-02-10'])
        for (const reviewCadence of REVIEW_CADENCES) {
          const p = proposeCarryOverWithReview({ ...goal, reviewCadence }, today);
          expect(
            p.reviewDate >= p.startDate && p.reviewDate <= p.dueDate,
            JSON.stringify([goal, today, reviewCadence, p]),
          ).toBe(true);
        }
  });
});
