// `npm run bench`: Tiller's speed and size figures, each beside the anchor it is judged against
// (measured in the same run, interleaved where it is a timing). Prints one table and writes the
// same figures to test-results/bench.json.
//
// Sections live in scripts/bench/<name>.ts; `npm run bench -- --only tree,agenda` runs some of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RUNS, WARM_UP, type Figure, type Reporter } from './bench/lib.ts';

/** Every section, in the order the table prints them. */
const SECTIONS: Record<string, () => Promise<{ default: (r: Reporter) => Promise<void> | void }>> = {
  tree: () => import('./bench/tree.ts'),
  agenda: () => import('./bench/agenda.ts'),
  'page-js': () => import('./bench/page-js.ts'),
  start: () => import('./bench/start.ts'),
  lighthouse: () => import('./bench/lighthouse.ts'),
  'check-ins': () => import('./bench/check-ins.ts'),
  pages: () => import('./bench/pages.ts'),
  diagram: () => import('./bench/diagram.ts'),
  import: () => import('./bench/import.ts'),
};

const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : process.argv[process.argv.indexOf(onlyArg) + 1]!).split(',')
  : null;
for (const name of only ?? [])
  if (!(name in SECTIONS))
    throw new Error(`No bench section "${name}"; there are: ${Object.keys(SECTIONS).join(', ')}`);

const figures: (Figure & { section: string; ratio?: number })[] = [];
const details: Record<string, unknown> = {};
const started = performance.now();
for (const [section, load] of Object.entries(SECTIONS)) {
  if (only && !only.includes(section)) continue;
  const t0 = performance.now();
  const reporter: Reporter = {
    add: (f) =>
      figures.push({
        ...f,
        section,
        ...(f.anchor && f.value !== undefined && f.anchor.value > 0
          ? { ratio: Math.round((f.value / f.anchor.value) * 100) / 100 }
          : {}),
      }),
    detail: (key, value) => (details[`${section}.${key}`] = value),
  };
  await (await load()).default(reporter);
  console.error(`bench: ${section} took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const num = (x: number | undefined) => (x === undefined ? '' : Number.isInteger(x) ? String(x) : x.toFixed(1));
const head = ['figure', 'now', 'p95', 'anchor', 'ratio', 'goal', 'note'];
const body = figures.map((f) => [
  f.name,
  f.value === undefined ? '' : `${num(f.value)} ${f.unit}`,
  num(f.p95),
  f.anchor ? `${num(f.anchor.value)} ${f.unit} (${f.anchor.name})` : '',
  f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
  f.goal ?? '',
  f.note ?? '',
]);
const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join(' | ')
    .trimEnd();
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const b of body) console.log(line(b));
const total = performance.now() - started;
console.log(
  `\n${WARM_UP} warm-up runs, then ${RUNS} timed runs per timing; total ${(total / 1000).toFixed(1)} s (Node ${process.version}).`,
);

mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
const out = path.join(ROOT, 'test-results/bench.json');
writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, warmUp: WARM_UP, runs: RUNS, totalMs: Math.round(total), figures, details }, null, 2)}\n`,
);
console.log(`Wrote ${path.relative(ROOT, out)}.`);
