// The light reads pages use instead of the whole tree: the goal index (pickers), goal names (an
// audit page), department summaries (the departments list), the influence circle (the team
// page), and goals by id with their successors (a review's next period). Each answer must be
// what the page would have derived from GET /api/tree: one truth, computed by the same code.
import { beforeAll, describe, expect, it } from 'vitest';
import { departmentSummaries } from '../../src/domain/department-summary.ts';
import { assessMeasure, assessWholeTree } from '../../src/domain/status.ts';
import type { DepartmentWithSummary, Goal, GoalIndex, InfluenceView, Tree } from '../../src/domain/types.ts';
import { seedGenerated } from '../../db/seed/generate.ts';
import treeFn from '../../netlify/functions/tree.mts';
import goalsFn from '../../netlify/functions/goals.mts';
import goalIndexFn from '../../netlify/functions/goal-index.mts';
import goalNamesFn from '../../netlify/functions/goal-names.mts';
import summariesFn from '../../netlify/functions/department-summaries.mts';
import influenceFn from '../../netlify/functions/influence.mts';
import goalCloseFn from '../../netlify/functions/goal-close.mts';
import carryOverFn from '../../netlify/functions/goal-carry-over.mts';
import measureFn from '../../netlify/functions/measure.mts';
import {
  call,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  type Handler,
} from './helpers.ts';
import { signIn } from './sign-in.ts';

const db = await freshDatabase();

let tree: Tree;
let quiet: string; // a department without goals
let small: { dept: string; open: Goal; achieved: Goal; carried: Goal; successor: Goal };

const readTree = async () => (await call<Tree>(treeFn, 'GET', '/api/tree')).body;
const index = (g: Tree['goals'][number]) => ({
  id: g.id,
  title: g.title,
  departmentId: g.departmentId,
  state: g.state,
});
const measureEntry = (m: Tree['measures'][number]) => ({ id: m.id, name: m.name, goalId: m.goalId });

