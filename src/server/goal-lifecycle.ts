// Ending a goal's period (issue 3): close it with an outcome, or carry it into a next-period goal.
import type { InValue } from '@libsql/client';
import type { CarryOverInput, GoalCloseInput } from '../domain/review-schemas.ts';
import type { Goal, Measure } from '../domain/types.ts';
import type { CarriedMeasure, CarryOverResult, UnmovableSubGoal } from '../domain/reviews.ts';
import { defaultReviewDate } from '../domain/cadence.ts';
import { measureRuleIssues } from '../domain/schemas.ts';
import type { Sql } from './db.ts';
import { findGoal, getGoal } from './goals.ts';
import { GOAL, MEASURE, col, insertInto, selectList } from './columns.ts';
import { Problem } from './http.ts';
import { all, newId, nowIso, stale } from './rows.ts';
import { audit } from './audit.ts';
import { currentActorContext } from './actor-context.ts';
import { can, departments } from '../domain/roles.ts';
import { insertPair } from './pairs.ts';
import { createPractice } from './practices.ts';
import { createSegment } from './segments.ts';
import { GOAL_CLOSED } from './closed-goals.ts';
import { says } from '../domain/problem.ts';

function assertOpen(goal: Goal, version: number | undefined) {
  if (goal.state !== 'open')
    throw new Problem(
      409,
      'Goal is closed',
      goal.state === 'carried' ? says('goal.alreadyCarried') : says('goal.alreadyClosed', { state: goal.state }),
      { state: [says('goal.closedField', { state: goal.state })] },
      { current: goal, code: GOAL_CLOSED, goalId: goal.id },
    );
  if (version !== undefined && version !== goal.version) throw stale('Goal', goal);
}

/** Closes an open goal as achieved, missed or dropped, with a comment. */
export async function closeGoal(sql: Sql, id: string, input: GoalCloseInput): Promise<Goal> {
  const goal = await getGoal(sql, id);
  assertOpen(goal, input.version);
  const now = nowIso();
  await sql.execute({
    sql: `UPDATE goals SET state = ?, closed_at = ?, closed_comment = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = 'open'`,
    args: [input.outcome, now, input.comment, now, id],
  });
  const closed = (await findGoal(sql, id))!;
  await audit(sql, {
    action: 'close',
    entity: 'goal',
    entityId: id,
    departmentId: goal.departmentId,
    goalId: id,
    before: goal,
    after: closed,
  });
  return closed;
}

/**
 * Carries an open goal into the next period in the caller's transaction: a new goal with the
 * new dates (same title unless given, department, parent, owner, cadence, description), linked
 * to the old one; each measure copied with the old latest value as its baseline (dated the new
 * start date) and the new due date as its target date; open sub-goals move to the new goal;
 * the old goal keeps its measures and check-ins and is closed as `carried`.
 */
