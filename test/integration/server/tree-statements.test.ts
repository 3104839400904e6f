// GET /api/tree must cost the same number of statements whatever the tree's size (no N+1).
// The handler runs against a counting wrapper around the real client, not a mock.
import { afterAll, describe, expect, it } from 'vitest';
import type { Client, InStatement } from '@libsql/client';
import type { Tree } from '../../../src/domain/types.ts';
import { useDatabase } from '../../../src/server/db.ts';
import treeFn from '../../../netlify/functions/tree.mts';
import { call, countingClient, freshDatabase } from '../helpers.ts';

const db = await freshDatabase();
afterAll(() => useDatabase(db));

let seq = 0;
const now = '2025-01-01T00:00:00.000Z';

/** Adds goals (each under an earlier one, some top-level) with measures and check-ins, in one batch. */
async function seed(client: Client, opts: { goals: number; measuresPerGoal: number; checkInsPerMeasure: number }) {
  const stmts: InStatement[] = [];
  const dept = `dept-${++seq}`;
  stmts.push({
    sql: 'INSERT INTO departments (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
    args: [dept, dept, now, now],
  });
  const goalIds: string[] = [];
  for (let g = 0; g < opts.goals; g++) {
    const id = `goal-${++seq}`;
    const parent = g % 10 === 0 ? null : goalIds[Math.floor(g / 2)]!;
    goalIds.push(id);
    stmts.push({
      sql: `INSERT INTO goals (id, title, department_id, parent_goal_id, start_date, due_date, created_at, updated_at)
            VALUES (?, ?, ?, ?, '2025-01-01', '2025-12-31', ?, ?)`,
      args: [id, `Goal ${g}`, dept, parent, now, now],
    });
    for (let m = 0; m < opts.measuresPerGoal; m++) {
      const mid = `measure-${++seq}`;
      stmts.push({
        sql: `INSERT INTO measures (id, goal_id, name, unit, direction, baseline, baseline_date, target, target_date, frequency, created_at, updated_at)
              VALUES (?, ?, ?, 'count', 'increase', 0, '2025-01-01', 100, '2025-12-31', 'monthly', ?, ?)`,
        args: [mid, id, `Measure ${m}`, now, now],
      });
      for (let c = 0; c < opts.checkInsPerMeasure; c++)
        stmts.push({
          sql: 'INSERT INTO check_ins (id, measure_id, value, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
          args: [`check-in-${++seq}`, mid, (g + m + c * 10) % 101, `2025-0${c + 1}-15`, now, now],
        });
    }
  }
  await client.batch(stmts, 'write');
}

async function countTreeRead(): Promise<{ statements: number; tree: Tree }> {
  const counting = countingClient(db);
  useDatabase(counting.client);
  try {
    const res = await call<Tree>(treeFn, 'GET', '/api/tree');
    expect(res.status).toBe(200);
    return { statements: counting.count(), tree: res.body };
  } finally {
    useDatabase(db);
  }
}

describe('GET /api/tree statement count', () => {
  it('is the same for 3 goals and for 200 goals with 600 measures and 1,800 check-ins', async () => {
    const empty = await countTreeRead();

    await seed(db, { goals: 3, measuresPerGoal: 3, checkInsPerMeasure: 3 });
    const small = await countTreeRead();
    expect(small.tree.goals).toHaveLength(3);
    expect(small.tree.measures).toHaveLength(9);

    await seed(db, { goals: 197, measuresPerGoal: 3, checkInsPerMeasure: 3 });
    const large = await countTreeRead();
    expect(large.tree.goals).toHaveLength(200);
    expect(large.tree.measures).toHaveLength(600);
    expect((await db.execute('SELECT count(*) AS n FROM check_ins')).rows[0]!.n).toBe(1800);
    expect(large.tree.measures.every((m) => m.latest !== null)).toBe(true);
    expect(large.tree.progress).toEqual(expect.any(Number));

    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    expect(empty.statements).toBe(small.statements);
    // One batch of a handful of statements today; a per-goal query would blow far past this.
    expect(large.statements).toBeLessThanOrEqual(10);
  });

  it('the counting wrapper really counts (one execute, a batch of three)', async () => {
    const counting = countingClient(db);
    await counting.client.execute('SELECT 1');
    await counting.client.batch(['SELECT 1', 'SELECT 2', 'SELECT 3']);
    const tx = await counting.client.transaction('read');
    await tx.execute('SELECT 1');
    tx.close();
    expect(counting.count()).toBe(5);
  });
});
