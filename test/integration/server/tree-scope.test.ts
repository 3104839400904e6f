// Scoped tree reads (a goal's subtree, a department, a period, the first levels) give every goal
// the numbers and status it has in the whole tree: one truth, compared goal by goal on a generated
// organisation with small samples and carried/dropped goals in it.
import { describe, expect, it } from 'vitest';
import type { GoalWithProgress, ScopedTree, Tree } from '../../../src/domain/types.ts';
import { assessTree } from '../../../src/domain/status.ts';
import { parsePeriod } from '../../../src/domain/cadence.ts';
import { treeForPeriod } from '../../../src/domain/period-filter.ts';
import { seedGenerated } from '../../../db/seed/generate.ts';
import treeFn from '../../../netlify/functions/tree.mts';
import { call, expectProblem, freshDatabase } from '../helpers.ts';

const db = await freshDatabase();
await seedGenerated(db, { goals: 120, measuresPerGoal: 3, checkInsPerMeasure: 4 });
// Below-minimum samples (they never count) and samples that meet the minimum, here and there.
await db.execute('UPDATE check_ins SET sample_size = 5 WHERE rowid % 5 = 0');
await db.execute('UPDATE check_ins SET sample_size = 80 WHERE rowid % 5 = 1');
// Carried and dropped goals drop out of their parents' roll-ups; a carried goal's copy names it.
await db.execute("UPDATE goals SET state = 'dropped' WHERE rowid % 11 = 3");
await db.execute("UPDATE goals SET state = 'carried' WHERE rowid % 13 = 4");
await db.execute(
  'UPDATE goals SET carried_from_goal_id = (SELECT id FROM goals g WHERE g.rowid = goals.rowid - 1) WHERE rowid % 13 = 5',
);

const TODAY = new Date().toISOString().slice(0, 10);
const get = async <T = ScopedTree>(query: string) => {
  const res = await call<T>(treeFn, 'GET', `/api/tree${query}`);
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  return res.body;
};
const whole = await get<Tree>('');
const assessed = (t: Tree) =>
  assessTree(t.goals, t.measures, new Map(t.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!])), TODAY);

/** Every goal of `part` has the progress and the status it has in `reference`; its measures too. */
function expectSameNumbers(part: ScopedTree, reference: Tree) {
  const a = assessed(part);
  const b = assessed(reference);
  const refGoals = new Map(reference.goals.map((g) => [g.id, g]));
  expect(part.goals.length).toBeGreaterThan(0);
  for (const g of part.goals) {
    const { hidden: _h, ...plain } = g;
    expect(plain, g.title).toEqual(refGoals.get(g.id));
    expect(a.goals.get(g.id), g.title).toEqual(b.goals.get(g.id));
  }
  const refMeasures = new Map(reference.measures.map((m) => [m.id, m]));
  for (const m of part.measures) {
    expect(m).toEqual(refMeasures.get(m.id));
    expect(a.measures.get(m.id)).toEqual(b.measures.get(m.id));
  }
  expect(part.progress).toBe(reference.progress);
}

const childCount = (t: Tree, id: string) => t.goals.filter((g) => g.parentGoalId === id).length;

