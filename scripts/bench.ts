// `npm run bench`: how fast the tree API and the diagram are, and how much JS the overview
// page loads. Prints a table and writes the same figures to test-results/bench.json.
//
//   GET /api/tree       on the demo organisation and on a generated 2,000-goal / 8,000-measure tree
//   hierarchyDiagram    on the generated tree (skipped until src/diagrams/hierarchy.ts exists)
//   GET /api/reviews/{id}  the agenda of an open review with 300 goals due (issue 3)
//   page JS (gzip)      what dist/index.html loads at page load, and what only dynamic import() adds
//
// Options: BENCH_DIST=<folder> analyses another build output than ./dist; `--js-only` skips the
// database and diagram timings.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Client } from '@libsql/client';
import type { Tree } from '../src/domain/types.ts';
import { openDatabase, useDatabase } from '../src/server/db.ts';
import { migrate } from '../src/server/migrate.ts';
import { createUser } from '../src/server/accounts.ts';
import { SESSION_COOKIE } from '../src/server/cookies.ts';
import { createSession } from '../src/server/identity.ts';
import { readTree } from '../src/server/tree.ts';
import { seedDemo } from '../db/seed/demo.ts';
import { seedGenerated } from '../db/seed/generate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WARM_UP = 3;
const RUNS = 20;
const BIG = { goals: 2_000, measuresPerGoal: 4, checkInsPerMeasure: 3 };

interface Row {
  name: string;
  median_ms?: number;
  p95_ms?: number;
  size_kb?: number;
  gzip_kb?: number;
  files?: number;
  note?: string;
}

const rows: Row[] = [];
const details: Record<string, unknown> = {};

