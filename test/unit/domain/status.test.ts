import { describe, expect, it } from 'vitest';
import {
  STATUS_RULES,
  STATUS_THRESHOLDS,
  assessMeasure,
  assessTree,
  expectedProgress,
  statusOf,
  type Status,
} from '../../../src/domain/status.ts';
import { goal, measure } from '../fixtures.ts';

// A 100-day period: 2027-01-01 → 2027-04-11. On day d, expected progress is d / 100.
const START = '2027-01-01';
const DUE = '2027-04-11';
const day = (d: number) => new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10);
const reach = (progress: number | null, d: number): Status =>
  statusOf({ progress, start: START, due: DUE, today: day(d) });

describe('expectedProgress', () => {
  it('is linear from start to due, clamped', () => {
    expect(day(100)).toBe(DUE);
    expect(expectedProgress(START, DUE, day(-5))).toBe(0);
    expect(expectedProgress(START, DUE, START)).toBe(0);
    expect(expectedProgress(START, DUE, day(25))).toBe(0.25);
    expect(expectedProgress(START, DUE, day(50))).toBe(0.5);
    expect(expectedProgress(START, DUE, DUE)).toBe(1);
    expect(expectedProgress(START, DUE, day(130))).toBe(1);
  });

  it('never divides by zero when start equals (or follows) due', () => {
    expect(expectedProgress('2027-01-01', '2027-01-01', '2026-12-31')).toBe(0);
    expect(expectedProgress('2027-01-01', '2027-01-01', '2027-01-01')).toBe(1);
    expect(expectedProgress('2027-02-01', '2027-01-01', '2026-12-15')).toBe(0);
    expect(expectedProgress('2027-02-01', '2027-01-01', '2027-01-15')).toBe(1);
    expect(statusOf({ progress: 0.8, start: '2027-01-01', due: '2027-01-01', today: '2027-01-01' })).toBe('at_risk');
    expect(statusOf({ progress: 0.5, start: '2027-01-01', due: '2027-01-01', today: '2027-01-01' })).toBe('off_track');
  });
});

describe('statusOf for a reach target (increase/decrease)', () => {
  it('is not started before the start date, whatever the progress', () => {
    expect(reach(0, -1)).toBe('not_started');
    expect(reach(1, -1)).toBe('not_started');
    expect(reach(null, -1)).toBe('not_started');
  });

  it('on the start day: expected 0, so any data is on track; no data is not started', () => {
    expect(reach(0, 0)).toBe('on_track');
    expect(reach(null, 0)).toBe('not_started');
    expect(reach(null, 50)).toBe('not_started');
  });

  it('on_track down to exactly expected − 0.10', () => {
    // Day 50: expected 0.5.
    expect(reach(0.5, 50)).toBe('on_track');
    expect(reach(0.4, 50)).toBe('on_track');
    expect(reach(0.3999, 50)).toBe('at_risk');
  });

  it('at_risk down to exactly expected − 0.25, off_track below', () => {
    expect(reach(0.25, 50)).toBe('at_risk');
    expect(reach(0.2499, 50)).toBe('off_track');
    expect(reach(0, 50)).toBe('off_track');
  });

  it('thresholds hold exactly at other expected values despite floating point (0.7 − 0.1, 0.3 − 0.25 …)', () => {
    expect(reach(0.6, 70)).toBe('on_track');
    expect(reach(0.45, 70)).toBe('at_risk');
    expect(reach(0.05, 30)).toBe('at_risk');
    expect(reach(0.2, 30)).toBe('on_track');
    expect(reach(0.04999, 30)).toBe('off_track');
  });

  it('achieved at 100 % at any time (even early), including the due day and after it', () => {
    expect(reach(1, 10)).toBe('achieved');
    expect(reach(1, 100)).toBe('achieved');
    expect(reach(1, 150)).toBe('achieved');
  });

  it('on the due day an unmet target is judged against expected 1; from the next day it is missed', () => {
    expect(reach(0.9, 100)).toBe('on_track');
    expect(reach(0.89, 100)).toBe('at_risk');
    expect(reach(0.75, 100)).toBe('at_risk');
    expect(reach(0.74, 100)).toBe('off_track');
    expect(reach(0.99, 101)).toBe('missed');
    expect(reach(0, 101)).toBe('missed');
  });

  it('past the due date with no data at all is missed (nothing shows the target was reached)', () => {
    expect(reach(null, 101)).toBe('missed');
  });

  it('exports its thresholds and the rule table the help text shows', () => {
    expect(STATUS_THRESHOLDS).toEqual({ onTrack: 0.1, atRisk: 0.25 });
    expect(STATUS_RULES.map((r) => r.status)).toEqual([
      'not_started',
      'achieved',
      'missed',
      'not_started',
      'on_track',
      'at_risk',
      'off_track',
    ]);
  });
});