// A few hundred real requests per test: generous time on a slow shared machine.
describe('GET /api/tree scoped reads', { timeout: 600_000 }, () => {
  it('has the organisation this test needs (levels, small samples, superseded goals)', () => {
    expect(whole.goals.length).toBe(120);
    expect(whole.goals.some((g) => g.state === 'dropped')).toBe(true);
    expect(whole.goals.some((g) => g.state === 'carried')).toBe(true);
    expect(whole.measures.some((m) => m.smallSample !== null)).toBe(true);
    expect(whole.goals.filter((g) => childCount(whole, g.id) > 0).length).toBeGreaterThan(10);
  });

  it("gives every goal's subtree the whole tree's numbers, with its ancestors as context", async () => {
    const byId = new Map(whole.goals.map((g) => [g.id, g]));
    for (const goal of whole.goals) {
      const part = await get(`?goal=${goal.id}`);
      expectSameNumbers(part, whole);
      expect(part.goals.map((g) => g.id)).toContain(goal.id);
      const ancestors: string[] = [];
      for (let p = goal.parentGoalId; p; p = byId.get(p)!.parentGoalId) ancestors.push(p);
      expect(part.context.map((g) => g.id)).toEqual(expect.arrayContaining(ancestors));
      expect(part.goals.every((g) => g.hidden === undefined)).toBe(true);
      expect(part.goalCount.total).toBe(part.goals.length);
    }
  });

  it('cuts a subtree at a depth and counts what it left out, with unchanged numbers', async () => {
    for (const goal of whole.goals.filter((g) => childCount(whole, g.id) > 0)) {
      const part = await get(`?goal=${goal.id}&depth=1`);
      expect(part.goals.map((g) => g.id)).toEqual([goal.id]);
      expect(part.goals[0]!.hidden?.count).toBe(childCount(whole, goal.id));
      expectSameNumbers(part, whole);
      expectSameNumbers(await get(`?goal=${goal.id}&depth=2`), whole);
    }
  });

  it('shows the first levels of the overview, in every period, with the period tree’s numbers', async () => {
    for (const label of ['all', TODAY.slice(0, 4), `${TODAY.slice(0, 4)}-Q1`, `${TODAY.slice(0, 4)}-Q4`]) {
      const reference = label === 'all' ? whole : treeForPeriod(whole, parsePeriod(label)!);
      for (const depth of [1, 2, 3]) {
        const part = await get(`?period=${label}&depth=${depth}`);
        if (reference.goals.length === 0) continue;
        expectSameNumbers(part, reference);
        expect(part.goalCount).toEqual({ inPeriod: reference.goals.length, total: whole.goals.length });
        const sent = new Set(part.goals.map((g) => g.id));
        // Every goal left out sits below a sent goal that counts it.
        const hiddenTotal = part.goals.reduce((n, g) => n + (g.hidden?.count ?? 0), 0);
        const hiddenChildren = reference.goals.filter(
          (g) => !sent.has(g.id) && g.parentGoalId !== null && sent.has(g.parentGoalId),
        ).length;
        expect(hiddenTotal).toBe(hiddenChildren);
      }
    }
  });

  it("gives each department its own top goals and what serves them, with the whole tree's numbers", async () => {
    for (const d of whole.departments) {
      const own = whole.goals.filter((g) => g.departmentId === d.id);
      const part = await get(`?department=${d.id}&depth=2`);
      expect(part.goalCount.total).toBe(own.length);
      if (own.length === 0) continue;
      expectSameNumbers(part, whole);
      const full = await get(`?department=${d.id}`);
      expect(
        full.goals
          .filter((g) => g.departmentId === d.id)
          .map((g) => g.id)
          .sort(),
      ).toEqual(own.map((g) => g.id).sort());
    }
  });

  it('names the goals carried from and into a subtree', async () => {
    const copy = whole.goals.find((g) => g.carriedFromGoalId !== null)!;
    const part = await get(`?goal=${copy.id}&depth=1`);
    expect(part.context.map((g: GoalWithProgress) => g.id)).toContain(copy.carriedFromGoalId);
    const original = await get(`?goal=${copy.carriedFromGoalId}&depth=1`);
    expect(original.context.map((g) => g.id)).toContain(copy.id);
  });

  it('refuses bad parameters with problem+json naming the field, and unknown ids with 404', async () => {
    const goal = whole.goals[0]!.id;
    const department = whole.departments[0]!.id;
    expectProblem(await call(treeFn, 'GET', '/api/tree?depth=0'), 400, 'depth');
    expectProblem(await call(treeFn, 'GET', '/api/tree?depth=two'), 400, 'depth');
    expectProblem(await call(treeFn, 'GET', '/api/tree?depth=1.5'), 400, 'depth');
    expectProblem(await call(treeFn, 'GET', '/api/tree?period=last-week'), 400, 'period');
    expectProblem(await call(treeFn, 'GET', `/api/tree?goal=${goal}&department=${department}`), 400, 'department');
    expectProblem(await call(treeFn, 'GET', '/api/tree?colour=red'), 400);
    expectProblem(await call(treeFn, 'GET', '/api/tree?goal=no-such-goal'), 404);
    expectProblem(await call(treeFn, 'GET', '/api/tree?department=no-such-department'), 404);
  });
});
