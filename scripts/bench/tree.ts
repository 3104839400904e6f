// The tree API on the demo and on a generated organisation, and the diagram text built from it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Client } from '@libsql/client';
import type { Tree } from '../../src/domain/types.ts';
import { useDatabase } from '../../src/server/db.ts';
import { readTree } from '../../src/server/tree.ts';
import { seedDemo } from '../../db/seed/demo.ts';
import { seedGenerated } from '../../db/seed/generate.ts';
import { periodContaining } from '../../src/domain/cadence.ts';
import { GOAL_PAGE_DEPTH, OUTLINE_DEPTH } from '../../src/features/overview/outline-depth.ts';
import {
  ROOT,
  dropDatabase,
  kb,
  loadFunction,
  ms,
  tempDatabase,
  time,
  timePair,
  type FnHandler,
  type Reporter,
} from './lib.ts';

export const BIG = { goals: 2_000, measuresPerGoal: 4, checkInsPerMeasure: 12 };

async function get(handler: FnHandler, headers: Record<string, string>, query = '') {
  const res = await handler(new Request(`http://localhost/api/tree${query}`, { headers }));
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET /api/tree${query} answered ${res.status}: ${body.slice(0, 300)}`);
  return body;
}

/**
 * GET /api/tree (the whole tree) against its physical limit: a raw SELECT of the same rows (every
 * vision, department, goal, measure and pair row, and the check-in rows the tree sends), interleaved.
 */
async function benchWholeVsRaw(
  r: Reporter,
  db: { client: Client; headers: Record<string, string> },
  handler: FnHandler,
) {
  useDatabase(db.client);
  const tree = JSON.parse(await get(handler, db.headers)) as Tree;
  const ids = tree.measures.flatMap((m) => [m.latest?.id, m.smallSample?.id]).filter((id): id is string => !!id);
  await db.client.execute('CREATE TABLE bench_sent_check_ins (id TEXT PRIMARY KEY)');
  for (let i = 0; i < ids.length; i += 5_000)
    await db.client.batch(
      ids.slice(i, i + 5_000).map((id) => ({ sql: 'INSERT INTO bench_sent_check_ins (id) VALUES (?)', args: [id] })),
      'write',
    );
  const raw = () =>
    db.client.batch([
      'SELECT * FROM vision',
      'SELECT * FROM departments',
      'SELECT * FROM goals',
      'SELECT * FROM measures',
      'SELECT * FROM check_ins WHERE id IN (SELECT id FROM bench_sent_check_ins)',
      'SELECT * FROM measure_pairs',
    ]);
  const t = await timePair(() => get(handler, db.headers), raw);
  const rows = t.anchor.last.reduce((n, rs) => n + rs.rows.length, 0);
  r.add({
    name: `GET /api/tree (${BIG.goals} goals, ${tree.measures.length} measures, ${BIG.goals * BIG.measuresPerGoal * BIG.checkInsPerMeasure} check-ins)`,
    value: ms(t.figure.median),
    p95: ms(t.figure.p95),
    unit: 'ms',
    anchor: { name: `raw SELECT of the same ${rows} rows`, value: ms(t.anchor.median) },
    goal: '≤ 1.5× raw',
    note: `${kb(Buffer.byteLength(t.figure.last))} KB, ${kb(gzipSync(t.figure.last).length)} KB gzip (the whole tree: what every page downloaded before)`,
  });
  return tree;
}

/** What the overview, a department page and a goal page transfer for their tree data (gzip). */
async function benchScopedBytes(r: Reporter, db: { headers: Record<string, string> }, handler: FnHandler, tree: Tree) {
  const whole = gzipSync(await get(handler, db.headers)).length;
  const period = periodContaining(new Date().toISOString().slice(0, 10), 'quarter').label;
  const size = async (query: string) => {
    const body = await get(handler, db.headers, query);
    return {
      gzip: gzipSync(body).length,
      raw: Buffer.byteLength(body),
      goals: (JSON.parse(body) as Tree).goals.length,
    };
  };
  const figure = (name: string, s: { gzip: number; raw: number; goals: number }, goal: string) =>
    r.add({
      name,
      value: kb(s.gzip),
      unit: 'KB gzip',
      anchor: { name: 'the whole tree (before)', value: kb(whole) },
      goal,
      note: `${s.goals} goals, ${kb(s.raw)} KB`,
    });
  figure(
    `overview tree data (${BIG.goals} goals, this quarter, depth ${OUTLINE_DEPTH})`,
    await size(`?period=${period}&depth=${OUTLINE_DEPTH}`),
    '≤ 300 KB gzip',
  );
  figure(
    `overview tree data (${BIG.goals} goals, all periods, depth ${OUTLINE_DEPTH})`,
    await size(`?period=all&depth=${OUTLINE_DEPTH}`),
    '≤ 300 KB gzip',
  );
  const dept = tree.departments[0]!;
  figure(
    `department page tree data (${dept.name}, all periods, depth ${OUTLINE_DEPTH})`,
    await size(`?department=${dept.id}&period=all&depth=${OUTLINE_DEPTH}`),
    'its own part',
  );
  // The goal pages with the largest and a typical subtree: a top goal, and a goal two levels down.
  const byParent = new Map<string | null, string[]>();
  for (const g of tree.goals) byParent.set(g.parentGoalId, [...(byParent.get(g.parentGoalId) ?? []), g.id]);
  const top = byParent.get(null)![0]!;
  const mid = byParent.get(byParent.get(top)![0]!)![0]!;
  figure(
    `goal page tree data (a top goal, depth ${GOAL_PAGE_DEPTH})`,
    await size(`?goal=${top}&depth=${GOAL_PAGE_DEPTH}`),
    'its own part',
  );
  figure(
    `goal page tree data (a goal two levels down, depth ${GOAL_PAGE_DEPTH})`,
    await size(`?goal=${mid}&depth=${GOAL_PAGE_DEPTH}`),
    'its own part',
  );
  figure("a top goal's whole subtree (no depth)", await size(`?goal=${top}`), 'its own part');
}

async function benchTree(
  r: Reporter,
  label: string,
  db: { client: Client; headers: Record<string, string> },
  handler: FnHandler,
) {
  useDatabase(db.client);
  const t = await time(async () => {
    const res = await handler(new Request('http://localhost/api/tree', { headers: db.headers }));
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET /api/tree answered ${res.status}: ${body.slice(0, 300)}`);
    return body;
  });
  const bytes = Buffer.byteLength(t.last);
  r.add({
    name: `GET /api/tree (${label})`,
    value: ms(t.median),
    p95: ms(t.p95),
    unit: 'ms',
    note: `${kb(bytes)} KB, ${kb(gzipSync(t.last).length)} KB gzip`,
  });
}