describe('statusOf for a maintain target (keep_above/keep_below/range)', () => {
  const keep = (progress: number | null, d: number) =>
    statusOf({ progress, start: START, due: DUE, today: day(d), kind: 'maintain' });
  it('met is on track (not achieved) until the due date, achieved from it', () => {
    expect(keep(1, 0)).toBe('on_track');
    expect(keep(1, 99)).toBe('on_track');
    expect(keep(1, 100)).toBe('achieved');
    expect(keep(1, 120)).toBe('achieved');
  });
  it('not met is off track at any time before the due date, missed after it', () => {
    expect(keep(0, 0)).toBe('off_track');
    expect(keep(0, 100)).toBe('off_track');
    expect(keep(0, 101)).toBe('missed');
    expect(keep(null, 10)).toBe('not_started');
    expect(keep(null, -1)).toBe('not_started');
  });
  it('a partly met roll-up is judged against 1: 0.9 on track, 0.75 at risk, below off track', () => {
    expect(keep(0.9, 10)).toBe('on_track');
    expect(keep(0.75, 10)).toBe('at_risk');
    expect(keep(0.74, 10)).toBe('off_track');
  });
  it('mixed (goals with both kinds) expects linear progress but is achieved only from the due date', () => {
    const mixed = (progress: number, d: number) =>
      statusOf({ progress, start: START, due: DUE, today: day(d), kind: 'mixed' });
    expect(mixed(1, 50)).toBe('on_track');
    expect(mixed(0.4, 50)).toBe('on_track');
    expect(mixed(1, 100)).toBe('achieved');
  });
});

describe('assessMeasure', () => {
  it('uses the baseline date → target date and the direction (lower is better works)', () => {
    // AHT from 400 s to 300 s over 2027: halfway through the year, 350 s is exactly on track.
    const aht = measure('aht', 'g', {
      direction: 'decrease',
      baseline: 400,
      target: 300,
      baselineDate: '2027-01-01',
      targetDate: '2028-01-01',
    });
    const mid = '2027-07-02'; // 182 of 365 days
    expect(assessMeasure(aht, { value: 350 }, mid)).toMatchObject({
      progress: 0.5,
      status: 'on_track',
      kind: 'reach',
      hasData: true,
    });
    expect(assessMeasure(aht, { value: 380 }, mid).status).toBe('off_track');
    expect(assessMeasure(aht, { value: 300 }, mid).status).toBe('achieved');
    expect(assessMeasure(aht, { value: 250 }, mid).status).toBe('achieved');
    expect(assessMeasure(aht, { value: 450 }, mid)).toMatchObject({ progress: 0, status: 'off_track' });
    expect(assessMeasure(aht, null, mid)).toMatchObject({ progress: null, status: 'not_started', hasData: false });
    expect(assessMeasure(aht, null, '2028-01-02').status).toBe('missed');
  });

  it('keep_below / range measures are maintain targets', () => {
    const backlog = measure('b', 'g', {
      direction: 'keep_below',
      target: 50,
      baselineDate: '2027-01-01',
      targetDate: '2027-12-31',
    });
    expect(assessMeasure(backlog, { value: 40 }, '2027-06-01')).toMatchObject({
      status: 'on_track',
      kind: 'maintain',
      expected: 1,
    });
    expect(assessMeasure(backlog, { value: 60 }, '2027-06-01').status).toBe('off_track');
    expect(assessMeasure(backlog, { value: 40 }, '2027-12-31').status).toBe('achieved');
    const aht = measure('r', 'g', {
      direction: 'range',
      target: null,
      targetLow: 300,
      targetHigh: 360,
      baselineDate: '2027-01-01',
      targetDate: '2027-12-31',
    });
    expect(assessMeasure(aht, { value: 330 }, '2027-06-01').status).toBe('on_track');
    expect(assessMeasure(aht, { value: 361 }, '2028-01-01').status).toBe('missed');
  });

  it('a target equal to the baseline (refused on input) measures nothing instead of dividing by zero', () => {
    const flat = measure('f', 'g', { baseline: 50, target: 50, baselineDate: START, targetDate: DUE });
    expect(assessMeasure(flat, { value: 50 }, day(50))).toMatchObject({ progress: 0, status: 'off_track' });
  });
});

