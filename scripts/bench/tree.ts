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
import { ROOT, dropDatabase, kb, loadFunction, ms, tempDatabase, time, type FnHandler, type Reporter } from './lib.ts';

export const BIG = { goals: 2_000, measuresPerGoal: 4, checkInsPerMeasure: 3 };

async function benchTree(r: Reporter, label: string, db: { client: Client; headers: Record<string, string> }, handler: FnHandler) {
  useDatabase(db.client);
  const t = await time(async () => {
    const res = await handler(new Request('http://localhost/api/tree', { headers: db.headers }));
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET /api/tree answered ${res.status}: ${body.slice(0, 300)}`);
    return body;
  });
  const bytes = Buffer.byteLength(t.last);
  r.add({ name: `GET /api/tree (${label})`, value: ms(t.median), p95: ms(t.p95), unit: 'ms', note: `${kb(bytes)} KB, ${kb(gzipSync(t.last).length)} KB gzip` });
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
  r.add({ name: `seedGenerated (${BIG.goals} goals, ${BIG.goals * BIG.measuresPerGoal} measures)`, value: ms(seedMs), unit: 'ms', note: 'one run' });
  await benchTree(r, `${BIG.goals} goals, ${BIG.goals * BIG.measuresPerGoal} measures`, big, treeHandler);
  await benchDiagram(r, await readTree(big.client));
  dropDatabase(big);
}
