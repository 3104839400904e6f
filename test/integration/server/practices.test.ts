// A goal's practices (issue 4, seed 000): what to do in every customer contact, in form order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Goal, Practice } from '../../../src/domain/types.ts';
import goalPracticesFn from '../../../netlify/functions/goal-practices.mts';
import practiceFn from '../../../netlify/functions/practice.mts';
import goalFn from '../../../netlify/functions/goal.mts';
import { call, createDepartment, createGoal, expectProblem, freshDatabase, snapshot } from '../helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });

let goal: Goal;
beforeAll(async () => {
  goal = await createGoal((await createDepartment()).id, { title: 'Resolve the whole need' });
});

const add = (goalId: string, body: Record<string, unknown>) =>
  call<Practice>(goalPracticesFn, 'POST', `/api/goals/${goalId}/practices`, { ...one(goalId), body });
const form = async (goalId: string) =>
  (await call<Practice[]>(goalPracticesFn, 'GET', `/api/goals/${goalId}/practices`, one(goalId))).body.map((p) => [
    p.position,
    p.text,
  ]);
const patch = (id: string, body: Record<string, unknown>) =>
  call<Practice>(practiceFn, 'PATCH', `/api/practices/${id}`, { ...one(id), body });

describe('practices', () => {
  it('adds at the end by default, or at a position, keeping positions contiguous', async () => {
    const open = await add(goal.id, { text: "Map the customer's whole situation with open questions." });
    expect(open.status).toBe(201);
    expect(open.body).toEqual({
      id: expect.any(String),
      goalId: goal.id,
      text: "Map the customer's whole situation with open questions.",
      position: 0,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await add(goal.id, { text: 'Offer the add-on that adds value, and ask: would you like it?' });
    await add(goal.id, { text: 'Greet the customer by name.', position: 0 });
    await add(goal.id, { text: 'Summarise what happens next.', position: 99 });
    expect(await form(goal.id)).toEqual([
      [0, 'Greet the customer by name.'],
      [1, "Map the customer's whole situation with open questions."],
      [2, 'Offer the add-on that adds value, and ask: would you like it?'],
      [3, 'Summarise what happens next.'],
    ]);
  });

  it('moves a practice up or down, changes its text, and refuses a stale version', async () => {
    const [greet, , offer] = (
      await call<Practice[]>(goalPracticesFn, 'GET', `/api/goals/${goal.id}/practices`, one(goal.id))
    ).body;
    const down = await patch(greet!.id, { position: 2, version: 1 });
    expect(down.status).toBe(200);
    expect(down.body).toMatchObject({ position: 2, version: 2 });
    expect((await form(goal.id)).map(([p]) => p)).toEqual([0, 1, 2, 3]);
    expect((await form(goal.id))[2]).toEqual([2, 'Greet the customer by name.']);
    const up = await patch(offer!.id, { position: 0, text: 'Offer the add-on that adds value and ask.', version: 1 });
    expect(up.body).toMatchObject({ position: 0, text: 'Offer the add-on that adds value and ask.', version: 2 });
    expect(await form(goal.id)).toEqual([
      [0, 'Offer the add-on that adds value and ask.'],
      [1, "Map the customer's whole situation with open questions."],
      [2, 'Greet the customer by name.'],
      [3, 'Summarise what happens next.'],
    ]);
    const before = await snapshot(db);
    expectProblem(await patch(offer!.id, { position: 3, version: 1 }), 409, 'version');
    expectProblem(await patch(offer!.id, { text: '', version: 2 }), 400, 'text');
    expectProblem(await patch(offer!.id, { position: -1, version: 2 }), 400, 'position');
    expectProblem(await patch(offer!.id, { text: 'x' }), 400, 'version');
    expectProblem(await patch('missing', { text: 'x', version: 1 }), 404);
    expect(await snapshot(db)).toEqual(before);
  });

  it('closes the gap when one is deleted, and goes with its goal', async () => {
    const list = (await call<Practice[]>(goalPracticesFn, 'GET', `/api/goals/${goal.id}/practices`, one(goal.id))).body;
    const second = list[1]!;
    expectProblem(
      await call(practiceFn, 'DELETE', `/api/practices/${second.id}?version=9`, one(second.id)),
      409,
      'version',
    );
    expect((await call(practiceFn, 'DELETE', `/api/practices/${second.id}`, one(second.id))).status).toBe(204);
    expect((await form(goal.id)).map(([p]) => p)).toEqual([0, 1, 2]);
    expectProblem(await call(practiceFn, 'GET', `/api/practices/${second.id}`, one(second.id)), 404);

    const g = await createGoal(goal.departmentId);
    await add(g.id, { text: 'Listen without interrupting.' });
    expect((await call(goalFn, 'DELETE', `/api/goals/${g.id}`, one(g.id))).status).toBe(204);
    expect(
      Number(
        (await db.execute({ sql: 'SELECT count(*) AS n FROM practices WHERE goal_id = ?', args: [g.id] })).rows[0]!.n,
      ),
    ).toBe(0);
  });

  it('refuses bad input and unknown goals; nothing is written', async () => {
    const before = await snapshot(db);
    expectProblem(await add(goal.id, {}), 400, 'text');
    expectProblem(await add(goal.id, { text: 'x'.repeat(501) }), 400, 'text');
    expectProblem(await add(goal.id, { text: 'ok', position: 1.5 }), 400, 'position');
    expectProblem(await add(goal.id, { text: 'ok', colour: 'red' }), 400);
    expectProblem(await add('missing', { text: 'ok' }), 404);
    expectProblem(await call(goalPracticesFn, 'GET', '/api/goals/missing/practices', one('missing')), 404);
    expect(await snapshot(db)).toEqual(before);
  });
});
