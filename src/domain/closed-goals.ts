// Closed goals are read-only. A goal closed as achieved, missed or dropped, or carried into a
// next-period goal, is a record: nothing may change it or anything under it (measures, check-ins,
// segments, practices, counterweight pairs, status overrides), nothing may be added or moved under
// it, and it is not deleted. Only an admin's explicit, audited reopen lifts that.
//
// Pure: the server asks this which goals a recorded change writes to (every write is recorded in
// the audit log, in its transaction: src/server/audit.ts), and refuses it when one is closed.
import type { GoalState } from './schemas.ts';

export const isClosedGoal = (goal: { state: GoalState | string }): boolean => goal.state !== 'open';

/** The parts of an audit entry the rule reads. */
export interface RecordedChange {
  action: string;
  entity: string;
  entityId?: string;
  goalId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** What a change must find open before it may be kept. */
export interface ClosedGoalChecks {
  /** Goals (by id) that must be open. */
  goalIds: string[];
  /** Measures whose goals must be open (both sides of a counterweight pair). */
  measureIds: string[];
  /** The changed goal as it was before the change, when the entry carries it: its state decides. */
  goalBefore: { id: string; title?: string; state: string; closedAt?: string | null } | null;
  /**
   * A deleted measure (or goal, with its measures) takes its counterweight pairs with it: the goals
   * of the measures on the other side of those pairs must be open too.
   */
  pairsGoWith?: { measureIds: string[]; goalIds: string[] };
}

/**
 * Entities that belong to something other than a goal, even when they name one: a review and its
 * decisions/actions (a meeting may decide something about a closed goal), and the organisation's
 * own records.
 */
const NOT_UNDER_A_GOAL: ReadonlySet<string> = new Set([
  'review',
  'action',
  'vision',
  'department',
  'user',
  'invite',
  'api_token',
]);

const record = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Which goals a recorded change writes to (and so must be open). */
export function closedGoalChecks(change: RecordedChange): ClosedGoalChecks {
  const none: ClosedGoalChecks = { goalIds: [], measureIds: [], goalBefore: null };
  const before = record(change.before);
  const after = record(change.after);
  const goalId = str(change.goalId);
  if (NOT_UNDER_A_GOAL.has(change.entity)) return none;

  if (change.entity === 'goal') {
    // Reopening is the one way out of the closed state.
    if (change.action === 'reopen') return none;
    const goalIds: string[] = [];
    // Adding or moving a goal under a closed one. A carried goal's successor takes its
    // predecessor's place, whatever that place is (carrying never dead-ends on a closed parent).
    const parent = str(after?.parentGoalId);
    const moved =
      change.action === 'create'
        ? !str(after?.carriedFromGoalId)
        : before !== null && !same(before.parentGoalId, after?.parentGoalId);
    if (parent && moved) goalIds.push(parent);
    const state = str(before?.state);
    const id = str(before?.id) ?? goalId;
    const pairsGoWith = change.action === 'delete' && id ? { pairsGoWith: { measureIds: [], goalIds: [id] } } : {};
    if (state && id)
      return {
        goalIds,
        measureIds: [],
        goalBefore: { id, state, title: str(before?.title) ?? undefined, closedAt: str(before?.closedAt) },
        ...pairsGoWith,
      };
    // A create names a new (open) goal; anything else without the row before is checked by id.
    if (change.action !== 'create' && goalId) goalIds.push(goalId);
    return { ...none, goalIds };
  }

  if (change.entity === 'measure_pair') {
    const sides = [before?.measureId, before?.counterweightId, after?.measureId, after?.counterweightId]
      .map(str)
      .filter((s): s is string => s !== null);
    return { ...none, goalIds: goalId ? [goalId] : [], measureIds: [...new Set(sides)] };
  }

  // A review item's notes are the meeting's minutes; its status override judges the goal.
  if (change.entity === 'review_item')
    return !same(before?.override, after?.override) && goalId ? { ...none, goalIds: [goalId] } : none;

  const measureId =
    change.entity === 'measure' && change.action === 'delete' ? (str(change.entityId) ?? str(before?.id)) : null;
  if (measureId)
    return { ...none, goalIds: goalId ? [goalId] : [], pairsGoWith: { measureIds: [measureId], goalIds: [] } };

  // Measures, check-ins, segments, practices and whatever else is recorded against a goal.
  return goalId ? { ...none, goalIds: [goalId] } : none;
}
