import { describe, expect, it } from 'vitest';
import {
  currentQuarter,
  defaultGoalDates,
  endsAfterParent,
  filterParentOptions,
  parentOptions,
} from '../../../src/domain/goal-options.ts';
import type { Department, Goal } from '../../../src/domain/types.ts';

const dept = (id: string, name: string) => ({ id, name }) as Department;
const goal = (id: string, title: string, parentGoalId: string | null, departmentId = 'cs') =>
  ({ id, title, parentGoalId, departmentId, startDate: '2027-01-01', dueDate: '2027-12-31' }) as Goal;

const departments = [dept('cs', 'Customer Service'), dept('acc', 'Accounts')];
const goals = [
  goal('b', 'Cut complaints', null),
  goal('a', 'Answer faster', null),
  goal('b1', 'Fewer invoice errors', 'b', 'acc'),
  goal('b11', 'Check invoices', 'b1', 'acc'),
];

describe('parentOptions', () => {
  it('lists goals in tree order, indented by level, with the department', () => {
    const o = parentOptions(goals, departments);
    expect(o.map((x) => [x.value, x.depth])).toEqual([
      ['a', 0],
      ['b', 0],
      ['b1', 1],
      ['b11', 2],
    ]);
    expect(o[2]!.label).toBe('↳\u00a0Fewer invoice errors — Accounts');
    expect(o[3]!.label).toBe('\u00a0\u00a0\u00a0↳\u00a0Check invoices — Accounts');
  });

  it('leaves out an excluded goal with its subtree', () => {
    expect(parentOptions(goals, departments, new Set(['b1'])).map((x) => x.value)).toEqual(['a', 'b']);
  });

  it('filters by every word of the query in title or department, keeping the selected one', () => {
    const o = parentOptions(goals, departments);
    expect(filterParentOptions(o, 'accounts check').map((x) => x.value)).toEqual(['b11']);
    expect(filterParentOptions(o, 'INVOICE').map((x) => x.value)).toEqual(['b1', 'b11']);
    expect(filterParentOptions(o, 'zzz', 'a').map((x) => x.value)).toEqual(['a']);
    expect(filterParentOptions(o, '  ')).toHaveLength(4);
  });
});

describe('default dates', () => {
  it('uses the calendar quarter around today', () => {
    expect(currentQuarter('2026-11-23')).toEqual({ startDate: '2026-10-01', dueDate: '2026-12-31' });
    expect(currentQuarter('2027-02-10')).toEqual({ startDate: '2027-01-01', dueDate: '2027-03-31' });
  });

  it("gives a sub-goal its parent's dates", () => {
    expect(defaultGoalDates({ startDate: '2027-01-01', dueDate: '2027-06-30' }, '2026-11-23')).toEqual({
      startDate: '2027-01-01',
      dueDate: '2027-06-30',
    });
    expect(defaultGoalDates(null, '2027-05-05')).toEqual({ startDate: '2027-04-01', dueDate: '2027-06-30' });
  });

  it('warns when a sub-goal ends after its parent', () => {
    expect(endsAfterParent('2028-01-01', { dueDate: '2027-12-31' })).toBe(true);
    expect(endsAfterParent('2027-12-31', { dueDate: '2027-12-31' })).toBe(false);
    expect(endsAfterParent('2028-01-01', null)).toBe(false);
    expect(endsAfterParent('', { dueDate: '2027-12-31' })).toBe(false);
  });
});
