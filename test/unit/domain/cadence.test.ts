import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  advanceReviewDate,
  daysBetween,
  daysInMonth,
  defaultReviewDate,
  effectiveReviewDate,
  REVIEW_CADENCES,
  formatPeriod,
  inPeriod,
  isLeapYear,
  nextCheckInDue,
  nextReviewDate,
  parsePeriod,
  periodContaining,
  shiftPeriod,
  staleSince,
} from '../../../src/domain/cadence.ts';

describe('calendar helpers', () => {
  it('knows leap years (every 4th, not every 100th, but every 400th)', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2027, 4)).toBe(30);
    expect(daysInMonth(2027, 12)).toBe(31);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2027-01-01', '2027-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2028-12-31')).toBe(365);
    expect(daysBetween('2027-03-10', '2027-03-01')).toBe(-9);
  });

  it('adds months clamping to the month end (never overflowing into the next month)', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-08-31', 1)).toBe('2027-09-30');
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-12-31', 1)).toBe('2028-01-31');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-10', -1)).toBe('2026-12-10');
  });
});

describe('nextReviewDate', () => {
  it('steps by the cadence with month-end clamping', () => {
    expect(nextReviewDate('2027-01-31', 'monthly')).toBe('2027-02-28');
    expect(nextReviewDate('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(nextReviewDate('2027-01-31', 'quarterly')).toBe('2027-04-30');
    expect(nextReviewDate('2027-03-31', 'quarterly')).toBe('2027-06-30');
    expect(nextReviewDate('2027-11-30', 'quarterly')).toBe('2028-02-29');
    expect(nextReviewDate('2027-08-31', 'half_yearly')).toBe('2028-02-29');
    expect(nextReviewDate('2026-08-31', 'half_yearly')).toBe('2027-02-28');
    expect(nextReviewDate('2028-02-29', 'yearly')).toBe('2029-02-28');
    expect(nextReviewDate('2027-06-15', 'yearly')).toBe('2028-06-15');
  });

  it('a goal without a review date is due one cadence step after its start', () => {
    expect(
      effectiveReviewDate({
        reviewDate: null,
        startDate: '2027-01-31',
        dueDate: '2027-12-31',
        reviewCadence: 'monthly',
      }),
    ).toBe('2027-02-28');
    expect(
      effectiveReviewDate({
        reviewDate: '2027-02-01',
        startDate: '2027-01-31',
        dueDate: '2027-12-31',
        reviewCadence: 'monthly',
      }),
    ).toBe('2027-02-01');
  });

  it('the default review date never falls after the due date: the period’s last month instead', () => {
    // A Q1 goal reviewed quarterly: one step (1 April) would miss every Q1 review.
    expect(defaultReviewDate('2027-01-01', '2027-03-31', 'quarterly')).toBe('2027-03-01');
    expect(defaultReviewDate('2027-01-01', '2027-03-31', 'monthly')).toBe('2027-02-01');
    expect(defaultReviewDate('2027-01-01', '2027-12-31', 'yearly')).toBe('2027-12-01');
    expect(defaultReviewDate('2027-01-01', '2027-06-30', 'half_yearly')).toBe('2027-06-01');
    expect(defaultReviewDate('2027-01-01', '2027-12-31', 'quarterly')).toBe('2027-04-01');
    // Shorter than a month from the start: the start itself.
    expect(defaultReviewDate('2027-03-10', '2027-03-31', 'monthly')).toBe('2027-03-10');
    expect(
      effectiveReviewDate({
        reviewDate: null,
        startDate: '2027-01-01',
        dueDate: '2027-03-31',
        reviewCadence: 'quarterly',
      }),
    ).toBe('2027-03-01');
    for (const [start, due] of [
      ['2027-01-01', '2027-03-31'],
      ['2027-11-16', '2028-03-31'],
      ['2028-02-01', '2028-02-29'],
    ] as const)
      for (const c of REVIEW_CADENCES) {
        const d = defaultReviewDate(start, due, c);
        expect(d >= start && d <= due, `${start}–${due} ${c}: ${d}`).toBe(true);
      }
  });
});

describe('advanceReviewDate', () => {
  it('moves one step past the meeting date, counted from the anchor (no drift)', () => {
    expect(advanceReviewDate('2027-03-31', 'quarterly', '2027-03-31')).toBe('2027-06-30');
    expect(advanceReviewDate('2027-03-31', 'quarterly', '2027-04-02')).toBe('2027-06-30');
    expect(advanceReviewDate('2027-01-31', 'monthly', '2027-01-31')).toBe('2027-02-28');
    // Overdue by several steps: lands on the first step after the meeting, anchored to the 31st.
    expect(advanceReviewDate('2027-01-31', 'monthly', '2027-04-15')).toBe('2027-04-30');
    expect(advanceReviewDate('2027-01-31', 'monthly', '2027-04-30')).toBe('2027-05-31');
    expect(advanceReviewDate('2020-01-15', 'quarterly', '2027-03-01')).toBe('2027-04-15');
    expect(advanceReviewDate('2027-02-28', 'yearly', '2028-03-01')).toBe('2029-02-28');
    expect(advanceReviewDate('2028-02-29', 'yearly', '2028-02-29')).toBe('2029-02-28');
  });

  it('keeps a date that is still ahead of the meeting', () => {
    expect(advanceReviewDate('2027-06-30', 'quarterly', '2027-03-31')).toBe('2027-06-30');
  });

  it('always returns the smallest step after the meeting date', () => {
    for (const cadence of ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const)
      for (const heldOn of ['2027-01-31', '2027-02-28', '2028-02-29', '2029-12-31', '2035-07-04']) {
        const next = advanceReviewDate('2027-01-31', cadence, heldOn);
        expect(next > heldOn).toBe(true);
        const k = Math.round(
          daysBetween('2027-01-31', next) / 30.44 / { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 }[cadence],
        );
        expect(addMonths('2027-01-31', k * { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 }[cadence])).toBe(
          next,
        );
        if (k > 1)
          expect(
            addMonths('2027-01-31', (k - 1) * { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 }[cadence]) <=
              heldOn,
          ).toBe(true);
      }
  });
});

describe('check-in frequencies and staleness', () => {
  it('expects the next check-in one period later', () => {
    expect(nextCheckInDue('2027-01-31', 'daily')).toBe('2027-02-01');
    expect(nextCheckInDue('2027-01-31', 'weekly')).toBe('2027-02-07');
    expect(nextCheckInDue('2027-01-31', 'monthly')).toBe('2027-02-28');
    expect(nextCheckInDue('2027-01-31', 'quarterly')).toBe('2027-04-30');
  });

  it('is stale only after the day the next check-in was due', () => {
    const m = { frequency: 'monthly' as const, baselineDate: '2027-01-01' };
    expect(staleSince(m, '2027-03-10', '2027-04-10')).toBeNull(); // due today
    expect(staleSince(m, '2027-03-10', '2027-04-11')).toBe('2027-04-10');
    // Never checked in: counted from the baseline date.
    expect(staleSince(m, null, '2027-02-01')).toBeNull();
    expect(staleSince(m, null, '2027-02-02')).toBe('2027-02-01');
    expect(staleSince({ frequency: 'daily', baselineDate: '2027-01-01' }, '2027-03-01', '2027-03-03')).toBe(
      '2027-03-02',
    );
  });
});

describe('periods', () => {
  it('parses quarters, halves, years and months to their first and last day', () => {
    expect(parsePeriod('2027-Q1')).toEqual({
      label: '2027-Q1',
      kind: 'quarter',
      start: '2027-01-01',
      end: '2027-03-31',
    });
    expect(parsePeriod('2027-Q2')).toMatchObject({ start: '2027-04-01', end: '2027-06-30' });
    expect(parsePeriod('2027-Q4')).toMatchObject({ start: '2027-10-01', end: '2027-12-31' });
    expect(parsePeriod('2027-H1')).toEqual({ label: '2027-H1', kind: 'half', start: '2027-01-01', end: '2027-06-30' });
    expect(parsePeriod('2027-H2')).toMatchObject({ start: '2027-07-01', end: '2027-12-31' });
    expect(parsePeriod('2027')).toEqual({ label: '2027', kind: 'year', start: '2027-01-01', end: '2027-12-31' });
    expect(parsePeriod('2027-03')).toEqual({ label: '2027-03', kind: 'month', start: '2027-03-01', end: '2027-03-31' });
    expect(parsePeriod('2028-02')).toMatchObject({ end: '2028-02-29' });
    expect(parsePeriod('2027-02')).toMatchObject({ end: '2027-02-28' });
  });

  it('accepts lower-case q/h and surrounding spaces, and writes the canonical form', () => {
    expect(parsePeriod(' 2027-q3 ')?.label).toBe('2027-Q3');
    expect(parsePeriod('2027-h2')?.label).toBe('2027-H2');
  });

  it.each([
    '',
    '2027-Q0',
    '2027-Q5',
    '2027-H3',
    '2027-13',
    '2027-00',
    '2027-3',
    '27-Q1',
    '2027Q1',
    '2027-Q1-01',
    'Q1-2027',
    '1999',
    '2201',
    '2027-W05',
    '2027-03-01',
    'abcd',
  ])('refuses %j', (text) => expect(parsePeriod(text)).toBeNull());

  it('formats periods canonically, round-tripping through parsePeriod, and refuses impossible ones', () => {
    expect(formatPeriod({ kind: 'quarter', year: 2027, index: 1 })).toBe('2027-Q1');
    expect(formatPeriod({ kind: 'half', year: 2027, index: 2 })).toBe('2027-H2');
    expect(formatPeriod({ kind: 'month', year: 2027, index: 3 })).toBe('2027-03');
    expect(formatPeriod({ kind: 'year', year: 2027 })).toBe('2027');
    for (const label of ['2027', '2027-H1', '2027-Q4', '2027-12']) {
      const p = parsePeriod(label)!;
      const index = p.kind === 'year' ? undefined : Number(label.slice(-2).replace(/\D/g, ''));
      expect(formatPeriod({ kind: p.kind, year: 2027, index })).toBe(label);
    }
    expect(() => formatPeriod({ kind: 'quarter', year: 2027, index: 5 })).toThrow(RangeError);
    expect(() => formatPeriod({ kind: 'month', year: 2027, index: 0 })).toThrow(RangeError);
    expect(() => formatPeriod({ kind: 'half', year: 1999, index: 1 })).toThrow(RangeError);
  });

  it('steps to the next (or previous) period of the same kind, across year ends', () => {
    expect(shiftPeriod(parsePeriod('2027-Q4')!).label).toBe('2028-Q1');
    expect(shiftPeriod(parsePeriod('2027-Q1')!, -1)).toEqual({
      label: '2026-Q4',
      kind: 'quarter',
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(shiftPeriod(parsePeriod('2027-H2')!).label).toBe('2028-H1');
    expect(shiftPeriod(parsePeriod('2028-01')!).end).toBe('2028-02-29');
    expect(shiftPeriod(parsePeriod('2027')!, 2).label).toBe('2029');
  });

  it('finds the period that contains a date', () => {
    expect(periodContaining('2027-05-20', 'quarter').label).toBe('2027-Q2');
    expect(periodContaining('2027-07-01', 'half').label).toBe('2027-H2');
    expect(periodContaining('2027-12-31', 'year').label).toBe('2027');
    expect(periodContaining('2027-02-28', 'month').label).toBe('2027-02');
    const q = parsePeriod('2027-Q1')!;
    expect([
      inPeriod('2026-12-31', q),
      inPeriod('2027-01-01', q),
      inPeriod('2027-03-31', q),
      inPeriod('2027-04-01', q),
    ]).toEqual([false, true, true, false]);
  });
});

describe('a new measure is not stale before its first period', () => {
  it('counts the first period from the later of the baseline date and the day it was created', () => {
    const m = { frequency: 'monthly' as const, baselineDate: '2026-01-01', createdAt: '2026-11-25T09:00:00.000Z' };
    // Baseline in January, created on 25 Nov: not 300 days overdue on 1 Dec, due on 25 Dec.
    expect(staleSince(m, null, '2026-12-01')).toBeNull();
    expect(staleSince(m, null, '2026-12-25')).toBeNull();
    expect(staleSince(m, null, '2026-12-26')).toBe('2026-12-25');
    // Without a creation date (or created before the baseline) the baseline date decides, as before.
    expect(staleSince({ frequency: 'monthly', baselineDate: '2026-01-01' }, null, '2026-12-01')).toBe('2026-02-01');
    expect(staleSince({ ...m, createdAt: '2025-12-01T00:00:00.000Z' }, null, '2026-03-01')).toBe('2026-02-01');
    // After a check-in, the period runs from it.
    expect(staleSince(m, '2026-11-28', '2026-12-29')).toBe('2026-12-28');
  });
});