describe('assessTree', () => {
  const g = (id: string, parent: string | null, over = {}) =>
    goal(id, parent, { startDate: START, dueDate: DUE, ...over });
  const m = (id: string, goalId: string, over = {}) =>
    measure(id, goalId, { baselineDate: START, targetDate: DUE, ...over });

  it('rolls progress up and judges each goal against its own dates', () => {
    const goals = [g('a', null), g('b', 'a'), g('c', 'a', { dueDate: '2027-02-20' })];
    const measures = [m('mb', 'b'), m('mc', 'c')];
    const latest = new Map([
      ['mb', { value: 50 }],
      ['mc', { value: 10 }],
    ]);
    const r = assessTree(goals, measures, latest, day(50));
    expect(r.goals.get('b')).toMatchObject({ progress: 0.5, status: 'on_track', kind: 'reach' });
    // c is due on day 50 (2027-02-20): expected 1, progress 0.1 → off track.
    expect(r.goals.get('c')).toMatchObject({ progress: 0.1, expected: 1, status: 'off_track' });
    expect(r.goals.get('a')).toMatchObject({ progress: 0.3, status: 'at_risk', hasData: true });
  });

  it('a goal whose measures have no check-ins has no data (not started) and no progress, not 0', () => {
    const r = assessTree([g('a', null)], [m('ma', 'a')], new Map(), day(50));
    expect(r.goals.get('a')).toMatchObject({ progress: null, hasData: false, status: 'not_started' });
    const none = assessTree([g('x', null)], [], new Map(), day(50));
    expect(none.goals.get('x')).toMatchObject({ progress: null, status: 'not_started' });
  });

  it('a goal with only keep/range measures below it is a maintain goal; with both kinds it is mixed', () => {
    const goals = [g('a', null), g('k', 'a'), g('r', 'a')];
    const measures = [m('mk', 'k', { direction: 'keep_above', target: 80 }), m('mr', 'r')];
    const latest = new Map([
      ['mk', { value: 85 }],
      ['mr', { value: 100 }],
    ]);
    const r = assessTree(goals, measures, latest, day(50));
    expect(r.goals.get('k')).toMatchObject({ kind: 'maintain', progress: 1, status: 'on_track' });
    expect(r.goals.get('r')).toMatchObject({ kind: 'reach', progress: 1, status: 'achieved' });
    expect(r.goals.get('a')).toMatchObject({ kind: 'mixed', progress: 1, status: 'on_track' });
    expect(assessTree(goals, measures, latest, DUE).goals.get('a')!.status).toBe('achieved');
  });

  it('leaves carried and dropped sub-goals out of the roll-up; a parent outside the list makes a root', () => {
    const goals = [
      g('a', 'missing-parent'),
      g('old', 'a', { state: 'carried' }),
      g('new', 'a'),
      g('gone', 'a', { state: 'dropped' }),
      g('miss', 'a', { state: 'missed' }),
    ];
    const measures = [m('mo', 'old'), m('mn', 'new'), m('mg', 'gone'), m('mm', 'miss')];
    const latest = new Map([
      ['mo', { value: 0 }],
      ['mn', { value: 80 }],
      ['mg', { value: 0 }],
      ['mm', { value: 40 }],
    ]);
    const r = assessTree(goals, measures, latest, day(50));
    expect(r.goals.get('a')!.progress).toBeCloseTo(0.6);
    expect(r.goals.get('old')!.progress).toBe(0);
  });
});