// ---------- the diagram (optional: another module may not exist yet) ----------
interface DiagramModule {
  hierarchyDiagram: (
    tree: Tree,
    labels: {
      vision: string;
      measuresSummary: (n: number) => string;
      moreBelow: (n: number) => string;
      noData: string;
      percent: (p: number) => string;
    },
    scope?: unknown,
    maxNodes?: number,
  ) => { text: string; nodeCount: number; truncated: boolean };
}

const LABELS = {
  vision: 'Vision',
  measuresSummary: (n: number) => `${n} measures`,
  moreBelow: (n: number) => `+${n} more below`,
  noData: 'no data',
  percent: (p: number) => `${Math.round(p * 100)} %`,
};

async function benchDiagram(r: Reporter, tree: Tree) {
  const file = path.join(ROOT, 'src/diagrams/hierarchy.ts');
  const name = `hierarchyDiagram (${BIG.goals} goals, default maxNodes)`;
  if (!existsSync(file)) {
    r.add({ name, unit: 'ms', note: 'skipped: src/diagrams/hierarchy.ts does not exist yet' });
    return;
  }
  let mod: DiagramModule;
  try {
    mod = (await import(pathToFileURL(file).href)) as DiagramModule;
    if (typeof mod.hierarchyDiagram !== 'function') throw new Error('no hierarchyDiagram export');
  } catch (e) {
    r.add({ name, unit: 'ms', note: `skipped: ${(e as Error).message}` });
    return;
  }
  const t = await time(() => mod.hierarchyDiagram(tree, LABELS));
  r.add({
    name,
    value: ms(t.median),
    p95: ms(t.p95),
    unit: 'ms',
    note: `${t.last.nodeCount} nodes${t.last.truncated ? ', truncated' : ''}, ${kb(Buffer.byteLength(t.last.text))} KB of text`,
  });
}

export default async function tree(r: Reporter) {
  const treeHandler = await loadFunction('tree');
  const demo = await tempDatabase('demo');
  const small = await seedDemo(demo.client);
  r.detail('demo', small);
  await benchTree(r, `demo: ${small.goals} goals, ${small.measures} measures`, demo, treeHandler);
  dropDatabase(demo);

  const big = await tempDatabase('big');
  const t0 = performance.now();
  await seedGenerated(big.client, BIG);
  const seedMs = performance.now() - t0;
  r.detail('generated', { ...BIG, seedMs: Math.round(seedMs) });
  r.add({
    name: `seedGenerated (${BIG.goals} goals, ${BIG.goals * BIG.measuresPerGoal} measures)`,
    value: ms(seedMs),
    unit: 'ms',
    note: 'one run',
  });
  const whole = await benchWholeVsRaw(r, big, treeHandler);
  await benchScopedBytes(r, big, treeHandler, whole);
  await benchDiagram(r, await readTree(big.client));
  dropDatabase(big);
}
