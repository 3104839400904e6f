import { describe, expect, it } from 'vitest';
import { contributions } from '../../../src/domain/contributions.ts';
import { assessTree } from '../../../src/domain/status.ts';
import { checkIn, goal, measure } from '../fixtures.ts';

const TODAY = '2026-07-02';

function setup() {
  // G has four measures at 100 % and a sub-goal S at 25 %; a carried sub-goal C at 0 % does not count.
  const goals = [
    goal('G', null),
    goal('S', 'G', { title: 'Sub S' }),
    goal('C', 'G', { title: 'Carried C', state: 'carried' }),
  ];
  const measures = [
    measure('m1', 'G'),
    measure('m2', 'G'),
    measure('m3', 'G'),
    measure('m4', 'G', { weight: 2 }),
    measure('s1', 'S'),
    measure('c1', 'C'),
  ];
  const latest = new Map([
    ['m1', checkIn('m1', 100)],
    ['m2', checkIn('m2', 100)],
    ['m3', checkIn('m3', 100)],
    ['m4', checkIn('m4', 100)],
    ['s1', checkIn('s1', 25)],
    ['c1', checkIn('c1', 0)],
  ]);
  const assessed = assessTree(goals, measures, latest, TODAY);
  return { goals, measures, assessed };
}

describe('contributions', () => {
  it('lists every measure and sub-goal with weight, progress and status', () => {
    const { goals, measures, assessed } = setup();
    const parts = contributions('G', goals, measures, assessed);
    expect(parts.map((p) => `${p.kind}:${p.id}`)).toEqual([
      'measure:m1',
      'measure:m2',
      'measure:m3',
      'measure:m4',
      'goal:S',
      'goal:C',
    ]);
    const s = parts.find((p) => p.id === 'S')!;
    expect(s).toMatchObject({ name: 'Sub S', weight: 1, progress: 0.25, status: 'at_risk', counted: true });
    expect(parts.find((p) => p.id === 'm4')!.weight).toBe(2);
  });

  it('marks a carried sub-goal as not counted, with no share', () => {
    const { goals, measures, assessed } = setup();
    const c = contributions('G', goals, measures, assessed).find((p) => p.id === 'C')!;
    expect(c).toMatchObject({ counted: false, share: null, tone: 'carried' });
  });

  it("explains the roll-up: the shares add up to 1 and sum(share × progress) is the goal's progress", () => {
    const { goals, measures, assessed } = setup();
    const parts = contributions('G', goals, measures, assessed);
    const shares = parts.filter((p) => p.share !== null);
    expect(shares.reduce((s, p) => s + p.share!, 0)).toBeCloseTo(1, 12);
    const sum = shares.reduce((s, p) => s + p.share! * p.progress!, 0);
    expect(sum).toBeCloseTo(assessed.goals.get('G')!.progress!, 12);
    // 4 measures at 100 % (weights 1+1+1+2) and the sub-goal at 25 % (weight 1): 5.25 / 6.
    expect(sum).toBeCloseTo(5.25 / 6, 12);
    expect(parts.find((p) => p.id === 'S')!.share).toBeCloseTo(1 / 6, 12);
  });

  it('a goal with no parts has no contributions; a sub-goal without anything measurable adds nothing', () => {
    const goals = [goal('G', null), goal('E', 'G')];
    const assessed = assessTree(goals, [], new Map(), TODAY);
    expect(contributions('E', goals, [], assessed)).toEqual([]);
    const [e] = contributions('G', goals, [], assessed);
    expect(e).toMatchObject({ id: 'E', progress: null, hasData: false, share: null, counted: true });
  });
});