export async function carryOverGoal(sql: Sql, id: string, input: CarryOverInput): Promise<CarryOverResult> {
  const old = await getGoal(sql, id);
  assertOpen(old, input.version);
  // Before anything is written: which open sub-goals may move with it.
  const { movable, unmovable } = await subGoalsToMove(sql, id);
  if (unmovable.length && input.subGoals !== 'mine') throw unmovableProblem(unmovable);
  const now = nowIso();
  const newGoalId = newId();
  const cadence = input.reviewCadence ?? old.reviewCadence;
  const reviewDate = input.reviewDate ?? defaultReviewDate(input.startDate, input.dueDate, cadence);
  await sql.execute(
    insertInto(GOAL, {
      id: newGoalId,
      title: input.title ?? old.title,
      description: old.description,
      departmentId: old.departmentId,
      parentGoalId: old.parentGoalId,
      owner: old.owner,
      startDate: input.startDate,
      dueDate: input.dueDate,
      reviewDate,
      reviewCadence: cadence,
      carriedFromGoalId: id,
      createdAt: now,
      updatedAt: now,
    }),
  );

  // Measures with their latest values, in their original order.
  const measures = await all<Measure & { latestValue: number | null }>(
    sql,
    `SELECT ${selectList(MEASURE, {
      alias: 'm',
      only: [
        'id',
        'name',
        'unit',
        'direction',
        'baseline',
        'baselineDate',
        'target',
        'targetLow',
        'targetHigh',
        'targetDate',
        'frequency',
        'purpose',
        'weight',
      ],
    })},
            (SELECT c.value FROM check_ins c WHERE c.measure_id = m.id ORDER BY c.date DESC, c.created_at DESC LIMIT 1) AS latestValue
       FROM measures m WHERE m.goal_id = ? ORDER BY m.created_at, m.rowid`,
    [id],
  );
  const carried: CarriedMeasure[] = [];
  // Copy every column of the old row (including columns other features add), then set the new period's values.
  const copied = (await measureColumns(sql)).filter((c) => !OVERRIDDEN.has(c));
  for (const m of measures) {
    const candidate = {
      ...m,
      baseline: m.latestValue ?? m.baseline,
      baselineDate: input.startDate,
      targetDate: input.dueDate,
    };
    const usable = m.latestValue !== null && measureRuleIssues(candidate).length === 0;
    const next = usable ? candidate : { ...candidate, baseline: m.baseline };
    const newMeasureId = newId();
    await sql.execute({
      sql: `INSERT INTO measures (${[...copied, ...OVERRIDDEN].join(', ')})
            SELECT ${[...copied, '?', '?', '?', '?', '?', '?', '?', '?'].join(', ')} FROM measures WHERE id = ?`,
      args: [
        newMeasureId,
        newGoalId,
        next.baseline,
        next.baselineDate,
        next.targetDate,
        1,
        now,
        now,
        m.id,
      ] as InValue[],
    });
    carried.push({
      fromMeasureId: m.id,
      measureId: newMeasureId,
      baseline: next.baseline,
      baselineFrom: usable ? 'latest_check_in' : 'old_baseline',
    });
  }
  await copyMeasurementContext(
    sql,
    id,
    newGoalId,
    old.departmentId,
    new Map(carried.map((c) => [c.fromMeasureId, c.measureId])),
  );

  const kids = movable;
  for (const kid of kids)
    await sql.execute({
      sql: `UPDATE goals SET parent_goal_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND parent_goal_id = ? AND state = 'open'`,
      args: [newGoalId, now, kid.id, id],
    });

  await sql.execute({
    sql: `UPDATE goals SET state = 'carried', closed_at = ?, closed_comment = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = 'open'`,
    args: [now, input.comment, now, id],
  });
  const result = {
    from: (await findGoal(sql, id))!,
    goal: (await findGoal(sql, newGoalId))!,
    measures: carried,
    movedSubGoalIds: kids.map((k) => k.id),
    keptSubGoalIds: unmovable.map((k) => k.id),
  };
  const departmentId = old.departmentId;
  await audit(sql, {
    action: 'carry_over',
    entity: 'goal',
    entityId: id,
    departmentId,
    goalId: id,
    before: old,
    after: result.from,
  });
  await audit(sql, {
    action: 'create',
    entity: 'goal',
    entityId: newGoalId,
    departmentId,
    goalId: newGoalId,
    after: { ...result.goal, measures: carried },
  });
  for (const kid of kids)
    await audit(sql, {
      action: 'update',
      entity: 'goal',
      entityId: kid.id,
      goalId: kid.id,
      before: { parentGoalId: id },
      after: { parentGoalId: newGoalId },
    });
  return result;
}

/**
 * The old goal's open sub-goals, split by whether the person may move them (edit their department).
 * Other departments' goals are never moved without that right: with `subGoals: 'mine'` they stay
 * under the old goal, which links to its continuation, and their own editors can move them.
 */
async function subGoalsToMove(
  sql: Sql,
  id: string,
): Promise<{ movable: { id: string }[]; unmovable: UnmovableSubGoal[] }> {
  const { actor, enforce } = currentActorContext();
  const kids = await all<Omit<UnmovableSubGoal, 'reason'>>(
    sql,
    `SELECT g.id, g.title, g.department_id AS departmentId, d.name AS departmentName
       FROM goals g JOIN departments d ON d.id = g.department_id
      WHERE g.parent_goal_id = ? AND g.state = 'open' ORDER BY g.start_date, g.title`,
    [id],
  );
  const movable: { id: string }[] = [];
  const unmovable: UnmovableSubGoal[] = [];
  for (const k of kids)
    if (!enforce || can(actor, 'write', departments(k.departmentId))) movable.push({ id: k.id });
    else unmovable.push({ ...k, reason: 'other_department' });
  return { movable, unmovable };
}

