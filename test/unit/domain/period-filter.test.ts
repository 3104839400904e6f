import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/domain/cadence.ts';
import { goalInPeriod, periodOptions, readPeriodChoice, treeForPeriod } from '../../../src/domain/period-filter.ts';
import { goal, makeTree, measure } from '../fixtures.ts';

const Q4 = parsePeriod('2026-Q4')!;

describe('goalInPeriod: the start–due span overlaps the period', () => {
  it.each([
    ['2026-01-01', '2026-12-31', true], // year-long goal: in every quarter
    ['2026-10-01', '2026-10-01', true], // first day
    ['2026-12-31', '2027-03-31', true], // starts on the last day
    ['2026-07-01', '2026-09-30', false], // ends the day before
    ['2027-01-01', '2027-03-31', false], // starts the day after
  ])('%s – %s → %s', (startDate, dueDate, inside) => {
    expect(goalInPeriod({ startDate, dueDate }, Q4)).toBe(inside);
  });
  it('all takes every goal', () => {
    expect(goalInPeriod({ startDate: '1999-01-01', dueDate: '1999-02-01' }, 'all')).toBe(true);
  });
});

describe('readPeriodChoice', () => {
  it('reads all, a year and a quarter; anything else is the current quarter', () => {
    expect(readPeriodChoice('all', '2026-12-01')).toBe('all');
    expect(readPeriodChoice('2026', '2026-12-01')).toMatchObject({ label: '2026', kind: 'year' });
    expect(readPeriodChoice('2027-q1', '2026-12-01')).toMatchObject({ label: '2027-Q1' });
    for (const bad of [null, '', 'x', '2026-13', '2026-H1', '2026-03'])
      expect(readPeriodChoice(bad, '2026-12-01')).toMatchObject({ label: '2026-Q4' });
  });
  it('offers this year\u2019s quarters, years and all, and keeps an odd choice from the URL', () => {
    const labels = periodOptions('2026-12-01', parsePeriod('2030-Q2')!).map((p) => (p === 'all' ? 'all' : p.label));
    expect(labels).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2025',
      '2026',
      '2027',
      '2030-Q2',
      'all',
    ]);
  });
});

describe('treeForPeriod', () => {
  const tree = () =>
    makeTree({
      goals: [
        goal('Y', null, { startDate: '2026-01-01', dueDate: '2026-12-31' }),
        goal('Q3', 'Y', { startDate: '2026-07-01', dueDate: '2026-09-30' }),
        goal('Q4', 'Y', { startDate: '2026-10-01', dueDate: '2026-12-31' }),
        goal('N', null, { startDate: '2027-01-01', dueDate: '2027-12-31' }),
        goal('NQ4', 'N', { startDate: '2026-12-01', dueDate: '2027-03-31' }),
      ],
      measures: [measure('q3', 'Q3'), measure('q4', 'Q4'), measure('n', 'N'), measure('nq4', 'NQ4')],
      values: { q3: 100, q4: 20, n: 50, nq4: 60 },
    });

  it('keeps the goals of the period and rolls up only them, the vision too', () => {
    const all = tree();
    expect(all.goals.find((g) => g.id === 'Y')!.progress).toBeCloseTo(0.6, 12); // (1 + 0.2) / 2
    const t = treeForPeriod(all, Q4);
    expect(t.goals.map((g) => g.id).sort()).toEqual(['NQ4', 'Q4', 'Y']);
    expect(t.measures.map((m) => m.id).sort()).toEqual(['nq4', 'q4']);
    expect(t.goals.find((g) => g.id === 'Y')!.progress).toBeCloseTo(0.2, 12); // only Q4 below it now
    // NQ4's parent N is outside the period: NQ4 is a top goal of the filtered tree, parent kept.
    expect(t.goals.find((g) => g.id === 'NQ4')).toMatchObject({ parentGoalId: 'N', progress: 0.6 });
    expect(t.progress).toBeCloseTo((0.2 + 0.6) / 2, 12);
  });

  it('all is the tree itself', () => {
    const all = tree();
    expect(treeForPeriod(all, 'all')).toBe(all);
  });
});
