// A large, valid, deterministic tree for benchmarks: plain parameterised INSERTs sent in big
// atomic batches (seconds for thousands of goals), not one repository call per row.
// Goals form a balanced tree (about five levels) spread over six departments; every row obeys
// the schema rules the API enforces (due after start, targets on the right side of baselines,
// range bounds in order, check-ins between the baseline date and today).
import type { Client, InStatement } from '@libsql/client';
import { DIRECTIONS, FREQUENCIES, type Direction, type Unit } from '../../src/domain/schemas.ts';
import { MEASURE, insertInto } from '../../src/server/columns.ts';

export interface GenerateOptions {
  goals: number;
  measuresPerGoal: number;
  checkInsPerMeasure: number;
}

const DEPARTMENTS = ['Customer Service', 'Sales', 'Accounts', 'Logistics', 'Quality & Training', 'IT Support'];
const VERBS = ['Cut', 'Raise', 'Keep', 'Improve', 'Reduce', 'Speed up', 'Stabilise', 'Simplify'];
const THINGS = [
  'complaints',
  'order-to-delivery time',
  'first-contact resolution',
  'handling time',
  'service level',
  'answer rate',
  'NPS',
  'CSAT',
  'invoice errors',
  'order-entry accuracy',
  'e-mail backlog',
  'unnecessary transfers',
];
const OWNERS = [
  'Ingrid Solberg',
  'Mikko Virtanen',
  'Liisa Korhonen',
  'Erik Lindqvist',
  'Sofia Andersson',
  'Lars Johansen',
  'Aino Mäkinen',
  'Jonas Berg',
];
const UNIT_FOR: Record<Direction, Unit[]> = {
  increase: ['%', 'score', 'count'],
  decrease: ['s', 'count', 'd', 'h'],
  keep_above: ['%'],
  keep_below: ['count', 'min'],
  range: ['s', 'min'],
};

/** Small deterministic PRNG (mulberry32), so every run builds the same tree. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Statements per atomic batch: large enough to amortise, small enough to stay well under limits. */
const CHUNK = 5_000;

/**
 * Adds a generated organisation to a migrated database: a vision (if none exists), six
 * departments (reused by name if present) and `goals` goals with their measures and check-ins.
 */