function unmovableProblem(unmovable: UnmovableSubGoal[]): Problem {
  const names = unmovable.map((k) => `“${k.title}” (${k.departmentName})`).join(', ');
  return new Problem(
    409,
    'Sub-goals of other departments',
    says('sub_goals_not_movable', { names }),
    { subGoals: [says('goal.subGoalsForeignField')] },
    { subGoals: unmovable },
  );
}

/**
 * What makes the carried measures mean the same next period: their counterweight pairs, their
 * segments (names only: values belong to check-ins) and the goal's practices, each created (and
 * audited) as the person would create it by hand. A pair inside the goal is rebuilt between the new
 * measures. A pair with a measure elsewhere continues with that measure only while its goal is open
 * and the person may pair across both departments; otherwise the new measure's counterweight
 * warning says it needs one again. Without the pairs, every carried AHT would be flagged as unguarded.
 */
async function copyMeasurementContext(
  sql: Sql,
  oldGoalId: string,
  newGoalId: string,
  departmentId: string,
  newIdOf: ReadonlyMap<string, string>,
) {
  const { actor, enforce } = currentActorContext();
  // Each pair with its other side: the measure that is not on this goal (the counterweight when both are), its goal's state and department.
  const pairs = await all<{
    measureId: string;
    counterweightId: string;
    otherState: string;
    otherDepartmentId: string;
  }>(
    sql,
    `SELECT p.measure_id AS measureId, p.counterweight_id AS counterweightId, g.state AS otherState, g.department_id AS otherDepartmentId
       FROM measure_pairs p
       JOIN measures m ON m.id = CASE WHEN p.counterweight_id IN (SELECT id FROM measures WHERE goal_id = ?1) THEN p.measure_id ELSE p.counterweight_id END
       JOIN goals g ON g.id = m.goal_id
      WHERE p.measure_id IN (SELECT id FROM measures WHERE goal_id = ?1) OR p.counterweight_id IN (SELECT id FROM measures WHERE goal_id = ?1)
      ORDER BY p.created_at, p.rowid`,
    [oldGoalId],
  );
  for (const p of pairs) {
    const [a, b] = [newIdOf.get(p.measureId), newIdOf.get(p.counterweightId)];
    if (a && b) await insertPair(sql, a, b);
    else if (
      p.otherState === 'open' &&
      (!enforce || can(actor, 'write', departments(departmentId, p.otherDepartmentId)))
    )
      await insertPair(sql, a ?? b!, a ? p.counterweightId : p.measureId);
  }
  const segments = await all<{ measureId: string; name: string }>(
    sql,
    `SELECT measure_id AS measureId, name FROM segments WHERE measure_id IN (SELECT id FROM measures WHERE goal_id = ?) ORDER BY created_at, rowid`,
    [oldGoalId],
  );
  for (const seg of segments) await createSegment(sql, newIdOf.get(seg.measureId)!, seg.name);
  const practices = await all<{ text: string }>(sql, 'SELECT text FROM practices WHERE goal_id = ? ORDER BY position', [
    oldGoalId,
  ]);
  for (const pr of practices) await createPractice(sql, newGoalId, { text: pr.text });
}

/** The columns a carried measure gets new values for, in the order of the INSERT's parameters. */
const OVERRIDDEN = new Set(
  (['id', 'goalId', 'baseline', 'baselineDate', 'targetDate', 'version', 'createdAt', 'updatedAt'] as const).map((f) =>
    col(MEASURE, f),
  ),
);

async function measureColumns(sql: Sql): Promise<string[]> {
  const rows = await all<{ name: string }>(sql, `SELECT name FROM pragma_table_info('measures')`);
  return rows.map((r) => r.name);
}
