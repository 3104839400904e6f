// A write that fails halfway leaves nothing behind: the route wrapper runs each write in one
// transaction. The failure is real: a trigger in the test database aborts the second statement.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../src/domain/types.ts';
import departmentsFn from '../../netlify/functions/departments.mts';
import goalFn from '../../netlify/functions/goal.mts';
import {
  call,
  countRows,
  createCheckIn,
  createDepartment,
  createGoal,
  createMeasure,
  expectProblem,
  freshDatabase,
  snapshot,
} from './helpers.ts';

const db = await freshDatabase();
const one = (id: string) => ({ params: { id } });
const getGoal = async (id: string) => (await call<Goal>(goalFn, 'GET', `/api/goals/${id}`, one(id))).body;

afterEach(async () => {
  vi.restoreAllMocks();
  await db.executeMultiple('DROP TRIGGER IF EXISTS refuse_goal_delete; DROP TRIGGER IF EXISTS refuse_check_in_delete;');
});

/** The handler logs unexpected errors; keep the output clean but check it did. */
const quietErrors = () => vi.spyOn(console, 'error').mockImplementation(() => {});

describe('atomic writes', () => {
  it('DELETE ?children=reparent: when the delete fails after the children were moved, the move is undone', async () => {
    const dept = await createDepartment();
    const grand = await createGoal(dept.id, { title: 'Grand' });
    const mid = await createGoal(dept.id, { title: 'Mid', parentGoalId: grand.id });
    const k1 = await createGoal(dept.id, { parentGoalId: mid.id });
    const k2 = await createGoal(dept.id, { parentGoalId: mid.id });
    // The UPDATE of the children runs first; the DELETE of the goal is then aborted.
    await db.execute(`CREATE TRIGGER refuse_goal_delete BEFORE DELETE ON goals WHEN old.id = '${mid.id}'
                      BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    const before = await snapshot(db);
    const errors = quietErrors();

    const res = await call(goalFn, 'DELETE', `/api/goals/${mid.id}?children=reparent`, one(mid.id));
    expectProblem(res, 500);
    expect(res.body.detail).toMatch(/nothing was saved/);
    expect(errors).toHaveBeenCalledOnce();
    // Neither statement took effect: the children still hang under Mid, unversioned.
    expect(await snapshot(db)).toEqual(before);
    expect(await getGoal(k1.id)).toEqual(k1);
    expect(await getGoal(k2.id)).toEqual(k2);

    // The failed transaction released its connection: the same request now succeeds in full.
    await db.execute('DROP TRIGGER refuse_goal_delete');
    expect((await call(goalFn, 'DELETE', `/api/goals/${mid.id}?children=reparent`, one(mid.id))).status).toBe(204);
    expect(await getGoal(k1.id)).toMatchObject({ parentGoalId: grand.id, version: 2 });
    expect(await getGoal(k2.id)).toMatchObject({ parentGoalId: grand.id, version: 2 });
    expectProblem(await call(goalFn, 'GET', `/api/goals/${mid.id}`, one(mid.id)), 404);
  });

  it('DELETE ?children=delete: a cascade that fails deep down keeps the whole subtree', async () => {
    const dept = await createDepartment();
    const root = await createGoal(dept.id);
    const a = await createGoal(dept.id, { parentGoalId: root.id });
    const b = await createGoal(dept.id, { parentGoalId: a.id });
    const m = await createMeasure(b.id);
    const c = await createCheckIn(m.id, 12);
    await db.execute(`CREATE TRIGGER refuse_check_in_delete BEFORE DELETE ON check_ins WHEN old.id = '${c.id}'
                      BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    const before = await snapshot(db);
    quietErrors();

    expectProblem(await call(goalFn, 'DELETE', `/api/goals/${root.id}?children=delete`, one(root.id)), 500);
    expect(await snapshot(db)).toEqual(before);

    await db.execute('DROP TRIGGER refuse_check_in_delete');
    const counts = await countRows(db);
    expect((await call(goalFn, 'DELETE', `/api/goals/${root.id}?children=delete`, one(root.id))).status).toBe(204);
    expect(await countRows(db)).toEqual({
      ...counts,
      goals: counts.goals! - 3,
      measures: counts.measures! - 1,
      check_ins: counts.check_ins! - 1,
    });
  });

  it('many refused writes in a row leave the database unchanged and usable', async () => {
    const dept = await createDepartment('Stable');
    const before = await snapshot(db);
    for (let i = 0; i < 25; i++) {
      expectProblem(await call(departmentsFn, 'POST', '/api/departments', { body: { name: 'stable' } }), 409);
      expectProblem(
        await call(goalFn, 'PATCH', '/api/goals/x', { params: { id: 'x' }, body: { title: 't', version: 1 } }),
        404,
      );
    }
    expect(await snapshot(db)).toEqual(before);
    expect((await createDepartment('Still writable')).name).toBe('Still writable');
    expect(dept.version).toBe(1);
  });

  it('concurrent independent writes all succeed (they queue for the write lock instead of failing busy)', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(departmentsFn, 'POST', '/api/departments', { body: { name: `Parallel ${i}` } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const names = (await db.execute("SELECT name FROM departments WHERE name LIKE 'Parallel %'")).rows.map(
      (r) => r.name,
    );
    expect(names).toHaveLength(8);
  });

  it('two PATCHes racing on the same version: one wins, the other gets 409 and changes nothing', async () => {
    const dept = await createDepartment();
    const g = await createGoal(dept.id, { title: 'Contended' });
    const [r1, r2] = await Promise.all([
      call(goalFn, 'PATCH', `/api/goals/${g.id}`, { ...one(g.id), body: { title: 'First', version: 1 } }),
      call(goalFn, 'PATCH', `/api/goals/${g.id}`, { ...one(g.id), body: { title: 'Second', version: 1 } }),
    ]);
    const statuses = [r1.status, r2.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = r1.status === 200 ? r1 : r2;
    const loser = r1.status === 200 ? r2 : r1;
    expectProblem(loser, 409, 'version');
    expect(await getGoal(g.id)).toEqual(winner.body);
    expect(winner.body.version).toBe(2);
  });

  it('a write waits while another process holds the write lock (a CLI script), then succeeds', async () => {
    const file = String((await db.execute('PRAGMA database_list')).rows[0]!.file);
    // Another process takes the write lock, writes, and commits 400 ms later.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client';
         const c = createClient({ url: process.env.DB_URL });
         const tx = await c.transaction('write');
         await tx.execute("INSERT INTO departments (id, name, created_at, updated_at) VALUES ('other-process', 'From another process', 'x', 'x')");
         console.log('locked');
         await new Promise((r) => setTimeout(r, 400));
         await tx.commit();
         c.close();`,
      ],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, DB_URL: `file:${file}` },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise<void>((resolve) => holder.stdout!.on('data', (d) => String(d).includes('locked') && resolve()));
    const t0 = performance.now();
    const res = await call(departmentsFn, 'POST', '/api/departments', { body: { name: 'Waited for the lock' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(performance.now() - t0).toBeGreaterThan(200); // it did wait
    await exited;
    const names = (
      await db.execute(
        "SELECT name FROM departments WHERE name IN ('From another process', 'Waited for the lock') ORDER BY name",
      )
    ).rows.map((r) => r.name);
    expect(names).toEqual(['From another process', 'Waited for the lock']);
    // And the connection that waited is fine for the next write.
    expect((await call(departmentsFn, 'POST', '/api/departments', { body: { name: 'Right after' } })).status).toBe(201);
  });
});