export async function seedGenerated(client: Client, opts: GenerateOptions): Promise<void> {
  const random = prng(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const now = new Date().toISOString();
  // Check-ins go up to yesterday at the latest, so they are never in the future on any clock.
  const lastCheckIn = Date.parse(now.slice(0, 10)) - DAY;

  const head: InStatement[] = [];
  const hasVision = (await client.execute('SELECT 1 FROM vision LIMIT 1')).rows.length > 0;
  if (!hasVision)
    head.push({
      sql: 'INSERT INTO vision (id, statement, horizon_year, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      args: [
        crypto.randomUUID(),
        'To be recognised as the leader in customer service and satisfaction in our market',
        2028,
        now,
        now,
      ],
    });
  for (const name of DEPARTMENTS)
    head.push({
      sql: 'INSERT INTO departments (id, name, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      args: [crypto.randomUUID(), name, now, now],
    });
  await client.batch(head, 'write');
  const byName = new Map(
    (await client.execute('SELECT id, name FROM departments')).rows.map((r) => [
      String(r[1]).toLowerCase(),
      String(r[0]),
    ]),
  );
  const departmentIds = DEPARTMENTS.map((n) => byName.get(n.toLowerCase())!);

  // Balanced tree in breadth-first order: one top goal per department, then `branching`
  // children per goal, so parents are always inserted before their children.
  const tops = Math.min(departmentIds.length, Math.max(1, opts.goals));
  const branching = Math.max(2, Math.ceil(Math.pow(Math.max(1, opts.goals / tops), 1 / 4)));

  const pending: InStatement[] = [];
  const flush = async (force: boolean) => {
    while (pending.length >= CHUNK || (force && pending.length)) await client.batch(pending.splice(0, CHUNK), 'write');
  };

  const goalIds: string[] = [];
  const goalDepartment: number[] = [];
  for (let i = 0; i < opts.goals; i++) {
    const parent = i < tops ? null : Math.floor((i - tops) / branching);
    const department =
      parent === null ? i : random() < 0.7 ? goalDepartment[parent]! : Math.floor(random() * departmentIds.length);
    const id = crypto.randomUUID();
    goalIds.push(id);
    goalDepartment.push(department);
    // Goals started 1–12 months ago and run 3–18 months.
    const start = lastCheckIn - (30 + Math.floor(random() * 330)) * DAY;
    const due = start + (90 + Math.floor(random() * 450)) * DAY;
    const review = start + (80 + Math.floor(random() * 60)) * DAY;
    pending.push({
      sql: `INSERT INTO goals (id, title, description, department_id, parent_goal_id, owner, start_date, due_date, review_date, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        id,
        `${pick(VERBS)} ${pick(THINGS)} by ${5 + Math.floor(random() * 20)} % (#${i + 1})`,
        `Generated goal ${i + 1} for the benchmark.`,
        departmentIds[department]!,
        parent === null ? null : goalIds[parent]!,
        pick(OWNERS),
        iso(start),
        iso(due),
        iso(review),
        now,
        now,
      ],
    });

    for (let k = 0; k < opts.measuresPerGoal; k++) {
      const measureId = crypto.randomUUID();
      const direction = DIRECTIONS[(i + k) % DIRECTIONS.length]!;
      const baselineDate = start - DAY;
      const baseline = round1(20 + random() * 400);
      const delta = round1(Math.max(1, baseline * (0.05 + random() * 0.25)));
      let target: number | null = null;
      let low: number | null = null;
      let high: number | null = null;
      if (direction === 'increase') target = round1(baseline + delta);
      else if (direction === 'decrease') target = round1(baseline - delta);
      else if (direction === 'keep_above') target = round1(baseline - delta / 2);
      else if (direction === 'keep_below') target = round1(baseline + delta / 2);
      else ((low = round1(baseline - delta)), (high = round1(baseline - delta / 3)));
      // created_at orders measures in the tree; keep it unique and increasing.
      const created = new Date(Date.parse(now) + goalIds.length * 16 + k).toISOString();
      pending.push(
        insertInto(MEASURE, {
          id: measureId,
          goalId: id,
          name: `Measure ${k + 1} of goal ${i + 1}: ${pick(THINGS)}`,
          unit: pick(UNIT_FOR[direction]),
          direction,
          baseline,
          baselineDate: iso(baselineDate),
          target,
          targetLow: low,
          targetHigh: high,
          targetDate: iso(due),
          frequency: FREQUENCIES[(i + k) % FREQUENCIES.length]!,
          purpose: 'Generated for the benchmark.',
          weight: random() < 0.15 ? 2 : 1,
          createdAt: created,
          updatedAt: created,
        }),
      );

      // Check-ins spread evenly between the baseline date and the last allowed day.
      const span = Math.max(opts.checkInsPerMeasure, Math.floor((lastCheckIn - baselineDate) / DAY));
      for (let c = 0; c < opts.checkInsPerMeasure; c++) {
        const offset = Math.max(1, Math.round(((c + 1) / opts.checkInsPerMeasure) * span));
        const date = Math.min(lastCheckIn, baselineDate + offset * DAY);
        const share = (c + 1) / (opts.checkInsPerMeasure + 1);
        const drift = (direction === 'decrease' || direction === 'range' ? -1 : 1) * delta * share * (0.4 + random());
        pending.push({
          sql: 'INSERT INTO check_ins (id, measure_id, value, date, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          args: [crypto.randomUUID(), measureId, round1(baseline + drift), iso(date), '', created, created],
        });
      }
    }
    await flush(false);
  }
  await flush(true);
}
