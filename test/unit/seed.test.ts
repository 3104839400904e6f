import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@libsql/client';
import { DIRECTIONS, latestTodayAnywhere } from '../../src/domain/schemas.ts';
import type { Tree } from '../../src/domain/types.ts';
import { openDatabase } from '../../src/server/db.ts';
import { migrate } from '../../src/server/migrate.ts';
import { readTree } from '../../src/server/tree.ts';
import { seedDemo, type SeedCounts } from '../../db/seed/demo.ts';

describe('demo organisation', () => {
  let client: Client;
  let counts: SeedCounts;
  let tree: Tree;

  beforeAll(async () => {
    client = await openDatabase(':memory:');
    await migrate(client);
    counts = await seedDemo(client);
    tree = await readTree(client);
  });
  afterAll(() => client.close());

  const count = async (table: string) => Number((await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  it('reports what it wrote', async () => {
    expect(counts).toEqual({
      departments: await count('departments'),
      goals: await count('goals'),
      measures: await count('measures'),
      checkIns: await count('check_ins'),
    });
    expect(counts.goals).toBeGreaterThanOrEqual(12);
    expect(counts.goals).toBeLessThanOrEqual(20);
  });

  it('has a vision and at least four departments', () => {
    expect(tree.vision?.statement).toMatch(/leader in customer service/);
    expect(tree.vision?.horizonYear).toBe(2028);
    expect(tree.departments.length).toBeGreaterThanOrEqual(4);
  });

  it('has goals on at least three levels, each with an owner and a review date', () => {
    const parent = new Map(tree.goals.map((g) => [g.id, g.parentGoalId]));
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(parent.get(id) ?? null));
    const levels = new Set(tree.goals.map((g) => depth(g.id)));
    expect(Math.max(...levels)).toBeGreaterThanOrEqual(3);
    expect(levels).toEqual(new Set([1, 2, 3]));
    for (const g of tree.goals) {
      expect(g.owner).not.toBe('');
      expect(g.reviewDate).not.toBeNull();
      expect(g.dueDate > g.startDate).toBe(true);
    }
  });

  it('uses every measure direction, each measure with a purpose', () => {
    expect(new Set(tree.measures.map((m) => m.direction))).toEqual(new Set(DIRECTIONS));
    for (const m of tree.measures) expect(m.purpose.length).toBeGreaterThan(20);
  });

  it('leaves at least one measure without check-ins', () => {
    expect(tree.measures.some((m) => m.latest === null)).toBe(true);
    expect(tree.measures.filter((m) => m.latest !== null).length).toBeGreaterThan(tree.measures.length / 2);
  });

  it('has no check-in dated in the future', async () => {
    const rs = await client.execute('SELECT max(date) AS latest FROM check_ins');
    expect(String(rs.rows[0]!.latest) <= latestTodayAnywhere()).toBe(true);
    expect(String(rs.rows[0]!.latest) <= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it('gives the vision a progress', () => {
    expect(tree.progress).not.toBeNull();
    expect(tree.progress!).toBeGreaterThan(0);
    expect(tree.progress!).toBeLessThan(1);
  });

  it('writes all or nothing', async () => {
    // A clash on the fourth department fails after the vision and three departments were written.
    const other = await openDatabase(':memory:');
    try {
      await migrate(other);
      await other.execute({ sql: "INSERT INTO departments (id, name, created_at, updated_at) VALUES ('d', 'logistics', '', '')", args: [] });
      await expect(seedDemo(other)).rejects.toThrow();
      const n = async (table: string) => Number((await other.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
      expect([await n('vision'), await n('departments'), await n('goals')]).toEqual([0, 1, 0]);
    } finally {
      other.close();
    }
  });
});