// ---------- timing helpers ----------
function percentile(sorted: number[], p: number): number {
  // Nearest rank: the smallest value with at least p of the runs at or below it.
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ median: number; p95: number; last: T }> {
  let last!: T;
  for (let i = 0; i < WARM_UP; i++) last = await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { median, p95: percentile(samples, 0.95), last };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ms = (x: number) => Math.round(x * 10) / 10;

// ---------- databases ----------
/** A migrated temp database with an admin; `headers` are that admin's (sign-in is enforced). */
async function tempDatabase(name: string): Promise<{ client: Client; file: string; headers: Record<string, string> }> {
  const file = path.join(os.tmpdir(), `tiller-bench-${name}-${process.pid}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const client = await openDatabase(pathToFileURL(file).href);
  await migrate(client);
  const admin = await createUser(client, { email: 'bench@example.com', name: 'Bench', role: 'admin', password: 'bench password' }, { type: 'system', label: 'bench' });
  const { token } = await createSession(client, admin.id);
  return { client, file, headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: 'http://localhost' } };
}

function dropDatabase(db: { client: Client; file: string }) {
  db.client.close();
  for (const f of [db.file, `${db.file}-wal`, `${db.file}-shm`]) rmSync(f, { force: true });
}

type Handler = (req: Request) => Promise<Response>;

async function benchTree(label: string, db: { client: Client; headers: Record<string, string> }, handler: Handler) {
  useDatabase(db.client);
  const r = await time(async () => {
    const res = await handler(new Request('http://localhost/api/tree', { headers: db.headers }));
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET /api/tree answered ${res.status}: ${body.slice(0, 300)}`);
    return body;
  });
  const bytes = Buffer.byteLength(r.last);
  rows.push({
    name: `GET /api/tree (${label})`,
    median_ms: ms(r.median),
    p95_ms: ms(r.p95),
    size_kb: kb(bytes),
    gzip_kb: kb(gzipSync(r.last).length),
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

async function benchDiagram(tree: Tree) {
  const file = path.join(ROOT, 'src/diagrams/hierarchy.ts');
  const name = `hierarchyDiagram (${BIG.goals} goals, default maxNodes)`;
  if (!existsSync(file)) {
    rows.push({ name, note: 'skipped: src/diagrams/hierarchy.ts does not exist yet' });
    return;
  }
  let mod: DiagramModule;
  try {
    mod = (await import(pathToFileURL(file).href)) as DiagramModule;
    if (typeof mod.hierarchyDiagram !== 'function') throw new Error('no hierarchyDiagram export');
  } catch (e) {
    rows.push({ name, note: `skipped: ${(e as Error).message}` });
    return;
  }
  const r = await time(() => mod.hierarchyDiagram(tree, LABELS));
  rows.push({
    name,
    median_ms: ms(r.median),
    p95_ms: ms(r.p95),
    size_kb: kb(Buffer.byteLength(r.last.text)),
    note: `${r.last.nodeCount} nodes${r.last.truncated ? ', truncated' : ''}`,
  });
}

// ---------- the review agenda (issue 3) ----------
const AGENDA_GOALS = 300;

/**
 * GET /api/reviews/{id} for an open review whose agenda holds AGENDA_GOALS goals (4 measures and
 * 3 check-ins each), with an earlier closed review of the same goals so the "changed since" parts
 * have data. Everything goes through the real handlers except the bulk seed.
 */
async function benchAgenda() {
  const { addDays, periodContaining } = await import('../src/domain/cadence.ts');
  const load = async (f: string) => ((await import(`../netlify/functions/${f}.mts`)) as { default: FnHandler }).default;
  const [reviewsFn, reviewFn, closeFn] = await Promise.all([load('reviews'), load('review'), load('review-close')]);
  const db = await tempDatabase('agenda');
  await seedGenerated(db.client, { goals: AGENDA_GOALS, measuresPerGoal: 4, checkInsPerMeasure: 3 });
  useDatabase(db.client);
  const send = async (fn: FnHandler, method: string, url: string, params: Record<string, string>, body?: unknown) => {
    const res = await fn(
      new Request(`http://localhost${url}`, {
        method,
        headers: { ...db.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      { params },
    );
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
    return text;
  };
  const today = new Date().toISOString().slice(0, 10);
  const earlier = addDays(today, -7);
  const openReview = async (meetingDate: string) => {
    await db.client.execute({ sql: 'UPDATE goals SET review_date = ?', args: [meetingDate] });
    const period = periodContaining(meetingDate, 'month').label;
    return (JSON.parse(await send(reviewsFn, 'POST', '/api/reviews', {}, { period, meetingDate, forum: 'leadership_review' })) as { id: string }).id;
  };
  const previous = await openReview(earlier);
  await send(closeFn, 'POST', `/api/reviews/${previous}/close`, { id: previous }, {});
  const id = await openReview(today);
  const r = await time(() => send(reviewFn, 'GET', `/api/reviews/${id}`, { id }));
  const goals = (JSON.parse(r.last) as { summary: { goals: number } }).summary.goals;
  rows.push({
    name: `GET /api/reviews/{id} (agenda of ${goals} goals, ${goals * 4} measures)`,
    median_ms: ms(r.median),
    p95_ms: ms(r.p95),
    size_kb: kb(Buffer.byteLength(r.last)),
    gzip_kb: kb(gzipSync(r.last).length),
    note: 'open review, earlier closed review of the same goals',
  });
  dropDatabase(db);
}

type FnHandler = (req: Request, context?: { params?: Record<string, string> }) => Promise<Response>;

// ---------- page JS ----------
interface JsSet {
  files: string[];
  raw: number;
  gzip: number;
}

/** Attributes of one HTML start tag (quoted or bare values, entities left as they are). */
function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g))
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&');
  return out;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A reference from HTML or JS to an emitted JS file in `dist`, or null (external, bare, CSS …). */
function resolveAsset(dist: string, spec: string, fromDir: string): string | null {
  const clean = spec.split(/[?#]/)[0]!;
  if (!/\.m?js$/.test(clean) || /^([a-z]+:)?\/\//i.test(clean)) return null;
  const candidates: string[] = [];
  if (clean.startsWith('/')) {
    candidates.push(path.join(dist, clean));
    const at = clean.indexOf('/_astro/'); // a configured `base` prefixes the asset folder
    if (at > 0) candidates.push(path.join(dist, clean.slice(at)));
  } else if (clean.startsWith('./') || clean.startsWith('../')) {
    candidates.push(path.resolve(fromDir, clean));
  } else {
    // Vite's preload map lists deps relative to the site root ("_astro/x.js").
    candidates.push(path.resolve(dist, clean), path.resolve(fromDir, clean));
  }
  const hit = candidates.find((c) => c.startsWith(dist) && isFile(c));
  return hit ?? null;
}

const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+?)\1/g;
const STRING_JS = /(["'`])([^"'`\s]+?\.m?js)(?:[?#][^"'`\s]*)?\1/g;

/** Static imports of a JS text, and every other JS file it names (import(), preload maps). */
function references(dist: string, code: string, fromDir: string): { statics: string[]; dynamics: string[] } {
  const statics = new Set<string>();
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const hit = resolveAsset(dist, m[2]!, fromDir);
    if (hit) statics.add(hit);
  }
  const dynamics = new Set<string>();
  for (const m of code.matchAll(STRING_JS)) {
    const hit = resolveAsset(dist, m[2]!, fromDir);
    if (hit && !statics.has(hit)) dynamics.add(hit);
  }
  return { statics: [...statics], dynamics: [...dynamics] };
}

function analysePage(dist: string, html: string) {
  const htmlDir = dist;
  const entries: { kind: string; url: string; file: string }[] = [];
  const inlineModules: string[] = [];
  const tag = /<(script|astro-island|link)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  for (const m of html.matchAll(tag)) {
    const name = m[1]!.toLowerCase();
    const a = attributes(m[2]!);
    const add = (kind: string, url: string | undefined) => {
      if (!url) return;
      const file = resolveAsset(dist, url, htmlDir);
      if (file) entries.push({ kind, url, file });
    };
    if (name === 'script') {
      if (a.src) add(`script${a.type ? `[type=${a.type}]` : ''}`, a.src);
      else {
        const end = html.indexOf('</script>', m.index! + m[0].length);
        if (end > 0) inlineModules.push(html.slice(m.index! + m[0].length, end));
      }
    } else if (name === 'astro-island') {
      const directive = a.client ? `client:${a.client}` : 'island';
      add(`island ${directive} component`, a['component-url']);
      add(`island ${directive} renderer`, a['renderer-url']);
      add(`island ${directive} before-hydration`, a['before-hydration-url']);
    } else if (name === 'link' && /\bmodulepreload\b/i.test(a.rel ?? '')) add('modulepreload', a.href);
  }

  // The closure over static imports is what loads before anything is shown; every file named
  // only through import() or a preload map (and its own static imports) loads lazily.
  const cache = new Map<string, { statics: string[]; dynamics: string[] }>();
  const refs = (file: string) => {
    let r = cache.get(file);
    if (!r) cache.set(file, (r = references(dist, readFileSync(file, 'utf8'), path.dirname(file))));
    return r;
  };
  const initial = new Set<string>();
  const dynamicRefs = new Set<string>();
  const visitStatic = (roots: Iterable<string>, into: Set<string>) => {
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop()!;
      if (into.has(f)) continue;
      into.add(f);
      const r = refs(f);
      stack.push(...r.statics);
      r.dynamics.forEach((d) => dynamicRefs.add(d));
    }
  };
  const inlineRefs = inlineModules.map((code) => references(dist, code, htmlDir));
  visitStatic([...entries.map((e) => e.file), ...inlineRefs.flatMap((r) => r.statics)], initial);
  inlineRefs.forEach((r) => r.dynamics.forEach((d) => dynamicRefs.add(d)));

  // First lazy level: what the page's own import() calls load (Vite preloads their static
  // imports in parallel), e.g. `await import('mermaid')`.
  const firstLevel = new Set<string>();
  const firstRoots = [...dynamicRefs].filter((f) => !initial.has(f));
  dynamicRefs.clear();
  {
    const seen = new Set(initial);
    visitStatic(firstRoots, seen);
    for (const f of seen) if (!initial.has(f)) firstLevel.add(f);
  }
  // Everything reachable at all through further import() calls (an upper bound: Mermaid
  // loads one diagram type's chunks, not all of them).
  const everything = new Set([...initial, ...firstLevel]);
  let frontier = [...dynamicRefs].filter((f) => !everything.has(f));
  while (frontier.length) {
    dynamicRefs.clear();
    visitStatic(frontier, everything);
    frontier = [...dynamicRefs].filter((f) => !everything.has(f));
  }
  const lazy = [...everything].filter((f) => !initial.has(f));
  // What drawing a Mermaid flowchart adds on top of the first level: the flowchart diagram
  // chunk and the dagre layout, each with its static imports (found by Mermaid's chunk names).
  const named = (re: RegExp) => lazy.filter((f) => re.test(path.basename(f)));
  const flowRoots = [...named(/^flowDiagram-/), ...named(/^dagre-/)];
  const flowchart = new Set<string>();
  for (const root of flowRoots) for (const f of closureOf(root, refs)) if (!initial.has(f) && !firstLevel.has(f)) flowchart.add(f);

  const measure = (files: Iterable<string>): JsSet => {
    const list = [...files].sort();
    let raw = 0;
    let gzip = 0;
    for (const f of list) {
      const buf = readFileSync(f);
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    return { files: list.map((f) => path.relative(dist, f)), raw, gzip };
  };
  const inlineCode = inlineModules.join('\n');
  return {
    entries: entries.map((e) => ({ kind: e.kind, url: e.url, staticClosure: measure(closureOf(e.file, refs)).gzip })),
    initial: measure(initial),
    inline: { scripts: inlineModules.length, raw: Buffer.byteLength(inlineCode), gzip: inlineCode ? gzipSync(inlineCode, { level: 9 }).length : 0 },
    firstLevel: measure(firstLevel),
    flowchart: flowRoots.length ? measure(flowchart) : null,
    // The page's message catalog is imported with top-level await: it loads with the page.
    catalog: measure(named(/^en\.[\w-]+\.js$/).filter((f) => firstLevel.has(f))),
    lazy: measure(lazy),
  };
}

function closureOf(file: string, refs: (f: string) => { statics: string[] }): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...refs(f).statics);
  }
  return seen;
}

function findPage(dist: string): string | null {
  const direct = path.join(dist, 'index.html');
  if (isFile(direct)) return direct;
  // An i18n site may emit the overview under a language folder only (dist/en/index.html).
  for (const d of readdirSync(dist, { withFileTypes: true }))
    if (d.isDirectory() && !d.name.startsWith('_') && isFile(path.join(dist, d.name, 'index.html'))) return path.join(dist, d.name, 'index.html');
  return null;
}

function benchPageJs() {
  const dist = path.resolve(ROOT, process.env.BENCH_DIST || 'dist');
  const page = existsSync(dist) ? findPage(dist) : null;
  if (!page) {
    rows.push({ name: 'Overview page JS at load (gzip)', note: 'run npm run build first' });
    rows.push({ name: 'Lazy JS via import() (gzip)', note: 'run npm run build first' });
    return;
  }
  let built: string;
  let a: ReturnType<typeof analysePage>;
  try {
    built = statSync(page).mtime.toISOString();
    a = analysePage(dist, readFileSync(page, 'utf8'));
  } catch (e) {
    // A build running at the same time replaces dist/ under our feet.
    rows.push({ name: 'Overview page JS at load (gzip)', note: `could not read ${path.relative(ROOT, dist)}: ${(e as Error).message}; run again` });
    return;
  }
  const where = `${path.relative(ROOT, page)}, built ${built.slice(0, 16).replace('T', ' ')} UTC`;
  rows.push({
    name: 'Overview page JS at load (gzip)',
    size_kb: kb(a.initial.raw + a.inline.raw),
    gzip_kb: kb(a.initial.gzip + a.inline.gzip),
    files: a.initial.files.length,
    note: `${where}; ${a.inline.scripts} inline script(s), ${kb(a.inline.gzip)} KB of it`,
  });
  rows.push({
    name: '  + its language catalog (gzip)',
    size_kb: kb(a.catalog.raw),
    gzip_kb: kb(a.catalog.gzip),
    files: a.catalog.files.length,
    note: `loaded at once by a top-level await (${a.catalog.files.join(', ') || 'not found'}); counted in the first import() level too`,
  });
  rows.push({
    name: 'Lazy: first import() level (gzip)',
    size_kb: kb(a.firstLevel.raw),
    gzip_kb: kb(a.firstLevel.gzip),
    files: a.firstLevel.files.length,
    note: 'what the page\'s own dynamic imports load (e.g. mermaid core), with their static imports',
  });
  rows.push({
    name: '  + Mermaid flowchart chunks (gzip)',
    size_kb: a.flowchart ? kb(a.flowchart.raw) : undefined,
    gzip_kb: a.flowchart ? kb(a.flowchart.gzip) : undefined,
    files: a.flowchart?.files.length,
    note: a.flowchart ? 'flowDiagram-* and dagre-* chunks with their static imports' : 'no flowDiagram-* chunk in the build',
  });
  rows.push({
    name: 'Lazy: all JS reachable via import() (gzip)',
    size_kb: kb(a.lazy.raw),
    gzip_kb: kb(a.lazy.gzip),
    files: a.lazy.files.length,
    note: 'upper bound: every Mermaid diagram type; only the one drawn is fetched',
  });
  details.pageJs = { page: path.relative(ROOT, page), built, ...a };
}

// ---------- table ----------
function printTable() {
  const head = ['what', 'median ms', 'p95 ms', 'size KB', 'gzip KB', 'files', 'note'];
  const body = rows.map((r) => [
    r.name,
    r.median_ms?.toFixed(1) ?? '',
    r.p95_ms?.toFixed(1) ?? '',
    r.size_kb?.toFixed(1) ?? '',
    r.gzip_kb?.toFixed(1) ?? '',
    r.files?.toString() ?? '',
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const b of body) console.log(line(b));
}

// ---------- main ----------
const started = performance.now();
if (!process.argv.includes('--js-only')) {
  const { default: treeHandler } = (await import('../netlify/functions/tree.mts')) as { default: Handler };

  const demo = await tempDatabase('demo');
  const small = await seedDemo(demo.client);
  details.demo = small;
  await benchTree(`demo: ${small.goals} goals, ${small.measures} measures`, demo, treeHandler);
  dropDatabase(demo);

  const big = await tempDatabase('big');
  const t0 = performance.now();
  await seedGenerated(big.client, BIG);
  const seedMs = performance.now() - t0;
  details.generated = { ...BIG, seedMs: Math.round(seedMs) };
  rows.push({ name: `seedGenerated (${BIG.goals} goals, ${BIG.goals * BIG.measuresPerGoal} measures)`, median_ms: ms(seedMs), note: 'one run' });
  await benchTree(`${BIG.goals} goals, ${BIG.goals * BIG.measuresPerGoal} measures`, big, treeHandler);
  await benchDiagram(await readTree(big.client));
  dropDatabase(big);
  await benchAgenda();
}

benchPageJs();

printTable();
const total = performance.now() - started;
console.log(`\n${WARM_UP} warm-up runs, then ${RUNS} timed runs per timing; total ${(total / 1000).toFixed(1)} s (Node ${process.version}).`);

mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
const out = path.join(ROOT, 'test-results/bench.json');
writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, warmUp: WARM_UP, runs: RUNS, totalMs: Math.round(total), rows, details }, null, 2)}\n`,
);
console.log(`Wrote ${path.relative(ROOT, out)}.`);
