import { describe, expect, it } from 'vitest';
import { departmentSummaries } from '../../../src/domain/department-summary.ts';
import { assessTree } from '../../../src/domain/status.ts';
import { checkIn, goal, measure } from '../fixtures.ts';

describe('departmentSummaries', () => {
  it('counts each department\u2019s goals by status or outcome, and rolls up its top goals', () => {
    const goals = [
      goal('A', null, { departmentId: 'd1' }),
      goal('A1', 'A', { departmentId: 'd1' }), // not a top goal: its parent is d1's
      goal('B', 'A', { departmentId: 'd2' }), // d2's top goal under d1's goal
      goal('M', null, { departmentId: 'd1', dueDate: '2026-06-30' }), // past due, short of target
      goal('C', null, { departmentId: 'd1', state: 'carried' }),
    ];
    const measures = [
      measure('a', 'A'),
      measure('a1', 'A1'),
      measure('b', 'B'),
      measure('m', 'M', { targetDate: '2026-06-30' }),
    ];
    const latest = new Map([
      ['a', checkIn('a', 60)],
      ['a1', checkIn('a1', 50)],
      ['b', checkIn('b', 10)],
      ['m', checkIn('m', 90)],
    ]);
    const assessed = assessTree(goals, measures, latest, '2026-07-02');
    const s = departmentSummaries(goals, assessed);
    const d1 = s.get('d1')!;
    expect(d1.goalCount).toBe(4);
    expect(d1.byTone.missed).toBe(1); // M, at 90 %
    expect(d1.byTone.carried).toBe(1);
    expect(d1.byTone.on_track).toBe(2); // A and A1
    // Top goals A and M count (C is carried): the mean of their progress.
    expect(d1.progress).toBeCloseTo((assessed.goals.get('A')!.progress! + assessed.goals.get('M')!.progress!) / 2, 12);
    const d2 = s.get('d2')!;
    expect(d2).toMatchObject({ goalCount: 1, progress: 0.1 });
    expect(d2.byTone.off_track).toBe(1);
  });

  it('a department without goals has no summary', () => {
    expect(departmentSummaries([], { goals: new Map() }).size).toBe(0);
  });
});
