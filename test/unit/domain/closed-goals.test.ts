// The rule of which goals a recorded change writes to (src/domain/closed-goals.ts).
import { describe, expect, it } from 'vitest';
import { closedGoalChecks, isClosedGoal } from '../../../src/domain/closed-goals.ts';

const goal = (over: Record<string, unknown> = {}) => ({
  id: 'g',
  title: 'Raise FCR',
  state: 'achieved',
  parentGoalId: null,
  closedAt: '2026-11-02T10:00:00Z',
  ...over,
});

describe('closedGoalChecks', () => {
  it('a change to the goal itself is judged by its state before the change', () => {
    expect(
      closedGoalChecks({ action: 'update', entity: 'goal', goalId: 'g', before: goal(), after: goal({ title: 'x' }) })
        .goalBefore,
    ).toMatchObject({ id: 'g', state: 'achieved' });
    expect(
      closedGoalChecks({ action: 'delete', entity: 'goal', goalId: 'g', before: goal({ state: 'carried' }) }).goalBefore
        ?.state,
    ).toBe('carried');
    // Closing an open goal: its state before was open.
    expect(
      closedGoalChecks({ action: 'close', entity: 'goal', goalId: 'g', before: goal({ state: 'open' }), after: goal() })
        .goalBefore?.state,
    ).toBe('open');
  });

  it('reopening is the way out: nothing to check', () => {
    expect(
      closedGoalChecks({
        action: 'reopen',
        entity: 'goal',
        goalId: 'g',
        before: goal(),
        after: goal({ state: 'open' }),
      }),
    ).toEqual({ goalIds: [], measureIds: [], goalBefore: null });
  });

  it('adding or moving a goal under another checks the new parent; a carried goal’s successor takes its place', () => {
    expect(
      closedGoalChecks({
        action: 'create',
        entity: 'goal',
        goalId: 'n',
        after: goal({ id: 'n', state: 'open', parentGoalId: 'p' }),
      }).goalIds,
    ).toEqual(['p']);
    expect(
      closedGoalChecks({
        action: 'create',
        entity: 'goal',
        goalId: 'n',
        after: goal({ id: 'n', state: 'open', parentGoalId: 'p', carriedFromGoalId: 'g' }),
      }).goalIds,
    ).toEqual([]);
    const moved = closedGoalChecks({
      action: 'update',
      entity: 'goal',
      goalId: 'o',
      before: goal({ id: 'o', state: 'open' }),
      after: goal({ id: 'o', state: 'open', parentGoalId: 'p' }),
    });
    expect(moved.goalIds).toEqual(['p']);
    // Renaming an open sub-goal of a closed goal does not touch the parent.
    const renamed = closedGoalChecks({
      action: 'update',
      entity: 'goal',
      goalId: 'o',
      before: goal({ id: 'o', state: 'open', parentGoalId: 'p' }),
      after: goal({ id: 'o', state: 'open', parentGoalId: 'p', title: 'y' }),
    });
    expect(renamed.goalIds).toEqual([]);
  });

  it('deleting a measure or a goal also checks the other sides of the pairs that go with it', () => {
    expect(
      closedGoalChecks({ action: 'delete', entity: 'measure', entityId: 'm', goalId: 'o', before: { id: 'm' } })
        .pairsGoWith,
    ).toEqual({ measureIds: ['m'], goalIds: [] });
    expect(
      closedGoalChecks({ action: 'delete', entity: 'goal', goalId: 'o', before: goal({ id: 'o', state: 'open' }) })
        .pairsGoWith,
    ).toEqual({ measureIds: [], goalIds: ['o'] });
    expect(
      closedGoalChecks({ action: 'update', entity: 'measure', entityId: 'm', goalId: 'o' }).pairsGoWith,
    ).toBeUndefined();
  });

  it('things under a goal check their goal; a pair checks both sides', () => {
    for (const entity of ['measure', 'check_in', 'segment', 'practice'])
      expect(closedGoalChecks({ action: 'create', entity, goalId: 'g' }).goalIds).toEqual(['g']);
    expect(
      closedGoalChecks({
        action: 'create',
        entity: 'measure_pair',
        goalId: 'g',
        after: { measureId: 'a', counterweightId: 'b' },
      }).measureIds,
    ).toEqual(['a', 'b']);
  });

  it('a review item checks its goal only when its status override changes; actions and reviews are the meeting’s', () => {
    expect(
      closedGoalChecks({ action: 'create', entity: 'review_item', goalId: 'g', after: { notes: 'n', override: null } })
        .goalIds,
    ).toEqual([]);
    expect(
      closedGoalChecks({
        action: 'update',
        entity: 'review_item',
        goalId: 'g',
        before: { override: null },
        after: { override: { status: 'on_track', reason: 'r' } },
      }).goalIds,
    ).toEqual(['g']);
    expect(closedGoalChecks({ action: 'create', entity: 'action', goalId: 'g' }).goalIds).toEqual([]);
  });

  it('isClosedGoal', () => {
    expect(['achieved', 'missed', 'dropped', 'carried'].map((state) => isClosedGoal({ state }))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isClosedGoal({ state: 'open' })).toBe(false);
  });
});