beforeAll(async () => {
  // A generated organisation (six departments, a deep tree, check-ins) and a small hand-made one.
  await seedGenerated(db, { goals: 60, measuresPerGoal: 3, checkInsPerMeasure: 3 });
  quiet = (await createDepartment('Quiet department')).id;
  const dept = (await createDepartment('Small department')).id;
  const open = await createGoal(dept, { title: 'Open goal', startDate: '2025-01-01', dueDate: '2025-12-31' });
  const achieved = await createGoal(dept, {
    title: 'Achieved goal',
    parentGoalId: open.id,
    startDate: '2025-01-01',
    dueDate: '2025-06-30',
  });
  const carried = await createGoal(dept, { title: 'Carried goal', startDate: '2025-01-01', dueDate: '2025-06-30' });
  for (const g of [open, achieved, carried]) {
    const m = await createMeasure(g.id, { name: `Measure of ${g.title}` });
    await createCheckIn(m.id, 15, '2025-03-01');
  }
  // One measure on the edge of the circle, one outside it.
  const edge = await createMeasure(open.id, { name: 'Edge measure' });
  expect(
    (
      await call(measureFn, 'PATCH', `/api/measures/${edge.id}`, {
        params: { id: edge.id },
        body: { influence: 'partial', version: edge.version },
      })
    ).status,
  ).toBe(200);
  const outside = await createMeasure(open.id, { name: 'Outside measure' });
  expect(
    (
      await call(measureFn, 'PATCH', `/api/measures/${outside.id}`, {
        params: { id: outside.id },
        body: { influence: 'none', version: outside.version },
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await call(goalCloseFn, 'POST', `/api/goals/${achieved.id}/close`, {
        params: { id: achieved.id },
        body: { outcome: 'achieved', comment: 'Done' },
      })
    ).status,
  ).toBe(200);
  const carry = await call(carryOverFn, 'POST', `/api/goals/${carried.id}/carry-over`, {
    params: { id: carried.id },
    body: { startDate: '2025-07-01', dueDate: '2025-12-31' },
  });
  expect(carry.status, JSON.stringify(carry.body)).toBe(201);
  small = { dept, open, achieved, carried, successor: carry.body.goal };
  tree = await readTree();
});

describe('GET /api/goal-index', () => {
  it('lists every goal by name in the tree’s order, and with measures=1 their measures', async () => {
    const res = await call<GoalIndex>(goalIndexFn, 'GET', '/api/goal-index?measures=1');
    expect(res.status).toBe(200);
    expect(res.body.goals).toEqual(tree.goals.map(index));
    expect(res.body.measures).toEqual(tree.measures.map(measureEntry));
    expect((await call<GoalIndex>(goalIndexFn, 'GET', '/api/goal-index')).body).toEqual({
      goals: tree.goals.map(index),
      measures: [],
    });
  });

  it('narrows to a department and to open goals', async () => {
    const res = await call<GoalIndex>(
      goalIndexFn,
      'GET',
      `/api/goal-index?departmentId=${small.dept}&state=open&measures=1`,
    );
    const goals = tree.goals.filter((g) => g.departmentId === small.dept && g.state === 'open');
    // The carried goal is closed; its successor (same title) is open.
    expect(res.body.goals.map((g) => g.id).sort()).toEqual([small.open.id, small.successor.id].sort());
    expect(res.body.goals).toEqual(goals.map(index));
    const ids = new Set(goals.map((g) => g.id));
    expect(res.body.measures).toEqual(tree.measures.filter((m) => ids.has(m.goalId)).map(measureEntry));
    expect(res.body.measures.some((m) => m.goalId === small.achieved.id)).toBe(false);
    expect((await call<GoalIndex>(goalIndexFn, 'GET', `/api/goal-index?departmentId=${quiet}`)).body).toEqual({
      goals: [],
      measures: [],
    });
  });

  it('refuses bad parameters with problem+json per field', async () => {
    expectProblem(await call(goalIndexFn, 'GET', '/api/goal-index?state=closed'), 400, 'state');
    expectProblem(await call(goalIndexFn, 'GET', '/api/goal-index?measures=yes'), 400, 'measures');
    expectProblem(await call(goalIndexFn, 'GET', '/api/goal-index?departmentId='), 400, 'departmentId');
    expectProblem(await call(goalIndexFn, 'GET', '/api/goal-index?limit=5'), 400);
  });
});

describe('GET /api/goal-names', () => {
  it('answers the goals and measures asked for, leaving out unknown ids', async () => {
    const goals = tree.goals.slice(0, 3);
    const measures = tree.measures.slice(5, 7);
    const res = await call<GoalIndex>(
      goalNamesFn,
      'GET',
      `/api/goal-names?goalIds=${[...goals.map((g) => g.id), 'gone'].join(',')}&measureIds=${[...measures.map((m) => m.id), measures[0]!.id].join(',')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.goals.map((g) => g.id).sort()).toEqual(goals.map((g) => g.id).sort());
    expect(res.body.goals).toEqual(expect.arrayContaining(goals.map(index)));
    expect(res.body.measures.map((m) => m.id).sort()).toEqual(measures.map((m) => m.id).sort());
    expect((await call<GoalIndex>(goalNamesFn, 'GET', '/api/goal-names')).body).toEqual({ goals: [], measures: [] });
  });

  it('refuses more than 100 ids, an empty id and unknown parameters', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `g${i}`).join(',');
    expectProblem(await call(goalNamesFn, 'GET', `/api/goal-names?goalIds=${many}`), 400, 'goalIds');
    expectProblem(await call(goalNamesFn, 'GET', '/api/goal-names?measureIds=a,,b'), 400, 'measureIds');
    expectProblem(await call(goalNamesFn, 'GET', '/api/goal-names?ids=a'), 400);
  });
});

describe('GET /api/department-summaries', () => {
  it('counts each department’s goals exactly as the whole tree does, on the day asked for', async () => {
    for (const today of ['2025-03-15', '2025-09-01', new Date().toISOString().slice(0, 10)]) {
      const res = await call<DepartmentWithSummary[]>(summariesFn, 'GET', `/api/department-summaries?today=${today}`);
      expect(res.status).toBe(200);
      const expected = departmentSummaries(tree.goals, assessWholeTree(tree, today));
      expect(res.body.map(({ summary, ...d }) => d)).toEqual(tree.departments);
      for (const d of res.body) expect(d.summary, `${d.name} on ${today}`).toEqual(expected.get(d.id) ?? null);
    }
  });

  it('counts a closed goal by its outcome and a department without goals as none', async () => {
    const res = (await call<DepartmentWithSummary[]>(summariesFn, 'GET', '/api/department-summaries?today=2025-03-15'))
      .body;
    const s = res.find((d) => d.id === small.dept)!.summary!;
    expect(s.goalCount).toBe(4);
    expect(s.byTone.achieved).toBe(1);
    expect(s.byTone.carried).toBe(1);
    expect(Object.values(s.byTone).reduce((a, b) => a + b, 0)).toBe(4);
    expect(res.find((d) => d.id === quiet)!.summary).toBeNull();
  });

  it('refuses a bad date with problem+json on today', async () => {
    expectProblem(await call(summariesFn, 'GET', '/api/department-summaries?today=2025-13-01'), 400, 'today');
    expectProblem(await call(summariesFn, 'GET', '/api/department-summaries?today=yesterday'), 400, 'today');
    expectProblem(await call(summariesFn, 'GET', '/api/department-summaries?departmentId=x'), 400);
  });
});

describe('GET /api/influence', () => {
  const expected = (departmentId: string | null, today: string) => {
    const open = new Map(
      tree.goals
        .filter((g) => g.state === 'open' && (departmentId === null || g.departmentId === departmentId))
        .map((g) => [g.id, g]),
    );
    return tree.measures
      .filter((m) => open.has(m.goalId))
      .map((m) => ({
        id: m.id,
        name: m.name,
        goalId: m.goalId,
        influence: m.influence,
        progress: m.latest ? m.progress : null,
        status: assessMeasure(m, m.latest, today).status,
      }));
  };

  it('answers the open goals’ measures of a department with the status every badge shows', async () => {
    const res = await call<InfluenceView>(
      influenceFn,
      'GET',
      `/api/influence?departmentId=${small.dept}&today=2025-03-15`,
    );
    expect(res.status).toBe(200);
    expect(res.body.departmentId).toBe(small.dept);
    expect(res.body.measures).toEqual(expected(small.dept, '2025-03-15'));
    const ring = (name: string) => res.body.measures.find((m) => m.name === name)?.influence;
    expect([ring('Edge measure'), ring('Outside measure'), res.body.measures.length]).toEqual(['partial', 'none', 4]);
    expect(res.body.measures.some((m) => m.goalId === small.achieved.id || m.goalId === small.carried.id)).toBe(false);
    // The carried goal's successor is open, with its measures carried over.
    expect(res.body.goals.map((g) => g.title).sort()).toEqual(['Carried goal', 'Open goal']);
    expect(res.body.goals.map((g) => g.id).sort()).toEqual([small.open.id, small.successor.id].sort());
  });

  it('answers the whole organisation without a department', async () => {
    const today = '2025-09-01';
    const res = await call<InfluenceView>(influenceFn, 'GET', `/api/influence?today=${today}`);
    expect(res.body.departmentId).toBeNull();
    expect(res.body.measures).toEqual(expected(null, today));
    expect(new Set(res.body.goals.map((g) => g.id))).toEqual(new Set(res.body.measures.map((m) => m.goalId)));
  });

  it('answers 404 for an unknown department and problem+json for bad parameters', async () => {
    expectProblem(await call(influenceFn, 'GET', '/api/influence?departmentId=nope'), 404);
    expectProblem(await call(influenceFn, 'GET', '/api/influence?today=2025-02-30'), 400, 'today');
    expectProblem(await call(influenceFn, 'GET', '/api/influence?view=huddle'), 400);
  });
});

describe('GET /api/goals?ids=…&carriedFrom=…', () => {
  it('answers goals by id and the goals that continue them', async () => {
    const byId = await call<Goal[]>(goalsFn, 'GET', `/api/goals?ids=${small.open.id},${small.carried.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body.map((g) => g.id).sort()).toEqual([small.open.id, small.carried.id].sort());
    expect(byId.body.find((g) => g.id === small.carried.id)!.state).toBe('carried');
    const successors = await call<Goal[]>(
      goalsFn,
      'GET',
      `/api/goals?carriedFrom=${small.open.id},${small.carried.id}`,
    );
    expect(successors.body).toEqual([small.successor]);
  });

  it('refuses more than 100 ids', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `g${i}`).join(',');
    expectProblem(await call(goalsFn, 'GET', `/api/goals?ids=${many}`), 400, 'ids');
    expectProblem(await call(goalsFn, 'GET', `/api/goals?carriedFrom=${many}`), 400, 'carriedFrom');
  });
});

describe('who may read them', () => {
  const reads: [Handler, string][] = [
    [goalIndexFn, '/api/goal-index?measures=1'],
    [goalNamesFn, '/api/goal-names?goalIds=x'],
    [summariesFn, '/api/department-summaries'],
    [influenceFn, '/api/influence'],
  ];

  it('every signed-in role reads them (viewers and other departments’ editors too); nobody else', async () => {
    const viewer = await signIn('viewer');
    const editor = await signIn('editor', [quiet]);
    for (const [fn, url] of reads) {
      for (const headers of [viewer, editor]) {
        const res = await call(fn, 'GET', url, { headers });
        expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(200);
      }
      expectProblem(await call(fn, 'GET', url, { anonymous: true }), 401);
      // Read-only: a write is not a method these routes have.
      expect((await call(fn, 'POST', url.split('?')[0]!, { body: {} })).status).toBe(405);
    }
  });

  it('an editor’s goal index is everyone’s (pickers narrow it to what the person may change)', async () => {
    const editor = await signIn('editor', [quiet]);
    const res = await call<GoalIndex>(goalIndexFn, 'GET', '/api/goal-index', { headers: editor });
    expect(res.body.goals).toEqual(tree.goals.map(index));
  });
});
