import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@libsql/client';
import { DIRECTIONS, latestTodayAnywhere } from '../../../../src/domain/schemas.ts';
import type { Tree } from '../../../../src/domain/types.ts';
import { openDatabase } from '../../../../src/server/db.ts';
import { migrate } from '../../../../src/server/migrate.ts';
import { readTree } from '../../../../src/server/tree.ts';
import { listCheckIns } from '../../../../src/server/measures.ts';
import {
  DEMO_ANCHOR,
  DEMO_DEPARTMENTS,
  DEMO_GOALS,
  DEMO_VISION,
  seedDemo,
  shiftDemoDate,
  type SeedCounts,
} from '../../../../db/seed/demo.ts';
import { demoLocale, demoText } from '../../../../db/seed/demo-text.ts';
import { assessTree } from '../../../../src/domain/status.ts';
import { addDays, addMonths, daysInMonth } from '../../../../src/domain/cadence.ts';
import { serverToday } from '../../../../src/server/clock.ts';

describe('demo organisation', () => {
  let client: Client;
  let counts: SeedCounts;
  let tree: Tree;

  beforeAll(async () => {
    client = await openDatabase(':memory:');
    await migrate(client);
    counts = await seedDemo(client, DEMO_ANCHOR);
    tree = await readTree(client);
  });
  afterAll(() => client.close());

  const count = async (table: string) =>
    Number((await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

  it('reports what it wrote', async () => {
    expect(counts).toEqual({
      departments: await count('departments'),
      goals: await count('goals'),
      measures: await count('measures'),
      checkIns: await count('check_ins'),
      pairs: await count('measure_pairs'),
      segments: await count('segments'),
      practices: await count('practices'),
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

  // ---------- measurement (issue 4) ----------
  const named = (name: string) => {
    const m = tree.measures.find((x) => x.name === name);
    if (!m) throw new Error(`No demo measure ${name}`);
    return m;
  };

  it('creates measures from the KPI library, in all three influence rings and quality levels', () => {
    const fromLibrary = tree.measures.filter((m) => m.libraryKey !== null);
    expect(fromLibrary.length).toBeGreaterThanOrEqual(12);
    expect(new Set(tree.measures.map((m) => m.influence))).toEqual(new Set(['direct', 'partial', 'none']));
    for (const level of ['technical', 'spirit', 'access'] as const)
      expect(
        tree.measures.some((m) => m.qualityLevels.includes(level)),
        level,
      ).toBe(true);
    expect(named('Service level: calls answered within 20 s')).toMatchObject({
      libraryKey: 'service_level',
      thresholdSeconds: 20,
      target: 80,
    });
  });

  it('pairs AHT with FCR and the two transfer measures, and warns about the unpaired service level', () => {
    const pairOf = (a: string, b: string) =>
      tree.pairs.some(
        (p) =>
          (p.measureId === named(a).id && p.counterweightId === named(b).id) ||
          (p.measureId === named(b).id && p.counterweightId === named(a).id),
      );
    expect(pairOf('Average handling time (AHT)', 'First-contact resolution (FCR)')).toBe(true);
    expect(pairOf('Unnecessary transfers per month', 'Beneficial transfers to experts per month')).toBe(true);
    expect(tree.warnings.map((w) => w.measureId)).toEqual([named('Service level: calls answered within 20 s').id]);
    expect(tree.warnings[0]!.suggestions.map((s) => s.libraryKey)).toEqual(['abandonment_rate', 'fcr']);
  });

  it('computes NPS from counts, with margins, small samples and a change within noise', async () => {
    const nps = named('Net Promoter Score (NPS)');
    // 169 promoters, 70 detractors of 412: 24.03 ± 6.98 (1.96·√((0.410 + 0.170 − 0.240²)/412)); 20.95 (n = 401) before: within noise.
    expect(nps.latest).toMatchObject({
      sampleSize: 412,
      promoters: 169,
      detractors: 70,
      belowMinSample: false,
      withinNoise: true,
    });
    expect(nps.latest!.value).toBeCloseTo(24.03, 2);
    expect(nps.latest!.margin).toBeCloseTo(6.98, 2);
    const pilot = await listCheckIns(client, named('NPS after chat contacts (pilot)').id);
    expect(pilot.map((c) => c.sampleSize)).toEqual([41, 19, 22, 14]);
    expect(pilot.map((c) => c.belowMinSample)).toEqual([false, true, true, true]);
    expect(pilot.every((c) => c.withinNoise !== false)).toBe(true);
  });

  it('records CSAT and QA compliance with their samples, and AHT by channel with volumes', async () => {
    const csat = named('Customer satisfaction after the contact (CSAT)');
    expect(csat.latest).toMatchObject({
      value: 81.9,
      sampleSize: 515,
      interval: { low: expect.any(Number), high: expect.any(Number) },
    });
    const qa = named('Listened calls where the whole situation was mapped');
    expect(qa.latest).toMatchObject({ successes: 52, sampleSize: 70 });
    expect(qa.latest!.value).toBeCloseTo(74.29, 2);
    const aht = named('Average handling time (AHT)');
    // 398 + 10 on 9 000, 388 − 20 on 3 000, 388 − 30 on 1 000 roll up to exactly 388.
    expect(aht.latest).toMatchObject({
      value: 388,
      segments: expect.arrayContaining([expect.objectContaining({ volume: 9000, value: 398 })]),
    });
    expect(aht.latest!.segments).toHaveLength(3);
  });

  it('lists practices on the FCR and add-on goals', async () => {
    const rs = await client.execute(
      'SELECT g.title AS title, count(*) AS n FROM practices p JOIN goals g ON g.id = p.goal_id GROUP BY g.title ORDER BY g.title',
    );
    expect(rs.rows.map((r) => [r.title, r.n])).toEqual([
      ["Make every contact resolve the customer's whole need", 3],
      ["Map the customer's whole situation in every contact", 3],
    ]);
  });

  it('writes all or nothing', async () => {
    // A clash on the fourth department fails after the vision and three departments were written.
    const other = await openDatabase(':memory:');
    try {
      await migrate(other);
      await other.execute({
        sql: "INSERT INTO departments (id, name, created_at, updated_at) VALUES ('d', 'logistics', '', '')",
        args: [],
      });
      await expect(seedDemo(other)).rejects.toThrow();
      const n = async (table: string) => Number((await other.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
      expect([await n('vision'), await n('departments'), await n('goals')]).toEqual([0, 1, 0]);
    } finally {
      other.close();
    }
  });
});

/** Seeds a fresh in-memory database for `today`; the tree and the statuses as of that day. */
async function seededFor(today: string) {
  const client = await openDatabase(':memory:');
  try {
    await migrate(client);
    const counts = await seedDemo(client, today);
    const tree = await readTree(client);
    const latest = new Map(tree.measures.filter((m) => m.latest).map((m) => [m.id, m.latest!]));
    const { goals } = assessTree(tree.goals, tree.measures, latest, today);
    const statuses: Record<string, number> = {};
    for (const a of goals.values()) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    return { counts, tree, statuses };
  } finally {
    client.close();
  }
}

describe('the demo does not age', () => {
  const endOfLastMonth = (today: string) => addDays(`${today.slice(0, 8)}01`, -1);

  it('has the same shape created today as on the day it was written for (statuses move with the day of the month)', async () => {
    const today = serverToday();
    const [then, now] = [await seededFor(DEMO_ANCHOR), await seededFor(today)];
    expect(now.counts).toEqual(then.counts);
    // Mostly on track or at risk, not a wall of "missed".
    for (const s of [then.statuses, now.statuses]) expect(s.missed ?? 0).toBeLessThanOrEqual(1);
    expect((now.statuses.on_track ?? 0) + (now.statuses.at_risk ?? 0)).toBeGreaterThan(now.tree.goals.length / 2);
    // Goals in the current year, check-ins up to last month, the next review in two weeks.
    expect(now.tree.goals.some((g) => g.startDate <= today && g.dueDate >= today)).toBe(true);
    const checkIns = now.tree.measures.flatMap((m) => (m.latest ? [m.latest.date] : []));
    expect(checkIns.every((d) => d <= endOfLastMonth(today))).toBe(true);
    expect(checkIns.some((d) => d > endOfLastMonth(addMonths(today, -1)))).toBe(true);
    expect(now.tree.goals.map((g) => g.reviewDate)).toContain(addDays(today, 14));
    expect(now.tree.vision?.horizonYear).toBe(2028 + Number(today.slice(0, 4)) - 2026);
  });

  // Every date the demo holds, for a day in each month of five years and at both ends of a month.
  const todays = Array.from({ length: 60 }, (_, i) => addMonths('2026-11-01', i)).flatMap((first) => [
    first,
    addDays(first, 14),
    `${first.slice(0, 8)}${daysInMonth(Number(first.slice(0, 4)), Number(first.slice(5, 7)))}`,
  ]);
  const specDates = DEMO_GOALS.flatMap((g) =>
    g.measures.flatMap((m) => [...m.checkIns.map((p) => p[0]), ...(m.segments?.checkIns.map((p) => p.date) ?? [])]),
  );

  it('never dates a check-in after the end of last month, nor two of a measure on one day', () => {
    for (const today of todays)
      for (const g of DEMO_GOALS)
        for (const m of g.measures) {
          const dates = [...m.checkIns.map((p) => p[0]), ...(m.segments?.checkIns.map((p) => p.date) ?? [])].map((d) =>
            shiftDemoDate(d, today),
          );
          expect(new Set(dates).size, `${m.name} on ${today}`).toBe(dates.length);
          for (const d of dates) expect(d <= endOfLastMonth(today), `${m.name} ${d} on ${today}`).toBe(true);
        }
    expect(specDates.length).toBeGreaterThan(100);
  });

  it('keeps the dates of every goal in order, its review date inside them', () => {
    for (const today of todays)
      for (const g of DEMO_GOALS) {
        const [start, due] = [shiftDemoDate(g.startDate, today), shiftDemoDate(g.dueDate, today)];
        expect(start < due, g.key).toBe(true);
        if (g.reviewDate) {
          const review = shiftDemoDate(g.reviewDate, today);
          expect(review >= start && review <= due, `${g.key} ${review} on ${today}`).toBe(true);
        }
      }
  });

  it('keeps month ends at month ends and weekdays of weekly check-ins', () => {
    expect(shiftDemoDate('2026-11-30', '2027-01-05')).toBe('2027-01-31');
    expect(shiftDemoDate('2026-12-31', '2027-01-05')).toBe('2027-02-28');
    expect(shiftDemoDate('2026-10-01', '2027-01-05')).toBe('2026-12-01');
    expect(shiftDemoDate('2026-11-30', DEMO_ANCHOR)).toBe('2026-11-30');
    const monday = shiftDemoDate('2026-09-07', '2027-04-20');
    expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});

describe('the demo organisation in another language', () => {
  it.each(['fi', 'nb', 'sv'] as const)('writes its texts in %s, with the same shape as in English', async (locale) => {
    const client = await openDatabase(':memory:');
    try {
      await migrate(client);
      const counts = await seedDemo(client, DEMO_ANCHOR, locale);
      const names = (await client.execute('SELECT name FROM departments ORDER BY name')).rows.map((r) =>
        String(r.name),
      );
      expect(names).toEqual([...DEMO_DEPARTMENTS].map((n) => demoText(locale, n)).sort());
      const titles = new Set((await client.execute('SELECT title FROM goals')).rows.map((r) => String(r.title)));
      for (const g of DEMO_GOALS) expect(titles.has(demoText(locale, g.title)), g.title).toBe(true);
      const measures = (await client.execute('SELECT name FROM measures')).rows.map((r) => String(r.name));
      expect(measures).toContain(demoText(locale, DEMO_GOALS[0]!.measures[0]!.name));
      expect(counts.pairs).toBeGreaterThan(0);
      const statement = String((await client.execute('SELECT statement FROM vision')).rows[0]!.statement);
      expect(statement).toBe(demoText(locale, DEMO_VISION.statement));
    } finally {
      client.close();
    }
  });

  it('refuses a language it has no texts for, by name', () => {
    expect(demoLocale(undefined)).toBe('en');
    expect(demoLocale('fi')).toBe('fi');
    expect(() => demoLocale('da')).toThrow(/TILLER_DEMO_LOCALE=da/);
  });
});
